/**
 * Calculation runs and the statements they produce: a run is calculated, reviewed and published; a
 * published statement never changes, and a later run for the same period makes new versions.
 */
package org.kamcomp.domain.statement;
