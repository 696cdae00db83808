package org.kamcomp.domain.imports;

import java.util.List;

/** An import with bad rows: every one of them is listed, and nothing was changed. */
public class ImportRejectedException extends RuntimeException {
  private final List<RowError> errors;

  public ImportRejectedException(List<RowError> errors) {
    super(
        errors.size()
            + (errors.size() == 1 ? " row was" : " rows were")
            + " rejected and nothing was imported; correct them and import the file again");
    this.errors = List.copyOf(errors);
  }

  public List<RowError> errors() {
    return errors;
  }
}
