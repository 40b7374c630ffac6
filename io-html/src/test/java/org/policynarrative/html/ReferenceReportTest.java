package org.policynarrative.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReferenceReportTest {

  @Test
  void theReferencePageIsSmall() {
    byte[] page = ReferenceReport.html().getBytes(StandardCharsets.UTF_8);
    ReferenceReport.write();
    assertThat(page.length).isLessThan(200 * 1024);
  }
}
