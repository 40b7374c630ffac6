/** JSON and JSON Lines format for policy narratives, built on Jackson 3. */
package org.policynarrative.json;
