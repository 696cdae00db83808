package org.kamcomp.api.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.kamcomp.calculation.CalculationRuns;

/**
 * Restarts, once the platform is up, every calculation run whose job was running when the server
 * stopped (a crash, a kill): each carries on from its last checkpoint. A moment after deployment,
 * when the batch runtime takes jobs.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrationOnStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunRecoveryOnStartup {

  @Resource TimerService timers;
  @Inject CalculationRuns runs;

  @PostConstruct
  void schedule() {
    timers.createSingleActionTimer(3_000, new TimerConfig("restart runs cut short", false));
  }

  @Timeout
  void recover() {
    runs.recover();
  }
}
