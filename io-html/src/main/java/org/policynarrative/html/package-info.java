/**
 * A write-only HTML report of a policy narrative: {@link org.policynarrative.html.NarrativeHtml}
 * writes it, and {@link org.policynarrative.html.HtmlNarrativeFormat} is the {@code html} format of
 * the core SPI.
 */
package org.policynarrative.html;
