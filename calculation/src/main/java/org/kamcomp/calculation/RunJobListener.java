package org.kamcomp.calculation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Records a run's job's end on the run: calculated, or failed (it can be restarted from its last
 * checkpoint). A job whose server died never gets here: the run stays calculating and is restarted
 * when the server comes back.
 */
@Named
@Dependent
public class RunJobListener extends AbstractJobListener {

  private static final Logger LOG = Logger.getLogger(RunJobListener.class.getName());

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject JobContext job;
  @Inject RunRecords records;

  private long started;

  @Override
  public void beforeJob() {
    started = System.nanoTime();
  }

  @Override
  public void afterJob() {
    long run = Long.parseLong(runId);
    BatchStatus status = job.getBatchStatus();
    LOG.info(
        () ->
            "Run "
                + run
                + " (job execution "
                + job.getExecutionId()
                + ") ended "
                + status
                + " after "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
    if (status == BatchStatus.COMPLETED) {
      records.calculated(run);
    } else {
      records.failed(
          run,
          "The calculation stopped ("
              + status.name().toLowerCase()
              + ", job execution "
              + job.getExecutionId()
              + "); the server log says why. Restart it to carry on from where it stopped.");
    }
  }
}
