package org.kamcomp.web.statement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.kamcomp.calculation.Inquiries;
import org.kamcomp.calculation.Windfalls;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;

/**
 * Sales operations' inbox of participants' questions about their statements: answer one, or resolve
 * it with an adjustment the participant's next open period pays; and every adjustment with whether
 * it is paid yet.
 */
@Named
@ViewScoped
public class InquiriesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Inquiries inquiries;
  @Inject Windfalls windfalls;
  @Inject Viewer viewer;

  private List<Windfalls.Released> released = List.of();
  private List<Windfalls.Held> held = List.of();
  private String deal;
  private String reason;

  private List<Inquiries.View> all = List.of();
  private List<Inquiries.AdjustmentView> adjustments = List.of();
  private Inquiries.View selected;
  private String answer;
  private BigDecimal amount;

  @PostConstruct
  void load() {
    all = inquiries.list(viewer, null, false);
    adjustments = inquiries.adjustments();
    released = windfalls.released();
    held = windfalls.queue();
  }

  /** The deals held for review and not released: the queue to work. */
  public List<Windfalls.Held> getHeld() {
    return held;
  }

  /** Takes a held deal into the release form. */
  public void choose(String dealId) {
    this.deal = dealId;
  }

  public List<Windfalls.Released> getReleased() {
    return released;
  }

  /** Releases a deal held as a windfall: runs from now on credit it in full. */
  public void release() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      windfalls.release(deal, reason, viewer);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "Released: runs from now on credit deal " + deal + " in full",
              null));
      deal = null;
      reason = null;
      load();
    } catch (InvalidInputException e) {
      beside(e, faces);
    } catch (ConflictException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public String getDeal() {
    return deal;
  }

  public void setDeal(String deal) {
    this.deal = deal;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<Inquiries.View> getAll() {
    return all;
  }

  public List<Inquiries.AdjustmentView> getAdjustments() {
    return adjustments;
  }

  public void select(long id) {
    selected = all.stream().filter(i -> i.getId() == id).findFirst().orElse(null);
    answer = null;
    amount = null;
  }

  public Inquiries.View getSelected() {
    return selected;
  }

  public void answer() {
    decide(false);
  }

  public void resolve() {
    decide(true);
  }

  private void decide(boolean withAdjustment) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (withAdjustment) {
        inquiries.resolve(selected.getId(), selected.getVersion(), answer, amount, viewer);
      } else {
        inquiries.answer(selected.getId(), selected.getVersion(), answer, viewer);
      }
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              withAdjustment
                  ? "Resolved: the adjustment is paid with the participant's next open period"
                  : "Answered: the participant reads it on the statement",
              null));
      selected = null;
      load();
    } catch (InvalidInputException e) {
      beside(e, faces);
    } catch (ConflictException | NotFoundException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      load();
    }
  }

  /** Each field's error beside its input. */
  private static void beside(InvalidInputException e, FacesContext faces) {
    for (FieldError error : e.errors()) {
      faces.addMessage(
          "inquiries-form:" + error.field(),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
    }
    faces.validationFailed();
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
