package org.policynarrative.core.diff;

import org.policynarrative.core.LineRole;

/** A line's role of an actor, {@code adopted-by wpk}: one value, the actor's id translated. */
final class LineRoleShape extends Shape {

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
    LineRole role = (LineRole) value;
    return role.role().code() + " " + (before ? c.afterId(ItemKind.ACTOR, role.actor()) : role.actor());
  }
}
