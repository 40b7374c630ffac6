package org.policynarrative.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Source;
import org.policynarrative.core.StatedAs;
import org.policynarrative.core.spi.DocumentLimits;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormats;

/**
 * A figure's decimal that one format reads, the other reads too: the Markdown reader counts digits
 * to the limit every format shares, as Jackson does for JSON (it once allowed 200 characters, which
 * JSON then refused).
 */
class DecimalLimitTest {

  private static final NarrativeFormat JSON = NarrativeFormats.installed().byName("json").orElseThrow();
  private static final NarrativeFormat MARKDOWN = NarrativeFormats.installed().byName("markdown").orElseThrow();

  @Test
  void theLongestDecimalReadsInBothFormatsAndOneDigitMoreIsRefusedByBoth() throws IOException {
    String longest = "-" + "9".repeat(DocumentLimits.MAX_NUMBER_LENGTH - 3) + ".5E+12";
    Narrative narrative = withAmount(longest);
    assertThat(roundTrip(JSON, narrative)).isEqualTo(narrative);
    assertThat(roundTrip(MARKDOWN, narrative)).isEqualTo(narrative);

    Narrative tooLong = withAmount("-9" + longest.substring(1));
    assertThatThrownBy(() -> roundTrip(MARKDOWN, tooLong))
        .isInstanceOf(NarrativeFormatException.class).hasMessageContaining("at most 64 digits");
    assertThatThrownBy(() -> roundTrip(JSON, tooLong))
        .isInstanceOf(NarrativeFormatException.class).hasMessageContaining("longer than 64 characters");
  }

  private static Narrative roundTrip(NarrativeFormat format, Narrative narrative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(narrative, out);
    return format.read(new ByteArrayInputStream(out.toByteArray()));
  }

  private static Narrative withAmount(String amount) {
    Figure figure = Figure.builder().indicator("steel output").wording("a great many tons")
        .statedAs(StatedAs.APPROXIMATE).amount(new BigDecimal(amount)).status(FigureStatus.RESULT).build();
    Claim claim = Claim.builder().id("c").statement("Much steel.").kind(ClaimKind.STATISTIC).assertedBy("a source")
        .anchor(Anchor.builder().source("s").exact("steel").build()).addFigures(figure).build();
    return Narrative.builder().id("n").title("Decimals").language("en").version("1")
        .addSources(Source.builder().id("s").build()).addClaims(claim).build();
  }
}
