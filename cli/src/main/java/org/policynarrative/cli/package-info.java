/**
 * The {@code policy-narrative} command-line tool ({@link org.policynarrative.cli.PolicyNarrativeCli}),
 * built on picocli and the format SPI. The subcommands live in the unexported
 * {@code org.policynarrative.cli.internal} package.
 */
package org.policynarrative.cli;
