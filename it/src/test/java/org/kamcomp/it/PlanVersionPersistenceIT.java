package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamcomp.domain.plan.CreditingRule;
import org.kamcomp.domain.plan.CurvePoint;
import org.kamcomp.domain.plan.CurveType;
import org.kamcomp.domain.plan.Direction;
import org.kamcomp.domain.plan.GateDefinition;
import org.kamcomp.domain.plan.MeasureData;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.MeasureSource;
import org.kamcomp.domain.plan.ModifierDefinition;
import org.kamcomp.domain.plan.PayoutCurve;
import org.kamcomp.domain.plan.PeriodType;
import org.kamcomp.domain.plan.Perspective;
import org.kamcomp.domain.plan.Plan;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanTerms;
import org.kamcomp.domain.plan.PlanVersion;
import org.kamcomp.domain.plan.PlanVersionSnapshot;
import org.kamcomp.domain.plan.PlanVersionStatus;
import org.kamcomp.domain.plan.ScorecardDefinition;
import org.kamcomp.domain.plan.TargetIncentive;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.role.RoleProfile;

/**
 * Plan versions stored and read back through JPA on the platform's database and migrated schema:
 * the whole scorecard survives the round trip, a draft's scorecard can be replaced, and two
 * concurrent edits of one draft through the plan designer's service do not overwrite each other.
 */
