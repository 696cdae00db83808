package org.kamcomp.domain.plan;

import java.util.ArrayList;
import java.util.List;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.scoring.PlanRules;

/**
 * A balanced scorecard as sales operations defines it: weighted measures whose weights sum to
 * exactly 100 %, gates, and at most one modifier, each naming measures of this scorecard.
 */
public record ScorecardDefinition(
    List<MeasureDefinition> measures, List<GateDefinition> gates, ModifierDefinition modifier) {

  public ScorecardDefinition {
    measures = measures == null ? List.of() : List.copyOf(measures);
    gates = gates == null ? List.of() : List.copyOf(gates);
  }

  /**
   * Everything that is wrong, each with the field it concerns; empty when the scorecard is sound:
   * the calculation's rules ({@link org.kamcomp.scoring.PlanRules#scorecardProblems}) and what only
   * a designed measure can get wrong.
   */
  public List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      errors.addAll(measures.get(i).problems("measures[" + i + "]"));
    }
    PlanRules.scorecardProblems(
            "",
            measures.stream().map(PlanRulesMapping::measure).toList(),
            gates.stream().map(PlanRulesMapping::gate).toList(),
            PlanRulesMapping.modifier(modifier))
        .forEach(p -> errors.add(new FieldError(p.field(), p.message())));
    return errors;
  }
}
