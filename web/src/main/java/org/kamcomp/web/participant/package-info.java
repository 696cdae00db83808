/** Participant pages: the scoped participant list and each user's own record. */
package org.kamcomp.web.participant;
