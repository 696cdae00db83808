package org.kamcomp.calculation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chunk's statements and counts its participants as done, in the chunk's transaction,
 * together with its checkpoint.
 */
@Named
@Dependent
public class StatementItemWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject StatementWriter writer;
  @Inject RunRecords records;

  @Override
  public void writeItems(List<Object> items) {
    long run = Long.parseLong(runId);
    List<Long> participants = new ArrayList<>(items.size());
    List<StatementWriter.Item> statements = new ArrayList<>(items.size());
    for (Object o : items) {
      StatementProcessor.Calculated c = (StatementProcessor.Calculated) o;
      participants.add(c.participantId());
      statements.addAll(c.statements());
    }
    writer.write(run, participants, statements);
    records.done(run, participants.size());
  }
}
