/**
 * Questions across many narratives: {@link org.policynarrative.corpus.Corpus} reads a corpus (a JSON
 * Lines file, or any format installed through the core SPI) one narrative at a time and answers
 * {@link org.policynarrative.corpus.Corpus#claimsAbout(org.policynarrative.core.EntityRef) claims about an entity},
 * {@link org.policynarrative.corpus.Corpus#figures(String) figures by indicator} and
 * {@link org.policynarrative.corpus.Corpus#sectorPriorities(String) a sector's priority across narratives};
 * {@link org.policynarrative.corpus.CorpusExporter} is the service that loads a corpus into another
 * engine.
 */
package org.policynarrative.corpus;
