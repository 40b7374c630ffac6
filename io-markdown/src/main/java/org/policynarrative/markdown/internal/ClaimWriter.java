package org.policynarrative.markdown.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Figure;
import org.policynarrative.core.Period;
import org.policynarrative.markdown.internal.Dialect.Key;

/**
 * Writes a claim as an article shows it (dialect 2): a line with its id, kind and verdict
 * ({@code **Claim line-adopted:** policy-adoption, unverified}), the source's words as a block
 * quote with a line saying where they are, then the claim's fields, the data set's paraphrase
 * first and labelled as such. The anchor's offsets and context stay on that one line (or, when
 * that would not read back, in a list inside the quote).
 */
final class ClaimWriter {

  private static final String SUB = "  ";

  private final MarkdownOutput out;
  private final FieldWriter fields;
  private final TableWriter tables;

  ClaimWriter(MarkdownOutput out, FieldWriter fields, TableWriter tables) {
    this.out = out;
    this.fields = fields;
    this.tables = tables;
  }

  /**
   * Writes the claim.
   *
   * @param position whether the claim needs its data-set position
   * @param index the claim's index in the data set
   */
  void claim(Claim claim, boolean position, int index) {
    out.newline().append("**").append(Dialect.CLAIM).append(' ').append(claim.id()).append(":** ")
        .append(claim.kind().map(ClaimKind::code).orElse(Dialect.NO_KIND_YET)).append(", ").append(claim.verdict().code()).newline().newline();
    quotation(claim.anchor());
    claim.otherAnchors().forEach(this::quotation);
    claim.statement().ifPresent(v -> fields.text("", Key.PARAPHRASE, v));
    claim.assertedBy().ifPresent(v -> fields.text("", Key.ASSERTED_BY, v));
    claim.extractedBy().ifPresent(v -> fields.text("", Key.EXTRACTED_BY, v));
    fields.refs("", Key.ABOUT, claim.about());
    fields.refs("", Key.CAUSES, claim.causes());
    fields.refs("", Key.EFFECTS, claim.effects());
    fields.refs("", Key.JUSTIFIES, claim.justifies());
    claim.refersTo().ifPresent(p -> fields.period("", Key.REFERS_TO, p));
    fields.relations("", claim.relations());
    figures(claim.figures());
    fields.encoderNotes("", claim.encoderNotes());
    claim.assessments().forEach(this::assessment);
    fields.position("", position, index);
    out.newline();
  }

  /** The source's words as a block quote, then where they are. */
  private void quotation(Anchor anchor) {
    out.append("> ").escaped(anchor.exact(), true).newline().append('>').newline();
    if (Attribution.fits(anchor)) {
      out.append("> ");
      Attribution.write(anchor, out);
      out.newline().newline();
      return;
    }
    String q = "> ";
    fields.text(q, Key.SOURCE, anchor.source());
    anchor.prefix().ifPresent(v -> fields.text(q, Key.BEFORE, v));
    anchor.suffix().ifPresent(v -> fields.text(q, Key.AFTER, v));
    if (anchor.start().isPresent() && anchor.end().isPresent()) {
      fields.open(q, Key.OFFSETS).append(anchor.start().get().intValue()).append("..")
          .append(anchor.end().get().intValue()).newline();
    }
    out.newline();
  }

  /** The figures as a table, or as nested fields when a period needs more than one line. */
  private void figures(List<Figure> figures) {
    if (figures.isEmpty()) {
      return;
    }
    boolean plain = true;
    for (Figure figure : figures) {
      plain &= figure.period().map(fields::isPlain).orElse(true)
          && figure.baselinePeriod().map(fields::isPlain).orElse(true);
    }
    if (!plain) {
      figures.forEach(this::figure);
      return;
    }
    fields.nesting("", Key.FIGURES);
    List<String[]> rows = TableWriter.rows();
    for (Figure f : figures) {
      rows.add(new String[] {f.indicator(), f.sector().map(tables::sector).orElse(null), f.wording(),
          f.status().code(), f.statedAs().code(), decimal(f.amount()), decimal(f.upTo()), f.unit().orElse(null),
          f.ucum().orElse(null), f.period().map(Period::text).orElse(null),
          f.baselinePeriod().map(Period::text).orElse(null), decimal(f.baselineAmount())});
    }
    tables.write(SUB, Dialect.FIGURES, rows);
  }

  private static String decimal(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toString).orElse(null);
  }

  private void figure(Figure f) {
    fields.nesting("", Key.FIGURE);
    fields.text(SUB, Key.INDICATOR, f.indicator());
    f.sector().ifPresent(v -> fields.text(SUB, Key.SECTOR, v));
    fields.text(SUB, Key.WORDING, f.wording());
    fields.code(SUB, Key.STATUS, f.status().code());
    fields.code(SUB, Key.STATED_AS, f.statedAs().code());
    f.amount().ifPresent(v -> fields.text(SUB, Key.AMOUNT, v.toString()));
    f.upTo().ifPresent(v -> fields.text(SUB, Key.UP_TO, v.toString()));
    f.unit().ifPresent(v -> fields.text(SUB, Key.UNIT, v));
    f.ucum().ifPresent(v -> fields.text(SUB, Key.UCUM, v));
    f.period().ifPresent(v -> fields.period(SUB, Key.PERIOD, v));
    f.baselinePeriod().ifPresent(v -> fields.period(SUB, Key.BASELINE_PERIOD, v));
    f.baselineAmount().ifPresent(v -> fields.text(SUB, Key.BASELINE_AMOUNT, v.toString()));
  }

  private void assessment(Assessment assessment) {
    fields.nesting("", Key.ASSESSMENT);
    fields.text(SUB, Key.ASSESSOR, assessment.assessor());
    fields.code(SUB, Key.VERDICT, assessment.verdict().code());
    assessment.ratingLabel().ifPresent(v -> fields.text(SUB, Key.RATING, v));
    assessment.date().ifPresent(v -> fields.date(SUB, Key.DATE, v));
    assessment.note().ifPresent(v -> fields.text(SUB, Key.NOTE, v));
    assessment.references().forEach(v -> fields.text(SUB, Key.REFERENCE, v));
  }
}
