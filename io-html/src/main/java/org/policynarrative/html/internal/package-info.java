/**
 * The report behind {@link org.policynarrative.html.NarrativeHtml}: one builder per section turns
 * the narrative into the values of {@code internal.view}, which the precompiled templates lay out.
 * Not API.
 */
package org.policynarrative.html.internal;
