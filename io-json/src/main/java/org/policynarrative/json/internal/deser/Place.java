package org.policynarrative.json.internal.deser;

import tools.jackson.core.TokenStreamLocation;

/**
 * Where a value stands, for an error found after it was read: its location, taken when the value
 * was met, and its JSON Pointer, built from the enclosing place and the field name or array index
 * only when an error (or a validating read) asks for it, then kept.
 */
final class Place {

  /** Where the value starts; {@code null} for an array element whose location was not needed. */
  final TokenStreamLocation location;
  private final Place parent;
  private final String name;
  private final int index;
  private String pointer;
  private String path;

  private Place(TokenStreamLocation location, Place parent, String name, int index, String pointer) {
    this.location = location;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.pointer = pointer;
    this.path = pointer != null && pointer.isEmpty() ? "" : null;
  }

  /** A place whose pointer is known, such as the parser's current one. */
  static Place at(TokenStreamLocation location, String pointer) {
    return new Place(location, null, null, -1, pointer);
  }

  /** The value of field {@code name} of the object at {@code parent}. */
  static Place field(TokenStreamLocation location, Place parent, String name) {
    return new Place(location, parent, name, -1, null);
  }

  /** Element {@code index} of the array at {@code parent}. */
  static Place element(TokenStreamLocation location, Place parent, int index) {
    return new Place(location, parent, null, index, null);
  }

  /** The JSON Pointer of the value, such as {@code /claims/3/anchor}; empty for the root. */
  String pointer() {
    if (pointer == null) {
      pointer = name != null ? parent.pointer() + "/" + escape(name) : parent.pointer() + "/" + index;
    }
    return pointer;
  }

  /**
   * The value's path as {@code NarrativeValidator} writes paths, such as {@code claims[3].anchor},
   * for a place inside the narrative being read ({@code ""} for the narrative itself).
   */
  String path() {
    if (path == null) {
      String outer = parent == null ? "" : parent.path();
      path = name != null ? (outer.isEmpty() ? name : outer + "." + name) : outer + "[" + index + "]";
    }
    return path;
  }

  /** A name as one JSON Pointer segment (RFC 6901). */
  private static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }
}
