/** Calculation runs and published statements through the API. */
package org.kamcomp.api.run;
