/**
 * The narrative model: what an official text <em>says</em> about its eras, the policy lines its
 * ruling party adopted, the sectors those lines prioritise, and the claims it makes.
 *
 * <p>Every type is immutable and built with a {@code builder()} (or {@code of(...)}) factory;
 * per-value invariants are enforced on {@code build()} with an {@link IllegalArgumentException}
 * naming the attribute. Cross-references are checked by {@link NarrativeValidator}, which reports
 * every problem at once. No method returns {@code null}: absent values are {@link java.util.Optional}
 * and collections are empty, never null.
 *
 * <p>Thread safety: every type here is immutable and safe to share between threads without
 * locking, lazily computed indexes included; {@link NarrativeValidator} and
 * {@link SourceText} may be used by any number of threads at once, also on the same values.
 */
package org.policynarrative.core;
