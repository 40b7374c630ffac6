/** Markdown format for policy narratives, built on commonmark-java. */
package org.policynarrative.markdown;
