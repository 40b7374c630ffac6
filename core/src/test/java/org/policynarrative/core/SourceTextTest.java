package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Computing anchors from quotes, slicing by code points, hashing. */
class SourceTextTest {

  @Test
  void aUniqueQuoteGetsItsOffsetsAndContext() {
    SourceText text = SourceText.of("portal", TestNarratives.SOURCE_TEXT);

    Anchor anchor = text.anchor("heavy industry");

    assertThat(anchor.source()).isEqualTo("portal");
    assertThat(anchor.exact()).isEqualTo("heavy industry");
    assertThat(anchor.start()).contains(45);
    assertThat(anchor.end()).contains(59);
    assertThat(anchor.prefix()).contains("arty set the line of developing ");
    assertThat(anchor.prefix().orElseThrow()).hasSize(SourceText.CONTEXT_LENGTH);
    assertThat(anchor.suffix()).contains(" preferentially while developing");
    assertThat(text.slice(45, 59)).contains("heavy industry");
  }

  @Test
  void contextIsCutAtTheEdgesOfTheText() {
    SourceText text = SourceText.of("s", "alpha beta gamma");

    Anchor first = text.anchor("alpha");
    Anchor last = text.anchor("gamma");

    assertThat(first.prefix()).isEmpty();
    assertThat(first.suffix()).contains(" beta gamma");
    assertThat(last.prefix()).contains("alpha beta ");
    assertThat(last.suffix()).isEmpty();
    assertThat(text.anchor("alpha beta gamma").start()).contains(0);
  }

  @Test
  void offsetsAreCodePointsNotUtf16Units() {
    // Each double-struck capital but ℂ is one code point and two UTF-16 chars: 10 chars, 8 code points before the quote.
    SourceText text = SourceText.of("s", "𝔸𝔹ℂ: 주체 heavy industry 𝔻");

    Anchor anchor = text.anchor("heavy industry");

    assertThat(text.text().indexOf("heavy industry")).isEqualTo(10);
    assertThat(anchor.start()).contains(8);
    assertThat(anchor.end()).contains(22);
    assertThat(anchor.prefix()).contains("𝔸𝔹ℂ: 주체 ");
    assertThat(anchor.suffix()).contains(" 𝔻");
    assertThat(text.length()).isEqualTo(24);
    assertThat(text.slice(8, 22)).contains("heavy industry");
    assertThat(text.slice(0, 2)).contains("𝔸𝔹");
    assertThat(text.anchor("𝔹").start()).contains(1);
    assertThat(text.anchor("𝔹").end()).contains(2);
  }

  @Test
  void aQuoteThatOccursTwiceIsRefusedSayingWhere() {
    SourceText text = SourceText.of("portal", TestNarratives.SOURCE_TEXT);

    assertThatThrownBy(() -> text.anchor("developing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("occurs 2 times")
        .hasMessageContaining("[34, 81]")
        .hasMessageContaining("portal");
  }

  @Test
  void overlappingOccurrencesCount() {
    SourceText text = SourceText.of("s", "aaa");
    assertThat(text.occurrences("aa")).containsExactly(0, 1);
    assertThatThrownBy(() -> text.anchor("aa")).hasMessageContaining("occurs 2 times");
  }

  @Test
  void anAbsentQuoteIsRefused() {
    SourceText text = SourceText.of("portal", TestNarratives.SOURCE_TEXT);

    assertThatThrownBy(() -> text.anchor("light industry first"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quote not found in source 'portal': \"light industry first\"");
    assertThatThrownBy(() -> text.anchor(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
  }

  @Test
  void aQuoteThatSplitsASurrogatePairDoesNotOccur() {
    SourceText text = SourceText.of("s", "I \ud83d\ude00 x \ud83d\ude00");

    assertThat(text.occurrences("\ude00 x")).isEmpty();
    assertThat(text.occurrences("x \ud83d")).isEmpty();
    assertThat(text.occurrences("\ud83d\ude00")).containsExactly(2, 6);
    assertThatThrownBy(() -> text.anchor("\ude00 x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not found");
    // An unpaired surrogate in the text itself is a whole code point and can be quoted.
    assertThat(SourceText.of("s", "a\ud800b").anchor("\ud800").start()).contains(1);
  }

  @Test
  void sliceOutOfRangeIsEmpty() {
    SourceText text = SourceText.of("s", "abc");
    assertThat(text.slice(0, 3)).contains("abc");
    assertThat(text.slice(1, 1)).contains("");
    assertThat(text.slice(-1, 2)).isEmpty();
    assertThat(text.slice(2, 1)).isEmpty();
    assertThat(text.slice(0, 4)).isEmpty();
  }

  @Test
  void sha256IsTheLowerCaseHexDigestOfTheUtf8Bytes() {
    // FIPS 180-2 test vector for "abc".
    assertThat(SourceText.of("s", "abc").sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // UTF-8, not UTF-16: "é" is the two bytes C3 A9.
    assertThat(SourceText.of("s", "\u00e9").sha256())
        .isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
  }

  @Test
  void theSourceIdMustBeASlug() {
    assertThatThrownBy(() -> SourceText.of("The Portal", "text"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SourceText.sourceId");
  }
}
