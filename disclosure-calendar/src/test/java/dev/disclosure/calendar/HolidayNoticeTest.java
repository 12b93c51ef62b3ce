package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The notice parser (CAL-11) on every State Council notice 2007–2026 and the one-off notices, kept
 * as test resources ({@code oracle/notices}, see {@code oracle/SOURCES.txt}): each year's notices
 * give exactly the embedded official schedule, names included.
 */
@DisplayName("CAL-11: the State Council's holiday notice as input")
class HolidayNoticeTest {

  /** The notices in force, each year's yearly notice first, then its one-off notices in date order. */
  private static final List<String> NOTICES =
      List.of(
          "2007", "2008", "2009", "2010", "2011", "2012", "2013", "2014", "2015",
          "2015-commemoration", "2016", "2017", "2018", "2019", "2019-labour-day-revision", "2020",
          "2020-spring-festival-extension", "2021", "2022", "2023", "2024", "2025", "2026");

  /**
   * An illustrative text in the form of the yearly notice (the 2027 notice has not been published):
   * the dates follow the 2025 principles, the weekdays are 2027's.
   */
  static final String NOTICE_2027 =
      """
      国务院办公厅关于2027年部分节假日安排的通知

      各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

      经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。

      一、元旦：1月1日（周五）至3日（周日）放假，共3天。

      二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。2月20日（周六）上班。

      三、清明节：4月3日（周六）至5日（周一）放假，共3天。

      四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。

      五、端午节：6月9日（周三）放假，共1天。

      六、中秋节：9月15日（周三）放假，共1天。

      七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。

      节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。

      国务院办公厅
      2026年11月4日
      """;

  /** Returns a notice's text as published: the resource without its header of sources. */
  static String notice(String name) {
    String file = resource(name);
    return file.substring(file.indexOf("\n\n") + 2);
  }

