/** Plan pages: the plan list, a version's terms and scorecard with its curves, and its plan fit. */
package org.kamcomp.web.plan;
