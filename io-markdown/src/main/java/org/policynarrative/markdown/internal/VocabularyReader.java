package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.InvalidValueException;

/**
 * Reads the Vocabulary section: the codes the narrative declares for its open vocabularies, one
 * table row each, {@code | Scheme | Code | Label | Definition | Broader |} (the last two may be
 * left out).
 */
final class VocabularyReader extends ConstructReader {

  private static final String[] ATTRIBUTES = {"scheme", "code", "label", "definition", "broader"};

  private final TableReader tables;

  VocabularyReader(MarkdownSource source, NarrativeAssembly assembly, TableReader tables) {
    super(source, assembly);
    this.tables = tables;
  }

  void section(List<Node> blocks) {
    for (Node block : blocks) {
      if (!(block instanceof TableBlock table)) {
        assembly.errors.add(MarkdownSource.errorAt(block, "unexpected " + MarkdownSource.describe(block) + " in the "
            + Dialect.Section.VOCABULARY.heading + " section; expected the table " + Dialect.VOCABULARY.describe()));
        continue;
      }
      List<TableReader.Row> rows = new ArrayList<>();
      assembly.errors.attempt(() -> rows.addAll(tables.rows(table, Dialect.VOCABULARY)));
      for (TableReader.Row row : rows) {
        assembly.errors.attempt(() -> code(row));
      }
    }
  }

  private void code(TableReader.Row row) {
    CodeDefinition.Builder b = CodeDefinition.builder();
    Map<String, Place> places = new HashMap<>();
    for (int i = 0; i < ATTRIBUTES.length; i++) {
      if (row.cell(i) != null) {
        places.put(ATTRIBUTES[i], row.cell(i).at());
      }
    }
    if (!row.text(0).isEmpty()) {
      b.scheme(TableReader.cellAs(row.cell(0), "Scheme", CodeScheme::fromCode));
    }
    if (!row.text(1).isEmpty()) {
      b.code(row.text(1));
    }
    if (!row.text(2).isEmpty()) {
      b.label(row.text(2));
    }
    if (!row.text(3).isEmpty()) {
      b.definition(row.text(3));
    }
    if (!row.text(4).isEmpty()) {
      b.broader(row.text(4));
    }
    CodeDefinition code;
    try {
      code = b.build();
    } catch (InvalidValueException e) {
      int column = List.of(ATTRIBUTES).indexOf(e.attribute());
      if (column >= 0 && row.cell(column) != null) {
        throw row.cell(column).at().error("invalid code in " + Dialect.VOCABULARY.what + ", column '"
            + Dialect.VOCABULARY.columns.get(column) + "': " + e.getMessage(), e);
      }
      throw row.at().error("invalid code in " + Dialect.VOCABULARY.what + ": " + e.getMessage(), e);
    }
    assembly.vocabulary.add(new NarrativeAssembly.Draft<>(code, null, row.at(), places));
  }
}
