/**
 * Deliberately bad (alpha, beta) and clean (gamma) classes that show each rule of
 * {@link org.policynarrative.core.archrules.ArchitectureRules} can fail. Never imported as main classes.
 */
package org.policynarrative.core.archrules.samples;
