package org.kamcomp.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCompanyTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  final DemoCompany company = new DemoCompany(DemoData.PEOPLE, TODAY);

  @Test
  void fortyKamsAndAHundredTwentyAmsWithTheDemoLoginsInTheirPlaces() {
    Map<String, Long> roles =
        company.people().stream()
            .filter(p -> p.roleProfile() != null)
            .collect(Collectors.groupingBy(DemoCompany.Person::roleProfile, Collectors.counting()));
    assertEquals(Map.of("KAM", 40L, "AM", 120L), roles);
    Map<String, DemoCompany.Person> byName =
        company.people().stream()
            .collect(Collectors.toMap(DemoCompany.Person::username, Function.identity()));
    assertEquals("mona", byName.get("kate").manager());
    assertEquals("KAM", byName.get("kai").roleProfile());
    assertEquals("nils", byName.get("aaron").manager());
    assertEquals("AM", byName.get("anna").roleProfile());
    assertEquals("victor", byName.get("nils").manager());
    assertEquals(20L, company.people().stream().filter(p -> "mona".equals(p.manager())).count());
  }

  @Test
  void theSameCompanyEveryTime() {
    DemoCompany again = new DemoCompany(DemoData.PEOPLE, TODAY);
    assertEquals(company.participantsCsv(), again.participantsCsv());
    assertEquals(company.transactionsCsv(), again.transactionsCsv());
    assertEquals(company.targetsCsv(), again.targetsCsv());
    assertEquals(company.resultsCsv(), again.resultsCsv());
  }

  @Test
  void severalHundredAccountsAndTwoYearsOfBusinessUpToToday() {
    long accounts = company.accountsCsv().lines().count() - 1;
    assertEquals(520, accounts);
    var transactions = company.transactionsCsv().lines().skip(1).toList();
    assertTrue(transactions.size() > 15_000, "transactions: " + transactions.size());
    assertTrue(transactions.stream().anyMatch(t -> t.contains(",2025-")));
    assertTrue(transactions.stream().noneMatch(t -> t.split(",")[2].compareTo("2026-11-27") > 0));
    assertTrue(company.resultsCsv().contains(",account-plan,2026-09-30,"));
    assertTrue(!company.resultsCsv().contains("2026-12-31"));
  }
}
