package org.kamcomp.domain.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV as spreadsheets write it (RFC 4180): a header row naming the columns, commas (or
 * semicolons, when the header uses them), quoted fields ("...") may hold separators, line breaks
 * and doubled quotes. Rows are numbered by the line they start on, so a message points to the line
 * a user sees in their editor; empty lines are skipped.
 */
public final class CsvFormat {

  private CsvFormat() {}

  /**
   * The text of an uploaded file, which must be UTF-8 (a byte-order mark is fine).
   *
   * @throws ImportRejectedException naming the line and column of the first byte that is not UTF-8,
   *     before anything is read
   */
  public static String decode(byte[] bytes) {
    java.nio.charset.CharsetDecoder decoder =
        java.nio.charset.StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      String before = out.flip().toString();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < before.length(); i++) {
        if (before.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String sofar = before.substring(lineStart);
      String header = before.indexOf('\n') < 0 ? sofar : before.substring(0, before.indexOf('\n'));
      char sep = separatorOf(header);
      int field = 0;
      for (char c : sofar.toCharArray()) {
        if (c == sep) {
          field++;
        }
      }
      String[] names = header.split(String.valueOf(sep), -1);
      String column =
          line > 1 && field < names.length
              ? names[field].strip().toLowerCase()
              : "column " + (field + 1);
      throw new ImportRejectedException(
          List.of(
              new RowError(
                  line,
                  column,
                  String.format(
                      "The file is not UTF-8: byte 0x%02X at line %d, character %d of the line"
                          + " (column \"%s\") is not UTF-8; save the file as UTF-8 (CSV UTF-8 in"
                          + " Excel) and import it again",
                      bytes[at] & 0xff, line, sofar.length() + 1, column))));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /**
   * The data rows of a CSV text, keyed by the lower-cased header names.
   *
   * @throws ImportRejectedException when the text has no header or a row is malformed
   */
  public static List<ImportRow> read(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<int[]> starts = new ArrayList<>();
    List<List<String>> records = parse(body, separatorOf(body), starts);
    if (records.isEmpty()) {
      throw new ImportRejectedException(
          List.of(
              new RowError(1, "header", "The file is empty: the first line names the columns")));
    }
    List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase()).toList();
    List<RowError> errors = new ArrayList<>();
    List<ImportRow> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> fields = records.get(i);
      int line = starts.get(i)[0];
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      if (fields.size() != header.size()) {
        errors.add(
            new RowError(
                line,
                "row",
                "The row has "
                    + fields.size()
                    + " fields but the header names "
                    + header.size()
                    + " columns"));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        values.put(header.get(c), fields.get(c));
      }
      rows.add(new ImportRow(line, values));
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    return rows;
  }

  private static char separatorOf(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
  }

  private static List<List<String>> parse(String text, char sep, List<int[]> starts) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0 && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
      } else if (c == sep) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\r') {
        // a CR before LF ends the line with the LF
      } else if (c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
        records.add(fields);
        starts.add(new int[] {recordLine});
        fields = new ArrayList<>();
        line++;
        recordLine = line;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw new ImportRejectedException(
          List.of(new RowError(recordLine, "row", "A quoted field is never closed")));
    }
    if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
      starts.add(new int[] {recordLine});
    }
    return records;
  }
}
