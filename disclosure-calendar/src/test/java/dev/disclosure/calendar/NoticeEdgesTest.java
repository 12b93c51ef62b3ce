package dev.disclosure.calendar;

import static dev.disclosure.calendar.HolidayNoticeTest.NOTICE_2027;
import static dev.disclosure.calendar.InvalidNoticeException.Kind.CONTRADICTORY;
import static dev.disclosure.calendar.InvalidNoticeException.Kind.UNREADABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notice reader (CAL-11) at its edges: each refusal with its reason and sentence, and the
 * variants of form it reads as the same notice. The texts are the illustrative 2027 notice of
 * {@link HolidayNoticeTest} (2027's weekdays) with one sentence changed, and the 2020 extension
 * notice (国办发明电〔2020〕1号) shortened.
 */
@DisplayName("CAL-11: the holiday notice's edges")
class NoticeEdgesTest {

  private static final HolidayNotice PLAIN = HolidayNotice.parse(NOTICE_2027);
  private static final String EXTENSION_TITLE = "国务院办公厅关于延长2020年春节假期的通知\n";

  private static String replaced(String target, String replacement) {
    String text = NOTICE_2027.replace(target, replacement);
    assertThat(text).as("the sample holds %s", target).isNotEqualTo(NOTICE_2027);
    return text;
  }

  static Stream<Arguments> sameNotice() {
    return Stream.of(
        Arguments.of("a dated lead-in before the items", replaced("经国务院批准，", "经国务院批准，自2026年11月4日起，")),
        Arguments.of("an item without a colon after the holiday", replaced("三、清明节：4月3日", "三、清明节4月3日")),
        Arguments.of("full-width digits", replaced("四、劳动节：5月1日（周六）至5日（周三）", "四、劳动节：５月１日（周六）至５日（周三）")),
        Arguments.of("full-width 0 and 9", replaced("七、国庆节：10月1日（周五）至7日（周四）", "七、国庆节：１０月１日（周五）至７日（周四）").replace("10月9日（周六）", "１０月９日（周六）")),
        Arguments.of("Windows line ends", NOTICE_2027.replace("\n", "\r\n")),
        Arguments.of("old Mac line ends", NOTICE_2027.replace("\n", "\r")),
        Arguments.of("a tab, a no-break and an ideographic space", replaced("一、元旦：1月1日", "一、元旦：\t\u00A0\u30001月1日")),
        Arguments.of("a doubled comma", replaced("放假，共3天。\n\n四", "放假，，共3天。\n\n四")),
        Arguments.of("a doubled full stop", replaced("共3天。\n\n四", "共3天。。\n\n四")),
        Arguments.of("其中 before a statutory day inside the run", replaced("放假，共3天。\n\n四", "放假，共3天。其中，4月5日（周一）为法定节假日。\n\n四")),
        Arguments.of("a run's own day count 放假1天", replaced("6月9日（周三）放假，共1天", "6月9日（周三）放假1天")),
        Arguments.of("周天 for Sunday", replaced("1月1日（周五）至3日（周日）", "1月1日（周五）至3日（周天）")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sameNotice")
  @DisplayName("CAL-11: variants of form read as the same notice")
  void sameNotice(String what, String text) {
    assertThat(HolidayNotice.parse(text)).as(what).isEqualTo(PLAIN);
  }

  @Test
  @DisplayName("CAL-11: a text of 100,000 characters is read; one more is refused with its length")
  void length() {
    String padded = NOTICE_2027 + "\n".repeat(NoticeParser.MAX_LENGTH - NOTICE_2027.length());
    assertThat(padded).hasSize(100_000);
    assertThat(HolidayNotice.parse(padded)).isEqualTo(PLAIN);
    assertThatThrownBy(() -> HolidayNotice.parse(padded + "\n"))
        .isInstanceOfSatisfying(InvalidNoticeException.class, e -> assertThat(e.kind()).isEqualTo(UNREADABLE))
        .hasMessageStartingWith(
            "Unreadable holiday notice (CAL-11): the text has 100001 characters; a notice has a few"
                + " thousand, at most 100000 are read");
  }

  @Test
  @DisplayName("CAL-11: a weekday in lieu (补休) is one more day off of its holiday")
  void dayInLieu() {
    HolidayNotice inLieu =
        HolidayNotice.parse(replaced("6月9日（周三）放假，共1天", "6月9日（周三）放假，6月10日（周四）补休"));
    assertThat(inLieu.daysOff()).containsEntry(LocalDate.of(2027, 6, 10), Holiday.DRAGON_BOAT_FESTIVAL);
    assertThat(inLieu.daysOff()).hasSize(PLAIN.daysOff().size() + 1);
  }

  @Test
  @DisplayName("CAL-11: a 元旦 run from the December before takes the nearest year for a date without one")
  void decemberBefore() {
    HolidayNotice notice =
        HolidayNotice.parse(
            replaced(
                "一、元旦：1月1日（周五）至3日（周日）放假，共3天。",
                "一、元旦：2026年12月31日（周四）至1月2日（周六）放假，共3天。"));
    assertThat(notice.daysOff().headMap(LocalDate.of(2027, 1, 3)))
        .containsOnlyKeys(
            LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2));
  }

  @Test
  @DisplayName("CAL-11: only a revising or extending notice amends a holiday; a one-off notice amends none")
  void amends() {
    HolidayNotice oneOff =
        HolidayNotice.parse(
            "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知\n"
                + "2015年9月3日全国放假1天。特作如下调休：9月3日至5日调休放假，共3天。"
                + "其中9月3日（星期四）放假，9月4日（星期五）调休，9月6日（星期日）上班。");
    assertThat(oneOff.amends()).isEmpty();
    assertThat(oneOff.daysOff()).hasSize(3);
    assertThat(PLAIN.amends()).isEmpty();
    HolidayNotice extension =
        HolidayNotice.parse(EXTENSION_TITLE + "一、延长2020年春节假期至2月2日（农历正月初九，星期日）。");
    assertThat(extension.amends()).contains(Holiday.SPRING_FESTIVAL);
    assertThat(extension.extendedThrough()).contains(LocalDate.of(2020, 2, 2));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            "a revision of a holiday the law does not name",
            "国务院办公厅关于调整2027年重阳节假期安排的通知\n一、10月9日放假。",
            UNREADABLE,
            "国务院办公厅关于调整2027年重阳节假期安排的通知",
            "no statutory holiday is named 重阳节; expected one of ["),
        Arguments.of(
            "a dated paragraph after the items",
            replaced("国务院办公厅\n2026", "另，1月4日（周一）照常上班。\n国务院办公厅\n2026"),
            UNREADABLE,
            "另，1月4日（周一）照常上班。",
            "a paragraph after the numbered items gives dates outside any item"),
        Arguments.of(
            "a title alone",
            "国务院办公厅关于2027年部分节假日安排的通知",
            UNREADABLE,
            "",
            "the notice announces no day off"),
        Arguments.of(
            "a body without a day off",
            "国务院办公厅关于2027年部分节假日安排的通知\n各省、自治区、直辖市人民政府：\n节假日期间，各地区要妥善安排好值班工作。",
            UNREADABLE,
            "节假日期间，各地区要妥善安排好值班工作。",
            "the notice announces no day off"),
        Arguments.of(
            "an extension inside a yearly notice",
            replaced("2月20日（周六）上班。", "2月20日（周六）上班，延长春节假期至2月14日。"),
            UNREADABLE,
            "2月20日（周六）上班，延长春节假期至2月14日",
            "only a notice titled 关于延长YYYY年…假期 extends a holiday"),
        Arguments.of(
            "an extension notice that extends nothing",
            EXTENSION_TITLE + "一、2020年1月31日（星期五）至2月2日（星期日）放假。",
            UNREADABLE,
            "",
            "an extension notice must say 延长YYYY年…假期至M月D日"),
        Arguments.of(
            "an extension notice with a run of its own",
            EXTENSION_TITLE
                + "一、延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。1月31日（星期五）放假。",
            UNREADABLE,
            "延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班",
            "an extension notice announces no runs or make-up days of its own"),
        Arguments.of(
            "an extension notice with a make-up day of its own",
            EXTENSION_TITLE + "一、延长2020年春节假期至2月2日（农历正月初九，星期日），2月1日（星期六）上班。",
            UNREADABLE,
            "延长2020年春节假期至2月2日（农历正月初九，星期日），2月1日（星期六）上班",
            "an extension notice announces no runs or make-up days of its own"),
        Arguments.of(
            "an item whose holiday is followed by neither a colon nor a date",
            replaced("一、元旦：1月1日", "一、元旦假期：1月1日"),
            UNREADABLE,
            "元旦假期：1月1日（周五）至3日（周日）放假，共3天",
            "an item must begin with the holiday it arranges"),
        Arguments.of(
            "work resuming on the extension's last day",
            EXTENSION_TITLE + "一、延长2020年春节假期至2月2日（农历正月初九，星期日），2月2日（星期日）起正常上班。",
            CONTRADICTORY,
            "延长2020年春节假期至2月2日（农历正月初九，星期日），2月2日（星期日）起正常上班",
            "work resumes on 2020-02-02, not after the extended holiday's last day 2020-02-02"),
        Arguments.of(
            "a closing parenthesis without its opening one",
            replaced("共3天。\n\n四", "共3天）。\n\n四"),
            UNREADABLE,
            "4月3日（周六）至5日（周一）放假，共3天）。",
            "a closing parenthesis without its opening one"),
        Arguments.of(
            "a parenthesis left open",
            replaced("共3天。\n\n四", "共（3天。\n\n四"),
            UNREADABLE,
            "4月3日（周六）至5日（周一）放假，共（3天。",
            "a parenthesis is not closed"),
        Arguments.of(
            "one make-up day for two holidays",
            replaced("9月26日（周日）、10月9日（周六）上班", "9月26日（周日）、10月9日（周六）、5月8日（周六）上班"),
            CONTRADICTORY,
            "9月26日（周日）、10月9日（周六）、5月8日（周六）上班",
            "2027-05-08 is a make-up working day of both 劳动节 and 国庆节"),
        Arguments.of(
            "a run that ends before it starts",
            replaced("10月1日（周五）至7日（周四）", "10月7日（周四）至1日（周五）"),
            CONTRADICTORY,
            "10月7日（周四）至1日（周五）放假调休，共7天",
            "the run 2027-10-07..2027-10-01 ends before it starts"),
        Arguments.of(
            "a run's own day count that is wrong",
            replaced("6月9日（周三）放假，共1天", "6月9日（周三）放假2天"),
            CONTRADICTORY,
            "6月9日（周三）放假2天",
            "the run 2027-06-09..2027-06-09 has 1 days, the notice says 共2天"),
        Arguments.of(
            "a day count before the run",
            replaced("三、清明节：4月3日（周六）至5日（周一）放假，共3天。", "三、清明节：共3天，4月3日（周六）至5日（周一）放假。"),
            UNREADABLE,
            "共3天，4月3日（周六）至5日（周一）放假",
            "a day count (共N天) before any run of days off"),
        Arguments.of(
            "a day in lieu on a Saturday",
            replaced("6月9日（周三）放假，共1天", "6月9日（周三）放假，6月12日（周六）补休"),
            CONTRADICTORY,
            "6月9日（周三）放假，6月12日（周六）补休",
            "a day off in lieu (补休) on 2027-06-12, a SATURDAY; a day in lieu is a weekday"),
        Arguments.of(
            "a weekday's rest moved",
            replaced("6月9日（周三）放假，共1天", "6月9日（周三）放假，6月10日（周四）公休日调至6月9日（周三）"),
            CONTRADICTORY,
            "6月9日（周三）放假，6月10日（周四）公休日调至6月9日（周三）",
            "2027-06-10 (公休日) is a THURSDAY, already a working day"),
        Arguments.of(
            "a usual rest day outside the run",
            replaced("放假，共3天。\n\n四", "放假，共3天。4月10日（周六）照常公休。\n\n四"),
            CONTRADICTORY,
            "4月10日（周六）照常公休",
            "the rest day 2027-04-10 is not among the days off of 清明节 2027-04-03..2027-04-05"),
        Arguments.of(
            "与周末连休 before any day off",
            replaced("三、清明节：4月3日（周六）至5日（周一）放假，共3天。", "三、清明节：与周末连休，4月3日（周六）至5日（周一）放假。"),
            UNREADABLE,
            "与周末连休，4月3日（周六）至5日（周一）放假",
            "与周末连休 before any day off"),
        Arguments.of(
            "a statutory day in an item without a run",
            replaced("三、清明节：4月3日（周六）至5日（周一）放假，共3天。", "三、清明节：4月5日（周一）为法定节假日。"),
            CONTRADICTORY,
            "4月5日（周一）为法定节假日",
            "the day off 2027-04-05 is not among the days off of 清明节 (the item announces none)"),
        Arguments.of(
            "a day without a month first in its item",
            replaced("三、清明节：4月3日（周六）至5日（周一）", "三、清明节：3日（周六）至5日（周一）"),
            UNREADABLE,
            "3日（周六）至5日（周一）放假，共3天",
            "the day 3日（周六） has no month (expected M月D日)"),
        Arguments.of(
            "a year and a day without a month",
            replaced("三、清明节：4月3日（周六）至5日（周一）", "三、清明节：2027年3日（周六）至4月5日（周一）"),
            UNREADABLE,
            "2027年3日（周六）至4月5日（周一）放假，共3天",
            "the day 2027年3日（周六） has no month (expected M月D日)"),
        Arguments.of(
            "2月30日",
            replaced("2月20日（周六）上班", "2月30日上班"),
            CONTRADICTORY,
            "2月30日上班",
            "2月30日 is not a date"),
        Arguments.of(
            "2月29日 in a year that has none: refused as not a date of the nearest year, 2027, not"
                + " moved to 2028's",
            replaced("2月20日（周六）上班", "2月29日上班"),
            CONTRADICTORY,
            "2月29日上班",
            "2月29日 is not a date of 2027"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  @DisplayName("CAL-11: a notice no rule reads, or one that contradicts itself, is refused with the sentence and why")
  void refused(
      String what, String text, InvalidNoticeException.Kind kind, String sentence, String reason) {
    assertThatThrownBy(() -> HolidayNotice.parse(text))
        .as(what)
        .isInstanceOfSatisfying(
            InvalidNoticeException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.sentence()).isEqualTo(sentence);
              assertThat(e.getMessage())
                  .startsWith(
                      (kind == UNREADABLE
                              ? "Unreadable holiday notice (CAL-11): "
                              : "Self-contradictory holiday notice (CAL-11): ")
                          + reason);
            });
  }
}
