package org.kamcomp.domain.imports;

/**
 * What is wrong with one row of an import: its number (in a CSV file the line, the header being
 * line 1; in JSON the position in the array, from 1), the column, and why.
 */
public record RowError(int row, String field, String message) {}
