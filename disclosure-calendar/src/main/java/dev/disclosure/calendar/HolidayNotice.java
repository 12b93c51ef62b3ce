package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A State Council holiday notice (放假安排通知) read from its text (CAL-11): the yearly
 * 《国务院办公厅关于YYYY年部分节假日安排的通知》, or a one-off notice that adds, revises or extends a
 * holiday. Add it to a calendar with {@link WorkingDayCalendarBuilder#addNotice(HolidayNotice)}:
 *
 * <pre>{@code
 * HolidayNotice notice = HolidayNotice.parse(text);   // the notice as published
 * WorkingDayCalendar calendar = ChinaCalendars.official().toBuilder().addNotice(notice).build();
 * }</pre>
 *
 * <p>{@link #parse(String)} reads every form the notices have used since 2007: runs such as
 * {@code 10月1日至7日放假调休，共7天}, {@code 1月1日—3日放假}, {@code 2018年12月30日至2019年1月1日}
 * across years, {@code 6月2日放假，与周末连休}, {@code 4月5日放假，4月7日（星期一）补休}, {@code 1月1日（周三）放假1天，不调休};
 * make-up working days {@code 9月20日（周日）、10月10日（周六）上班}; combined {@code 中秋节、国庆节} items;
 * the detailed 2007–2009 form ({@code 其中……为法定节假日，……照常公休，……两个公休日调至……}), whose rest
 * days moved into the run become make-up working days; the 2015 commemoration notice, the 2019
 * revision of 劳动节 and the 2020 extension of 春节. Weekdays given in parentheses are checked
 * against the dates, and day counts against the runs.
 *
 * <p>Immutable and thread-safe; parsing is text in, values out (no I/O).
 */
public final class HolidayNotice {

  /** What a notice does to the calendar. */
  public enum Kind {
    /**
     * The yearly notice (部分节假日安排): it makes its year official and adds its days off and
     * make-up working days.
     */
    ANNUAL("部分节假日安排"),
    /**
     * A notice announcing a one-off national holiday (调休放假), such as the 2015 commemoration day:
     * it adds its days to a year already official.
     */
    ONE_OFF("调休放假"),
    /**
     * A notice replacing the arrangement of one holiday (调整假期安排), such as the 2019 劳动节
     * revision: the holiday's earlier days off and make-up working days are replaced by the new ones.
     */
    REVISION("调整假期安排"),
    /**
     * A notice extending a holiday (延长假期), such as the 2020 春节 extension: the days after the
     * holiday's run up to {@link #extendedThrough()} become days off, and make-up working days among
     * them are cancelled.
     */
    EXTENSION("延长假期");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /**
     * {@return the Chinese label, e.g. {@code 调整假期安排}}
     */
    public String label() {
      return label;
    }
  }

  private final String title;
  private final Kind kind;
  private final int year;
  private final Holiday amends;
  private final LocalDate extendedThrough;
  private final ImmutableSortedMap<LocalDate, Holiday> daysOff;
  private final ImmutableSortedMap<LocalDate, Holiday> makeUpWorkingDays;

  HolidayNotice(
      String title,
      Kind kind,
      int year,
      Holiday amends,
      LocalDate extendedThrough,
      SortedMap<LocalDate, Holiday> daysOff,
      SortedMap<LocalDate, Holiday> makeUpWorkingDays) {
    this.title = title;
    this.kind = kind;
    this.year = year;
    this.amends = amends;
    this.extendedThrough = extendedThrough;
    this.daysOff = ImmutableSortedMap.copyOfSorted(daysOff);
    this.makeUpWorkingDays = ImmutableSortedMap.copyOfSorted(makeUpWorkingDays);
  }

  /**
   * Reads a notice from its text, title first (e.g. {@code 国务院办公厅关于2027年部分节假日安排的通知}), then
   * the body as published: document number, addressees, lead-in, numbered items, closing paragraph
   * and signature. Full-width and half-width punctuation and digits are both accepted, spaces are
   * ignored, and an editorial note on a line of its own in {@code 【】} is skipped.
   *
   * <p>What the parser reads: the title (which kind of notice, its year, the holiday a revision,
   * extension or one-off notice is about) and every sentence of the numbered items (or, in a notice
   * without items, of its dated paragraphs). The lead-in before the first item, undated items
   * (instructions such as 推迟开学) and the undated closing paragraph carry no dates and are passed
   * over; a sentence that begins with 鼓励 (an encouragement, such as resting on 除夕 with paid
   * leave) changes no day and is passed over too. Every other clause must match one of the forms
   * listed on this class, or the notice is refused.
   *
   * @param text the notice's text
   * @return the notice
   * @throws InvalidNoticeException of kind {@link InvalidNoticeException.Kind#UNREADABLE} quoting
   *     the sentence no rule understands (or the title, if it is not a State Council notice's; or
   *     the start of a text longer than 100,000 characters, which no notice is), or
   *     of kind {@link InvalidNoticeException.Kind#CONTRADICTORY} quoting the sentence whose dates
   *     contradict the notice: a make-up working day inside a holiday run, a weekday listed as 上班
   *     (already a working day), a weekday in parentheses that is not the date's, a day count that is
   *     not the run's length, a date outside the notice's year (December of the year before
   *     excepted), a day given to two holidays
   */
  public static HolidayNotice parse(String text) {
    requireNonNull(text, "text");
    return NoticeParser.parse(text);
  }

  /**
   * {@return the title as the notice gives it, e.g. {@code 国务院办公厅关于2027年部分节假日安排的通知}}
   */
  public String title() {
    return title;
  }

  /**
   * {@return what the notice does: the yearly schedule, a one-off holiday, a revision, an extension}
   */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return the year the notice arranges, e.g. 2027 (its 元旦 may begin in December of the year before)}
   */
  public int year() {
    return year;
  }

  /**
   * {@return the holiday whose earlier arrangement a {@link Kind#REVISION} replaces or a {@link
   * Kind#EXTENSION} extends; empty for the other kinds}
   */
  public Optional<Holiday> amends() {
    return Optional.ofNullable(amends);
  }

  /** {@return the last day off of an {@link Kind#EXTENSION}; empty for the other kinds} */
  public Optional<LocalDate> extendedThrough() {
    return Optional.ofNullable(extendedThrough);
  }

  /**
   * Returns every day off the notice announces with its holiday (weekends inside a run included,
   * weekends that merely adjoin a day off not), in date order. Empty for an {@link Kind#EXTENSION},
   * whose days depend on the run it extends.
   *
   * @return an unmodifiable map
   */
  public SortedMap<LocalDate, Holiday> daysOff() {
    return daysOff;
  }

  /**
   * Returns every Saturday or Sunday the notice makes a working day (调休上班) with the holiday it
   * makes up for, in date order.
   *
   * @return an unmodifiable map
   */
  public SortedMap<LocalDate, Holiday> makeUpWorkingDays() {
    return makeUpWorkingDays;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof HolidayNotice other
        && title.equals(other.title)
        && kind == other.kind
        && year == other.year
        && Objects.equals(amends, other.amends)
        && Objects.equals(extendedThrough, other.extendedThrough)
        && daysOff.equals(other.daysOff)
        && makeUpWorkingDays.equals(other.makeUpWorkingDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, kind, year, amends, extendedThrough, daysOff, makeUpWorkingDays);
  }

  /** Returns the title with the number of days off and make-up working days. */
  @Override
  public String toString() {
    return title
        + " ["
        + kind.label()
        + ", "
        + daysOff.size()
        + " days off, "
        + makeUpWorkingDays.size()
        + " make-up working days"
        + (extendedThrough == null ? "" : ", extended through " + extendedThrough)
        + "]";
  }
}
