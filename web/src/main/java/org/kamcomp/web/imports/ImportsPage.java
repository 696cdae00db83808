package org.kamcomp.web.imports;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.imports.ImportBatch;
import org.kamcomp.domain.imports.ImportKind;
import org.kamcomp.domain.imports.ImportRejectedException;
import org.kamcomp.domain.imports.ImportResult;
import org.kamcomp.domain.imports.Importer;
import org.kamcomp.domain.imports.RowError;

/**
 * Sales operations uploads a CSV file of one kind; the page shows what the import did, or every
 * rejected row with its number, column and reason (and then nothing was imported).
 */
@Named
@ViewScoped
public class ImportsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Importer importer;
  @Inject Viewer viewer;

  private String kind = ImportKind.TRANSACTIONS.slug();
  private transient Part file;
  private ImportResult result;
  private List<ErrorRow> errors = List.of();
  private transient List<BatchRow> recent;

  /** A rejected row, for the error table. */
  public static final class ErrorRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int row;
    private final String field;
    private final String message;

    ErrorRow(RowError e) {
      this.row = e.row();
      this.field = e.field();
      this.message = e.message();
    }

    public int getRow() {
      return row;
    }

    public String getField() {
      return field;
    }

    public String getMessage() {
      return message;
    }
  }

  /** A kind of import, with its columns, for the kind picker and the help table. */
  public static final class KindRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ImportKind kind;

    KindRow(ImportKind kind) {
      this.kind = kind;
    }

    public String getSlug() {
      return kind.slug();
    }

    public String getLabel() {
      String s = kind.slug().replace('-', ' ');
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public String getRequired() {
      return String.join(", ", kind.required());
    }

    public String getOptional() {
      return kind.optional().isEmpty() ? "-" : String.join(", ", kind.optional());
    }

    public String getNaturalKey() {
      return kind.naturalKey();
    }
  }

  public void upload() {
    FacesContext faces = FacesContext.getCurrentInstance();
    result = null;
    errors = List.of();
    recent = null;
    if (file == null || file.getSize() == 0) {
      faces.addMessage(
          "import-form:file",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a CSV file to import", null));
      return;
    }
    if (file.getSize() > Importer.MAX_FILE_BYTES) {
      faces.addMessage(
          "import-form:file",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "The file is larger than "
                  + Importer.MAX_FILE_BYTES / (1024 * 1024)
                  + " MB, the most an import takes: split it",
              null));
      return;
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "The file could not be read", null));
      return;
    }
    try {
      result = importer.importCsv(ImportKind.fromSlug(kind), bytes, viewer.username());
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "Imported "
                  + result.rows()
                  + " rows: "
                  + result.created()
                  + " created, "
                  + result.updated()
                  + " updated, "
                  + result.unchanged()
                  + " unchanged",
              null));
    } catch (ImportRejectedException e) {
      errors = e.errors().stream().map(ErrorRow::new).toList();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public List<KindRow> getKinds() {
    return Arrays.stream(ImportKind.values()).map(KindRow::new).toList();
  }

  /** The import log, read once per view and again after an upload (not once per EL lookup). */
  public List<BatchRow> getRecent() {
    if (recent == null) {
      recent = importer.recent().stream().map(BatchRow::new).toList();
    }
    return recent;
  }

  /** An accepted import, for the table. */
  public static final class BatchRow {
    private static final java.time.format.DateTimeFormatter WHEN =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);
    private final ImportBatch b;

    BatchRow(ImportBatch b) {
      this.b = b;
    }

    public String getWhen() {
      return WHEN.format(b.getImportedAt());
    }

    public String getBy() {
      return b.getImportedBy();
    }

    public String getKind() {
      return b.getKind().slug();
    }

    public int getRows() {
      return b.getRows();
    }

    public int getCreated() {
      return b.getCreated();
    }

    public int getUpdated() {
      return b.getUpdated();
    }

    public int getUnchanged() {
      return b.getUnchanged();
    }

    public String getSha256() {
      return b.getSha256().substring(0, 12) + "...";
    }
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public ImportResult getResult() {
    return result;
  }

  public List<ErrorRow> getErrors() {
    return errors;
  }
}
