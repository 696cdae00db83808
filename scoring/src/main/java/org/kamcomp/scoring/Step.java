package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of a statement's explanation: a {@link Phrase} with the numbers it used. The numbers are
 * kept as they were calculated and written out only when the step is shown or stored, so explaining
 * every line costs the calculation nearly nothing. A step is stored as its phrase's code and its
 * values ({@link #encode}), a few dozen bytes, and written as a sentence from them when read.
 */
public final class Step implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  // Separators of the stored form: between steps, and between a step's code and values.
  private static final char STEP_SEPARATOR = '\u001E';
  private static final char VALUE_SEPARATOR = '\u001F';

  /** What a value is, so that it can be written for a reader (a percent gets its sign). */
  enum Kind {
    PERCENT('p'),
    FACTOR('f'),
    MONEY('m'),
    NUMBER('n'),
    TEXT('t'),
    INTEGER('i'),
    DATE('d');

    final char code;

    Kind(char code) {
      this.code = code;
    }

    static Kind of(char code) {
      for (Kind k : values()) {
        if (k.code == code) {
          return k;
        }
      }
      throw new IllegalArgumentException("No kind of value has the code " + code);
    }
  }

  /** How a value's text is made from what it holds. */
  private enum Format {
    AS_IS,
    PERCENT,
    FACTOR,
    MONEY,
    PLAIN_DECIMAL,
    PLAIN_EXACT,
    DECIMAL
  }

  /**
   * A value of a step: its kind, what it holds (a text, an exact quotient or a decimal) and how it
   * is written; its raw text is made when first needed, or written straight into a sentence.
   */
  private static final class Value {
    private final Kind kind;
    private final Format format;
    private final Object source;
    private final int digits;
    private String text;

    Value(Kind kind, Format format, Object source, int digits) {
      this.kind = kind;
      this.format = format;
      this.source = source;
      this.digits = digits;
    }

    Value(Kind kind, String text) {
      this(kind, Format.AS_IS, null, 0);
      this.text = text;
    }

    String raw() {
      if (text == null) {
        StringBuilder b = new StringBuilder(16);
        appendRaw(b);
        text = b.toString();
      }
      return text;
    }

    void appendRaw(StringBuilder b) {
      if (text != null) {
        b.append(text);
        return;
      }
      switch (format) {
        // 11/10 is "110.00": x 100 to two decimals is the quotient to four, two places on
        case PERCENT -> percent(b, (Rational) source);
        case FACTOR -> ((Rational) source).appendRounded(b, 4, true);
        case MONEY -> ((Rational) source).appendRounded(b, digits, false);
        case PLAIN_DECIMAL -> Rational.appendDecimal(b, (BigDecimal) source, true);
        case PLAIN_EXACT -> ((Rational) source).appendRounded(b, 6, true);
        case DECIMAL -> Rational.appendDecimal(b, (BigDecimal) source, false);
        default -> throw new IllegalStateException("a value without its text");
      }
    }

    private static void percent(StringBuilder b, Rational r) {
      long q = r.halfUp(4);
      if (q == Rational.NO_FAST_PATH) {
        b.append(r.multiply(Rational.HUNDRED).round(2, RoundingMode.HALF_UP).toString());
      } else {
        Rational.appendPlain(b, q, 2);
      }
    }

    /** The value as an English sentence shows it. */
    void appendShown(StringBuilder b) {
      appendRaw(b);
      if (kind == Kind.PERCENT) {
        b.append(" %");
      }
    }

    String shown() {
      return kind == Kind.PERCENT ? raw() + " %" : raw();
    }
  }

  private final transient Phrase phrase;
  private final transient Value[] values;
  private transient String text;

  private Step(Phrase phrase, Value[] values) {
    this.phrase = phrase;
    this.values = values;
  }

  /**
   * A step: the phrase with a value for each {@code %s}. A value is one of {@link #percent}, {@link
   * #factor}, {@link #money} or {@link #plain}, or a {@code String}, a whole number, a date or a
   * {@code BigDecimal} amount.
   */
  public static Step of(Phrase phrase, Object... values) {
    Value[] v = new Value[values.length];
    for (int i = 0; i < values.length; i++) {
      v[i] = value(values[i]);
    }
    Step step = new Step(phrase, v);
    int expected = phrase.valueCount();
    if (expected != v.length) {
      throw new IllegalArgumentException(
          "Phrase " + phrase + " takes " + expected + " values, not " + v.length);
    }
    return step;
  }

  private static Value value(Object o) {
    if (o instanceof Value v) {
      return v;
    }
    if (o instanceof String s) {
      return new Value(Kind.TEXT, s);
    }
    if (o instanceof Integer || o instanceof Long) {
      return new Value(Kind.INTEGER, o.toString());
    }
    if (o instanceof LocalDate d) {
      return new Value(Kind.DATE, d.toString());
    }
    if (o instanceof BigDecimal b) {
      return new Value(Kind.MONEY, Format.DECIMAL, b, 0);
    }
    throw new IllegalArgumentException("A step takes no value of " + o.getClass());
  }

  public Phrase phrase() {
    return phrase;
  }

  /** The sentence, with every number written out. */
  public String text() {
    if (text == null) {
      String[] parts = phrase.parts();
      if (parts == null) {
        String[] shown = new String[values.length];
        for (int i = 0; i < values.length; i++) {
          shown[i] = values[i].shown();
        }
        text = fill(phrase.template(), shown);
      } else {
        StringBuilder b = new StringBuilder(phrase.template().length() + 12 * values.length);
        write(parts, b);
        text = b.toString();
      }
    }
    return text;
  }

  /**
   * Appends the sentence ({@link #text}) to {@code b}, written straight from the values when it has
   * not been made yet (and then not kept): for writing many steps once each.
   */
  public void appendText(StringBuilder b) {
    String[] parts = phrase.parts();
    if (text != null || parts == null) {
      b.append(text());
    } else {
      write(parts, b);
    }
  }

  private void write(String[] parts, StringBuilder b) {
    b.append(parts[0]);
    for (int i = 0; i < values.length; i++) {
      values[i].appendShown(b);
      b.append(parts[i + 1]);
    }
  }

  /** The step as stored: its phrase's code and its values, without the sentence. */
  public String encode() {
    StringBuilder b = new StringBuilder(phrase.code().length() + 12 * values.length);
    encode(b);
    return b.toString();
  }

  private void encode(StringBuilder b) {
    b.append(phrase.code());
    for (Value v : values) {
      b.append(VALUE_SEPARATOR).append(v.kind.code);
      String raw = v.raw();
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        // A value never holds a separator: a control character in a name is a space.
        b.append(c < ' ' ? ' ' : c);
      }
    }
  }

  /** Steps as stored, one string for all of them (null for none). */
  public static String encode(List<Step> steps) {
    if (steps == null || steps.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder(48 * steps.size());
    for (int i = 0; i < steps.size(); i++) {
      if (i > 0) {
        b.append(STEP_SEPARATOR);
      }
      steps.get(i).encode(b);
    }
    return b.toString();
  }

  /** The steps of a stored string ({@link #encode(List)}); empty for null. */
  public static List<Step> decode(String stored) {
    List<Step> steps = new ArrayList<>();
    if (stored == null || stored.isEmpty()) {
      return steps;
    }
    int start = 0;
    while (start <= stored.length()) {
      int end = stored.indexOf(STEP_SEPARATOR, start);
      if (end < 0) {
        end = stored.length();
      }
      steps.add(decodeOne(stored.substring(start, end)));
      start = end + 1;
    }
    return steps;
  }

  private static Step decodeOne(String s) {
    String[] parts = s.split(String.valueOf(VALUE_SEPARATOR), -1);
    Phrase phrase = Phrase.of(parts[0]);
    Value[] values = new Value[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty()) {
        throw new IllegalArgumentException("A stored step's value has no kind: " + s);
      }
      values[i - 1] = new Value(Kind.of(part.charAt(0)), part.substring(1));
    }
    return new Step(phrase, values);
  }

  /** A sentence kept as it was written. */
  public static Step literal(String sentence) {
    return new Step(Phrase.LITERAL, new Value[] {new Value(Kind.TEXT, sentence)});
  }

  /**
   * The template with {@code %s} replaced by each value in turn and {@code %%} by {@code %}: what
   * {@code String.format} gives for these templates, without parsing a format each time (a run
   * writes millions of steps).
   */
  static String fill(String template, Object[] values) {
    StringBuilder b = new StringBuilder(template.length() + 16 * values.length);
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '%' && i + 1 < template.length()) {
        char f = template.charAt(i + 1);
        if (f == 's') {
          if (next == values.length) {
            throw new IllegalArgumentException(
                "A step's template takes more than " + next + " values: " + template);
          }
          b.append(values[next++]);
          i++;
          continue;
        }
        if (f == '%') {
          b.append('%');
          i++;
          continue;
        }
        throw new IllegalArgumentException("A step's template takes %s and %% only: " + template);
      }
      b.append(c);
    }
    if (next != values.length) {
      throw new IllegalArgumentException(
          "A step's template takes " + next + " values, not " + values.length + ": " + template);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return text();
  }

  /** A step is serialised as its stored form: its values' suppliers never travel. */
  private Object writeReplace() {
    return new Stored(encode());
  }

  private record Stored(String encoded) implements java.io.Serializable {
    private Object readResolve() {
      return decodeOne(encoded);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Step s && text().equals(s.text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  /** A quotient shown as a percentage to two decimals: 11/10 is "110.00 %". */
  static Object percent(Rational r) {
    return new Value(Kind.PERCENT, Format.PERCENT, r, 0);
  }

  /** A factor to at most four decimals: 3/2 is "1.5". */
  static Object factor(Rational r) {
    return new Value(Kind.FACTOR, Format.FACTOR, r, 0);
  }

  /** An amount rounded to the currency's minor unit, for showing (a payout is rounded apart). */
  static Object money(Rational r, int digits) {
    return new Value(Kind.MONEY, Format.MONEY, r, digits);
  }

  /** A decimal as entered, without trailing zeros. */
  static Object plain(BigDecimal x) {
    return new Value(Kind.NUMBER, Format.PLAIN_DECIMAL, x, 0);
  }

  /** An exact value as a decimal: as it is when it ends within six decimals, else to six. */
  static Object plain(Rational x) {
    return new Value(Kind.NUMBER, Format.PLAIN_EXACT, x, 0);
  }
}
