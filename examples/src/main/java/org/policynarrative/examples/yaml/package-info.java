/**
 * The worked third-party adapter: a YAML format built from the io-json Jackson module and
 * Jackson's YAML data format, registered through the SPI
 * ({@link org.policynarrative.examples.yaml.YamlNarrativeFormat}).
 */
package org.policynarrative.examples.yaml;
