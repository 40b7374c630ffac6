/**
 * The reference narrative: the DPRK's account of its line of economic construction, encoded as a
 * complete, anchored data set ({@link org.policynarrative.examples.reference.ReferenceNarrative}),
 * with the source text and its provenance note as resources.
 */
package org.policynarrative.examples.reference;
