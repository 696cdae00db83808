/** Platform endpoints: health, the signed-in user, and start-up work such as schema migration. */
package org.kamcomp.api.platform;
