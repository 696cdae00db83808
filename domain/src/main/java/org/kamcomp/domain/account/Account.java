package org.kamcomp.domain.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.scoring.Crediting;

/**
 * A customer account and its account team: who is credited for the account's business, with which
 * split, from when to when, as a primary seller or as an overlay. A person is on an account's team
 * at most once on any day; the primary splits never add up to more than 100 % on any day, while
 * overlay places are credited in addition for the plans that allow overlay credit. The code is the
 * account's natural key, as in the CRM.
 */
@Entity
@Audited
@Table(name = "account")
public class Account {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "code", nullable = false, unique = true, updatable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "tier", nullable = false, length = 20)
  private AccountTier tier;

  @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("validFrom, id")
  private List<AccountTeamMember> team = new ArrayList<>();

  protected Account() {}

  public Account(String code, String name, AccountTier tier) {
    this.code = requireText(code, "code");
    this.name = requireText(name, "name");
    this.tier = Objects.requireNonNull(tier, "tier is required");
  }

  /** Renames or re-tiers the account; true if anything changed. */
  public boolean revise(String name, AccountTier tier) {
    String n = requireText(name, "name");
    Objects.requireNonNull(tier, "tier is required");
    if (n.equals(this.name) && tier == this.tier) {
      return false;
    }
    this.name = n;
    this.tier = tier;
    return true;
  }

  /**
   * Puts a participant on the team from {@code validFrom} (to {@code validTo}, inclusive, or open)
   * with a credit split, or changes the split and end of the membership that starts on {@code
   * validFrom}. Returns whether anything changed.
   *
   * @throws InvalidInputException with a sales-ops sentence when the split or dates are wrong or
   *     the membership would overlap another of the same person on this account
   */
  public boolean assign(
      Participant member,
      BigDecimal splitPercent,
      LocalDate validFrom,
      LocalDate validTo,
      Crediting.Role role) {
    Objects.requireNonNull(member, "member is required");
    Objects.requireNonNull(splitPercent, "splitPercent is required");
    Objects.requireNonNull(validFrom, "validFrom is required");
    Crediting.Role placed = role == null ? Crediting.Role.PRIMARY : role;
    if (splitPercent.signum() <= 0 || splitPercent.compareTo(HUNDRED) > 0) {
      throw new InvalidInputException(
          "splitPercent",
          "A credit split lies above 0 % and at most 100 %, not "
              + splitPercent.stripTrailingZeros().toPlainString()
              + " %");
    }
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new InvalidInputException(
          "validTo", "The membership ends (" + validTo + ") before it starts (" + validFrom + ")");
    }
    Optional<AccountTeamMember> same =
        team.stream().filter(m -> m.isOf(member) && m.getValidFrom().equals(validFrom)).findFirst();
    for (AccountTeamMember other : team) {
      if (other.isOf(member)
          && same.map(s -> s != other).orElse(true)
          && other.overlaps(validFrom, validTo)) {
        throw new InvalidInputException(
            "validFrom",
            member.getUsername()
                + " is already on the team of "
                + code
                + " from "
                + other.getValidFrom()
                + (other.getValidTo() == null ? "" : " to " + other.getValidTo())
                + "; end that membership before this one starts");
      }
    }
    if (same.isPresent()) {
      return same.get().change(splitPercent, validTo, placed);
    }
    team.add(new AccountTeamMember(this, member, splitPercent, validFrom, validTo, placed));
    return true;
  }

  /**
   * Where the primary splits add up to more than 100 % ("on 2026-03-01: 110 %", the first such
   * day), or null when they never do. Checked once every change of a batch is made, so that moving
   * a split from one person to another in one import is not refused half way.
   */
  public String primarySplitsAbove100() {
    List<String> over =
        Crediting.primarySplitsAbove100(team.stream().map(m -> m.membership(code)).toList());
    return over.isEmpty() ? null : over.get(0).substring(code.length() + 1);
  }

  /** The team members credited on {@code day}. */
  public List<AccountTeamMember> teamOn(LocalDate day) {
    return team.stream().filter(m -> m.covers(day)).toList();
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name + " is required");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public AccountTier getTier() {
    return tier;
  }

  public List<AccountTeamMember> getTeam() {
    return List.copyOf(team);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Account a && code.equals(a.getCode()));
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
