/** Who is paid by which plan version, when, and against which targets. */
package org.kamcomp.domain.assignment;
