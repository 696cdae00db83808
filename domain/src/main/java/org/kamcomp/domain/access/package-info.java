/** Who is asking: the signed-in user's identity and roles, and the data scope those roles grant. */
package org.kamcomp.domain.access;
