/** Imports of CSV files and JSON documents, with row-numbered errors. */
package org.kamcomp.api.imports;
