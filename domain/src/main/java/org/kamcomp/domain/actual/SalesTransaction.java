package org.kamcomp.domain.actual;

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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import org.kamcomp.domain.account.Account;
import org.kamcomp.domain.problem.FieldError;

/**
 * A booked deal (order, renewal, return) on an account, as the ERP or CRM reports it; its id there
 * is the natural key. The amount is the total contract value in the transaction's currency (a
 * return is negative); the contract term and first-year amount let a plan credit multi-year deals
 * by TCV, ACV or first-year value. A cancellation date marks a deal cancelled later (a clawback
 * within the plan's window).
 */
@Entity
@Audited
@Table(name = "sales_transaction")
public class SalesTransaction {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_transaction_seq")
  @SequenceGenerator(
      name = "sales_transaction_seq",
      sequenceName = "sales_transaction_seq",
      allocationSize = 500)
  private Long id;

  @Version private long version;

  @Column(name = "external_id", nullable = false, unique = true, updatable = false)
  private String externalId;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(name = "booking_date", nullable = false)
  private LocalDate bookingDate;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "margin", precision = 19, scale = 4)
  private BigDecimal margin;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "contract_term_months", nullable = false)
  private int contractTermMonths;

  @Column(name = "first_year_amount", precision = 19, scale = 4)
  private BigDecimal firstYearAmount;

  @Column(name = "cancelled_on")
  private LocalDate cancelledOn;

  protected SalesTransaction() {}

  /** A transaction's facts as the source system reports them. */
  public record Facts(
      LocalDate bookingDate,
      BigDecimal amount,
      BigDecimal margin,
      Currency currency,
      int contractTermMonths,
      BigDecimal firstYearAmount,
      LocalDate cancelledOn) {

    /** Amounts are compared by value: 100 and 100.00 are the same amount. */
    public Facts {
      amount = byValue(amount);
      margin = byValue(margin);
      firstYearAmount = byValue(firstYearAmount);
    }

    private static BigDecimal byValue(BigDecimal x) {
      return x == null ? null : x.stripTrailingZeros();
    }

    /** What is wrong with these facts, in the words of the import's columns. */
    public List<FieldError> problems() {
      List<FieldError> errors = new ArrayList<>();
      if (bookingDate == null) {
        errors.add(new FieldError("booking_date", "A transaction needs its booking date"));
      }
      if (amount == null) {
        errors.add(new FieldError("amount", "A transaction needs its amount"));
      }
      if (currency == null) {
        errors.add(new FieldError("currency", "A transaction needs its currency"));
      }
      if (contractTermMonths < 1) {
        errors.add(
            new FieldError(
                "contract_term_months", "A contract runs for at least 1 month (12 if not given)"));
      }
      if (margin != null && amount != null && margin.abs().compareTo(amount.abs()) > 0) {
        errors.add(new FieldError("margin", "The margin cannot exceed the amount"));
      }
      if (firstYearAmount != null && amount != null && amount.signum() >= 0) {
        if (firstYearAmount.signum() < 0 || firstYearAmount.compareTo(amount) > 0) {
          errors.add(
              new FieldError(
                  "first_year_amount",
                  "The first year's amount lies between 0 and the contract's amount"));
        }
      }
      if (cancelledOn != null && bookingDate != null && cancelledOn.isBefore(bookingDate)) {
        errors.add(
            new FieldError("cancelled_on", "A deal cannot be cancelled before it was booked"));
      }
      return errors;
    }
  }

  public SalesTransaction(String externalId, Account account, Facts facts) {
    this.externalId = Objects.requireNonNull(externalId, "externalId is required").strip();
    this.account = Objects.requireNonNull(account, "account is required");
    apply(facts);
  }

  /** Replaces the facts with a newer report of the same transaction; true if anything changed. */
  public boolean revise(Account account, Facts facts) {
    // Compared by id: the stored account is usually a lazy proxy, which the id does not load.
    boolean sameAccount =
        this.account.getId() == null
            ? this.account.equals(account)
            : this.account.getId().equals(account.getId());
    if (sameAccount && facts().equals(facts)) {
      return false;
    }
    this.account = account;
    apply(facts);
    return true;
  }

  private void apply(Facts facts) {
    List<FieldError> problems = facts.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.get(0).message());
    }
    this.bookingDate = facts.bookingDate();
    this.amount = facts.amount();
    this.margin = facts.margin();
    this.currency = facts.currency().getCurrencyCode();
    this.contractTermMonths = facts.contractTermMonths();
    this.firstYearAmount = facts.firstYearAmount();
    this.cancelledOn = facts.cancelledOn();
  }

  /** The facts as stored, with amounts compared by value (scale does not count). */
  public Facts facts() {
    return new Facts(
        bookingDate,
        amount,
        margin,
        Currency.getInstance(currency),
        contractTermMonths,
        firstYearAmount,
        cancelledOn);
  }

  public Long getId() {
    return id;
  }

  public String getExternalId() {
    return externalId;
  }

  public Account getAccount() {
    return account;
  }

  public LocalDate getBookingDate() {
    return bookingDate;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getMargin() {
    return margin;
  }

  public int getContractTermMonths() {
    return contractTermMonths;
  }

  public BigDecimal getFirstYearAmount() {
    return firstYearAmount;
  }

  public LocalDate getCancelledOn() {
    return cancelledOn;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof SalesTransaction t && externalId.equals(t.getExternalId()));
  }

  @Override
  public int hashCode() {
    return externalId.hashCode();
  }
}
