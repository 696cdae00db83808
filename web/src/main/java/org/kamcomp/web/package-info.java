/** The web UI: Faces pages over the domain's services, signed in through Keycloak. */
package org.kamcomp.web;
