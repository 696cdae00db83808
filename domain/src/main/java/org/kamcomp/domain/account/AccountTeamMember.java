package org.kamcomp.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.scoring.Crediting;

/**
 * One person's place on an account team: their credit split of the account's business, the days it
 * applies (both ends inclusive; no end means until further notice), and whether they are a primary
 * seller or an overlay credited in addition. Part of {@link Account}, changed only through it.
 */
@Entity
@Audited
@Table(name = "account_team_member")
public class AccountTeamMember {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_team_member_seq")
  @SequenceGenerator(
      name = "account_team_member_seq",
      sequenceName = "account_team_member_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @Column(name = "split_percent", nullable = false, precision = 7, scale = 4)
  private BigDecimal splitPercent;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  /** PRIMARY (the primary splits on an account never exceed 100 % on a day) or OVERLAY. */
  @Enumerated(EnumType.STRING)
  @Column(name = "team_role", nullable = false, length = 10)
  private Crediting.Role role;

  protected AccountTeamMember() {}

  AccountTeamMember(
      Account account,
      Participant participant,
      BigDecimal splitPercent,
      LocalDate validFrom,
      LocalDate validTo,
      Crediting.Role role) {
    this.account = account;
    this.participant = participant;
    this.splitPercent = splitPercent;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.role = role;
  }

  boolean change(BigDecimal split, LocalDate to, Crediting.Role newRole) {
    if (split.compareTo(splitPercent) == 0 && Objects.equals(to, validTo) && newRole == role) {
      return false;
    }
    this.splitPercent = split;
    this.validTo = to;
    this.role = newRole;
    return true;
  }

  /** The place as the calculation's crediting reads it. */
  public Crediting.Membership membership(String accountKey) {
    return new Crediting.Membership(
        accountKey, participant.getUsername(), splitPercent, validFrom, validTo, role);
  }

  boolean isOf(Participant p) {
    return participant.getUsername().equals(p.getUsername());
  }

  boolean overlaps(LocalDate from, LocalDate to) {
    return (to == null || !to.isBefore(validFrom)) && (validTo == null || !validTo.isBefore(from));
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /** The account's id, without loading the account. */
  public Long getAccountId() {
    return account.getId();
  }

  public Participant getParticipant() {
    return participant;
  }

  public BigDecimal getSplitPercent() {
    return splitPercent;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public Crediting.Role getRole() {
    return role;
  }
}
