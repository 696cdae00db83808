package org.kamcomp.domain.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

  @Test
  void rowsAreNumberedByTheLineTheyStartOn() {
    List<ImportRow> rows =
        CsvFormat.read(
            "code,name,tier\r\nACME,\"Acme, Inc.\",key\r\n\r\nBETA,\"Beta\nGroup\",core\nGAMMA,\"Say"
                + " \"\"hi\"\"\",core");
    assertEquals(3, rows.size());
    assertEquals(2, rows.get(0).number());
    assertEquals("Acme, Inc.", rows.get(0).get("name"));
    assertEquals(4, rows.get(1).number());
    assertEquals("Beta\nGroup", rows.get(1).get("name"));
    assertEquals(6, rows.get(2).number());
    assertEquals("Say \"hi\"", rows.get(2).get("name"));
  }

  @Test
  void semicolonsAndAByteOrderMarkAsSpreadsheetsWriteThem() {
    List<ImportRow> rows = CsvFormat.read("\uFEFFCode;Name;Tier\nACME;Acme;key\n");
    assertEquals("ACME", rows.get(0).get("code"));
    assertEquals("key", rows.get(0).get("tier"));
  }

  @Test
  void emptyValuesAreAbsent() {
    assertEquals(null, CsvFormat.read("code,name\nACME,  \n").get(0).get("name"));
  }

  @Test
  void everyRowWithTheWrongNumberOfFieldsIsReported() {
    var e =
        assertThrows(
            ImportRejectedException.class, () -> CsvFormat.read("a,b\n1,2\n1\n1,2,3\n1,2\n"));
    assertEquals(
        List.of(
            new RowError(3, "row", "The row has 1 fields but the header names 2 columns"),
            new RowError(4, "row", "The row has 3 fields but the header names 2 columns")),
        e.errors());
  }

  @Test
  void anEmptyFileOrAnOpenQuoteIsAnError() {
    assertEquals(
        "header",
        assertThrows(ImportRejectedException.class, () -> CsvFormat.read(""))
            .errors()
            .get(0)
            .field());
    assertEquals(
        new RowError(2, "row", "A quoted field is never closed"),
        assertThrows(ImportRejectedException.class, () -> CsvFormat.read("a\n\"open\n"))
            .errors()
            .get(0));
  }
}
