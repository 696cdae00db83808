/** Results and manager ratings through the API. */
package org.kamcomp.api.actual;
