package org.kamcomp.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited change set: every entity that affects pay and changed in one transaction is recorded
 * at this revision, stamped with who made the change and when.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
  @SequenceGenerator(
      name = "audit_revision_seq",
      sequenceName = "audit_revision_seq",
      allocationSize = 1)
  @RevisionNumber
  @Column(name = "id")
  private long id;

  @RevisionTimestamp
  @Column(name = "changed_at", nullable = false)
  private long timestamp;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  public long getId() {
    return id;
  }

  public Instant getChangedAt() {
    return Instant.ofEpochMilli(timestamp);
  }

  public String getChangedBy() {
    return changedBy;
  }

  void setChangedBy(String changedBy) {
    this.changedBy = changedBy;
  }
}
