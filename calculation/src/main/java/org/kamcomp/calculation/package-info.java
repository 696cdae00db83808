/**
 * Calculation runs in the platform: the domain's assignments, targets, credited transactions,
 * results and ratings mapped to the engine's inputs, and the statements kept with their runs.
 */
package org.kamcomp.calculation;
