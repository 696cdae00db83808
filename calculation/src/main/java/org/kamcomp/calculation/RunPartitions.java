package org.kamcomp.calculation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/**
 * Splits a run's population into as many partitions as the machine has cores, by participant id,
 * each a range the run keeps: a restart finds the same ranges, and each partition resumes from its
 * own checkpoint. A thread a partition, so every partition is under way at once.
 */
@Named
@Dependent
public class RunPartitions implements PartitionMapper {

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject RunRecords records;

  @Override
  public PartitionPlan mapPartitions() {
    List<String[]> bounds =
        records.partitions(Long.parseLong(runId), Runtime.getRuntime().availableProcessors());
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(bounds.size());
    plan.setThreads(bounds.size());
    Properties[] properties = new Properties[bounds.size()];
    for (int i = 0; i < bounds.size(); i++) {
      properties[i] = new Properties();
      properties[i].setProperty("after", bounds.get(i)[0]);
      properties[i].setProperty("upTo", bounds.get(i)[1]);
    }
    plan.setPartitionProperties(properties);
    return plan;
  }
}
