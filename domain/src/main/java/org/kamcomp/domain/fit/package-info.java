/** The plan-fit check with the evidence of last year's actuals. */
package org.kamcomp.domain.fit;
