package org.kamcomp.calculation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.kamcomp.scoring.FiscalCalendar;

/**
 * Reads a partition's participants in order of id, a block of inputs at a time (one set of queries
 * for as many participants as a chunk holds), and hands them out one by one. Its checkpoint is the
 * last participant handed out: a restarted partition carries on after it.
 */
@Named
@Dependent
public class ParticipantReader extends AbstractItemReader {

  static final int BLOCK = 500;

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject
  @BatchProperty(name = "after")
  String after;

  @Inject
  @BatchProperty(name = "upTo")
  String upTo;

  @Inject RunRecords records;
  @Inject InputsLoader loader;
  @Inject RunInputs inputs;
  @Inject FiscalCalendar calendar;

  private RunRecords.RunInfo run;
  private Set<String> released;
  private Long last;
  private Long cursor;
  private Long limit;
  private boolean exhausted;
  private final Deque<RunInputs.Work> buffer = new ArrayDeque<>();

  @Override
  public void open(Serializable checkpoint) {
    run = records.info(Long.parseLong(runId));
    released = loader.releasedWindfalls();
    last = checkpoint != null ? (Long) checkpoint : id(after);
    cursor = last;
    limit = id(upTo);
  }

  @Override
  public Object readItem() {
    while (buffer.isEmpty()) {
      if (exhausted) {
        return null;
      }
      List<Long> ids =
          loader.participantsTouching(run.start(), run.end(), cursor, limit, run.only(), BLOCK);
      if (ids.isEmpty()) {
        exhausted = true;
        return null;
      }
      cursor = ids.get(ids.size() - 1);
      buffer.addAll(inputs.block(ids, run.start(), run.end(), calendar, released));
    }
    RunInputs.Work work = buffer.poll();
    last = work.participantId();
    return work;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }

  private static Long id(String text) {
    return text == null || text.isBlank() ? null : Long.valueOf(text);
  }
}
