package org.kamcomp.domain.imports;

/** What an import did: rows read, records created, updated and left as they were. */
public record ImportResult(ImportKind kind, int rows, int created, int updated, int unchanged) {}
