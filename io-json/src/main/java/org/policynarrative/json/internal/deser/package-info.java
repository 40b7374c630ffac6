/**
 * Hand-written deserializers of the model types, over the core builders, with located errors. One
 * reader per construct ({@code NarrativeReader}, {@code ClaimReader}, {@code DateReader}, ...), each
 * a {@code switch} over the names of its object in {@code JsonFields}; {@code JsonInput} and
 * {@code ObjectScope} are the cursor they share. Not API.
 */
package org.policynarrative.json.internal.deser;
