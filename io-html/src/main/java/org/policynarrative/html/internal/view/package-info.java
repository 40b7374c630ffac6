/**
 * What the templates show: one immutable value per section of the report, with every string of the
 * narrative ready for display (control characters shown as control pictures) and every number and
 * position computed. The templates only lay these out; they make no decision. Not API.
 */
package org.policynarrative.html.internal.view;
