/** The reference narrative, runnable example programs, a CLI and a worked custom adapter. */
module org.policynarrative.examples {
  requires org.policynarrative.core;
}
