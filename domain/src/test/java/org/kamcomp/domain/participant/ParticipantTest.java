package org.kamcomp.domain.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ParticipantTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  /** A saved participant: the database assigns the id. */
  private static Participant saved(String username, long id, Participant manager) throws Exception {
    Participant p =
        new Participant(
            username, "Name " + username, null, null, EUR, LocalDate.of(2024, 1, 1), manager);
    Field f = Participant.class.getDeclaredField("id");
    f.setAccessible(true);
    f.set(p, id);
    return p;
  }

  @Test
  void theManagerPathListsTheManagersFromTheTop() throws Exception {
    Participant victor = saved("victor", 3, null);
    Participant mona = saved("mona", 17, victor);
    Participant kate = saved("kate", 42, mona);
    assertEquals("/", victor.getManagerPath());
    assertEquals("/3/", mona.getManagerPath());
    assertEquals("/3/17/", kate.getManagerPath());
    assertEquals(mona, kate.getManager().orElseThrow());
  }

  @Test
  void aReportingLineHoldsTheManagerAndEveryoneBelow() throws Exception {
    Participant victor = saved("victor", 3, null);
    Participant mona = saved("mona", 17, victor);
    Participant nils = saved("nils", 18, victor);
    Participant kate = saved("kate", 42, mona);
    Participant anna = saved("anna", 171, nils);
    assertTrue(victor.hasInReportingLine(kate));
    assertTrue(mona.hasInReportingLine(kate));
    assertTrue(mona.hasInReportingLine(mona));
    assertFalse(mona.hasInReportingLine(anna));
    assertFalse(kate.hasInReportingLine(mona));
    // id 17 is a prefix of id 171 as text; the path separators keep them apart
    Participant under17 = saved("x", 500, saved("y", 1, null));
    assertFalse(mona.hasInReportingLine(under17));
  }

  @Test
  void requiredFieldsAreNamed() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Participant(" ", "Name", null, null, EUR, LocalDate.now(), null));
    assertEquals("username must not be blank", e.getMessage());
    var missing =
        assertThrows(
            NullPointerException.class,
            () -> new Participant("kate", "Kate", null, null, null, LocalDate.now(), null));
    assertEquals("currency is required", missing.getMessage());
  }

  @Test
  void aManagerIsSavedBeforePeopleReportToThem() {
    Participant unsaved = new Participant("m", "M", null, null, EUR, LocalDate.now(), null);
    assertThrows(
        NullPointerException.class,
        () -> new Participant("k", "K", null, null, EUR, LocalDate.now(), unsaved));
  }

  @Test
  void equalityIsTheUserName() throws Exception {
    assertEquals(saved("kate", 1, null), saved("kate", 2, null));
    assertEquals(saved("kate", 1, null).hashCode(), saved("kate", 2, null).hashCode());
  }
}
