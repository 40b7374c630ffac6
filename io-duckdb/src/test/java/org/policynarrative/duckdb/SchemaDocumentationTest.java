package org.policynarrative.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policynarrative.duckdb.internal.Schema;

/**
 * The tables and views documented in io-duckdb/README.md are those the export makes, with the same
 * comments the database carries. After a change to the schema, regenerate the section with
 * {@code -Dpolicy-narrative.regenerate=true} and commit the README.
 */
class SchemaDocumentationTest {

  private static final Path README = Path.of("README.md");
  private static final String BEGIN = "<!-- tables -->\n";
  private static final String END = "<!-- /tables -->";

  static String generated() {
    StringBuilder doc = new StringBuilder();
    for (Schema.Table table : Schema.TABLES) {
      doc.append("### `").append(table.name()).append("`\n\n").append(table.comment()).append("\n\n")
          .append("| column | type | what it holds |\n| --- | --- | --- |\n");
      for (Schema.Column column : table.columns()) {
        doc.append("| `").append(column.name()).append("` | ").append(column.type()).append(" | ")
            .append(column.comment().replace("|", "\\|")).append(" |\n");
      }
      doc.append('\n');
    }
    for (Schema.View view : Schema.VIEWS) {
      doc.append("### `").append(view.name()).append("` (view)\n\n").append(view.comment()).append("\n\n```sql\n")
          .append(view.query()).append("\n```\n\n");
    }
    return doc.toString();
  }

  @Test
  void theReadmeDocumentsEveryTableColumnAndView() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int from = readme.indexOf(BEGIN);
    int to = readme.indexOf(END);
    assertThat(from).as("README.md has the tables markers").isNotNegative();
    assertThat(to).isGreaterThan(from);
    String current = readme.substring(from + BEGIN.length(), to);
    String generated = generated();
    if (Boolean.getBoolean("policy-narrative.regenerate") && !current.equals(generated)) {
      Files.writeString(README, readme.substring(0, from + BEGIN.length()) + generated + readme.substring(to),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(current).as("the tables of io-duckdb/README.md; regenerate with -Dpolicy-narrative.regenerate=true")
        .isEqualTo(generated);
  }
}
