/**
 * Deliberately bad (alpha, beta) and clean (gamma) classes that show each rule of
 * {@link org.policynarrative.testing.ArchitectureRules} can fail. Never imported as main classes.
 */
package org.policynarrative.testing.archrules.samples;
