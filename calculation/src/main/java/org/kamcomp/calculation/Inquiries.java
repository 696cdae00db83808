package org.kamcomp.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.participant.ParticipantRepository;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.statement.Adjustment;
import org.kamcomp.domain.statement.Adjustment_;
import org.kamcomp.domain.statement.Inquiry;
import org.kamcomp.domain.statement.Inquiry_;
import org.kamcomp.domain.statement.StatementRecord;
import org.kamcomp.domain.statement.StatementRecord_;

/**
 * Disputes: a participant asks about a line of one of their published statements; sales operations
 * answers, or resolves it with an adjustment that the participant's next open period pays. Everyone
 * reads the inquiries of the statements in their scope.
 */
@ApplicationScoped
@Transactional
public class Inquiries {

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @Inject Statements statements;
  @Inject ParticipantRepository participants;
  @Inject Clock clock;

  /**
   * An inquiry as read: plain values, safe outside the transaction (a class: pages read getters).
   */
  public static final class View implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final long version;
    private final long statementId;
    private final String participant;
    private final String participantName;
    private final String period;
    private final String line;
    private final String question;
    private final String raisedBy;
    private final String raisedAt;
    private final String status;
    private final String answer;
    private final String answeredBy;
    private final String answeredAt;
    private final BigDecimal adjustment;
    private final String currency;

    View(
        long id,
        long version,
        long statementId,
        String participant,
        String participantName,
        String period,
        String line,
        String question,
        String raisedBy,
        String raisedAt,
        String status,
        String answer,
        String answeredBy,
        String answeredAt,
        BigDecimal adjustment,
        String currency) {
      this.id = id;
      this.version = version;
      this.statementId = statementId;
      this.participant = participant;
      this.participantName = participantName;
      this.period = period;
      this.line = line;
      this.question = question;
      this.raisedBy = raisedBy;
      this.raisedAt = raisedAt;
      this.status = status;
      this.answer = answer;
      this.answeredBy = answeredBy;
      this.answeredAt = answeredAt;
      this.adjustment = adjustment;
      this.currency = currency;
    }

    public long getId() {
      return id;
    }

    public long getVersion() {
      return version;
    }

    public long getStatementId() {
      return statementId;
    }

    public String getParticipant() {
      return participant;
    }

    public String getParticipantName() {
      return participantName;
    }

    public String getPeriod() {
      return period;
    }

    public String getLine() {
      return line;
    }

    public String getQuestion() {
      return question;
    }

    public String getRaisedBy() {
      return raisedBy;
    }

    public String getRaisedAt() {
      return raisedAt;
    }

    public String getStatus() {
      return status;
    }

    public String getAnswer() {
      return answer;
    }

    public String getAnsweredBy() {
      return answeredBy;
    }

    public String getAnsweredAt() {
      return answeredAt;
    }

    public BigDecimal getAdjustment() {
      return adjustment;
    }

    public String getCurrency() {
      return currency;
    }

