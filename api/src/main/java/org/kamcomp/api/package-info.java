/** The REST API: thin resources over the domain's services, secured with bearer tokens. */
package org.kamcomp.api;
