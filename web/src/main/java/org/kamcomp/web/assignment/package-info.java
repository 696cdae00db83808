/** Plan assignments and targets: sales operations assigns, a participant reads their own plan. */
package org.kamcomp.web.assignment;