    static View of(Inquiry i) {
      StatementRecord s = i.getStatement();
      Adjustment a = i.getAdjustment();
      return new View(
          i.getId(),
          i.getVersion(),
          s.getId(),
          s.getParticipant().getUsername(),
          s.getParticipant().getFullName(),
          s.getRun().getPeriodStart() + " to " + s.getRun().getPeriodEnd(),
          i.getLine(),
          i.getQuestion(),
          i.getRaisedBy(),
          when(i.getRaisedAt()),
          i.getStatus().name(),
          i.getAnswer(),
          i.getAnsweredBy(),
          i.getAnsweredAt() == null ? null : when(i.getAnsweredAt()),
          a == null ? null : a.getAmount(),
          s.getCurrency());
    }
  }

  /** An adjustment as read, with whether a published statement has paid it yet. */
  public static final class AdjustmentView implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String participant;
    private final String reason;
    private final String source;
    private final BigDecimal amount;
    private final String currency;
    private final String decidedBy;
    private final String decidedAt;
    private final Long paidWithStatement;
    private final String paidInPeriod;

    AdjustmentView(
        long id,
        String participant,
        String reason,
        String source,
        BigDecimal amount,
        String currency,
        String decidedBy,
        String decidedAt,
        Long paidWithStatement,
        String paidInPeriod) {
      this.id = id;
      this.participant = participant;
      this.reason = reason;
      this.source = source;
      this.amount = amount;
      this.currency = currency;
      this.decidedBy = decidedBy;
      this.decidedAt = decidedAt;
      this.paidWithStatement = paidWithStatement;
      this.paidInPeriod = paidInPeriod;
    }

    public long getId() {
      return id;
    }

    public String getParticipant() {
      return participant;
    }

    public String getReason() {
      return reason;
    }

    public String getSource() {
      return source;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public String getCurrency() {
      return currency;
    }

    public String getDecidedBy() {
      return decidedBy;
    }

    public String getDecidedAt() {
      return decidedAt;
    }

    public Long getPaidWithStatement() {
      return paidWithStatement;
    }

    public String getPaidInPeriod() {
      return paidInPeriod;
    }

    static AdjustmentView of(Adjustment a) {
      return new AdjustmentView(
          a.getId(),
          a.getParticipant().getUsername(),
          a.getReason(),
          a.getSource().name(),
          a.getAmount(),
          a.getCurrency(),
          a.getCreatedBy(),
          when(a.getCreatedAt()),
          a.getCarriedStatementId(),
          a.isSettled() ? a.getCarriedPeriodStart() + " to " + a.getCarriedPeriodEnd() : null);
    }
  }

  /** The participant asks about a line of their own published statement. */
  public View raise(long statementId, String line, String question, Viewer viewer) {
    StatementRecord s = statements.published(statementId, viewer);
    if (!s.getParticipant().getUsername().equals(viewer.username())) {
      // Only the participant disputes their statement; a manager or sales ops reads it.
      throw new NotFoundException("No statement " + statementId + " of yours");
    }
    Inquiry inquiry = new Inquiry(s, line, question, viewer.username(), clock.instant());
    em.persist(inquiry);
    em.flush();
    return View.of(inquiry);
  }

  /** Sales operations answers without changing an amount. */
  public View answer(long id, long version, String answer, Viewer viewer) {
    Inquiry inquiry = find(id, version);
    inquiry.answer(answer, viewer.username(), clock.instant());
    em.flush();
    return View.of(inquiry);
  }

  /**
   * Sales operations resolves the inquiry with an adjustment of {@code amount} (negative to
   * recover), paid with the participant's next open period.
   */
  public View resolve(long id, long version, String answer, BigDecimal amount, Viewer viewer) {
    Inquiry inquiry = find(id, version);
    StatementRecord s = inquiry.getStatement();
    int digits = Currency.getInstance(s.getCurrency()).getDefaultFractionDigits();
    if (amount == null || amount.signum() == 0) {
      throw new InvalidInputException(
          "amount", "An adjustment pays or recovers an amount: enter one, or answer instead");
    }
    if (amount.stripTrailingZeros().scale() > digits) {
      throw new InvalidInputException(
          "amount", "An amount in " + s.getCurrency() + " has at most " + digits + " decimals");
    }
    Adjustment adjustment =
        new Adjustment(
            s,
            Adjustment.Source.INQUIRY,
            amount,
            "Inquiry "
                + id
                + " on \""
                + inquiry.getLine()
                + "\" of "
                + s.getRun().getPeriodStart()
                + " to "
                + s.getRun().getPeriodEnd(),
            viewer.username(),
            clock.instant());
    em.persist(adjustment);
    inquiry.resolve(answer, adjustment, viewer.username(), clock.instant());
    em.flush();
    return View.of(inquiry);
  }

  /** The inquiries on statements in the viewer's scope, newest first; or those of one statement. */
  public List<View> list(Viewer viewer, Long statementId, boolean openOnly) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Inquiry> q = cb.createQuery(Inquiry.class);
    Root<Inquiry> i = q.from(Inquiry.class);
    @SuppressWarnings("unchecked")
    Join<Inquiry, StatementRecord> s = (Join<Inquiry, StatementRecord>) i.fetch(Inquiry_.statement);
    s.fetch(StatementRecord_.run);
    @SuppressWarnings("unchecked")
    Join<StatementRecord, Participant> p =
        (Join<StatementRecord, Participant>) s.fetch(StatementRecord_.participant);
    i.fetch(Inquiry_.adjustment, jakarta.persistence.criteria.JoinType.LEFT);
    List<Predicate> where = new ArrayList<>();
    where.add(participants.scope(viewer, cb, p));
    if (statementId != null) {
      where.add(cb.equal(s.get(StatementRecord_.id), statementId));
    }
    if (openOnly) {
      where.add(cb.equal(i.get(Inquiry_.status), Inquiry.Status.OPEN));
    }
    q.select(i).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(i.get(Inquiry_.id)));
    return em.createQuery(q).getResultList().stream().map(View::of).toList();
  }

  /** Every adjustment, newest first: what is decided and whether it is paid yet. */
  public List<AdjustmentView> adjustments() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Adjustment> q = cb.createQuery(Adjustment.class);
    Root<Adjustment> a = q.from(Adjustment.class);
    a.fetch(Adjustment_.participant);
    q.select(a).orderBy(cb.desc(a.get(Adjustment_.id)));
    return em.createQuery(q).getResultList().stream().map(AdjustmentView::of).toList();
  }

  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
          .withZone(java.time.ZoneOffset.UTC);

  /** A moment as people read it: "2026-11-27 07:29 UTC". */
  static String when(java.time.Instant at) {
    return WHEN.format(at);
  }

  private Inquiry find(long id, long version) {
    Inquiry inquiry = em.find(Inquiry.class, id);
    if (inquiry == null) {
      throw new NotFoundException("No inquiry " + id);
    }
    if (inquiry.getVersion() != version) {
      throw new org.kamcomp.domain.problem.ConflictException(
          "Inquiry " + id + " changed since you opened it: reload to see its answer");
    }
    return inquiry;
  }
}
