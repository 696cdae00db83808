/** The time and the company's calendar as the application services read them. */
package org.kamcomp.domain.time;
