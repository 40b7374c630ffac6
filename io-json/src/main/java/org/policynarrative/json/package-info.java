/**
 * JSON and JSON Lines for policy narratives, built on Jackson 3: {@link org.policynarrative.json.NarrativeJson}
 * reads and writes documents and corpora, {@link org.policynarrative.json.NarrativeJacksonModule} puts model
 * values into your own Jackson documents. The JSON Schema of the format is the resource
 * {@code narrative.schema.json} of this package ({@link org.policynarrative.json.NarrativeJson#schema()}).
 */
package org.policynarrative.json;
