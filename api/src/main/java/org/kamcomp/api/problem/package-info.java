/** Failures as RFC 9457 problem details, mapped once for the whole API. */
package org.kamcomp.api.problem;
