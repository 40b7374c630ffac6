package org.policynarrative.core.diff;

import java.util.Optional;
import org.policynarrative.core.Anchor;

/**
 * An anchor: when the source and the quote ({@code exact}) are the same on both sides but the
 * offsets differ, the quote moved (the source text was edited elsewhere) and that is one
 * {@link FieldChange.Type#MOVED} change, its context compared as usual; otherwise attribute by
 * attribute, so a changed quote is a change of {@code exact}.
 */
final class AnchorShape extends Shape {

  static final Fields<Anchor> FIELDS = Fields.<Anchor>builder()
      .add("source", Anchor::source, ref(ItemKind.SOURCE))
      .value("exact", Anchor::exact)
      .optional("prefix", Anchor::prefix)
      .optional("suffix", Anchor::suffix)
      .optional("start", Anchor::start)
      .optional("end", Anchor::end)
      .build();

  private static final Shape CONTEXT = optional(VALUE);

  @Override
  void compare(String path, Object before, Object after, Comparison c) {
    Anchor b = (Anchor) before;
    Anchor a = (Anchor) after;
    boolean sameQuote = c.afterId(ItemKind.SOURCE, b.source()).equals(a.source()) && b.exact().equals(a.exact());
    if (sameQuote && !(b.start().equals(a.start()) && b.end().equals(a.end()))) {
      c.add(path, FieldChange.Type.MOVED, offsets(b), offsets(a));
      CONTEXT.compare(child(path, "prefix"), b.prefix(), a.prefix(), c);
      CONTEXT.compare(child(path, "suffix"), b.suffix(), a.suffix(), c);
    } else {
      FIELDS.compare(path, before, after, c);
    }
  }

  private static String offsets(Anchor anchor) {
    Optional<Integer> start = anchor.start();
    return start.isPresent() ? start.get() + ".." + anchor.end().orElseThrow() : "none";
  }

  @Override
  String render(Object value, boolean before, Comparison c) {
    return FIELDS.render(value, before, c);
  }
}
