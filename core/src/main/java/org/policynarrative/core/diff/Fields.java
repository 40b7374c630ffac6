package org.policynarrative.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A record of the model compared attribute by attribute: one {@link Field} per attribute, named as
 * the model names it, in the model's order. {@code DiffFieldsTest} checks each table against the
 * type's accessors, so an attribute added to the model and forgotten here fails a test.
 *
 * @param <T> the model type
 */
final class Fields<T> extends Shape {

  /** One attribute: its name, its accessor and how its values compare. */
  record Field<T>(String name, Function<T, ?> get, Shape shape) {}

  private final List<Field<T>> fields;

  private Fields(List<Field<T>> fields) {
    this.fields = List.copyOf(fields);
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** The attribute names, in order. */
  List<String> names() {
    return fields.stream().map(Field::name).toList();
  }

  List<Field<T>> fields() {
    return fields;
  }

  @Override
  @SuppressWarnings("unchecked")
  void compare(String path, Object before, Object after, Comparison c) {
    if (c.translatesNothing() && before.equals(after)) {
      return;
    }
    for (Field<T> field : fields) {
      field.shape().compare(child(path, field.name()), field.get().apply((T) before), field.get().apply((T) after), c);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  String render(Object value, boolean before, Comparison c) {
    List<String> parts = new ArrayList<>();
    for (Field<T> field : fields) {
      Object v = field.get().apply((T) value);
      if (!field.shape().isEmpty(v)) {
        parts.add(field.name() + ": " + field.shape().render(v, before, c));
      }
    }
    return "{" + String.join("; ", parts) + "}";
  }

  /**
   * The share of attributes (those in {@code skipped} left out, and those empty on both sides) that
   * compare equal, from 0 to 1; 1 when nothing is left to compare.
   */
  @SuppressWarnings("unchecked")
  double similarity(Object before, Object after, IdTranslation ids, String skipped) {
    int compared = 0;
    int equal = 0;
    for (Field<T> field : fields) {
      if (field.name().equals(skipped)) {
        continue;
      }
      Object b = field.get().apply((T) before);
      Object a = field.get().apply((T) after);
      if (field.shape().isEmpty(b) && field.shape().isEmpty(a)) {
        continue;
      }
      compared++;
      Comparison c = new Comparison(ids);
      field.shape().compare(field.name(), b, a, c);
      if (c.changes().isEmpty()) {
        equal++;
      }
    }
    return compared == 0 ? 1.0 : (double) equal / compared;
  }

  /** Builds a table, attribute by attribute. */
  static final class Builder<T> {
    private final List<Field<T>> fields = new ArrayList<>();

    /** An attribute compared with {@code equals}. */
    Builder<T> value(String name, Function<T, ?> get) {
      return add(name, get, VALUE);
    }

    /** An optional attribute compared with {@code equals}. */
    Builder<T> optional(String name, Function<T, ?> get) {
      return add(name, get, Shape.optional(VALUE));
    }

    /** A list of values known by their own text. */
    Builder<T> values(String name, Function<T, ?> get) {
      return add(name, get, Shape.list(VALUE));
    }

    Builder<T> add(String name, Function<T, ?> get, Shape shape) {
      fields.add(new Field<>(name, get, shape));
      return this;
    }

    Fields<T> build() {
      return new Fields<>(fields);
    }
  }
}
