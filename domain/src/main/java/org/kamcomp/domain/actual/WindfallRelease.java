package org.kamcomp.domain.actual;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.kamcomp.domain.problem.InvalidInputException;

/**
 * Sales operations' decision that a deal held as a windfall (one deal crediting more than the
 * plan's share of a participant's annual target) counts after all: every run from then on credits
 * it in full. Decided once per deal, with the reason, by whom and when.
 */
@Entity
@Table(name = "windfall_release")
public class WindfallRelease {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "windfall_release_seq")
  @SequenceGenerator(
      name = "windfall_release_seq",
      sequenceName = "windfall_release_seq",
      allocationSize = 1)
  private Long id;

  @Version private long version;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "transaction_id", nullable = false, updatable = false, unique = true)
  private SalesTransaction deal;

  @Column(name = "reason", nullable = false, updatable = false, length = 2000)
  private String reason;

  @Column(name = "released_by", nullable = false, updatable = false)
  private String releasedBy;

  @Column(name = "released_at", nullable = false, updatable = false)
  private Instant releasedAt;

  protected WindfallRelease() {}

  public WindfallRelease(SalesTransaction deal, String reason, String by, Instant at) {
    this.deal = Objects.requireNonNull(deal, "deal is required");
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "Say why the windfall counts after all");
    }
    if (reason.length() > 2000) {
      throw new InvalidInputException("reason", "A reason has at most 2,000 characters");
    }
    this.reason = reason.strip();
    this.releasedBy = Objects.requireNonNull(by, "by is required");
    this.releasedAt = Objects.requireNonNull(at, "at is required");
  }

  public Long getId() {
    return id;
  }

  public SalesTransaction getDeal() {
    return deal;
  }

  public String getReason() {
    return reason;
  }

  public String getReleasedBy() {
    return releasedBy;
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }
}
