package org.policynarrative.html.internal.view;

/**
 * A verdict as the page shows it: a symbol and a word, so that colour is never the only signal.
 *
 * @param code the verdict's code, which names its style ({@code verdict-unverified})
 * @param label the word, such as "Unverified"
 * @param symbol a symbol that differs per verdict
 */
public record Badge(String code, String label, String symbol) {}
