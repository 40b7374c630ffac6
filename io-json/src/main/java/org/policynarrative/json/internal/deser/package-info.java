/** Hand-written deserializers of the model types, over the core builders, with located errors. Not API. */
package org.policynarrative.json.internal.deser;