  private static String resource(String name) {
    try (InputStream in =
        HolidayNoticeTest.class.getResourceAsStream("oracle/notices/" + name + ".txt")) {
      assertThat(in).as("test resource oracle/notices/%s.txt", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> noticesOf(int year) {
    return NOTICES.stream().filter(n -> n.startsWith(String.valueOf(year))).toList();
  }

  /** Compares a calendar built from notices with the official one on the given days. */
  private static List<String> differences(WorkingDayCalendar parsed, Iterable<LocalDate> days) {
    List<String> differences = new ArrayList<>();
    for (LocalDate day : days) {
      CalendarDay expected = ChinaCalendars.official().dayOf(day);
      CalendarDay actual = parsed.dayOf(day);
      if (!expected.equals(actual)) {
        differences.add("official " + expected + ", parsed " + actual);
      }
    }
    return differences;
  }

  @Test
  @DisplayName(
      "CAL-11: for every year 2007-2026, its notices parsed give exactly the embedded schedule: every"
          + " day of the year and every day the notices name, holiday names included")
  void everyYearsNoticesGiveTheEmbeddedSchedule() {
    int years = 0;
    for (int year = ChinaOfficialSchedule.FIRST_YEAR; year <= ChinaOfficialSchedule.LAST_YEAR; year++) {
      WorkingDayCalendarBuilder builder = WorkingDayCalendar.builder().addOfficialYear(year - 1);
      TreeSet<LocalDate> days = new TreeSet<>();
      for (String name : noticesOf(year)) {
        HolidayNotice notice = HolidayNotice.parse(notice(name));
        assertThat(notice.year()).as(name).isEqualTo(year);
        builder.addNotice(notice);
        days.addAll(notice.daysOff().keySet());
        days.addAll(notice.makeUpWorkingDays().keySet());
      }
      LocalDate first = LocalDate.of(year, 1, 1);
      first.datesUntil(first.plusYears(1)).forEach(days::add);
      // the next year's notice may arrange the last days of December
      for (String name : noticesOf(year + 1)) {
        HolidayNotice next = HolidayNotice.parse(notice(name));
        days.removeAll(next.daysOff().keySet());
        days.removeAll(next.makeUpWorkingDays().keySet());
      }
      days.removeIf(d -> d.getYear() < ChinaOfficialSchedule.FIRST_YEAR);
      assertThat(differences(builder.build(), days)).as("notices of %d", year).isEmpty();
      years++;
    }
    assertThat(years).isEqualTo(20);
  }

  @Test
  @DisplayName(
      "CAL-11 property: all 23 notices, added in order to an empty builder, rebuild the official"
          + " calendar day by day for all 7,305 days")
  void allNoticesRebuildTheOfficialCalendar() {
    WorkingDayCalendarBuilder builder = WorkingDayCalendar.builder().addOfficialYear(2006);
    for (String name : NOTICES) {
      builder.addNotice(HolidayNotice.parse(notice(name)));
    }
    WorkingDayCalendar parsed = builder.build();
    List<LocalDate> days =
        LocalDate.of(2007, 1, 1).datesUntil(LocalDate.of(2027, 1, 1)).toList();
    assertThat(days).hasSize(7305);
    assertThat(differences(parsed, days)).isEmpty();
  }

  @Test
  @DisplayName(
      "CAL-11: the notices in ../shared/oracle/notices, where present, are the test resources and"
          + " parse alike (with CI=true they must be present)")
  void sharedNotices() throws IOException {
    Path shared =
        Paths.get(System.getProperty("disclosure.oracle.dir", "../../shared/oracle"))
            .resolve("notices")
            .toAbsolutePath()
            .normalize();
    boolean present = Files.isDirectory(shared);
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      assertThat(present).as("CI=true requires the notices at %s", shared).isTrue();
    }
    List<String> compared = new ArrayList<>();
    if (present) {
      try (Stream<Path> files = Files.list(shared)) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
          String text = Files.readString(file, StandardCharsets.UTF_8);
          assertThat(text).as(name).isEqualTo(resource(name));
          String body = text.substring(text.indexOf("\n\n") + 2);
          assertThat(HolidayNotice.parse(body)).as(name).isEqualTo(HolidayNotice.parse(notice(name)));
          compared.add(name);
        }
      }
    }
    assertThat(compared.stream().sorted().toList())
        .isEqualTo(present ? NOTICES.stream().sorted().toList() : List.of());
  }

  @Test
  @DisplayName("CAL-11: the 2026 notice read item by item, with the holiday of each day")
  void notice2026() {
    HolidayNotice notice = HolidayNotice.parse(notice("2026"));
    assertThat(notice.title()).isEqualTo("国务院办公厅关于2026年部分节假日安排的通知");
    assertThat(notice.kind()).isEqualTo(HolidayNotice.Kind.ANNUAL);
    assertThat(notice.amends()).isEmpty();
    assertThat(notice.extendedThrough()).isEmpty();
    assertThat(notice.daysOff()).hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7);
    assertThat(notice.daysOff().get(LocalDate.of(2026, 2, 15))).isEqualTo(Holiday.SPRING_FESTIVAL);
    assertThat(notice.daysOff().get(LocalDate.of(2026, 9, 27))).isEqualTo(Holiday.MID_AUTUMN_FESTIVAL);
    assertThat(notice.makeUpWorkingDays().keySet())
        .containsExactly(
            LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
    assertThat(notice.makeUpWorkingDays().get(LocalDate.of(2026, 9, 20))).isEqualTo(Holiday.NATIONAL_DAY);
    assertThat(notice)
        .hasToString("国务院办公厅关于2026年部分节假日安排的通知 [部分节假日安排, 33 days off, 6 make-up working days]");
  }

