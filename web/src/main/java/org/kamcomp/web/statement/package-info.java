/** Calculation runs for sales operations, and statements for participants and managers. */
package org.kamcomp.web.statement;
