/** Hand-written serializers of the model types, over Jackson's generic generator API. Not API. */
package org.policynarrative.json.internal.ser;