  @Test
  @DisplayName(
      "CAL-11: the forms of the notices: a run across years, 与周末连休 (the weekend not listed), 补休,"
          + " 放假1天，不调休, combined 中秋节、国庆节, and the 2008 form whose 公休日调至 makes the make-up days")
  void forms() {
    HolidayNotice n2019 = HolidayNotice.parse(notice("2019"));
    assertThat(n2019.daysOff().get(LocalDate.of(2018, 12, 30))).isEqualTo(Holiday.NEW_YEARS_DAY);
    assertThat(n2019.makeUpWorkingDays().get(LocalDate.of(2018, 12, 29))).isEqualTo(Holiday.NEW_YEARS_DAY);
    assertThat(n2019.daysOff().get(LocalDate.of(2019, 4, 5))).isEqualTo(Holiday.QINGMING_FESTIVAL);
    assertThat(n2019.daysOff()).doesNotContainKeys(LocalDate.of(2019, 4, 6), LocalDate.of(2019, 4, 7));

    HolidayNotice n2014 = HolidayNotice.parse(notice("2014"));
    assertThat(n2014.daysOff()).containsKeys(LocalDate.of(2014, 4, 5), LocalDate.of(2014, 4, 7));
    assertThat(n2014.daysOff()).doesNotContainKey(LocalDate.of(2014, 4, 6));

    HolidayNotice n2025 = HolidayNotice.parse(notice("2025"));
    assertThat(n2025.daysOff().get(LocalDate.of(2025, 1, 1))).isEqualTo(Holiday.NEW_YEARS_DAY);
    assertThat(n2025.daysOff().get(LocalDate.of(2025, 10, 6)))
        .isEqualTo(Holiday.NATIONAL_DAY_AND_MID_AUTUMN);
    assertThat(HolidayNotice.parse(notice("2012")).daysOff().get(LocalDate.of(2012, 9, 30)))
        .isEqualTo(Holiday.NATIONAL_DAY_AND_MID_AUTUMN);

    // 2008 国庆节: no 上班 sentence; 9月27日、28日 two rest days moved into the run are worked
    HolidayNotice n2008 = HolidayNotice.parse(notice("2008"));
    assertThat(n2008.makeUpWorkingDays().get(LocalDate.of(2008, 9, 27))).isEqualTo(Holiday.NATIONAL_DAY);
    assertThat(n2008.makeUpWorkingDays().get(LocalDate.of(2008, 9, 28))).isEqualTo(Holiday.NATIONAL_DAY);
    // a rest day moved inside its own run stays a day off (端午节 6月8日)
    assertThat(n2008.daysOff().get(LocalDate.of(2008, 6, 8))).isEqualTo(Holiday.DRAGON_BOAT_FESTIVAL);
    assertThat(n2008.makeUpWorkingDays().get(LocalDate.of(2007, 12, 29))).isEqualTo(Holiday.NEW_YEARS_DAY);
    // 2007: the notice reaches into 2006
    assertThat(HolidayNotice.parse(notice("2007")).makeUpWorkingDays())
        .containsKeys(LocalDate.of(2006, 12, 30), LocalDate.of(2006, 12, 31));
    // 2024: 鼓励……在除夕（2月9日）休息 is an encouragement, not a day off
    assertThat(HolidayNotice.parse(notice("2024")).daysOff()).doesNotContainKey(LocalDate.of(2024, 2, 9));
  }

