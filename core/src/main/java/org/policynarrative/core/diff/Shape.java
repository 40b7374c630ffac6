package org.policynarrative.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.policynarrative.core.EntityRef;

/**
 * How the values of one attribute are compared and shown: a plain value, a reference to an item,
 * an optional, a list, a map or a nested record ({@link Fields}). One generic walk for every
 * attribute of the model, so that a new attribute is one line in {@link ItemTypes}.
 */
abstract class Shape {

  /** Adds to {@code c} every difference between {@code before} and {@code after}, under {@code path}. */
  abstract void compare(String path, Object before, Object after, Comparison c);

  /**
   * The value as text. On the before side ({@code before} true) references are given as the ids
   * after that they stand for, so that equal references have equal text (list keys rely on it).
   */
  abstract String render(Object value, boolean before, Comparison c);

  /** True when the value counts as absent: an empty optional, list or map. */
  boolean isEmpty(Object value) {
    return false;
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  // ------------------------------------------------------------------------------- plain values

  /** A value compared with {@code equals}: text, a code, a date or period, a number. */
  static final Shape VALUE = new Shape() {
    @Override
    void compare(String path, Object before, Object after, Comparison c) {
      if (!before.equals(after)) {
        c.add(path, FieldChange.Type.CHANGED, Values.text(before), Values.text(after));
      }
    }

    @Override
    String render(Object value, boolean before, Comparison c) {
      return Values.text(value);
    }
  };

  /** The id of an item of {@code kind}: compared after translation. */
  static Shape ref(ItemKind kind) {
    return new Shape() {
      @Override
      void compare(String path, Object before, Object after, Comparison c) {
        String translated = c.afterId(kind, (String) before);
        if (!translated.equals(after)) {
          c.add(path, FieldChange.Type.CHANGED, translated, (String) after);
        }
      }

      @Override
      String render(Object value, boolean before, Comparison c) {
        return before ? c.afterId(kind, (String) value) : (String) value;
      }
    };
  }

  /** An {@link EntityRef}: {@code kind:id}, the id translated. */
  static final Shape ENTITY_REF = new Shape() {
    @Override
    void compare(String path, Object before, Object after, Comparison c) {
      String b = render(before, true, c);
      String a = render(after, false, c);
      if (!b.equals(a)) {
        c.add(path, FieldChange.Type.CHANGED, b, a);
      }
    }

    @Override
    String render(Object value, boolean before, Comparison c) {
      EntityRef ref = (EntityRef) value;
      return ref.kind().code() + ":" + (before ? c.afterId(ItemKind.of(ref.kind()), ref.id()) : ref.id());
    }
  };

  // ------------------------------------------------------------------------------- containers

  /** An {@code Optional} of {@code inner}: a value set or cleared is added or removed. */
  static Shape optional(Shape inner) {
    return new Shape() {
      @Override
      void compare(String path, Object before, Object after, Comparison c) {
        Optional<?> b = (Optional<?>) before;
        Optional<?> a = (Optional<?>) after;
        if (b.isEmpty() && a.isEmpty()) {
          return;
        }
        if (b.isEmpty()) {
          c.add(path, FieldChange.Type.ADDED, null, inner.render(a.get(), false, c));
        } else if (a.isEmpty()) {
          c.add(path, FieldChange.Type.REMOVED, inner.render(b.get(), true, c), null);
        } else {
          inner.compare(path, b.get(), a.get(), c);
        }
      }

      @Override
      String render(Object value, boolean before, Comparison c) {
        Optional<?> v = (Optional<?>) value;
        return v.isEmpty() ? "none" : inner.render(v.get(), before, c);
      }

      @Override
      boolean isEmpty(Object value) {
        return ((Optional<?>) value).isEmpty();
      }
    };
  }

  /** A map from a language tag (or other text key) to {@code inner}: {@code labels[ko]}. */
  static Shape map(Shape inner) {
    return new Shape() {
      @Override
      void compare(String path, Object before, Object after, Comparison c) {
        Map<?, ?> b = (Map<?, ?>) before;
        Map<?, ?> a = (Map<?, ?>) after;
        for (Map.Entry<?, ?> entry : b.entrySet()) {
          String at = path + "[" + entry.getKey() + "]";
          Object other = a.get(entry.getKey());
          if (other == null) {
            c.add(at, FieldChange.Type.REMOVED, inner.render(entry.getValue(), true, c), null);
          } else {
            inner.compare(at, entry.getValue(), other, c);
          }
        }
        for (Map.Entry<?, ?> entry : a.entrySet()) {
          if (!b.containsKey(entry.getKey())) {
            c.add(path + "[" + entry.getKey() + "]", FieldChange.Type.ADDED, null,
                inner.render(entry.getValue(), false, c));
          }
        }
      }

      @Override
      String render(Object value, boolean before, Comparison c) {
        List<String> entries = new ArrayList<>();
        ((Map<?, ?>) value).forEach((k, v) -> entries.add(k + ": " + inner.render(v, before, c)));
        return String.join("; ", entries);
      }

      @Override
      boolean isEmpty(Object value) {
        return ((Map<?, ?>) value).isEmpty();
      }
    };
  }

  /** A list whose elements are known by their own text: ids, references, names, notes. */
  static Shape list(Shape element) {
    return new ListShape(element, null);
  }

  /** A list whose elements are known by a key: the sector of a priority, the source of an anchor. */
  static <T> Shape list(Shape element, Function<T, String> key, ItemKind keyKind) {
    return new ListShape(element, new ListShape.Key<>(key, keyKind));
  }

  /**
   * A list compared element by element, matched by key: elements only before are removed, only after
   * added, and the common ones compared; a different order of the common elements is one
   * {@link FieldChange.Type#REORDERED} change. A key that repeats is told apart as {@code key#2}.
   */
  private static final class ListShape extends Shape {

    /** A key function, the key translated as an id of {@code kind} when it is one. */
    record Key<T>(Function<T, String> function, ItemKind kind) {
      @SuppressWarnings("unchecked")
      String of(Object element, boolean before, Comparison c) {
        String key = function.apply((T) element);
        return before && kind != null ? c.afterId(kind, key) : key;
      }
    }

    private static final int LONGEST_KEY_IN_PATH = 40;

    private final Shape element;
    private final Key<?> key;

    ListShape(Shape element, Key<?> key) {
      this.element = element;
      this.key = key;
    }

    @Override
    void compare(String path, Object before, Object after, Comparison c) {
      List<?> b = (List<?>) before;
      List<?> a = (List<?>) after;
      if (b.isEmpty() && a.isEmpty() || c.translatesNothing() && b.equals(a)) {
        return;
      }
      Map<String, Object> beforeByKey = keyed(b, true, c);
      Map<String, Object> afterByKey = keyed(a, false, c);
      List<String> commonBefore = new ArrayList<>();
      for (Map.Entry<String, Object> entry : beforeByKey.entrySet()) {
        if (afterByKey.containsKey(entry.getKey())) {
          commonBefore.add(entry.getKey());
        } else {
          c.add(at(path, entry.getKey()), FieldChange.Type.REMOVED, element.render(entry.getValue(), true, c), null);
        }
      }
      List<String> commonAfter = new ArrayList<>();
      for (Map.Entry<String, Object> entry : afterByKey.entrySet()) {
        Object old = beforeByKey.get(entry.getKey());
        if (old == null) {
          c.add(at(path, entry.getKey()), FieldChange.Type.ADDED, null, element.render(entry.getValue(), false, c));
        } else {
          commonAfter.add(entry.getKey());
          element.compare(at(path, entry.getKey()), old, entry.getValue(), c);
        }
      }
      if (!commonBefore.equals(commonAfter)) {
        c.add(path, FieldChange.Type.REORDERED, String.join(", ", commonBefore), String.join(", ", commonAfter));
      }
    }

    private Map<String, Object> keyed(List<?> values, boolean before, Comparison c) {
      Map<String, Object> byKey = new LinkedHashMap<>();
      Map<String, Integer> repeats = null;
      for (Object value : values) {
        String k = key == null ? element.render(value, before, c) : key.of(value, before, c);
        if (byKey.putIfAbsent(k, value) != null) {
          repeats = repeats == null ? new HashMap<>() : repeats;
          int n = repeats.merge(k, 2, (old, one) -> old + 1);
          while (byKey.putIfAbsent(k + "#" + n, value) != null) {
            n = repeats.merge(k, 1, Integer::sum);
          }
        }
      }
      return byKey;
    }

    private static String at(String path, String key) {
      String shown = key.length() <= LONGEST_KEY_IN_PATH ? key
          : key.substring(0, Character.isHighSurrogate(key.charAt(LONGEST_KEY_IN_PATH - 1))
              ? LONGEST_KEY_IN_PATH - 1 : LONGEST_KEY_IN_PATH) + "…";
      return path + "[" + shown + "]";
    }

    @Override
    String render(Object value, boolean before, Comparison c) {
      List<String> elements = new ArrayList<>();
      for (Object e : (List<?>) value) {
        elements.add(element.render(e, before, c));
      }
      return String.join(", ", elements);
    }

    @Override
    boolean isEmpty(Object value) {
      return ((List<?>) value).isEmpty();
    }
  }
}
