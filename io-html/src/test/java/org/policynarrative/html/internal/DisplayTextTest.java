package org.policynarrative.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

  @Test
  void controlCharactersBecomeTheirPicturesAndNothingElseChanges() {
    assertThat(DisplayText.of("a\u0000b\u001b[31m\u007f")).isEqualTo("a\u2400b\u241b[31m\u2421");
    String kept = "tab\tline\ncr\r <script> \u2028 \u202e \ud83d\ude00 \u0085";
    assertThat(DisplayText.of(kept)).isSameAs(kept);
  }
}
