package org.kamcomp.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanFitCheck;
import org.kamcomp.domain.plan.PlanFitFinding;
import org.kamcomp.domain.plan.PlanVersion;
import org.kamcomp.domain.role.RoleProfile;
import org.kamcomp.scoring.FiscalCalendar;
import org.kamcomp.scoring.PayoutStatement;
import org.kamcomp.scoring.Pipeline;
import org.kamcomp.scoring.PlanRules;
import org.kamcomp.scoring.Rational;

/**
 * The plan-fit check of a plan version for a role, with what last year's actuals say: the role's
 * participants modeled on the version over last fiscal year through the pipeline (their own targets
 * recut to its periods, their deals credited by its rules, their results and ratings), and each
 * measure's exact attainment in every whole performance period read from the statements; and the
 * role's median base salary for the pay mix.
 */
@ApplicationScoped
@Transactional
public class PlanFit {

  @Inject PlanCatalog catalog;
  @Inject InputsLoader loader;
  @Inject FiscalCalendar calendar;
  @Inject Clock clock;

  /** The findings for the version's own role, or for the role profile {@code roleCode}. */
  public List<PlanFitFinding> findings(String planCode, int number, String roleCode) {
    PlanVersion version =
        catalog
            .findVersion(planCode, number)
            .orElseThrow(
                () ->
                    new org.kamcomp.domain.problem.NotFoundException(
                        "Plan " + planCode + " has no version " + number));
    RoleProfile role =
        catalog.roleProfile(
            roleCode == null ? version.getPlan().getRoleProfile().getCode() : roleCode);
    LocalDate lastYear = calendar.yearStart(LocalDate.now(clock)).minusYears(1);
    return PlanFitCheck.check(
        version.terms(), version.scorecard(), role, evidence(version.rules(), role, lastYear));
  }

  PlanFitCheck.Evidence evidence(PlanRules plan, RoleProfile role, LocalDate yearStart) {
    LocalDate yearEnd = calendar.yearEnd(yearStart);
    List<Long> people = loader.participantsOfRole(role.getCode(), yearStart, yearEnd);
    List<BigDecimal> salaries = new ArrayList<>();
    if (people.isEmpty()) {
      return PlanFitCheck.Evidence.none();
    }
    InputsLoader.Block block =
        loader.block(people, yearStart, yearEnd, yearStart, yearStart, yearEnd);
    Set<String> released = loader.releasedWindfalls();
    Map<String, List<BigDecimal>> attainments = new HashMap<>();
    for (long id : people) {
      InputsLoader.Person p = block.people().get(id);
      salaries.add(p.baseSalary());
      Pipeline.Assignment modeled =
          Modeling.modeled(
              "fit",
              plan,
              Modeling.own(loader, block, id),
              p.baseSalary(),
              calendar,
              yearStart,
              yearEnd);
      for (Pipeline.Result r :
          Pipeline.schedule(
              calendar,
              p.username(),
              List.of(modeled),
              Modeling.data(block, id, released),
              yearStart,
              yearEnd)) {
        // Whole performance periods only: an advance's year to date is not a period's result.
        if (r.statement().kind() == PayoutStatement.Kind.ADVANCE) {
          continue;
        }
        r.attainments()
            .forEach(
                (code, a) ->
                    attainments.computeIfAbsent(code, k -> new ArrayList<>()).add(floor(a)));
      }
    }
    List<BigDecimal> known = salaries.stream().filter(Objects::nonNull).sorted().toList();
    return new PlanFitCheck.Evidence(
        known.isEmpty() ? null : known.get(known.size() / 2), attainments);
  }

  /**
   * An attainment to twelve decimals, rounded down: compared with a threshold of at most six
   * decimals it is below exactly when the exact value is.
   */
  private static BigDecimal floor(Rational a) {
    return a.round(12, RoundingMode.FLOOR);
  }
}
