package org.policynarrative.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/** {@code --max-document-size}: what it accepts, and the sizes the tool suggests in its messages. */
class DocumentSizeTest {

  private final DocumentSize converter = new DocumentSize();

  @ParameterizedTest
  @CsvSource({"1, 1", "1K, 1024", "2k, 2048", "128M, 134217728", "128MiB, 134217728", "1G, 1073741824",
      "1GB, 1073741824", "100000, 100000"})
  void aSizeIsBytesOrAWholeNumberOfKMOrG(String text, long bytes) {
    assertThat(converter.convert(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "-1", "lots", "1T", "1.5M", "99999999999G"})
  void anythingElseIsAUsageError(String text) {
    assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("is not a size");
  }

  @ParameterizedTest
  @CsvSource({"2048, 2K", "134217728, 128M", "2147483648, 2G", "65844, 65844", "1536, 1536", "3145728, 3M"})
  void aSuggestedSizeIsWrittenAsTheOptionTakesIt(long bytes, String text) {
    assertThat(DocumentSize.format(bytes)).isEqualTo(text);
    assertThat(converter.convert(text)).isEqualTo(bytes);
  }
}
