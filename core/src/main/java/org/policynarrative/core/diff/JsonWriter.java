package org.policynarrative.core.diff;

import java.io.IOException;

/**
 * A minimal streaming JSON writer for the diff's fixed shape (core has no JSON library): objects
 * and arrays indented by two spaces, strings escaped per RFC 8259. Besides what JSON requires, it
 * escapes C1 controls, the line and paragraph separators, bidirectional controls and lone
 * surrogates as {@code \}{@code uXXXX}, so that the output is valid UTF-8 and safe to print on a
 * terminal.
 */
final class JsonWriter {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Appendable out;
  private int depth;
  /** Whether the current container already has an element (a comma is due before the next). */
  private boolean[] hasElement = new boolean[16];
  private boolean afterName;

  JsonWriter(Appendable out) {
    this.out = out;
  }

  JsonWriter beginObject() throws IOException {
    return open('{');
  }

  JsonWriter endObject() throws IOException {
    return close('}');
  }

  JsonWriter beginArray() throws IOException {
    return open('[');
  }

  JsonWriter endArray() throws IOException {
    return close(']');
  }

  JsonWriter name(String name) throws IOException {
    separate();
    quoted(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  JsonWriter value(String value) throws IOException {
    separate();
    quoted(value);
    return this;
  }

  JsonWriter value(long value) throws IOException {
    separate();
    out.append(Long.toString(value));
    return this;
  }

  JsonWriter value(double value) throws IOException {
    separate();
    out.append(Double.toString(value));
    return this;
  }

  JsonWriter value(boolean value) throws IOException {
    separate();
    out.append(value ? "true" : "false");
    return this;
  }

  /** {@code "name": "value"}. */
  JsonWriter field(String name, String value) throws IOException {
    return name(name).value(value);
  }

  private JsonWriter open(char bracket) throws IOException {
    separate();
    out.append(bracket);
    depth++;
    if (depth == hasElement.length) {
      hasElement = java.util.Arrays.copyOf(hasElement, depth * 2);
    }
    hasElement[depth] = false;
    return this;
  }

  private JsonWriter close(char bracket) throws IOException {
    boolean any = hasElement[depth];
    depth--;
    if (any) {
      newline();
    }
    out.append(bracket);
    if (depth == 0) {
      out.append('\n');
    }
    return this;
  }

  /** The comma and line break before a value or name, except for a value right after its name. */
  private void separate() throws IOException {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth > 0) {
      if (hasElement[depth]) {
        out.append(',');
      }
      hasElement[depth] = true;
      newline();
    }
  }

  private void newline() throws IOException {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void quoted(String s) throws IOException {
    out.append('"');
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
          && Character.isHighSurrogate(s.charAt(i - 1)));
      if (c != '"' && c != '\\' && !isControl(c) && !lone) {
        continue;
      }
      out.append(s, start, i);
      start = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
            .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
      }
    }
    out.append(s, start, s.length()).append('"');
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
        || c == '\u061c';
  }
}
