/** JSON and JSON Lines format for policy narratives, built on Jackson 3. */
module org.policynarrative.json {
  requires org.policynarrative.core;
}
