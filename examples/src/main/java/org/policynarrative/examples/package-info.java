/** The reference narrative, runnable example programs, a CLI and a worked custom adapter. */
package org.policynarrative.examples;
