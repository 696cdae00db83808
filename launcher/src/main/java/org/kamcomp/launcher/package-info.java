/**
 * Starts and stops the whole platform on one machine: Keycloak with the kam realm, WildFly with the
 * EAR on H2 or PostgreSQL, and the demo data. The run command and the integration tests share it,
 * so the tests exercise the platform exactly as a user starts it.
 */
package org.kamcomp.launcher;
