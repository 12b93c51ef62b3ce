package dev.disclosure.calendar;

/**
 * Thrown by {@link HolidayNotice#parse(String)} when the text of a holiday notice (放假安排通知)
 * cannot be taken in (CAL-11): a sentence that no rule of the parser understands, or a notice whose
 * dates contradict themselves. Nothing of such a notice is ever added to a calendar.
 *
 * <p>The message names the reason and quotes the sentence (at most {@value #MAX_QUOTED} characters
 * of it).
 */
public final class InvalidNoticeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The most characters of the offending sentence the message quotes. */
  static final int MAX_QUOTED = 200;

  /** Why a notice was refused. */
  public enum Kind {
    /** A sentence no rule of the parser understands: refused, never guessed (无法识别). */
    UNREADABLE("无法识别"),
    /**
     * The notice contradicts itself: a make-up working day inside a holiday run, a weekday listed as
     * 上班 that is already a working day, a weekday that does not match its date, a day count that
     * does not match the run (自相矛盾).
     */
    CONTRADICTORY("自相矛盾");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /**
     * {@return the Chinese label, e.g. {@code 自相矛盾}}
     */
    public String label() {
      return label;
    }
  }

  /** Whether the text was unreadable or self-contradictory. */
  private final Kind kind;

  /** The sentence refused, as it stood after normalising punctuation. */
  private final String sentence;

  /** The reason, in English. */
  private final String reason;

  InvalidNoticeException(Kind kind, String sentence, String reason) {
    super(
        (kind == Kind.UNREADABLE ? "Unreadable holiday notice (CAL-11): " : "Self-contradictory holiday notice (CAL-11): ")
            + reason
            + ", in the sentence 「"
            + quote(sentence)
            + "」");
    this.kind = kind;
    this.sentence = sentence;
    this.reason = reason;
  }

  /** Returns the text, cut to {@value #MAX_QUOTED} characters with its length if longer. */
  static String quote(String sentence) {
    return sentence.length() <= MAX_QUOTED
        ? sentence
        : sentence.substring(0, MAX_QUOTED) + "…（" + sentence.length() + " characters）";
  }

  /** {@return whether the text was unreadable or self-contradictory} */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return the sentence of the notice that was refused, as it stood after normalising punctuation}
   */
  public String sentence() {
    return sentence;
  }

  /** {@return the reason, in English, naming the dates involved and what would be valid} */
  public String reason() {
    return reason;
  }
}
