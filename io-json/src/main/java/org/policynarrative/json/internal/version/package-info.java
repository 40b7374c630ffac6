/** The format version, shared by the writers and the readers. Not API. */
package org.policynarrative.json.internal.version;
