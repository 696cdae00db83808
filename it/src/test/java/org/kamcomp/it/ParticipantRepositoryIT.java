package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.imports.ImportKind;
import org.kamcomp.domain.imports.ImportRejectedException;
import org.kamcomp.domain.imports.Importer;
import org.kamcomp.domain.participant.NewParticipant;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.participant.ParticipantRepository;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.InvalidInputException;

/**
 * The participant repository inside WildFly, on the platform's database and schema: the scope of
 * each role is part of the query. Each test builds a small hierarchy of its own, with names no
 * other test uses, so the tests need no order and no clean database.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantRepositoryIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "participant-repository-it.war")
        .addPackages(true, Deployments.DOMAIN_PACKAGES)
        .addPackage(Deployments.SCORING_PACKAGE)
        .addAsResource("META-INF/persistence.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject ParticipantRepository participants;
  @Inject Importer importer;

  /** A hierarchy: top -> (north -> (n1, n2 -> n2a), south -> s1). */
  private String prefix;

  private String add(String name, String manager) {
    participants.add(
        new NewParticipant(
            prefix + name,
            "Test " + name,
            null,
            "test",
            manager == null ? null : prefix + manager,
            Currency.getInstance("EUR"),
            LocalDate.of(2024, 1, 1)));
    return prefix + name;
  }

  private void buildHierarchy() {
    prefix = "arq" + Long.toString(System.nanoTime(), 36) + "-";
    add("top", null);
    add("north", "top");
    add("south", "top");
    add("n1", "north");
    add("n2", "north");
    add("n2a", "n2");
    add("s1", "south");
  }

  private Set<String> visible(String user, Role... roles) {
    Viewer viewer =
        new Viewer(prefix + user, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    List<Participant> seen = participants.visibleTo(viewer);
    assertEquals(seen.size(), participants.countVisibleTo(viewer), "count agrees with the list");
    return seen.stream()
        .map(Participant::getUsername)
        .filter(n -> n.startsWith(prefix))
        .map(n -> n.substring(prefix.length()))
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void aManagerSeesTheWholeReportingLineAndNothingElse() {
    buildHierarchy();
    assertEquals(Set.of("north", "n1", "n2", "n2a"), visible("north", Role.MANAGER));
    assertEquals(Set.of("n2", "n2a"), visible("n2", Role.MANAGER));
    assertEquals(
        Set.of("top", "north", "south", "n1", "n2", "n2a", "s1"), visible("top", Role.MANAGER));
  }

  @Test
  void aParticipantSeesThemselfAndTheUnionOfRolesApplies() {
    buildHierarchy();
    assertEquals(Set.of("n1"), visible("n1", Role.PARTICIPANT));
    assertEquals(Set.of("south", "s1"), visible("south", Role.PARTICIPANT, Role.MANAGER));
    assertEquals(Set.of(), visible("n1", Role.APPROVER_FINANCE));
    assertEquals(Set.of(), visible("n1"));
  }

  @Test
  void movingAManagerMovesTheirWholeLine() {
    buildHierarchy();
    importer.importCsv(
        ImportKind.PARTICIPANTS,
        "username,full_name,manager,currency,start_date\n"
            + prefix
            + "n2,Test n2,"
            + prefix
            + "south,EUR,2024-01-01\n",
        "arquillian");
    assertEquals(Set.of("south", "s1", "n2", "n2a"), visible("south", Role.MANAGER));
    assertEquals(Set.of("north", "n1"), visible("north", Role.MANAGER));
    assertEquals(Set.of("n2", "n2a"), visible("n2", Role.MANAGER));
  }

  @Test
  void nobodyMovesUnderSomeoneInTheirOwnLine() {
    buildHierarchy();
    var rejected =
        org.junit.jupiter.api.Assertions.assertThrows(
            ImportRejectedException.class,
            () ->
                importer.importCsv(
                    ImportKind.PARTICIPANTS,
                    "username,full_name,manager,currency,start_date\n"
                        + prefix
                        + "north,Test north,"
                        + prefix
                        + "n2a,EUR,2024-01-01\n",
                    "arquillian"));
    assertEquals("manager", rejected.errors().get(0).field());
    assertEquals(Set.of("north", "n1", "n2", "n2a"), visible("north", Role.MANAGER));
  }

  @Test
  void salesOperationsAndAuditSeeEveryone() {
    buildHierarchy();
    Set<String> all = Set.of("top", "north", "south", "n1", "n2", "n2a", "s1");
    assertEquals(all, visible("n1", Role.COMP_ADMIN));
    assertEquals(all, visible("n1", Role.AUDITOR));
  }

  @Test
  void oneParticipantIsFoundOnlyInsideTheScope() {
    buildHierarchy();
    long n2a = participants.findByUsername(prefix + "n2a").orElseThrow().getId();
    long s1 = participants.findByUsername(prefix + "s1").orElseThrow().getId();
    Viewer north = new Viewer(prefix + "north", Set.of(Role.MANAGER));
    assertTrue(participants.findVisible(n2a, north).isPresent());
    assertFalse(participants.findVisible(s1, north).isPresent());
    Participant top = participants.findByUsername(prefix + "top").orElseThrow();
    Participant deep = participants.findByUsername(prefix + "n2a").orElseThrow();
    assertTrue(top.hasInReportingLine(deep));
    assertFalse(deep.hasInReportingLine(top));
  }

  @Test
  void addingRefusesDuplicatesAndUnknownManagers() {
    buildHierarchy();
    assertThrows(ConflictException.class, () -> add("n1", "north"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> add("x", "nobody"));
    assertEquals("managerUsername", e.errors().get(0).field());
  }
}