@ExtendWith(ArquillianExtension.class)
class PlanVersionPersistenceIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "plan-version-it.war")
        .addPackages(true, Deployments.DOMAIN_PACKAGES)
        .addPackage(Deployments.SCORING_PACKAGE)
        .addAsResource("META-INF/persistence.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject PlanCatalog catalog;

  private static PayoutCurve curve() {
    return new PayoutCurve(
        CurveType.LINEAR,
        List.of(
            CurvePoint.of("0.8", "0.5"), CurvePoint.of("1.0", "1.0"), CurvePoint.of("1.2", "2.0")),
        new BigDecimal("2"));
  }

  private static MeasureDefinition measure(String code, Perspective p, String weight) {
    return new MeasureDefinition(
        code,
        code,
        p,
        MeasureSource.QUANTITATIVE,
        Direction.HIGHER_IS_BETTER,
        MeasureData.BOOKINGS,
        new BigDecimal(weight),
        curve());
  }

  private static ScorecardDefinition scorecard(String revenueWeight, String marginWeight) {
    return new ScorecardDefinition(
        List.of(
            measure("revenue", Perspective.FINANCIAL, revenueWeight),
            measure("margin", Perspective.FINANCIAL, marginWeight),
            new MeasureDefinition(
                "account-plan",
                "Account plan",
                Perspective.ACCOUNT_PLAN,
                MeasureSource.QUALITATIVE,
                null,
                MeasureData.RATING,
                new BigDecimal("30"),
                new PayoutCurve(
                    CurveType.STEP,
                    List.of(CurvePoint.of("1", "0"), CurvePoint.of("3", "1")),
                    null)),
            measure("csat", Perspective.CUSTOMER, "0")),
        List.of(new GateDefinition("revenue", new BigDecimal("0.5"), Set.of("margin"))),
        new ModifierDefinition(
            "csat", List.of(CurvePoint.of("0.9", "0.9"), CurvePoint.of("1.1", "1.1"))));
  }

  private static PlanTerms terms() {
    return new PlanTerms(
        LocalDate.of(2026, 1, 1),
        TargetIncentive.amount("30000"),
        PeriodType.YEAR,
        PeriodType.QUARTER,
        new BigDecimal("75"),
        false,
        new BigDecimal("2"),
        CreditingRule.ACV,
        true,
        new BigDecimal("50"),
        null,
        6);
  }

  interface Work<T> {
    T run() throws Exception;
  }

  private <T> T inTx(Work<T> work) throws Exception {
    tx.begin();
    try {
      T result = work.run();
      tx.commit();
      return result;
    } catch (Exception e) {
      if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        tx.rollback();
      }
      throw e;
    }
  }

  /** A version read in a transaction of its own, fully loaded, then detached. */
  private PlanVersion read(long id) throws Exception {
    return inTx(
        () -> {
          PlanVersion v = em.find(PlanVersion.class, id);
          v.scorecard();
          v.getPlan().getCode();
          return v;
        });
  }

  private long createDraft() throws Exception {
    return createDraft(scorecard("40", "30"));
  }

  /** Two weighted measures and nothing else: a revision of it changes only measure rows. */
  private static ScorecardDefinition measuresOnly(String revenueWeight, String marginWeight) {
    return new ScorecardDefinition(
        List.of(
            measure("revenue", Perspective.FINANCIAL, revenueWeight),
            measure("margin", Perspective.CUSTOMER, marginWeight)),
        List.of(),
        null);
  }

  private long createDraft(ScorecardDefinition scorecard) throws Exception {
    String suffix = Long.toString(System.nanoTime(), 36);
    tx.begin();
    RoleProfile kam =
        new RoleProfile(
            "KAM-" + suffix,
            new RoleProfile.Facts(
                "Key account manager",
                9,
                new BigDecimal("4"),
                true,
                true,
                new BigDecimal("15"),
                new BigDecimal("25")));
    em.persist(kam);
    Plan plan = new Plan("PLAN-" + suffix, "KAM scorecard", kam, Currency.getInstance("EUR"));
    em.persist(plan);
    PlanVersion v = PlanVersion.firstDraft(plan, terms(), scorecard);
    em.persist(v);
    tx.commit();
    return v.getId();
  }

  @Test
  void aVersionSurvivesTheRoundTrip() throws Exception {
    long id = createDraft();
    PlanVersion read = read(id);
    ScorecardDefinition s = read.scorecard();
    assertEquals(
        List.of("revenue", "margin", "account-plan", "csat"),
        s.measures().stream().map(MeasureDefinition::code).toList());
    assertEquals(0, new BigDecimal("40").compareTo(s.measures().get(0).weightPercent()));
    assertEquals(curve().points(), s.measures().get(0).curve().points());
    assertEquals(CurveType.STEP, s.measures().get(2).curve().type());
    assertEquals(null, s.measures().get(2).direction());
    assertEquals(Set.of("margin"), s.gates().get(0).governedMeasureCodes());
    assertEquals("csat", s.modifier().measureCode());
    assertEquals(List.of(), s.problems());
    PlanTerms t = read.terms();
    assertEquals(PeriodType.QUARTER, t.payoutFrequency());
    assertEquals(0, new BigDecimal("75").compareTo(t.advanceRatePercent()));
    assertEquals(TargetIncentive.amount("30000"), t.targetIncentive());
  }

  @Test
  void aDraftsScorecardIsReplacedAndAnApprovedVersionStays() throws Exception {
    long id = createDraft();
    inTx(
        () -> {
          em.find(PlanVersion.class, id).revise(terms(), scorecard("50", "20"));
          return null;
        });
    assertEquals(
        0, new BigDecimal("50").compareTo(read(id).scorecard().measures().get(0).weightPercent()));

    inTx(
        () -> {
          em.find(PlanVersion.class, id).approve("alice", Instant.parse("2026-01-05T10:00:00Z"));
          return null;
        });
    PlanVersion approved = read(id);
    assertEquals(PlanVersionStatus.APPROVED, approved.getStatus());
    assertEquals("alice", approved.getApprovedBy());
  }

  /**
   * Through the plan designer's service, as the API uses it: a revision that changes only measures
   * still moves the version, so an edit made on the earlier read is refused, not applied over it.
   */
  @Test
  void aConcurrentEditOfOneDraftIsAConflictNotAnOverwrite() throws Exception {
    long id = createDraft(measuresOnly("40", "60"));
    PlanVersion read = read(id);
    String code = read.getPlan().getCode();
    long readVersion = read.getVersion(); // both admins opened the draft at this version

    PlanVersionSnapshot saved =
        catalog.revise(code, 1, readVersion, terms(), measuresOnly("50", "50"));
    assertTrue(saved.version() > readVersion, "a measure-only revision moves the version");

    ConflictException conflict =
        assertThrows(
            ConflictException.class,
            () -> catalog.revise(code, 1, readVersion, terms(), measuresOnly("60", "40")));
    assertTrue(conflict.getMessage().contains("since you read it"), conflict.getMessage());
    assertEquals(
        0,
        new BigDecimal("50").compareTo(read(id).scorecard().measures().get(0).weightPercent()),
        "the first saved change stands");
  }
}