  @Test
  @DisplayName(
      "CAL-11: the one-off notices: the 2015 commemoration day, the 2019 劳动节 revision replacing the"
          + " earlier arrangement, the 2020 春节 extension cancelling the make-up Saturday 2月1日")
  void oneOffNotices() {
    HolidayNotice victory = HolidayNotice.parse(notice("2015-commemoration"));
    assertThat(victory.kind()).isEqualTo(HolidayNotice.Kind.ONE_OFF);
    assertThat(victory.year()).isEqualTo(2015);
    assertThat(victory.daysOff().keySet())
        .containsExactly(LocalDate.of(2015, 9, 3), LocalDate.of(2015, 9, 4), LocalDate.of(2015, 9, 5));
    assertThat(victory.daysOff().values()).containsOnly(Holiday.VICTORY_DAY_70TH_ANNIVERSARY);
    assertThat(victory.makeUpWorkingDays()).containsOnlyKeys(LocalDate.of(2015, 9, 6));

    HolidayNotice revision = HolidayNotice.parse(notice("2019-labour-day-revision"));
    assertThat(revision.kind()).isEqualTo(HolidayNotice.Kind.REVISION);
    assertThat(revision.amends()).contains(Holiday.LABOUR_DAY);
    WorkingDayCalendar before =
        WorkingDayCalendar.builder()
            .addOfficialYear(2018)
            .addNotice(HolidayNotice.parse(notice("2019")))
            .build();
    assertThat(before.isWorkingDay(LocalDate.of(2019, 5, 2))).isTrue();
    WorkingDayCalendar revised = before.toBuilder().addNotice(revision).build();
    assertThat(revised.dayOf(LocalDate.of(2019, 5, 2)).holiday()).contains(Holiday.LABOUR_DAY);
    assertThat(revised.dayOf(LocalDate.of(2019, 5, 5)).kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);

    HolidayNotice extension = HolidayNotice.parse(notice("2020-spring-festival-extension"));
    assertThat(extension.kind()).isEqualTo(HolidayNotice.Kind.EXTENSION);
    assertThat(extension.extendedThrough()).contains(LocalDate.of(2020, 2, 2));
    assertThat(extension.daysOff()).isEmpty();
    WorkingDayCalendar extended =
        WorkingDayCalendar.builder()
            .addNotice(HolidayNotice.parse(notice("2020")))
            .addNotice(extension)
            .build();
    assertThat(extended.dayOf(LocalDate.of(2020, 2, 1)).toString())
        .isEqualTo("2020-02-01 法定节假日 春节假期延长");
    assertThat(extended.dayOf(LocalDate.of(2020, 1, 31)).holiday())
        .contains(Holiday.SPRING_FESTIVAL_2020_EXTENSION);
    assertThat(extended.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
    assertThatThrownBy(() -> WorkingDayCalendar.builder().addOfficialYear(2020).addNotice(extension).build())
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("extends 春节 through 2020-02-02, but the builder holds no day of that holiday");
  }

  @Test
  @DisplayName(
      "CAL-11/CAL-9: a pasted 2027 notice makes 2027 official, also on a calendar with an estimate,"
          + " whose later years stay provisional")
  void adding2027() {
    HolidayNotice notice = HolidayNotice.parse(NOTICE_2027);
    WorkingDayCalendar with2027 = ChinaCalendars.official().toBuilder().addNotice(notice).build();
    assertThat(with2027.coveredRange().getEndInclusive()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(with2027.dayOf(LocalDate.of(2027, 10, 9)).toString()).isEqualTo("2027-10-09 调休上班日 国庆节");
    assertThat(with2027.isWorkingDay(LocalDate.of(2027, 2, 11))).isFalse();
    assertThat(with2027.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));

    WorkingDayCalendar estimated =
        ChinaCalendars.officialWithEstimateThrough(2030).toBuilder().addNotice(notice).build();
    CalendarDay day = estimated.dayOf(LocalDate.of(2027, 2, 11));
    assertThat(day.isProvisional()).isFalse();
    assertThat(day.holiday()).contains(Holiday.SPRING_FESTIVAL);
    assertThat(estimated.dayOf(LocalDate.of(2028, 1, 3)).isProvisional()).isTrue();
    assertThat(estimated.toString()).isEqualTo("WorkingDayCalendar[official 2007..2027, estimate 2028..2030]");
    for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() == 2027; d = d.plusDays(1)) {
      assertThat(estimated.dayOf(d)).isEqualTo(with2027.dayOf(d));
    }

    WorkingDayCalendar estimatedThrough2027 =
        ChinaCalendars.officialWithEstimateThrough(2027).toBuilder().addNotice(notice).build();
    assertThat(estimatedThrough2027).isEqualTo(with2027);
  }

