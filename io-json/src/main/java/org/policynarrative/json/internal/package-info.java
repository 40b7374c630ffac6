/**
 * The engine behind {@code NarrativeJson}: configured mappers, the canonical writer, the JSON Lines
 * reader, error translation and the two formats registered with the core SPI. Not API: the
 * package is not exported.
 */
package org.policynarrative.json.internal;
