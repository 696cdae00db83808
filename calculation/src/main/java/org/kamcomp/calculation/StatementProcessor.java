package org.kamcomp.calculation;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.scoring.PayoutStatement;
import org.kamcomp.scoring.Pipeline;

/** Calculates one participant's statements through the pipeline. */
@Named
@Dependent
public class StatementProcessor implements ItemProcessor {

  /** A participant's statements, ready to write. */
  public record Calculated(long participantId, List<StatementWriter.Item> statements) {}

  @Override
  public Object processItem(Object item) {
    return calculate((RunInputs.Work) item);
  }

  static Calculated calculate(RunInputs.Work work) {
    List<StatementWriter.Item> items = new ArrayList<>();
    for (PayoutStatement s : Pipeline.calculate(work.input()).statements()) {
      items.add(
          new StatementWriter.Item(
              work.participantId(), s, work.published().get(Long.parseLong(s.assignment()))));
    }
    return new Calculated(work.participantId(), items);
  }
}
