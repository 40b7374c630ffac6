/**
 * The names of the JSON format, spelled once ({@code JsonName}), and which of them each kind of
 * object has ({@code JsonFields}): shared by the readers, the writers and the schema test. Not API.
 */
package org.policynarrative.json.internal.fields;
