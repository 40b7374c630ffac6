/**
 * "Did you mean" hints: the known word nearest to a misspelled one ({@link
 * org.policynarrative.core.spelling.Spelling}). A leaf package, with no dependency on the model, so
 * that the model and the adapters share one rule.
 */
package org.policynarrative.core.spelling;
