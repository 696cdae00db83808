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
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant: an employee who is paid by an incentive plan, manages people who are, or takes
 * part in running the plans. The user name is the identity provider's {@code preferred_username}
 * and the participant's natural key; it never changes. A participant reports to at most one
 * manager; the chain of managers is the reporting line that scopes what a manager may see.
 */
@Entity
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

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

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

  private static String pathBelow(Participant manager) {
    if (manager == null) {
      return "/";
    }
    Objects.requireNonNull(manager.id, "a manager is saved before people report to them");
    return manager.managerPath + manager.id + "/";
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
    return equals(other) || (id != null && other.managerPath.startsWith(linePrefix()));
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

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Participant p && username.equals(p.username));
  }

  @Override
  public int hashCode() {
    return username.hashCode();
  }

  @Override
  public String toString() {
    return "Participant[" + username + "]";
  }
}
