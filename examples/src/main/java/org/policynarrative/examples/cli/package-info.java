/**
 * The {@code policy-narrative} command-line tool
 * ({@link org.policynarrative.examples.cli.PolicyNarrativeCli}), built on picocli and the format SPI.
 */
package org.policynarrative.examples.cli;
