/**
 * Participants (the people paid by incentive plans) and the manager hierarchy they report through.
 */
package org.kamcomp.domain.participant;
