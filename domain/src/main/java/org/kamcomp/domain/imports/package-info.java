/**
 * Imports of participants, accounts, account teams, assignments, targets, transactions and results,
 * from CSV or JSON: every row is checked before anything is written, a file with any bad row
 * changes nothing, and importing the same file twice changes nothing the second time.
 */
package org.kamcomp.domain.imports;
