/** The subcommands of the command-line tool and their shared plumbing; not exported. */
package org.policynarrative.cli.internal;
