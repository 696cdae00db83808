package org.kamcomp.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record of an accepted import: what, by whom, when, the file's SHA-256 and what it changed. A
 * rejected import leaves nothing, not even this.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_batch_seq")
  @SequenceGenerator(
      name = "import_batch_seq",
      sequenceName = "import_batch_seq",
      allocationSize = 1)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private ImportKind kind;

  @Column(name = "format", nullable = false, length = 10)
  private String format;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "row_count", nullable = false)
  private int rows;

  @Column(name = "created_count", nullable = false)
  private int created;

  @Column(name = "updated_count", nullable = false)
  private int updated;

  @Column(name = "unchanged_count", nullable = false)
  private int unchanged;

  @Column(name = "imported_by", nullable = false, length = 100)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  protected ImportBatch() {}

  ImportBatch(ImportResult result, String format, String sha256, String by, Instant at) {
    this.kind = result.kind();
    this.format = format;
    this.sha256 = sha256;
    this.rows = result.rows();
    this.created = result.created();
    this.updated = result.updated();
    this.unchanged = result.unchanged();
    this.importedBy = by;
    this.importedAt = at;
  }

  public Long getId() {
    return id;
  }

  public ImportKind getKind() {
    return kind;
  }

  public String getFormat() {
    return format;
  }

  public String getSha256() {
    return sha256;
  }

  public int getRows() {
    return rows;
  }

  public int getCreated() {
    return created;
  }

  public int getUpdated() {
    return updated;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public Instant getImportedAt() {
    return importedAt;
  }
}
