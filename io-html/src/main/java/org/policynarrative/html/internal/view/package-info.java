/**
 * What the templates show: one immutable value per section of the report, with every string of the
 * narrative as the model has it (the output shows control characters as control pictures) and every number and
 * position computed. The templates only lay these out; they make no decision. Not API.
 */
package org.policynarrative.html.internal.view;