  @Test
  @DisplayName("CAL-11: the README's example, as written there (no closing paragraph, no signature)")
  void readmeExample() {
    String text =
        """
        国务院办公厅关于2027年部分节假日安排的通知
        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
        经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
        一、元旦：1月1日（周五）至3日（周日）放假，共3天。
        二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。2月20日（周六）上班。
        三、清明节：4月3日（周六）至5日（周一）放假，共3天。
        四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。
        五、端午节：6月9日（周三）放假，共1天。
        六、中秋节：9月15日（周三）放假，共1天。
        七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。
        """;
    HolidayNotice notice = HolidayNotice.parse(text);
    assertThat(notice).isEqualTo(HolidayNotice.parse(NOTICE_2027));
    WorkingDayCalendar with2027 =
        ChinaCalendars.officialWithEstimateThrough(2030).toBuilder().addNotice(notice).build();
    assertThat(with2027.dayOf(LocalDate.of(2027, 10, 9))).hasToString("2027-10-09 调休上班日 国庆节");
    assertThat(with2027).hasToString("WorkingDayCalendar[official 2007..2027, estimate 2028..2030]");
    assertThat(notice.makeUpWorkingDays()).hasSize(5);
    assertThatThrownBy(() -> HolidayNotice.parse(text.replace("10月9日（周六）上班", "10月8日上班")))
        .isInstanceOfSatisfying(
            InvalidNoticeException.class,
            e -> assertThat(e.kind()).isEqualTo(InvalidNoticeException.Kind.CONTRADICTORY))
        .hasMessageContaining("2027-10-08 (上班) is a FRIDAY, already a working day; ");
  }

  @Test
  @DisplayName(
      "CAL-11: adding any notice the official calendar already holds changes nothing (revision and"
          + " extension included); the 2007 notice's days of 2006 are outside it, and the 2020 notice's"
          + " make-up day cancelled by the extension conflicts: both reported")
  void sameNoticeTwice() {
    for (String name : NOTICES.subList(1, NOTICES.size())) {
      if (name.equals("2020")) {
        continue; // superseded in part by its extension: see below
      }
      WorkingDayCalendar again =
          ChinaCalendars.official().toBuilder().addNotice(HolidayNotice.parse(notice(name))).build();
      assertThat(again).as(name).isEqualTo(ChinaCalendars.official());
    }
    assertThatThrownBy(
            () -> ChinaCalendars.official().toBuilder().addNotice(HolidayNotice.parse(notice("2007"))).build())
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("2006-12-30 (调休上班日 元旦) is outside the official years 2007..2026");
    // the 2020 notice again, after its extension: its make-up Saturday 2月1日 is now a day off
    assertThatThrownBy(
            () -> ChinaCalendars.official().toBuilder().addNotice(HolidayNotice.parse(notice("2020"))).build())
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining(
            "2020-02-01 is given twice: as 法定节假日 春节假期延长 and as 调休上班日 春节; keep one of them");
  }

  private static String replaced(String target, String replacement) {
    String text = NOTICE_2027.replace(target, replacement);
    assertThat(text).as("the sample holds %s", target).isNotEqualTo(NOTICE_2027);
    return text;
  }

