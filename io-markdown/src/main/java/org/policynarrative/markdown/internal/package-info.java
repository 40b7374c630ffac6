/** The Markdown writer and reader behind {@link org.policynarrative.markdown.NarrativeMarkdown}. Not API. */
package org.policynarrative.markdown.internal;
