/** Plan assignments and targets through the API. */
package org.kamcomp.api.assignment;