  @Test
  @DisplayName("CAL-11: text no rule understands is refused with the sentence quoted, never guessed")
  void unreadable() {
    assertThatThrownBy(() -> HolidayNotice.parse(replaced("9月26日（周日）、10月9日（周六）上班", "9月26日（周日）视情况上班")))
        .isInstanceOfSatisfying(
            InvalidNoticeException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(InvalidNoticeException.Kind.UNREADABLE);
              assertThat(e.sentence()).isEqualTo("9月26日（周日）视情况上班");
            })
        .hasMessage(
            "Unreadable holiday notice (CAL-11): no rule reads the clause 「9月26日（周日）视情况上班」,"
                + " in the sentence 「9月26日（周日）视情况上班」");
    assertThatThrownBy(() -> HolidayNotice.parse("关于2027年放假的说明\n一、元旦：1月1日放假。"))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("the first line is not the title of a State Council notice");
    assertThatThrownBy(() -> HolidayNotice.parse(" \n "))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("the text is empty");
    assertThatThrownBy(() -> HolidayNotice.parse(replaced("五、端午节：", "五、")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("an item must begin with the holiday it arranges");
    assertThatThrownBy(() -> HolidayNotice.parse(replaced("中秋节：9月15日（周三）放假", "重阳节：9月15日（周三）放假")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("in the sentence 「重阳节：9月15日（周三）放假，共1天」");
    assertThatThrownBy(
            () -> HolidayNotice.parse("国务院关于某纪念日调休放假的通知\n2027年9月3日全国放假1天。"))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("the one-off holiday 某纪念日 is not one the library names");
  }

  @Test
  @DisplayName(
      "CAL-11: a self-contradictory notice is refused with the reason: a make-up day inside a run, a"
          + " weekday listed as 上班, a wrong weekday, a wrong day count, a date outside the year")
  void contradictions() {
    assertThatThrownBy(() -> HolidayNotice.parse(replaced("10月9日（周六）上班", "10月2日（周六）上班")))
        .isInstanceOfSatisfying(
            InvalidNoticeException.class,
            e -> assertThat(e.kind()).isEqualTo(InvalidNoticeException.Kind.CONTRADICTORY))
        .hasMessageContaining("make-up working day 2027-10-02 (上班) lies inside the run of days off of 国庆节");
    assertThatThrownBy(() -> HolidayNotice.parse(replaced("10月9日（周六）上班", "10月8日上班")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("2027-10-08 (上班) is a FRIDAY, already a working day");
    assertThatThrownBy(() -> HolidayNotice.parse(replaced("10月9日（周六）", "10月9日（周日）")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("2027-10-09 is a SATURDAY, not 周日 as the notice says");
    assertThatThrownBy(() -> HolidayNotice.parse(replaced("共7天", "共8天")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("the run 2027-10-01..2027-10-07 has 7 days, the notice says 共8天");
    assertThatThrownBy(() -> HolidayNotice.parse(replaced("6月9日（周三）", "2029年6月9日")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("2029-06-09 lies outside the year the notice arranges, 2027");
    assertThatThrownBy(() -> HolidayNotice.parse(replaced("6月9日（周三）放假，共1天", "6月9日放假，与周末连休")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("neither begins on a Monday nor ends on a Friday");
    assertThatThrownBy(() -> HolidayNotice.parse(replaced("2月30日", "2月30日")))
        .isInstanceOf(AssertionError.class); // the sample has no 2月30日: the helper itself can fail
    assertThatThrownBy(() -> HolidayNotice.parse(replaced("12日（农历正月初七、周五）", "30日")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("30日 is not a day of 2027-02");
  }

  private static String changed(String name, String target, String replacement) {
    String text = notice(name);
    assertThat(text).as("%s holds %s", name, target).contains(target);
    return text.replace(target, replacement);
  }

  @Test
  @DisplayName(
      "CAL-11: the detailed 2007-2009 form and the one-off notices are checked too: rest days moved"
          + " outside the run, a 照常公休 weekday, a 法定节假日 outside the run, 不调休 with 上班, work"
          + " resuming after a weekday the extension leaves out, a day given to two holidays")
  void contradictionsInOtherForms() {
    assertThatThrownBy(
            () -> HolidayNotice.parse(changed("2008", "调至9月29日（星期一）、30日（星期二）", "调至10月8日（星期三）、9日（星期四）")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("a rest day moved (调至) to 2008-10-08 is not among the days off of 国庆节 2008-09-29..2008-10-05");
    assertThatThrownBy(
            () -> HolidayNotice.parse(changed("2008", "4月5日（星期六）、4月6日（星期日）照常公休", "4月3日（星期四）照常公休")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("2008-04-03 (公休日) is a THURSDAY, already a working day");
    assertThatThrownBy(
            () -> HolidayNotice.parse(changed("2008", "其中，1月1日（星期二）为法定节假日", "其中，1月2日（星期三）为法定节假日")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("the day off 2008-01-02 is not among the days off of 元旦");
    assertThatThrownBy(
            () -> HolidayNotice.parse(changed("2025", "1月1日（周三）放假1天，不调休。", "1月1日（周三）放假1天，不调休。1月4日（周六）上班。")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("不调休 (no make-up days) but 2025-01-04 is 上班");
    assertThatThrownBy(
            () -> HolidayNotice.parse(
                changed("2020-spring-festival-extension", "2月3日（星期一）起正常上班", "2月5日（星期三）起正常上班")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("leaving the weekday 2020-02-03 unaccounted for");
    assertThatThrownBy(() -> HolidayNotice.parse(replaced("9月15日（周三）放假，共1天", "10月1日（周五）放假，共1天")))
        .isInstanceOf(InvalidNoticeException.class)
        .hasMessageContaining("2027-10-01 is a day off of both 中秋节 and 国庆节");
    // a dash after a weekday note reads as 至
    assertThat(HolidayNotice.parse(replaced("1月1日（周五）至3日", "1月1日（周五）—3日")))
        .isEqualTo(HolidayNotice.parse(NOTICE_2027));
  }

  @Test
  @DisplayName("CAL-11: nothing of a refused notice reaches the builder")
  void nothingHalfAdded() {
    WorkingDayCalendarBuilder builder = ChinaCalendars.official().toBuilder();
    String bad = replaced("9月26日（周日）、10月9日（周六）上班", "9月26日（周日）、10月8日上班");
    assertThatThrownBy(() -> builder.addNotice(HolidayNotice.parse(bad)))
        .isInstanceOf(InvalidNoticeException.class);
    assertThat(builder.build()).isEqualTo(ChinaCalendars.official());
  }

  @Test
  @DisplayName(
      "CAL-11: a long unreadable sentence is quoted in at most 200 characters; a text longer than"
          + " 100,000 characters is refused at once")
  void longInput() {
    String sentence = "天".repeat(90_000);
    String text = "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日放假，" + sentence + "。";
    assertThatThrownBy(() -> HolidayNotice.parse(text))
        .isInstanceOfSatisfying(
            InvalidNoticeException.class,
            e -> {
              assertThat(e.getMessage()).hasSizeLessThan(600);
              assertThat(e.sentence()).hasSizeGreaterThan(90_000);
            });
    String huge = text + "天".repeat(1_000_000);
    assertThatThrownBy(() -> HolidayNotice.parse(huge))
        .isInstanceOfSatisfying(
            InvalidNoticeException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(InvalidNoticeException.Kind.UNREADABLE);
              assertThat(e.reason())
                  .isEqualTo("the text has 1090037 characters; a notice has a few thousand, at most 100000 are read");
              assertThat(e.getMessage()).hasSizeLessThan(600);
            });
  }

  @Test
  @DisplayName("CAL-11: nulls are refused by name; notices are equal by value")
  void contracts() {
    new NullPointerTester().testAllPublicStaticMethods(HolidayNotice.class);
    new NullPointerTester()
        .setDefault(HolidayNotice.class, HolidayNotice.parse(NOTICE_2027))
        .testAllPublicInstanceMethods(WorkingDayCalendar.builder());
    new EqualsTester()
        .addEqualityGroup(HolidayNotice.parse(NOTICE_2027), HolidayNotice.parse(NOTICE_2027.replace("，", ",")))
        .addEqualityGroup(HolidayNotice.parse(notice("2026")))
        .addEqualityGroup(HolidayNotice.parse(notice("2019-labour-day-revision")))
        .testEquals();
  }
}
