/**
 * The signed-in user in the UI: identity, roles, the menu they allow, their landing page, logout.
 */
package org.kamcomp.web.session;
