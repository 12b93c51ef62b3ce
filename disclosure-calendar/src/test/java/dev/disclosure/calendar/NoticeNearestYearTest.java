package dev.disclosure.calendar;

import static dev.disclosure.calendar.HolidayNoticeTest.NOTICE_2027;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The year of a date written without one (CAL-11): the year that puts it nearest the date before
 * it, and the notice's own year when two are equally near. Two years are equally near only across
 * a 29 February, for a date 183 days each way from the one before it; no published notice has one,
 * but a notice that does is still read one way. The texts follow the form of 国办发明电〔2019〕3号
 * (调整2019年劳动节假期安排) with other dates, and the illustrative 2027 notice of {@link
 * HolidayNoticeTest}.
 */
@DisplayName("CAL-11: the year of a date written without one")
class NoticeNearestYearTest {

  private static String revision(int year, String holiday, String item) {
    return "国务院办公厅关于调整" + year + "年" + holiday + "假期安排的通知\n\n"
        + "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n"
        + "经国务院批准，现将调整" + year + "年" + holiday + "放假安排通知如下。\n\n"
        + "一、" + item + "\n\n"
        + "二、" + holiday + "期间，要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，"
        + "确保人民群众祥和平安度过节日假期。\n\n"
        + "国务院办公厅\n"
        + (year - 1) + "年11月1日\n";
  }

  @Test
  @DisplayName(
      "CAL-11: 12月2日 after 2028年6月2日 is as near 2027-12-02 as 2028-12-02 (2028 has a 29"
          + " February): a 2028 notice means 2028-12-02, a Saturday made a working day")
  void tieInTheNoticeYearAfterTheDateBefore() {
    HolidayNotice notice =
        HolidayNotice.parse(
            revision(2028, "端午节", "2028年6月2日（星期五）放假，共1天。12月2日（星期六）上班。"));
    assertThat(notice.daysOff()).containsOnlyKeys(LocalDate.of(2028, 6, 2));
    assertThat(notice.makeUpWorkingDays()).containsOnlyKeys(LocalDate.of(2028, 12, 2));
  }

  @Test
  @DisplayName(
      "CAL-11: 4月3日 after 2027年10月3日 is as near 2027-04-03 as 2028-04-03 (2028 has a 29"
          + " February): a 2027 notice means 2027-04-03, a Saturday made a working day")
  void tieInTheNoticeYearBeforeTheDateBefore() {
    HolidayNotice notice =
        HolidayNotice.parse(
            revision(2027, "国庆节", "2027年10月1日至3日放假，共3天。4月3日（星期六）上班。"));
    assertThat(notice.daysOff())
        .containsOnlyKeys(
            LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 2), LocalDate.of(2027, 10, 3));
    assertThat(notice.makeUpWorkingDays()).containsOnlyKeys(LocalDate.of(2027, 4, 3));
  }

  @Test
  @DisplayName(
      "CAL-11: without a tie the nearest year wins over the notice's own: 12月27日 after 元旦's run"
          + " 1月1日至3日 of 2027 is 2026-12-27, the Sunday before, not 2027-12-27")
  void nearestBeforeTheNoticeYear() {
    HolidayNotice notice =
        HolidayNotice.parse(
            NOTICE_2027.replace(
                "一、元旦：1月1日（周五）至3日（周日）放假，共3天。",
                "一、元旦：1月1日（周五）至3日（周日）放假，共3天。12月27日（周日）上班。"));
    assertThat(notice.makeUpWorkingDays()).containsEntry(LocalDate.of(2026, 12, 27), Holiday.NEW_YEARS_DAY);
    assertThat(notice.makeUpWorkingDays()).doesNotContainKey(LocalDate.of(2027, 12, 27));
  }
}
