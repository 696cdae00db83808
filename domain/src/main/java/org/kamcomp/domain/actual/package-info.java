/**
 * Actuals: the transactions booked on accounts (credited to the account team) and the results and
 * ratings recorded per participant, measure and period.
 */
package org.kamcomp.domain.actual;
