package org.policynarrative.markdown.internal;

import org.policynarrative.core.Anchor;

/**
 * The compact line under a quotation that says where it is in the source, all of an anchor but
 * its quote on one line: {@code — portal, code points 120..146, before "industrial output ", after "."}.
 * The context before and after the quote stands in quotation marks, so that a space at its end is
 * plain to see. An anchor is written this way only when the line reads back as the same anchor
 * (a context that itself holds {@code ", after "} would not); otherwise its parts are fields.
 */
final class Attribution {

  private Attribution() {}

  /** Whether the anchor's line reads back as the same anchor, so that {@link #write} may write it. */
  static boolean fits(Anchor anchor) {
    // Without a quotation mark in the context, the line cannot read back otherwise.
    boolean quotes = anchor.prefix().map(p -> p.indexOf('"') >= 0).orElse(false)
        || anchor.suffix().map(p -> p.indexOf('"') >= 0).orElse(false);
    return !quotes || anchor.equals(parse(of(anchor), anchor.exact()));
  }

  /** The anchor's line, as {@link #write} writes it before escaping. */
  static String of(Anchor anchor) {
    StringBuilder line = new StringBuilder(Dialect.ATTRIBUTION).append(anchor.source());
    if (anchor.start().isPresent() && anchor.end().isPresent()) {
      line.append(Dialect.CODE_POINTS).append(anchor.start().get().intValue()).append("..")
          .append(anchor.end().get().intValue());
    }
    anchor.prefix().ifPresent(prefix -> line.append(Dialect.BEFORE_QUOTE).append(prefix).append('"'));
    anchor.suffix().ifPresent(suffix -> line.append(Dialect.AFTER_QUOTE).append(suffix).append('"'));
    return line.toString();
  }

  /**
   * Writes the anchor's line, escaped as the one value it is, straight into {@code out}: the
   * source id and the words need no escape, and the context stands between quotation marks, so
   * its ends are not the value's.
   */
  static void write(Anchor anchor, MarkdownOutput out) {
    out.append(Dialect.ATTRIBUTION).append(anchor.source());
    if (anchor.start().isPresent() && anchor.end().isPresent()) {
      out.append(Dialect.CODE_POINTS).append(anchor.start().get().intValue()).append("..")
          .append(anchor.end().get().intValue());
    }
    if (anchor.prefix().isPresent()) {
      out.append(Dialect.BEFORE_QUOTE).escapedInner(anchor.prefix().get()).append('"');
    }
    if (anchor.suffix().isPresent()) {
      out.append(Dialect.AFTER_QUOTE).escapedInner(anchor.suffix().get()).append('"');
    }
  }

  /**
   * The anchor of the quotation {@code exact} with the attribution {@code line}, or null when the
   * line is not an attribution. Read in one pass: the context before the quote ends at the first
   * {@code ", after "} (or at the closing quotation mark), as {@link #of} checks.
   *
   * @throws org.policynarrative.core.InvalidValueException when the anchor is invalid
   */
  static Anchor parse(String line, String exact) {
    if (!line.startsWith(Dialect.ATTRIBUTION)) {
      return null;
    }
    int i = Dialect.ATTRIBUTION.length();
    int idEnd = i;
    while (idEnd < line.length() && isSlugChar(line.charAt(idEnd))) {
      idEnd++;
    }
    if (idEnd == i) {
      return null;
    }
    Anchor.Builder anchor = Anchor.builder().source(line.substring(i, idEnd)).exact(exact);
    i = idEnd;
    if (line.startsWith(Dialect.CODE_POINTS, i)) {
      i += Dialect.CODE_POINTS.length();
      int dots = line.indexOf("..", i);
      int end = dots < 0 ? -1 : dots + 2;
      while (end >= 0 && end < line.length() && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
        end++;
      }
      if (dots < 0 || !Values.isDigits(line, i, dots) || !Values.isDigits(line, dots + 2, end)) {
        return null;
      }
      long start = Long.parseLong(line, i, dots, 10);
      long stop = Long.parseLong(line, dots + 2, end, 10);
      if (start > Integer.MAX_VALUE || stop > Integer.MAX_VALUE) {
        return null;
      }
      anchor.start((int) start).end((int) stop);
      i = end;
    }
    if (i == line.length()) {
      return anchor.build();
    }
    int last = line.length() - 1;
    if (line.charAt(last) != '"' || last < i) {
      return null;
    }
    String closeAndAfter = "\"" + Dialect.AFTER_QUOTE;
    if (line.startsWith(Dialect.BEFORE_QUOTE, i)) {
      int from = i + Dialect.BEFORE_QUOTE.length();
      if (from > last) {
        return null;
      }
      int after = line.indexOf(closeAndAfter, from);
      if (after >= 0 && after + closeAndAfter.length() <= last) {
        return anchor.prefix(line.substring(from, after))
            .suffix(line.substring(after + closeAndAfter.length(), last)).build();
      }
      return anchor.prefix(line.substring(from, last)).build();
    }
    if (line.startsWith(Dialect.AFTER_QUOTE, i) && i + Dialect.AFTER_QUOTE.length() <= last) {
      return anchor.suffix(line.substring(i + Dialect.AFTER_QUOTE.length(), last)).build();
    }
    return null;
  }

  private static boolean isSlugChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  }

  /** What an attribution looks like, for error messages. */
  static String expected() {
    return "'— source-id' followed by any of ', code points START..END', ', before \"TEXT\"' and "
        + "', after \"TEXT\"', in that order";
  }
}
