package org.kamcomp.domain.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import org.kamcomp.domain.role.RoleProfile;

/**
 * A participant: an employee who is paid by an incentive plan, manages people who are, or takes
 * part in running the plans. The user name is the identity provider's {@code preferred_username}
 * and the participant's natural key; it never changes. A participant reports to at most one
 * manager; the chain of managers is the reporting line that scopes what a manager may see. The role
 * profile and base salary feed the plan-fit check and a target incentive set as a percentage of
 * base, so every change to a participant is audited.
 */
@Entity
@Audited
@Table(name = "participant")
public class Participant {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
  @SequenceGenerator(
      name = "participant_seq",
      sequenceName = "participant_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "username", nullable = false, updatable = false, unique = true)
  private String username;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "email")
  private String email;

  @Column(name = "title")
  private String title;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "manager_id")
  private Participant manager;

  /**
   * The ids of the participant's managers from the top of the hierarchy down, e.g. {@code /3/17/}
   * for someone who reports to 17, who reports to 3; {@code /} at the top. A manager's reporting
   * line is everyone whose path starts with the manager's own path and id.
   */
  @Column(name = "manager_path", nullable = false)
  private String managerPath;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "role_profile_id")
  private RoleProfile roleProfile;

  /** The annual base salary in the participant's currency, when known. */
  @Column(name = "base_salary", precision = 19, scale = 4)
  private BigDecimal baseSalary;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  protected Participant() {}

  public Participant(
      String username,
      String fullName,
      String email,
      String title,
      Currency currency,
      LocalDate startDate,
      Participant manager) {
    this.username = requireText(username, "username");
    this.fullName = requireText(fullName, "fullName");
    this.email = email;
    this.title = title;
    this.currency = Objects.requireNonNull(currency, "currency is required").getCurrencyCode();
    this.startDate = Objects.requireNonNull(startDate, "startDate is required");
    this.manager = manager;
    this.managerPath = pathBelow(manager);
  }

  /**
   * Sets what sales operations keeps on file about the participant; true if anything changed. The
   * user name never changes: it is how the identity provider names them.
   */
  public boolean revise(
      String fullName,
      String email,
      String title,
      Currency currency,
      LocalDate startDate,
      RoleProfile roleProfile,
      BigDecimal baseSalary) {
    if (baseSalary != null && baseSalary.signum() < 0) {
      throw new IllegalArgumentException("a base salary is not negative");
    }
    String name = requireText(fullName, "fullName");
    String code = Objects.requireNonNull(currency, "currency is required").getCurrencyCode();
    Objects.requireNonNull(startDate, "startDate is required");
    boolean changed =
        !name.equals(this.fullName)
            || !Objects.equals(email, this.email)
            || !Objects.equals(title, this.title)
            || !code.equals(this.currency)
            || !startDate.equals(this.startDate)
            || !Objects.equals(codeOf(roleProfile), codeOf(this.roleProfile))
            || !sameAmount(baseSalary, this.baseSalary);
    if (changed) {
      this.fullName = name;
      this.email = email;
      this.title = title;
      this.currency = code;
      this.startDate = startDate;
      this.roleProfile = roleProfile;
      this.baseSalary = baseSalary;
    }
    return changed;
  }

  // Lazy references are proxies: compare them through their getters, never their fields.
  private static String codeOf(RoleProfile profile) {
    return profile == null ? null : profile.getCode();
  }

  private static Long idOf(Participant p) {
    return p == null ? null : p.getId();
  }

  private static boolean sameAmount(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /**
   * Moves the participant to report to {@code newManager} (null: to the top). Returns the old path
   * prefix of the participant's own reporting line, which the repository rewrites for everyone
   * below them, or null if nothing moved.
   */
  public String moveUnder(Participant newManager) {
    if (Objects.equals(idOf(newManager), idOf(this.manager))) {
      return null;
    }
    if (newManager != null && hasInReportingLine(newManager)) {
      throw new IllegalArgumentException(
          username
              + " cannot report to "
              + newManager.getUsername()
              + ", who is in "
              + username
              + "'s own reporting line");
    }
    String oldLine = linePrefix();
    this.manager = newManager;
    this.managerPath = pathBelow(newManager);
    return oldLine;
  }

  /** Follows a move of a manager above: the part of the path up to them changes. */
  void rebaseLine(String oldPrefix, String newPrefix) {
    if (!managerPath.startsWith(oldPrefix)) {
      throw new IllegalStateException(this + " is not below " + oldPrefix);
    }
    managerPath = newPrefix + managerPath.substring(oldPrefix.length());
  }

  private static String pathBelow(Participant manager) {
    if (manager == null) {
      return "/";
    }
    Objects.requireNonNull(manager.getId(), "a manager is saved before people report to them");
    return manager.getManagerPath() + manager.getId() + "/";
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name + " is required");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
  }

  /** True when {@code other} is this participant or anyone below them in the hierarchy. */
  public boolean hasInReportingLine(Participant other) {
    return equals(other) || (id != null && other.getManagerPath().startsWith(linePrefix()));
  }

  /** The path prefix shared by everyone in this participant's reporting line below them. */
  String linePrefix() {
    return managerPath + id + "/";
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public String getTitle() {
    return title;
  }

  public Optional<Participant> getManager() {
    return Optional.ofNullable(manager);
  }

  public String getManagerPath() {
    return managerPath;
  }

  public Currency getCurrency() {
    return Currency.getInstance(currency);
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public Optional<RoleProfile> getRoleProfile() {
    return Optional.ofNullable(roleProfile);
  }

  public Optional<BigDecimal> getBaseSalary() {
    return Optional.ofNullable(baseSalary);
  }

  @Override
  public boolean equals(Object o) {
    // The other side may be a Hibernate proxy, whose fields are empty: compare through getters.
    return this == o || (o instanceof Participant p && getUsername().equals(p.getUsername()));
  }

  @Override
  public int hashCode() {
    return getUsername().hashCode();
  }

  @Override
  public String toString() {
    return "Participant[" + username + "]";
  }
}
