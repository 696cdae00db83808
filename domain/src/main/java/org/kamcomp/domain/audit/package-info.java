/** Who changed what that affects pay, and when: Envers revisions stamped with the user. */
package org.kamcomp.domain.audit;
