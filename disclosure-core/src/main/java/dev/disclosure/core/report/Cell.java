package dev.disclosure.core.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One cell of a published table (单元格, RPT-3) as it was printed: a number (0 included), a blank, a
 * placeholder such as {@code /} or {@code —}, or other text. The four are kept apart: a blank is not
 * a 0, and a placeholder is not a blank.
 *
 * <p>{@link #parse(String)} reads any text and never throws: what is neither a number, a blank nor a
 * known placeholder is {@link Kind#TEXT}, which the checks report. Immutable and thread-safe;
 * equality compares kind, number (value and scale) and text.
 */
public final class Cell {

  /** What a cell holds. */
  public enum Kind {
    /** A number as printed, e.g. {@code 12}, {@code 0}, {@code 3.50}. */
    NUMBER("数字"),
    /** Nothing printed (空白). */
    BLANK("空白"),
    /** A placeholder printed instead of a number (占位符): {@code /}, {@code —}, {@code -}, {@code 无}. */
    PLACEHOLDER("占位符"),
    /** Other text where a number belongs, e.g. {@code 12件} or {@code 1*} (非数字). */
    TEXT("非数字");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** {@return the Chinese label, e.g. {@code 空白}} */
    public String label() {
      return label;
    }
  }

  /** The placeholders {@link #parse(String)} recognises. */
  public static final Set<String> PLACEHOLDERS =
      Set.of("/", "／", "—", "——", "-", "－", "–", "―", "\\", "无", "--", "---");

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
  private static final int MAX_NUMBER_LENGTH = 40;
  private static final Cell BLANK_CELL = new Cell(Kind.BLANK, null, "");
  private static final Cell[] SMALL = new Cell[256];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new Cell(Kind.NUMBER, BigDecimal.valueOf(i), Integer.toString(i));
    }
  }

  private final Kind kind;
  private final BigDecimal number;
  private final String text;

  private Cell(Kind kind, BigDecimal number, String text) {
    this.kind = kind;
    this.number = number;
    this.text = text;
  }

  /**
   * Returns a whole number.
   *
   * @param number any {@code long}; the checks report a negative count
   * @return the cell
   */
  public static Cell of(long number) {
    if (number >= 0 && number < SMALL.length) {
      return SMALL[(int) number];
    }
    return new Cell(Kind.NUMBER, BigDecimal.valueOf(number), Long.toString(number));
  }

  /**
   * Returns an exact number, keeping its scale (an amount in 万元 such as {@code 12.50}).
   *
   * @param number the number
   * @return the cell
   */
  public static Cell of(BigDecimal number) {
    requireNonNull(number, "number");
    return new Cell(Kind.NUMBER, number, number.toPlainString());
  }

  /** {@return a blank cell (空白)} */
  public static Cell blank() {
    return BLANK_CELL;
  }

  /**
   * Returns a placeholder printed instead of a number.
   *
   * @param text the placeholder as printed, e.g. {@code /}
   * @return the cell
   * @throws IllegalArgumentException if {@code text} is blank or reads as a number
   */
  public static Cell placeholder(String text) {
    requireNonNull(text, "text");
    String stripped = strip(text);
    if (stripped.isEmpty() || NUMBER.matcher(stripped).matches()) {
      throw new IllegalArgumentException(
          "a placeholder is text printed instead of a number, e.g. / or —; got '" + text + "'");
    }
    return new Cell(Kind.PLACEHOLDER, null, stripped);
  }

  /**
   * Reads a cell as printed, never throwing: surrounding spaces (also full-width and no-break
   * spaces) are ignored; nothing left → {@link Kind#BLANK}; a decimal number, optionally signed,
   * with full-width digits or comma thousands separators (at most 40 characters) → {@link
   * Kind#NUMBER}; one of {@link #PLACEHOLDERS} → {@link Kind#PLACEHOLDER}; anything else → {@link
   * Kind#TEXT}.
   *
   * @param printed the text of the cell
   * @return the cell
   */
  public static Cell parse(String printed) {
    requireNonNull(printed, "printed");
    String text = strip(printed);
    if (text.isEmpty()) {
      return BLANK_CELL;
    }
    if (PLACEHOLDERS.contains(text)) {
      return new Cell(Kind.PLACEHOLDER, null, text);
    }
    String ascii = halfWidthDigits(text);
    if (ascii.length() <= MAX_NUMBER_LENGTH && NUMBER.matcher(ascii).matches()) {
      BigDecimal value = new BigDecimal(ascii.replace(",", ""));
      if (value.scale() == 0 && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(255)) <= 0
          && text.equals(value.toPlainString())) {
        return SMALL[value.intValue()];
      }
      return new Cell(Kind.NUMBER, value, text);
    }
    return new Cell(Kind.TEXT, null, text);
  }

  private static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
  }

  private static String halfWidthDigits(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char mapped =
          c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c == '，' ? ',' : c;
      if (mapped != c && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        out.append(mapped);
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@return what the cell holds} */
  public Kind kind() {
    return kind;
  }

  /** {@return whether the cell holds a number} */
  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** {@return the number, exact, if the cell holds one} */
  public Optional<BigDecimal> number() {
    return Optional.ofNullable(number);
  }

  /**
   * {@return the cell as printed: the number's text, the placeholder or text, or {@code ""} for a
   * blank}
   */
  public String text() {
    return text;
  }

  /** Returns the number as an {@code int} if it is a whole number in {@code int} range. */
  boolean isCount() {
    if (number == null) {
      return false;
    }
    try {
      number.intValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /** Returns the whole number; call only when {@link #isCount()}. */
  int count() {
    return number.intValueExact();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Cell other
        && kind == other.kind
        && Objects.equals(number, other.number)
        && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, number, text);
  }

  /** Returns e.g. {@code Cell[12]}, {@code Cell[空白]} or {@code Cell[占位符 /]}. */
  @Override
  public String toString() {
    return switch (kind) {
      case NUMBER -> "Cell[" + text + "]";
      case BLANK -> "Cell[空白]";
      case PLACEHOLDER, TEXT -> "Cell[" + kind.label() + " " + text + "]";
    };
  }
}
