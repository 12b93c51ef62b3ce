package dev.disclosure.calendar;

import static dev.disclosure.calendar.InvalidNoticeException.Kind.CONTRADICTORY;
import static dev.disclosure.calendar.InvalidNoticeException.Kind.UNREADABLE;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the text of a State Council holiday notice into a {@link HolidayNotice} (CAL-11): see
 * {@link HolidayNotice#parse(String)} for the forms it reads. Each clause of an item is matched, with
 * its dates replaced by {@code @}, against a small grammar; whatever matches none is refused.
 */
final class NoticeParser {

  /**
   * The longest text read: a notice is a page (the longest since 2007, 2009's, has about 1,000 characters);
   * anything longer is not a notice and is refused at once.
   */
  static final int MAX_LENGTH = 100_000;

  private static final Pattern TITLE = Pattern.compile("^国务院(?:办公厅)?关于(.+)的通知$");
  private static final Pattern ANNUAL_TITLE = Pattern.compile("^(\\d{4})年部分节假日安排$");
  private static final Pattern REVISION_TITLE = Pattern.compile("^调整(\\d{4})年(.+?)假期安排$");
  private static final Pattern EXTENSION_TITLE = Pattern.compile("^延长(\\d{4})年(.+?)假期$");
  private static final Pattern ONE_OFF_TITLE = Pattern.compile("^(.+?)(?:调休)?放假$");

  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^国(?:办)?发(?:明电)?〔\\d{4}〕\\d+号$");
  private static final Pattern SIGNER = Pattern.compile("^国务院(?:办公厅)?$");
  private static final Pattern SIGNING_DATE =
      Pattern.compile("^[0-9〇○零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$");
  private static final Pattern ADDRESSEES = Pattern.compile("^各.*：$");
  private static final Pattern EDITORIAL_NOTE = Pattern.compile("^【[^【】]*】$");
  private static final Pattern ITEM = Pattern.compile("^[一二三四五六七八九十]+、(.*)$");
  private static final Pattern ANY_YEAR = Pattern.compile("(\\d{4})年");

  /** A date: optional year, optional month, day, and an optional note in parentheses right after it. */
  private static final Pattern DATE =
      Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(（[^（）]*）)?");
  private static final Pattern WEEKDAY = Pattern.compile("(?:星期|周)([一二三四五六日天])");
  private static final Pattern DASH_BETWEEN_DATES = Pattern.compile("(日(?:（[^（）]*）)?)[—–－\\-~～]+(?=\\d)");

  // the grammar of a clause, its dates replaced by @
  private static final Pattern RUN =
      Pattern.compile("^(?:其中)?@(至@)?(?:全国)?(?:调休)?放假(?:调休|公休)*(?:(\\d{1,3})天)?$");
  private static final Pattern COUNT = Pattern.compile("^共(\\d{1,3})天$");
  private static final Pattern WORK = Pattern.compile("^(?:其中)?@(?:、@)*上班$");
  private static final Pattern RESUME = Pattern.compile("^@起正常上班$");
  private static final Pattern IN_LIEU = Pattern.compile("^@(?:、@)*补休$");
  private static final Pattern MOVE =
      Pattern.compile(
          "^将?@(?:、@)*(?:[两二三四五六七八九十\\d]+个)?公休日(?:及\\p{IsHan}{1,8}?)?(?:分别)?调至@(?:、@)*$");
  private static final Pattern USUAL_REST = Pattern.compile("^@(?:、@)*(?:照常公休|为公休日)$");
  private static final Pattern STATUTORY =
      Pattern.compile("^(?:其中)?@(?:、@)*为\\p{IsHan}{0,8}?法定节?假日$");
  private static final Pattern SHIFTED = Pattern.compile("^@(?:、@)*调休$");
  private static final Pattern ADJOINS_WEEKEND = Pattern.compile("^与周末连休$");
  private static final Pattern NO_SHIFT = Pattern.compile("^不调休$");
  private static final Pattern EXTEND = Pattern.compile("^延长(?:\\d{4}年)?\\p{IsHan}+?假期至@$");
  /** Words that change days: a clause without dates that holds one is not mere narrative. */
  private static final Pattern SCHEDULE_WORD = Pattern.compile("放假|休|上班|调|假期|延长|天|补");

  /** The names a notice gives the statutory holidays, longest first. */
  private static final Map<String, Holiday> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("国庆节、中秋节", Holiday.NATIONAL_DAY_AND_MID_AUTUMN);
    NAMES.put("中秋节、国庆节", Holiday.NATIONAL_DAY_AND_MID_AUTUMN);
    NAMES.put("五一国际劳动节", Holiday.LABOUR_DAY);
    NAMES.put("国际劳动节", Holiday.LABOUR_DAY);
    NAMES.put("劳动节", Holiday.LABOUR_DAY);
    NAMES.put("五一", Holiday.LABOUR_DAY);
    NAMES.put("十一", Holiday.NATIONAL_DAY);
    NAMES.put("国庆节", Holiday.NATIONAL_DAY);
    NAMES.put("元旦", Holiday.NEW_YEARS_DAY);
    NAMES.put("春节", Holiday.SPRING_FESTIVAL);
    NAMES.put("清明节", Holiday.QINGMING_FESTIVAL);
    NAMES.put("端午节", Holiday.DRAGON_BOAT_FESTIVAL);
    NAMES.put("中秋节", Holiday.MID_AUTUMN_FESTIVAL);
  }

  /** The one-off national days a notice may announce, by the name in its title. */
  private static final List<Holiday> ONE_OFF_HOLIDAYS = List.of(Holiday.VICTORY_DAY_70TH_ANNIVERSARY);

  private final HolidayNotice.Kind kind;
  private final Holiday titleHoliday;
  private final int year;
  private final TreeMap<LocalDate, Holiday> daysOff = new TreeMap<>();
  private final TreeMap<LocalDate, Holiday> makeUp = new TreeMap<>();
  private LocalDate extendedThrough;
  private LocalDate resumesOn;
  private String extensionSentence;

  private NoticeParser(HolidayNotice.Kind kind, Holiday titleHoliday, int year) {
    this.kind = kind;
    this.titleHoliday = titleHoliday;
    this.year = year;
  }

  static HolidayNotice parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new InvalidNoticeException(
          UNREADABLE,
          text,
          "the text has " + text.length() + " characters; a notice has a few thousand, at most "
              + MAX_LENGTH + " are read");
    }
    List<String> paragraphs = new ArrayList<>();
    for (String line : normalise(text).split("\n", -1)) {
      if (!line.isEmpty() && !EDITORIAL_NOTE.matcher(line).matches()) {
        paragraphs.add(line);
      }
    }
    if (paragraphs.isEmpty()) {
      throw new InvalidNoticeException(
          UNREADABLE, "", "the text is empty; expected a title such as 国务院办公厅关于2027年部分节假日安排的通知 and the body");
    }
    String title = paragraphs.get(0);
    NoticeParser parser = forTitle(title, paragraphs);
    parser.body(paragraphs.subList(1, paragraphs.size()));
    return parser.notice(title);
  }

  /** Reads the title: which kind of notice, its year, its holiday. */
  private static NoticeParser forTitle(String title, List<String> paragraphs) {
    Matcher titled = TITLE.matcher(title);
    if (!titled.matches()) {
      throw new InvalidNoticeException(
          UNREADABLE,
          title,
          "the first line is not the title of a State Council notice (国务院办公厅关于YYYY年部分节假日安排的通知, or"
              + " 国务院(办公厅)关于……的通知 for a one-off, revising or extending notice)");
    }
    String subject = titled.group(1);
    Matcher m;
    if ((m = ANNUAL_TITLE.matcher(subject)).matches()) {
      return new NoticeParser(HolidayNotice.Kind.ANNUAL, null, Integer.parseInt(m.group(1)));
    }
    if ((m = REVISION_TITLE.matcher(subject)).matches()) {
      return new NoticeParser(
          HolidayNotice.Kind.REVISION, named(m.group(2), title), Integer.parseInt(m.group(1)));
    }
    if ((m = EXTENSION_TITLE.matcher(subject)).matches()) {
      return new NoticeParser(
          HolidayNotice.Kind.EXTENSION, named(m.group(2), title), Integer.parseInt(m.group(1)));
    }
    if ((m = ONE_OFF_TITLE.matcher(subject)).matches()) {
      String name = m.group(1);
      for (Holiday holiday : ONE_OFF_HOLIDAYS) {
        if (holiday.label().equals(name)) {
          return new NoticeParser(HolidayNotice.Kind.ONE_OFF, holiday, firstYear(paragraphs, title));
        }
      }
      throw new InvalidNoticeException(
          UNREADABLE,
          title,
          "the one-off holiday "
              + name
              + " is not one the library names; add its days with addHolidays(Holiday.national(…), …)");
    }
    throw new InvalidNoticeException(
        UNREADABLE,
        title,
        "the title announces neither a year's holidays (关于YYYY年部分节假日安排), a revision (关于调整YYYY年…假期安排),"
            + " an extension (关于延长YYYY年…假期) nor a one-off holiday (关于…放假)");
  }

  private static Holiday named(String name, String sentence) {
    Holiday holiday = NAMES.get(name);
    if (holiday == null) {
      throw new InvalidNoticeException(
          UNREADABLE, sentence, "no statutory holiday is named " + name + "; expected one of " + NAMES.keySet());
    }
    return holiday;
  }

  /** The year a notice without a year in its title speaks of: the first year its body names. */
  private static int firstYear(List<String> paragraphs, String title) {
    for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
      Matcher m = ANY_YEAR.matcher(paragraph);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    throw new InvalidNoticeException(UNREADABLE, title, "the notice names no year");
  }

  /** Reads the body: items are read, lead-in, instructions, closing and signature passed over. */
  private void body(List<String> paragraphs) {
    boolean hasItems = paragraphs.stream().anyMatch(p -> ITEM.matcher(p).matches());
    boolean itemsBegun = false;
    for (String paragraph : paragraphs) {
      if (DOCUMENT_NUMBER.matcher(paragraph).matches()
          || SIGNER.matcher(paragraph).matches()
          || SIGNING_DATE.matcher(paragraph).matches()
          || ADDRESSEES.matcher(paragraph).matches()) {
        continue;
      }
      Matcher item = ITEM.matcher(paragraph);
      boolean dated = DATE.matcher(paragraph).find();
      if (item.matches()) {
        itemsBegun = true;
        if (dated) {
          item(item.group(1));
        }
      } else if (!hasItems) {
        if (dated) {
          item(paragraph);
        }
      } else if (itemsBegun && dated) {
        throw new InvalidNoticeException(
            UNREADABLE, paragraph, "a paragraph after the numbered items gives dates outside any item");
      }
    }
    if (daysOff.isEmpty() && extendedThrough == null) {
      throw new InvalidNoticeException(
          UNREADABLE,
          paragraphs.isEmpty() ? "" : paragraphs.get(paragraphs.size() - 1),
          "the notice announces no day off");
    }
    if (kind == HolidayNotice.Kind.EXTENSION) {
      extension();
    } else if (extendedThrough != null) {
      throw new InvalidNoticeException(
          UNREADABLE, extensionSentence, "only a notice titled 关于延长YYYY年…假期 extends a holiday");
    }
  }

  private void extension() {
    if (extendedThrough == null) {
      throw new InvalidNoticeException(
          UNREADABLE, "", "an extension notice must say 延长YYYY年…假期至M月D日");
    }
    if (!daysOff.isEmpty() || !makeUp.isEmpty()) {
      throw new InvalidNoticeException(
          UNREADABLE, extensionSentence, "an extension notice announces no runs or make-up days of its own");
    }
    if (resumesOn != null) {
      for (LocalDate d = extendedThrough.plusDays(1); d.isBefore(resumesOn); d = d.plusDays(1)) {
        if (!isWeekend(d)) {
          throw new InvalidNoticeException(
              CONTRADICTORY,
              extensionSentence,
              "work resumes on " + resumesOn + " but the holiday is extended only through "
                  + extendedThrough + ", leaving the weekday " + d + " unaccounted for");
        }
      }
      if (!resumesOn.isAfter(extendedThrough)) {
        throw new InvalidNoticeException(
            CONTRADICTORY,
            extensionSentence,
            "work resumes on " + resumesOn + ", not after the extended holiday's last day " + extendedThrough);
      }
    }
  }

  /** One item: a holiday's arrangement. */
  private void item(String text) {
    String body = text.replaceAll("[“”\"「」‘’']", "");
    Holiday holiday = null;
    for (Map.Entry<String, Holiday> name : NAMES.entrySet()) {
      String rest = body.startsWith(name.getKey()) ? body.substring(name.getKey().length()) : null;
      if (rest != null && (rest.startsWith("：") || (!rest.isEmpty() && Character.isDigit(rest.charAt(0))))) {
        holiday = name.getValue();
        body = rest.startsWith("：") ? rest.substring(1) : rest;
        break;
      }
    }
    if (holiday == null) {
      holiday = titleHoliday;
    }
    if (holiday == null) {
      throw new InvalidNoticeException(
          UNREADABLE,
          sentences(body).get(0),
          "an item must begin with the holiday it arranges (元旦：, 春节：, …, 中秋节、国庆节：)");
    }
    new Item(holiday).read(body);
  }

  /** The arrangement of one holiday in one item. */
  private final class Item {
    final Holiday holiday;
    final TreeSet<LocalDate> off = new TreeSet<>();
    final TreeMap<LocalDate, String> work = new TreeMap<>();
    final List<Runnable> checks = new ArrayList<>();
    LocalDate runFirst;
    LocalDate runLast;
    LocalDate previous;
    boolean noShift;
    String noShiftSentence;

    Item(Holiday holiday) {
      this.holiday = holiday;
    }

    void read(String body) {
      for (String sentence : sentences(body)) {
        if (sentence.startsWith("鼓励")) {
          continue; // an encouragement changes no day
        }
        for (String clause : split(sentence, "，；：", sentence)) {
          clause(clause, sentence);
        }
      }
      checks.forEach(Runnable::run);
      if (noShift && !work.isEmpty()) {
        throw new InvalidNoticeException(
            CONTRADICTORY, noShiftSentence, "不调休 (no make-up days) but " + work.firstKey() + " is 上班");
      }
      for (LocalDate day : off) {
        Holiday other = daysOff.putIfAbsent(day, holiday);
        if (other != null && !other.equals(holiday)) {
          throw new InvalidNoticeException(
              CONTRADICTORY, body, day + " is a day off of both " + other.label() + " and " + holiday.label());
        }
      }
      for (Map.Entry<LocalDate, String> day : work.entrySet()) {
        Holiday other = makeUp.putIfAbsent(day.getKey(), holiday);
        if (other != null && !other.equals(holiday)) {
          throw new InvalidNoticeException(
              CONTRADICTORY,
              day.getValue(),
              day.getKey() + " is a make-up working day of both " + other.label() + " and " + holiday.label());
        }
      }
      for (Map.Entry<LocalDate, Holiday> day : makeUp.entrySet()) {
        Holiday run = daysOff.get(day.getKey());
        if (run != null) {
          throw new InvalidNoticeException(
              CONTRADICTORY,
              work.getOrDefault(day.getKey(), body),
              "make-up working day " + day.getKey() + " (上班) lies inside the run of days off of " + run.label());
        }
      }
    }

    void clause(String clause, String sentence) {
      List<LocalDate> dates = new ArrayList<>();
      String shape = shape(clause, sentence, dates);
      Matcher m;
      // an empty clause or a bare 其中 matches no rule and holds no schedule word: passed over below
      if ((m = RUN.matcher(shape)).matches()) {
        LocalDate first = dates.get(0);
        LocalDate last = m.group(1) == null ? first : dates.get(1);
        if (last.isBefore(first)) {
          throw new InvalidNoticeException(
              CONTRADICTORY, sentence, "the run " + first + ".." + last + " ends before it starts");
        }
        runFirst = first;
        runLast = last;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
          off.add(d);
        }
        if (m.group(2) != null) {
          count(Integer.parseInt(m.group(2)), sentence);
        }
      } else if ((m = COUNT.matcher(shape)).matches()) {
        if (runFirst == null) {
          throw new InvalidNoticeException(UNREADABLE, sentence, "a day count (共N天) before any run of days off");
        }
        count(Integer.parseInt(m.group(1)), sentence);
      } else if (WORK.matcher(shape).matches()) {
        for (LocalDate date : dates) {
          requireWeekend(date, "上班", sentence);
          work.put(date, sentence);
        }
      } else if (RESUME.matcher(shape).matches()) {
        resumesOn = dates.get(0);
      } else if (IN_LIEU.matcher(shape).matches()) {
        for (LocalDate date : dates) {
          if (isWeekend(date)) {
            throw new InvalidNoticeException(
                CONTRADICTORY, sentence, "a day off in lieu (补休) on " + date + ", a " + date.getDayOfWeek()
                    + "; a day in lieu is a weekday");
          }
          off.add(date);
        }
      } else if (MOVE.matcher(shape).matches()) {
        int moved = countDates(shape.substring(0, shape.indexOf("调至")));
        List<LocalDate> from = dates.subList(0, moved);
        List<LocalDate> to = dates.subList(moved, dates.size());
        for (LocalDate date : from) {
          requireWeekend(date, "公休日", sentence);
        }
        checks.add(() -> {
          for (LocalDate date : to) {
            requireInRun(date, "a rest day moved (调至) to " + date, sentence);
          }
          for (LocalDate date : from) {
            if (!off.contains(date)) {
              work.putIfAbsent(date, sentence); // its rest moved into the run: a make-up working day
            }
          }
        });
      } else if (USUAL_REST.matcher(shape).matches()) {
        for (LocalDate date : dates) {
          requireWeekend(date, "公休日", sentence);
        }
        checks.add(() -> dates.forEach(d -> requireInRun(d, "the rest day " + d, sentence)));
      } else if (STATUTORY.matcher(shape).matches() || SHIFTED.matcher(shape).matches()) {
        checks.add(() -> dates.forEach(d -> requireInRun(d, "the day off " + d, sentence)));
      } else if (ADJOINS_WEEKEND.matcher(shape).matches()) {
        if (runFirst == null) {
          throw new InvalidNoticeException(UNREADABLE, sentence, "与周末连休 before any day off");
        }
        DayOfWeek before = runFirst.getDayOfWeek();
        DayOfWeek after = runLast.getDayOfWeek();
        if (before != DayOfWeek.MONDAY && after != DayOfWeek.FRIDAY) {
          throw new InvalidNoticeException(
              CONTRADICTORY,
              sentence,
              "与周末连休 (joined to the weekend), but " + runFirst + ".." + runLast
                  + " neither begins on a Monday nor ends on a Friday");
        }
      } else if (NO_SHIFT.matcher(shape).matches()) {
        noShift = true;
        noShiftSentence = sentence;
      } else if (EXTEND.matcher(shape).matches()) {
        extendedThrough = dates.get(0);
        extensionSentence = sentence;
      } else if (dates.isEmpty() && (shape.contains("如下") || !SCHEDULE_WORD.matcher(shape).find())) {
        return; // a lead-in or narrative (purpose, background): no day in it
      } else {
        throw new InvalidNoticeException(
            UNREADABLE, sentence, "no rule reads the clause 「" + InvalidNoticeException.quote(clause) + "」");
      }
    }

    void count(int days, String sentence) {
      long length = runLast.toEpochDay() - runFirst.toEpochDay() + 1;
      if (length != days) {
        throw new InvalidNoticeException(
            CONTRADICTORY,
            sentence,
            "the run " + runFirst + ".." + runLast + " has " + length + " days, the notice says 共" + days + "天");
      }
    }

    void requireInRun(LocalDate date, String what, String sentence) {
      if (!off.contains(date)) {
        throw new InvalidNoticeException(
            CONTRADICTORY,
            sentence,
            what + " is not among the days off of " + holiday.label()
                + (off.isEmpty() ? " (the item announces none)" : " " + off.first() + ".." + off.last()));
      }
    }

    /**
     * Returns the clause with its dates replaced by {@code @}, adding the dates in order. A date
     * without a year takes the year that puts it nearest the date before it (so 12月29日 after
     * 2008年1月1日 is 2007-12-29), and the notice's own year when two years are equally near (a date
     * half a leap year from the one before it: 12月2日 after 2028年6月2日 is 2028-12-02, not
     * 2027-12-02); a day without a month takes the month of the date before it.
     */
    String shape(String clause, String sentence, List<LocalDate> dates) {
      StringBuilder shape = new StringBuilder();
      Matcher m = DATE.matcher(clause);
      int end = 0;
      while (m.find()) {
        shape.append(clause, end, m.start()).append('@');
        end = m.end();
        LocalDate date = date(m, sentence);
        if (m.group(4) != null) {
          Matcher weekday = WEEKDAY.matcher(m.group(4));
          if (weekday.find()) {
            int index = "一二三四五六日天".indexOf(weekday.group(1));
            DayOfWeek said = index >= 6 ? DayOfWeek.SUNDAY : DayOfWeek.of(index + 1);
            if (said != date.getDayOfWeek()) {
              throw new InvalidNoticeException(
                  CONTRADICTORY,
                  sentence,
                  date + " is a " + date.getDayOfWeek() + ", not " + weekday.group() + " as the notice says");
            }
          }
        }
        requireInYear(date, sentence);
        dates.add(date);
        previous = date;
      }
      shape.append(clause, end, clause.length());
      // a note in parentheses not attached to a date (e.g. 即农历…) says nothing about the days
      return shape.toString().replaceAll("（[^（）@]*）", "");
    }

    LocalDate date(Matcher m, String sentence) {
      int day = Integer.parseInt(m.group(3));
      try {
        if (m.group(2) == null) {
          if (m.group(1) != null || previous == null) {
            throw new InvalidNoticeException(
                UNREADABLE, sentence, "the day " + m.group() + " has no month (expected M月D日)");
          }
          if (day > previous.lengthOfMonth()) {
            throw new InvalidNoticeException(
                CONTRADICTORY, sentence, m.group() + " is not a day of " + YearMonth.from(previous));
          }
          return LocalDate.of(previous.getYear(), previous.getMonth(), day);
        }
        int month = Integer.parseInt(m.group(2));
        if (m.group(1) != null) {
          return LocalDate.of(Integer.parseInt(m.group(1)), month, day);
        }
        if (previous == null) {
          return LocalDate.of(year, month, day);
        }
        // the year nearest the date before it; a 29 February is placed by the 28th, so that in a
        // year without one it is refused as not a date of that year, not moved to a leap year
        int bestYear = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int y = previous.getYear() - 1; y <= previous.getYear() + 1; y++) {
          LocalDate first = LocalDate.of(y, Month.of(month), 1);
          LocalDate candidate = first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
          long distance = Math.abs(candidate.toEpochDay() - previous.toEpochDay());
          // equally near two years (183 days each way across a 29 February): the notice's year,
          // which is always one of the two
          if (distance < bestDistance || (distance == bestDistance && y == year)) {
            bestYear = y;
            bestDistance = distance;
          }
        }
        if (day > YearMonth.of(bestYear, month).lengthOfMonth()) {
          throw new InvalidNoticeException(
              CONTRADICTORY, sentence, m.group() + " is not a date of " + bestYear);
        }
        return LocalDate.of(bestYear, month, day);
      } catch (DateTimeException e) {
        throw new InvalidNoticeException(CONTRADICTORY, sentence, m.group() + " is not a date");
      }
    }

    /** A notice arranges its year; only 元旦's run may begin in the December before. */
    void requireInYear(LocalDate date, String sentence) {
      boolean inYear =
          date.getYear() == year
              || (date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER);
      if (!inYear) {
        throw new InvalidNoticeException(
            CONTRADICTORY,
            sentence,
            date + " lies outside the year the notice arranges, " + year + " (and the December before)");
      }
    }
  }

  private static void requireWeekend(LocalDate date, String what, String sentence) {
    if (!isWeekend(date)) {
      throw new InvalidNoticeException(
          CONTRADICTORY,
          sentence,
          date + " (" + what + ") is a " + date.getDayOfWeek()
              + ", already a working day; only a Saturday or Sunday can be made a working day or be a"
              + " weekend rest day (CAL-1)");
    }
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static int countDates(String shape) {
    return (int) shape.chars().filter(c -> c == '@').count();
  }

  private HolidayNotice notice(String title) {
    Holiday amends = kind == HolidayNotice.Kind.REVISION || kind == HolidayNotice.Kind.EXTENSION ? titleHoliday : null;
    if (kind == HolidayNotice.Kind.ANNUAL) {
      requireEveryStatutoryHoliday(title);
    }
    return new HolidayNotice(title, kind, year, amends, extendedThrough, daysOff, makeUp);
  }

  /**
   * A yearly notice arranges every holiday for all citizens of 《全国年节及纪念日放假办法》 of its year
   * ({@link HolidayLaw#holidays()}): 元旦, 春节, 劳动节 and 国庆节 until 2007; from 2008 (the 2007
   * revision) also 清明节, 端午节 and 中秋节. A
   * yearly notice without one of them is incomplete text (a paste cut short), never a year in which
   * the holiday is a working day.
   */
  private void requireEveryStatutoryHoliday(String title) {
    Set<Holiday> named = new LinkedHashSet<>();
    for (Holiday holiday : daysOff.values()) {
      if (holiday.equals(Holiday.NATIONAL_DAY_AND_MID_AUTUMN)) {
        named.add(Holiday.NATIONAL_DAY);
        named.add(Holiday.MID_AUTUMN_FESTIVAL);
      } else {
        named.add(holiday);
      }
    }
    List<Holiday> required = HolidayLaw.inForce(year).holidays();
    List<String> missing = new ArrayList<>();
    for (Holiday holiday : required) {
      if (!named.contains(holiday)) {
        missing.add(holiday.label());
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidNoticeException(
          CONTRADICTORY,
          title,
          "a yearly notice arranges every holiday for all citizens of 《全国年节及纪念日放假办法》 ("
              + required.stream().map(Holiday::label).collect(Collectors.joining("、"))
              + " in "
              + year
              + "), but this one gives no day off for "
              + String.join("、", missing)
              + "; paste the whole notice");
    }
  }

  /** The sentences of a paragraph, split at 。 outside parentheses. */
  private static List<String> sentences(String paragraph) {
    return split(paragraph, "。", paragraph);
  }

  /** Splits at any of the delimiters outside parentheses, dropping empty parts. */
  private static List<String> split(String text, String delimiters, String sentence) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '（') {
        depth++;
      } else if (c == '）') {
        depth--;
        if (depth < 0) {
          throw new InvalidNoticeException(UNREADABLE, sentence, "a closing parenthesis without its opening one");
        }
      } else if (depth == 0 && delimiters.indexOf(c) >= 0) {
        if (i > start) {
          parts.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    if (depth != 0) {
      throw new InvalidNoticeException(UNREADABLE, sentence, "a parenthesis is not closed");
    }
    if (start < text.length()) {
      parts.add(text.substring(start));
    }
    if (parts.isEmpty()) {
      parts.add(text);
    }
    return parts;
  }

  /**
   * Full-width digits to ASCII, ASCII punctuation to the full-width forms of official documents,
   * spaces dropped, a dash between dates read as 至.
   */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '０' && c <= '９') {
        out.append((char) ('0' + (c - '０')));
      } else if (c == '\r') {
        out.append('\n');
      } else if (c == '\n') {
        out.append(c);
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      } else {
        int ascii = ",:;()".indexOf(c);
        out.append(ascii >= 0 ? "，：；（）".charAt(ascii) : c);
      }
    }
    return DASH_BETWEEN_DATES.matcher(out).replaceAll("$1至");
  }
}
