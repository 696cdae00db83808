/** Business failures with messages a sales-operations user understands, mapped once to HTTP. */
package org.kamcomp.domain.problem;
