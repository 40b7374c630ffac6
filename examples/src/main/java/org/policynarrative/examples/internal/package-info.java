/** Plumbing shared by the example programs and the command-line tool; not part of any API. */
package org.policynarrative.examples.internal;
