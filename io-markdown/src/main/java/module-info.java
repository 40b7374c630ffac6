/** Markdown format for policy narratives, built on commonmark-java. */
module org.policynarrative.markdown {
  requires org.policynarrative.core;
}
