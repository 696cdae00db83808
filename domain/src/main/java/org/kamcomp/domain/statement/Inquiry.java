package org.kamcomp.domain.statement;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.InvalidInputException;

/**
 * A participant's question about a line of one of their published statements (a dispute). Sales
 * operations answers it (nothing changes) or resolves it with an adjustment carried into the next
 * open period; either way the participant reads the outcome on the statement.
 */
@Entity
@Table(name = "inquiry")
public class Inquiry {

  /** OPEN until sales operations answers or resolves it. */
  public enum Status {
    OPEN,
    ANSWERED,
    RESOLVED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_seq")
  @SequenceGenerator(name = "inquiry_seq", sequenceName = "inquiry_seq", allocationSize = 1)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "statement_id", nullable = false, updatable = false)
  private StatementRecord statement;

  /** The line asked about: a measure's name, or "Payout" for the statement as a whole. */
  @Column(name = "line", nullable = false, updatable = false, length = 200)
  private String line;

  @Column(name = "question", nullable = false, updatable = false, length = 2000)
  private String question;

  @Column(name = "raised_by", nullable = false, updatable = false)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status;

  @Column(name = "answer", length = 2000)
  private String answer;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "adjustment_id")
  private Adjustment adjustment;

  protected Inquiry() {}

  public Inquiry(StatementRecord statement, String line, String question, String by, Instant at) {
    this.statement = Objects.requireNonNull(statement, "statement is required");
    if (line == null || line.isBlank()) {
      throw new InvalidInputException("line", "Say which line of the statement you ask about");
    }
    if (question == null || question.isBlank()) {
      throw new InvalidInputException("question", "Write your question");
    }
    if (question.length() > 2000) {
      throw new InvalidInputException("question", "A question has at most 2,000 characters");
    }
    this.line = line.strip();
    this.question = question.strip();
    this.raisedBy = Objects.requireNonNull(by, "by is required");
    this.raisedAt = Objects.requireNonNull(at, "at is required");
    this.status = Status.OPEN;
  }

  /** Answers the inquiry without changing any amount. */
  public void answer(String text, String by, Instant at) {
    close(Status.ANSWERED, text, by, at);
  }

  /** Resolves the inquiry with an adjustment paid in the next open period. */
  public void resolve(String text, Adjustment adjustment, String by, Instant at) {
    this.adjustment = Objects.requireNonNull(adjustment, "adjustment is required");
    close(Status.RESOLVED, text, by, at);
  }

  private void close(Status to, String text, String by, Instant at) {
    if (status != Status.OPEN) {
      throw new ConflictException(
          "Inquiry " + id + " was already " + status.name().toLowerCase() + " by " + answeredBy);
    }
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("answer", "Write the answer the participant will read");
    }
    if (text.length() > 2000) {
      throw new InvalidInputException("answer", "An answer has at most 2,000 characters");
    }
    this.status = to;
    this.answer = text.strip();
    this.answeredBy = Objects.requireNonNull(by, "by is required");
    this.answeredAt = Objects.requireNonNull(at, "at is required");
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public StatementRecord getStatement() {
    return statement;
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

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Status getStatus() {
    return status;
  }

  public String getAnswer() {
    return answer;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Adjustment getAdjustment() {
    return adjustment;
  }
}
