package org.policynarrative.core.diff;

import java.util.ArrayList;
import java.util.List;

/** One comparison of two values: the field changes found so far, and the id translation to apply. */
final class Comparison {

  private final IdTranslation ids;
  private final List<FieldChange> changes = new ArrayList<>();

  Comparison(IdTranslation ids) {
    this.ids = ids;
  }

  /** True when every reference stands for itself, so equal values have no difference to report. */
  boolean translatesNothing() {
    return ids.isIdentity();
  }

  /** The id after that a reference before stands for. */
  String afterId(ItemKind kind, String beforeId) {
    return ids.afterId(kind, beforeId);
  }

  void add(String path, FieldChange.Type type, String before, String after) {
    changes.add(new FieldChange(path, type, before, after));
  }

  List<FieldChange> changes() {
    return changes;
  }
}
