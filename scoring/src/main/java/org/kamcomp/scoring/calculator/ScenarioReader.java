package org.kamcomp.scoring.calculator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads a scenario as a stream of tokens, the large lists (participants, assignments, actuals)
 * straight into {@link Columns}, without the object per entry and field that binding the whole
 * document makes; the rest (period, plans, teams, deals) is bound as usual, part by part.
 *
 * <p>It reads the document as it is usually written and gives the same scenario as binding it would
 * (a participant's name apart, which nothing reads, and target numbers as decimals). Anything else
 * (a field it does not know, a field twice, a number where a text goes, malformed JSON ...) it does
 * not read: it says so ({@link NotPlain}), and the caller binds the whole document instead, which
 * accepts, converts or refuses it, with its message and path, exactly as before.
 */
final class ScenarioReader {

  /** The document is not one this reader reads as binding would: bind it instead. */
  static final class NotPlain extends Exception {
    private static final long serialVersionUID = 1L;

    NotPlain(String why) {
      super(why, null, false, false);
    }
  }

  private final JsonParser p;
  private final ObjectMapper mapper;
  private final Columns.Strings strings = new Columns.Strings();

  private ScenarioReader(JsonParser p, ObjectMapper mapper) {
    this.p = p;
    this.mapper = mapper;
  }

  /**
   * The scenario the parser's document holds.
   *
   * @throws NotPlain when binding must read it
   */
  static Scenario read(JsonParser p, ObjectMapper mapper) throws IOException, NotPlain {
    return new ScenarioReader(p, mapper).scenario();
  }

  private static NotPlain notPlain(String why) {
    return new NotPlain(why);
  }

  private Scenario scenario() throws IOException, NotPlain {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw notPlain("not an object");
    }
    String formatVersion = null;
    Integer fiscalYearStartMonth = null;
    Scenario.Period period = null;
    List<Scenario.Plan> plans = null;
    List<Scenario.Participant> participants = null;
    List<Scenario.Assignment> assignments = null;
    List<Scenario.Actual> actuals = null;
    List<Scenario.TeamMember> teams = null;
    List<Scenario.Deal> deals = null;
    List<String> releasedWindfalls = null;
    int seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      int field;
      switch (name) {
        case "formatVersion" -> {
          field = 0;
          formatVersion = text(t);
        }
        case "fiscalYearStartMonth" -> {
          field = 1;
          if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            fiscalYearStartMonth = p.getIntValue();
          } else if (t != JsonToken.VALUE_NULL) {
            throw notPlain(name);
          }
        }
        case "period" -> {
          field = 2;
          period = bind(Scenario.Period.class);
        }
        case "plans" -> {
          field = 3;
          plans = bindList(Scenario.Plan.class);
        }
        case "participants" -> {
          field = 4;
          participants = participants(t);
        }
        case "assignments" -> {
          field = 5;
          assignments = assignments(t);
        }
        case "actuals" -> {
          field = 6;
          actuals = actuals(t);
        }
        case "teams" -> {
          field = 7;
          teams = bindList(Scenario.TeamMember.class);
        }
        case "deals" -> {
          field = 8;
          deals = bindList(Scenario.Deal.class);
        }
        case "releasedWindfalls" -> {
          field = 9;
          releasedWindfalls = bindList(String.class);
        }
        default -> throw notPlain("unknown field " + name);
      }
      if ((seen & (1 << field)) != 0) {
        throw notPlain("twice: " + name);
      }
      seen |= 1 << field;
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw notPlain("not an object's end");
    }
    return new Scenario(
        formatVersion,
        fiscalYearStartMonth,
        period,
        plans,
        participants,
        assignments,
        actuals,
        teams,
        deals,
        releasedWindfalls);
  }

  // --- the parts bound as usual ----------------------------------------------------------------

  private <T> T bind(Class<T> type) throws IOException, NotPlain {
    return bind(mapper.readerFor(type));
  }

  private <T> List<T> bindList(Class<T> element) throws IOException, NotPlain {
    return bind(
        mapper.readerFor(mapper.getTypeFactory().constructCollectionType(List.class, element)));
  }

  private <T> T bind(ObjectReader reader) throws IOException, NotPlain {
    try {
      return reader.readValue(p);
    } catch (IOException | RuntimeException e) {
      // binding the whole document names the path
      throw notPlain("bound with a problem: " + e.getMessage());
    }
  }

  // --- the values of the lists read here -------------------------------------------------------

  /** A text, or null. */
  private String text(JsonToken t) throws IOException, NotPlain {
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw notPlain("not a text: " + p.currentName());
  }

  /** A repeated text (a code, an id, a date), shared. */
  private String shared(JsonToken t) throws IOException, NotPlain {
    return strings.intern(text(t));
  }

  /** A number as a decimal into {@code into}, or null. */
  private void decimal(JsonToken t, Columns.Decimals into) throws IOException, NotPlain {
    if (t == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        into.add(p.getLongValue(), 0);
      } else {
        into.add(p.getDecimalValue());
      }
    } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      if (!plainDecimal(into)) {
        into.add(p.getDecimalValue());
      }
    } else if (t == JsonToken.VALUE_NULL) {
      into.add(null);
    } else {
      throw notPlain("not a number: " + p.currentName());
    }
  }

  /**
   * A number token of the form {@code -?digits.digits} with up to 18 digits, as {@code new
   * BigDecimal(text)} reads it, added to {@code into}; false for any other form.
   */
  private boolean plainDecimal(Columns.Decimals into) throws IOException {
    char[] c = p.getTextCharacters();
    int i = p.getTextOffset();
    int end = i + p.getTextLength();
    boolean negative = i < end && c[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = -1;
    for (; i < end; i++) {
      char ch = c[i];
      if (ch >= '0' && ch <= '9') {
        if (++digits > 18) {
          return false;
        }
        unscaled = unscaled * 10 + (ch - '0');
        if (scale >= 0) {
          scale++;
        }
      } else if (ch == '.' && scale < 0) {
        scale = 0;
      } else {
        return false;
      }
    }
    if (digits == 0) {
      return false;
    }
    into.add(negative ? -unscaled : unscaled, Math.max(scale, 0));
    return true;
  }

  private void startList(JsonToken t) throws NotPlain {
    if (t != JsonToken.START_ARRAY) {
      throw notPlain("not a list: " + t);
    }
  }

  /** The entry's token: an object to read, or null (a null entry); else not read here. */
  private boolean entry(JsonToken t) throws NotPlain {
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    throw notPlain("an entry that is no object: " + t);
  }

  private static int once(int seen, int field, String name) throws NotPlain {
    if ((seen & (1 << field)) != 0) {
      throw notPlain("twice: " + name);
    }
    return seen | 1 << field;
  }

  private List<Scenario.Participant> participants(JsonToken list) throws IOException, NotPlain {
    if (list == JsonToken.VALUE_NULL) {
      return null;
    }
    startList(list);
    Columns.Participants out = new Columns.Participants();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (!entry(t)) {
        out.addNull();
        continue;
      }
      String id = null;
      int seen = 0;
      BigDecimal baseSalary = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken v = p.nextToken();
        switch (name) {
          case "id" -> {
            seen = once(seen, 0, name);
            id = shared(v);
          }
          case "name" -> {
            seen = once(seen, 1, name);
            text(v);
          }
          case "baseSalary" -> {
            seen = once(seen, 2, name);
            baseSalary = decimalValue(v);
          }
          default -> throw notPlain("unknown field " + name);
        }
      }
      out.add(id, baseSalary);
    }
    out.trim();
    return out;
  }

  private final Columns.Decimals one = new Columns.Decimals();

  private BigDecimal decimalValue(JsonToken v) throws IOException, NotPlain {
    one.clear();
    decimal(v, one);
    return one.get(0);
  }

  private List<Scenario.Assignment> assignments(JsonToken list) throws IOException, NotPlain {
    if (list == JsonToken.VALUE_NULL) {
      return null;
    }
    startList(list);
    Columns.Assignments out = new Columns.Assignments();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (!entry(t)) {
        out.addNull();
        continue;
      }
      String participant = null;
      String plan = null;
      String from = null;
      String to = null;
      boolean targets = false;
      int seen = 0;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken v = p.nextToken();
        switch (name) {
          case "participant" -> {
            seen = once(seen, 0, name);
            participant = shared(v);
          }
          case "plan" -> {
            seen = once(seen, 1, name);
            plan = shared(v);
          }
          case "from" -> {
            seen = once(seen, 2, name);
            from = shared(v);
          }
          case "to" -> {
            seen = once(seen, 3, name);
            to = shared(v);
          }
          case "targets" -> {
            seen = once(seen, 4, name);
            targets = targets(v, out);
          }
          default -> throw notPlain("unknown field " + name);
        }
      }
      out.add(participant, plan, from, to, targets);
    }
    out.trim();
    return out;
  }

  /** An assignment's targets into {@code out}: false when null. */
  private boolean targets(JsonToken t, Columns.Assignments out) throws IOException, NotPlain {
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    if (t != JsonToken.START_OBJECT) {
      throw notPlain("targets that are no object");
    }
    // a key twice: binding keeps the last value in the first place; rare, so bound instead
    String[] keys = new String[8];
    int n = 0;
    ObjectReader untyped = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      String key = strings.intern(name);
      for (int k = 0; k < n; k++) {
        if (keys[k].equals(key)) {
          throw notPlain("a target twice: " + key);
        }
      }
      if (n == keys.length) {
        keys = java.util.Arrays.copyOf(keys, n * 2);
      }
      keys[n++] = key;
      JsonToken v = p.nextToken();
      if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
        one.clear();
        decimal(v, one);
        out.target(key, one.get(0));
      } else {
        // a schedule by date, or what the check will refuse: as binding reads it (untyped)
        if (untyped == null) {
          untyped = mapper.readerFor(Object.class);
        }
        out.otherTarget(key, bind(untyped));
      }
    }
    return true;
  }

  private List<Scenario.Actual> actuals(JsonToken list) throws IOException, NotPlain {
    if (list == JsonToken.VALUE_NULL) {
      return null;
    }
    startList(list);
    Columns.Actuals out = new Columns.Actuals();
    Columns.Decimals values = out.values();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (!entry(t)) {
        out.addNull();
        continue;
      }
      String participant = null;
      String measure = null;
      String date = null;
      int seen = 0;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken v = p.nextToken();
        switch (name) {
          case "participant" -> {
            seen = once(seen, 0, name);
            participant = shared(v);
          }
          case "measure" -> {
            seen = once(seen, 1, name);
            measure = shared(v);
          }
          case "value" -> {
            seen = once(seen, 2, name);
            decimal(v, values);
          }
          case "date" -> {
            seen = once(seen, 3, name);
            date = shared(v);
          }
          default -> throw notPlain("unknown field " + name);
        }
      }
      if ((seen & (1 << 2)) == 0) {
        values.add(null);
      }
      out.add(participant, measure, date);
    }
    out.trim();
    return out;
  }
}
