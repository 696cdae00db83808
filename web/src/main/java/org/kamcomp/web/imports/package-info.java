/** The import page: CSV upload with row-numbered errors. */
package org.kamcomp.web.imports;
