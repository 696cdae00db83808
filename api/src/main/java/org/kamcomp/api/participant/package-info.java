/** Participants over HTTP, scoped to what the caller may see. */
package org.kamcomp.api.participant;
