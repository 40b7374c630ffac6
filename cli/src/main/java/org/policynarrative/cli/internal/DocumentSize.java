package org.policynarrative.cli.internal;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --max-document-size}: a number of bytes, optionally with K, M or G (powers of 1,024). */
final class DocumentSize implements ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    String text = value.strip().toUpperCase(Locale.ROOT);
    if (text.endsWith("IB")) {
      text = text.substring(0, text.length() - 2);
    } else if (text.endsWith("B") && text.length() > 1 && !Character.isDigit(text.charAt(text.length() - 2))) {
      text = text.substring(0, text.length() - 1);
    }
    int shift = 0;
    if (!text.isEmpty() && "KMG".indexOf(text.charAt(text.length() - 1)) >= 0) {
      shift = 10 * ("KMG".indexOf(text.charAt(text.length() - 1)) + 1);
      text = text.substring(0, text.length() - 1);
    }
    try {
      long number = Long.parseLong(text);
      if (number < 1 || number > (Long.MAX_VALUE >> shift)) {
        throw new NumberFormatException();
      }
      return number << shift;
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + TerminalText.escape(value) + "' is not a size; write a number of bytes,"
          + " optionally with K, M or G, such as 200M");
    }
  }

  /** {@code bytes} as this option is written: {@code 128M}, {@code 2K}, or a number of bytes. */
  static String format(long bytes) {
    for (int i = 2; i >= 0; i--) {
      int shift = 10 * (i + 1);
      if (bytes % (1L << shift) == 0) {
        return (bytes >> shift) + "KMG".substring(i, i + 1);
      }
    }
    return Long.toString(bytes);
  }
}
