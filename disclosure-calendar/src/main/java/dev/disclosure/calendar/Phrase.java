package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * What a {@link Finding} says, in both languages (表述): a Chinese and an English template with
 * numbered places {@code {0}}, {@code {1}} … and the typed values that fill them, so that dates,
 * amounts and rule IDs are data that {@link Language} formats, never text pasted into text.
 *
 * <p>A value is a {@link LocalDate} (2026年10月30日 / 2026-10-30), a {@link Quantity} (20个工作日 /
 * 20 working days), a {@link RuleId}, an {@link Integer} or {@link Long} (a plain number), a nested
 * {@code Phrase}, or a {@link String}: text from the record (a reason an agency wrote, a name),
 * which the Chinese rendering quotes as written and the English rendering leaves out, saying
 * "as recorded", so that no rendered string mixes the two languages.
 *
 * <p>Immutable and thread-safe; equality compares templates and values.
 */
public final class Phrase {

  private final String chinese;
  private final String english;
  private final ImmutableList<Object> values;

  private Phrase(String chinese, String english, ImmutableList<Object> values) {
    this.chinese = chinese;
    this.english = english;
    this.values = values;
  }

  /**
   * Returns a phrase.
   *
   * @param chinese the Chinese template, e.g. {@code {0}起算（当日不计入）}
   * @param english the English template, e.g. {@code starts {0} (not counted)}; no Chinese
   *     characters
   * @param values the values of the places, in the order of their numbers
   * @return the phrase
   * @throws IllegalArgumentException if a template names a place with no value, a value has a type
   *     the renderer does not know, or the English template holds Chinese characters
   */
  public static Phrase of(String chinese, String english, Object... values) {
    requireNonNull(chinese, "chinese");
    requireNonNull(english, "english");
    requireNonNull(values, "values");
    for (Object value : values) {
      requireNonNull(value, "value");
      if (!(value instanceof LocalDate
          || value instanceof Quantity
          || value instanceof RuleId
          || value instanceof Integer
          || value instanceof Long
          || value instanceof Phrase
          || value instanceof String)) {
        throw new IllegalArgumentException(
            "a phrase value is a LocalDate, Quantity, RuleId, Integer, Long, Phrase or String; got "
                + value.getClass().getName()
                + " "
                + value);
      }
    }
    checkPlaces(chinese, values.length);
    Template checked = checkPlaces(english, values.length);
    if (checked.chinese()) {
      throw new IllegalArgumentException(
          "the English template '" + english + "' holds Chinese characters; put them in a value");
    }
    return new Phrase(chinese, english, ImmutableList.copyOf(values));
  }

  private static final int NOT_DIGITS = -2;

  /**
   * The value of {@code template[from, to)} when it is 1 to 9 ASCII digits, as {@link
   * Integer#parseInt} reads it, without building a string; otherwise {@value #NOT_DIGITS}.
   */
  private static int digits(String template, int from, int to) {
    if (to <= from || to - from > 9) {
      return NOT_DIGITS;
    }
    int value = 0;
    for (int k = from; k < to; k++) {
      char c = template.charAt(k);
      if (c < '0' || c > '9') {
        return NOT_DIGITS;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * What a template needs, read once: the number of values its places name (the highest place + 1),
   * or -1 if a place is not a number; and whether it holds Chinese.
   */
  private record Template(String text, int places, boolean chinese) {}

  /**
   * The templates read last, by identity: most phrases come from constant templates, read again at
   * every finding. A small table of 1,024 slots, a slot holding one immutable record (a racing
   * reader sees a whole record or reads the template again); a template has two slots, from two
   * parts of its identity hash, and takes the second when another holds the first, so that two hot
   * templates whose first slots collide do not evict each other at every finding (measured: such a
   * collision, which identity hashes make a matter of chance per run, cost a few per cent of
   * recording a history). Never more than 1,024 templates are held.
   */
  private static final Template[] READ = new Template[1024];

  private static Template read(String template) {
    int hash = System.identityHashCode(template);
    int first = hash & (READ.length - 1);
    Template read = READ[first];
    if (read != null && read.text() == template) {
      return read;
    }
    int second = (hash >>> 10) & (READ.length - 1);
    Template other = READ[second];
    if (other != null && other.text() == template) {
      return other;
    }
    int places = 0;
    for (int i = template.indexOf('{'); i >= 0 && places >= 0; i = template.indexOf('{', i + 1)) {
      int place = placeAt(template, i);
      places = place < 0 ? -1 : Math.max(places, place + 1);
    }
    Template made = new Template(template, places, hasChinese(template));
    READ[read == null ? first : second] = made;
    return made;
  }

  /** The number of the place opening at {@code open}, or -1 if it is not a non-negative number. */
  private static int placeAt(String template, int open) {
    int close = template.indexOf('}', open);
    int place = close < 0 ? -1 : digits(template, open + 1, close);
    if (place == NOT_DIGITS) {
      try {
        place = Integer.parseInt(template.substring(open + 1, close));
      } catch (NumberFormatException e) {
        place = -1;
      }
    }
    return place;
  }

  /** Checks that every place of a template names one of {@code count} values; returns it read. */
  private static Template checkPlaces(String template, int count) {
    Template read = read(template);
    if (read.places() >= 0 && read.places() <= count) {
      return read;
    }
    // some place is not a number or beyond the values: name the first such
    int bad = template.indexOf('{');
    for (int place = placeAt(template, bad);
        place >= 0 && place < count;
        place = placeAt(template, bad)) {
      bad = template.indexOf('{', bad + 1);
    }
    throw new IllegalArgumentException(
        "template '"
            + template
            + "' has a place at "
            + bad
            + " that is not {0}.."
            + "{"
            + (count - 1)
            + "} for its "
            + count
            + " values");
  }

  /**
   * Returns whether a text holds Chinese: Han characters, CJK punctuation or full-width forms — what
   * an English template, an English name or an English rendering may not hold.
   *
   * @param text the text
   * @return true if any character is Chinese
   */
  public static boolean hasChinese(String text) {
    requireNonNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x2E80
          && ((c <= 0x9FFF)
              || (c >= 0xF900 && c <= 0xFAFF)
              || (c >= 0xFE30 && c <= 0xFE4F)
              || (c >= 0xFF00 && c <= 0xFFEF)
              || (Character.isHighSurrogate(c)
                  && Character.UnicodeScript.of(text.codePointAt(i))
                      == Character.UnicodeScript.HAN))) {
        return true;
      }
    }
    return false;
  }


  /** {@return the Chinese template} */
  public String chinese() {
    return chinese;
  }

  /** {@return the English template} */
  public String english() {
    return english;
  }

  /** {@return the values of the places, in order} */
  public List<Object> values() {
    return values;
  }

  /** Returns the template of a language. */
  String template(Language language) {
    return language == Language.CHINESE ? chinese : english;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Phrase other
        && chinese.equals(other.chinese)
        && english.equals(other.english)
        && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return (chinese.hashCode() * 31 + english.hashCode()) * 31 + values.hashCode();
  }

  /** Returns the phrase in Chinese. */
  @Override
  public String toString() {
    return Language.CHINESE.render(this);
  }
}
