/**
 * Hand-written serializers of the model types, over Jackson's generic generator API: one writer per
 * construct ({@code NarrativeWriter}, {@code ClaimWriter}, {@code DateWriter}, ...), writing the
 * names of {@code JsonFields} in canonical order; {@code JsonOutput} holds the field writes they
 * share. Not API.
 */
package org.policynarrative.json.internal.ser;
