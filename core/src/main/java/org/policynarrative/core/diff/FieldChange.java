package org.policynarrative.core.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference inside a matched pair of items (or in the narrative's own attributes): where it
 * is, what sort of difference it is, and the values before and after as text.
 *
 * <p>The {@link #path() path} starts with the model's attribute name and goes down through nested
 * values: {@code name}, {@code anchor.exact}, {@code labels[ko]}, {@code priorities[agriculture].mode}
 * (a list element is named by its key: the sector of a priority, the source of another anchor, the
 * indicator of a figure, the assessor of an assessment, the value itself for a list of ids or
 * references; a repeated key gets {@code #2}, {@code #3}).
 */
public final class FieldChange {

  /** What sort of difference a {@link FieldChange} is. */
  public enum Type {
    /** A value, or a list element, present only after. */
    ADDED("added"),
    /** A value, or a list element, present only before. */
    REMOVED("removed"),
    /** A value that differs; for a list, an element (named by its key) whose content differs. */
    CHANGED("changed"),
    /**
     * The same elements of a list in another order: {@link #before()} and {@link #after()} list the
     * keys of the elements both sides have, in each side's order. Reported apart from content changes.
     */
    REORDERED("reordered"),
    /**
     * An anchor whose quote ({@code exact}) and source are unchanged but whose offsets moved, as when
     * the source text was edited elsewhere; the values are {@code start..end}, or {@code none}. A
     * changed quote is a {@link #CHANGED} {@code anchor.exact} instead.
     */
    MOVED("moved");

    private final String code;

    Type(String code) {
      this.code = code;
    }

    /** {@return the stable lower-case code, such as {@code reordered}, used in the JSON output} */
    public String code() {
      return code;
    }
  }

  private final String path;
  private final Type type;
  private final String before;
  private final String after;

  FieldChange(String path, Type type, String before, String after) {
    this.path = Objects.requireNonNull(path, "path");
    this.type = Objects.requireNonNull(type, "type");
    this.before = before;
    this.after = after;
  }

  /** {@return where the difference is, such as {@code anchor.exact} or {@code priorities[agriculture].mode}} */
  public String path() {
    return path;
  }

  /** {@return the model attribute the difference is in: the first segment of {@link #path()}} */
  public String attribute() {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }

  /** {@return what sort of difference it is} */
  public Type type() {
    return type;
  }

  /** {@return the value before, as text; empty for {@link Type#ADDED}} */
  public Optional<String> before() {
    return Optional.ofNullable(before);
  }

  /** {@return the value after, as text; empty for {@link Type#REMOVED}} */
  public Optional<String> after() {
    return Optional.ofNullable(after);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldChange that && path.equals(that.path) && type == that.type
        && Objects.equals(before, that.before) && Objects.equals(after, that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, type, before, after);
  }

  /** {@return the change in one line, such as {@code name changed: Sengun era -> Songun era}} */
  @Override
  public String toString() {
    return path + " " + type.code() + (before == null ? "" : ": " + before) + (after == null ? "" : " -> " + after);
  }
}
