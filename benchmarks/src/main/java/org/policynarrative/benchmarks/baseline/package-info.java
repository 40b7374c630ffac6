/**
 * The baselines: plain Java records of the same shape as the model, read and written with Jackson
 * databind and with hand-written Jackson streaming code, as a user would without policy-narrative.
 */
package org.policynarrative.benchmarks.baseline;
