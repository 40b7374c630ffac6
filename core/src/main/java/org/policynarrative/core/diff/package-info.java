/**
 * The semantic diff of two narratives: {@link org.policynarrative.core.diff.NarrativeDiff#between}
 * matches the items of both (by id, then by shared external identifier), reports what was added,
 * removed and changed field by field, what was reordered, which removed and added items may be
 * one item renamed, and summarises how the account moved
 * ({@link org.policynarrative.core.diff.NarrativeDrift}: eras renamed or redated, lines that
 * appeared or vanished, sector priorities per era, claims and verdicts).
 * {@link org.policynarrative.core.diff.DiffFormat} writes it as text, Markdown or JSON.
 *
 * <p>A package of its own, beside the model rather than inside it, so that the model's package
 * stays the model; it uses only the model's public API. The classes that walk the model (one
 * attribute table per type, the matching, rename hints, the reports) are package-private here
 * rather than in an {@code internal} package: they build this package's values, so a separate
 * package would both use this one and be used by it, a cycle the architecture rules forbid.
 */
package org.policynarrative.core.diff;
