package dev.disclosure.calendar;

import static dev.disclosure.calendar.Fixtures.FRI_2026_10_30;
import static dev.disclosure.calendar.Fixtures.MON_2026_09_28;
import static dev.disclosure.calendar.Fixtures.MON_2026_10_12;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one renderer of findings: Chinese for letters, English with no Chinese in it. */
class LanguageTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final Citation ART_33 = SamplePeriods.ART_33;
  private static final LegalSource OGI_2019 = ART_33.source();

  /** Whether a string holds a Chinese character or CJK / full-width punctuation. */
  static boolean hasChinese(String text) {
    return text.codePoints()
        .anyMatch(
            c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || (c >= 0x3000 && c <= 0x303F)
                    || (c >= 0xFF00 && c <= 0xFFEF));
  }

  /** A deadline with every kind of fact, each with a reason recorded in Chinese. */
  private static Deadline everyFact() {
    return OFFICIAL
        .deadline(SamplePeriods.REPLY_2019, MON_2026_09_28)
        .withPause(Pause.of(MON_2026_10_12, LocalDate.of(2026, 10, 16), "征求第三方意见", ART_33))
        .withPause(Pause.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 25), "起算前的征求", ART_33))
        .withExtension(Extension.of(10, LocalDate.of(2026, 10, 20), "经负责人同意延长"))
        .withExtension(Extension.of(11, LocalDate.of(2026, 10, 21), "超出上限的延长"))
        .withExtension(Extension.of(5, LocalDate.of(2026, 12, 1), "逾期后的延长"))
        .withDeferral(
            Deferral.of(
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 21),
                "依法需经上级机关批准",
                RuleId.of("PRO-3"),
                ART_33))
        .withDeferral(
            Deferral.of(
                LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 12, 11),
                "迟到的事由",
                RuleId.of("PRO-3"),
                ART_33));
  }

  @Test
  @DisplayName("CAL-4: Chinese dates read 2026年10月30日 and provisions 《…》第三十三条")
  void chinese() {
    assertThat(Language.CHINESE.format(FRI_2026_10_30)).isEqualTo("2026年10月30日");
    assertThat(Language.CHINESE.format(LocalDate.of(2026, 1, 2))).isEqualTo("2026年1月2日");
    assertThat(Language.CHINESE.format(Quantity.of(20, PeriodUnit.WORKING_DAYS))).isEqualTo("20个工作日");
    assertThat(Language.CHINESE.reference(ART_33))
        .isEqualTo("《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条");
    assertThat(ART_33.toReference()).isEqualTo("依据《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条");
    Deadline deadline = OFFICIAL.deadline(SamplePeriods.REPLY_2019, MON_2026_09_28);
    assertThat(deadline.explain())
        .contains("2026年10月30日")
        .contains("《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条")
        .contains("《中华人民共和国民法典》第二百零一条")
        .doesNotContain("2026-10-30");
    assertThat(deadline.findings().get(0).toString()).isEqualTo(deadline.explain());
  }

  @Test
  @DisplayName("CAL-4: English dates read 2026-10-30 and provisions Art. 33")
  void english() {
    assertThat(Language.ENGLISH.format(FRI_2026_10_30)).isEqualTo("2026-10-30");
    assertThat(Language.ENGLISH.format(Quantity.of(20, PeriodUnit.WORKING_DAYS))).isEqualTo("20 working days");
    assertThat(Language.ENGLISH.format(Quantity.of(1, PeriodUnit.DAYS))).isEqualTo("1 day");
    assertThat(Language.ENGLISH.format(Quantity.of(25, Quantity.Unit.SESSIONS))).isEqualTo("25 sessions");
    assertThat(Language.CHINESE.format(Quantity.of(25, Quantity.Unit.SESSIONS))).isEqualTo("25期");
    assertThat(Language.ENGLISH.reference(ART_33))
        .isEqualTo("Regulations on Open Government Information (State Council Decree No. 711), Art. 33");
    assertThat(Language.ENGLISH.reference(CountingRules.CIVIL_CODE_ART_1259))
        .isEqualTo("Civil Code of the People's Republic of China, Art. 1259");
    Deadline deadline = OFFICIAL.deadline(SamplePeriods.REPLY_2019, MON_2026_09_28);
    assertThat(deadline.explain(Language.ENGLISH))
        .contains("2026-10-30")
        .contains("Art. 33")
        .contains("Art. 201")
        .doesNotContain("2026年");
  }

  @Test
  @DisplayName("CAL-7/CAL-8/REQ-6: English renderings of findings with Chinese reasons hold no Chinese")
  void englishHoldsNoChinese() {
    Deadline deadline = everyFact();
    assertThat(deadline.breaches()).hasSize(3);
    assertThat(deadline.explain()).contains("征求第三方意见").contains("依法需经上级机关批准");
    String english = deadline.explain(Language.ENGLISH);
    assertThat(hasChinese(english)).as(english).isFalse();
    assertThat(english).contains("as recorded");
    for (Finding finding : deadline.findings()) {
      assertThat(hasChinese(finding.render(Language.ENGLISH))).as(finding.render(Language.ENGLISH)).isFalse();
      assertThat(hasChinese(Language.ENGLISH.render(finding.what()))).isFalse();
    }
    Deadline restarted =
        deadline.withRestart(LocalDate.of(2026, 10, 22), "收到补正后的申请", ART_33)
            .withFixedDueDate(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 7), "确定合理期限", RuleId.of("REQ-4"), ART_33);
    assertThat(hasChinese(restarted.explain(Language.ENGLISH)))
        .as(restarted.explain(Language.ENGLISH))
        .isFalse();
  }

  @Test
  @DisplayName("CAL-4: a recorded reason is quoted in Chinese and shown as as-recorded in English")
  void recordedText() {
    Phrase phrase = Phrase.of("{0}延长（{1}）", "extended on {0}, reason {1}", FRI_2026_10_30, "需调取档案");
    assertThat(Language.CHINESE.render(phrase)).isEqualTo("2026年10月30日延长（需调取档案）");
    assertThat(Language.ENGLISH.render(phrase)).isEqualTo("extended on 2026-10-30, reason as recorded");
  }

  static Stream<Arguments> provisions() {
    return Stream.of(
        Arguments.of("第三十三条第二款", Optional.of("Art. 33, para. 2")),
        Arguments.of("第二百零一条", Optional.of("Art. 201")),
        Arguments.of("第一千二百五十九条", Optional.of("Art. 1259")),
        Arguments.of("第二十一条第（三）项", Optional.of("Art. 21, item (3)")),
        Arguments.of("第十条", Optional.of("Art. 10")),
        Arguments.of("第一百一十条", Optional.of("Art. 110")),
        Arguments.of("第33条", Optional.of("Art. 33")),
        // every kind of part (《立法法》's numbering: 编、章、节、条、款、项、目)
        Arguments.of("第三章第二节", Optional.of("Chapter 3, Section 2")),
        Arguments.of("第二十条第一款第（二）项第3目", Optional.of("Art. 20, para. 1, item (2), sub-item 3")),
        Arguments.of("第二篇", Optional.of("Part 2")),
        Arguments.of("第三部分", Optional.of("Part 3")),
        Arguments.of("第(3)项", Optional.of("item (3)")),
        // digits: each digit read, up to nine of them
        Arguments.of("第10条", Optional.of("Art. 10")),
        Arguments.of("第19条", Optional.of("Art. 19")),
        Arguments.of("第90条", Optional.of("Art. 90")),
        Arguments.of("第123456789条", Optional.of("Art. 123456789")),
        Arguments.of("第1234567890条", Optional.empty()),
        Arguments.of("第0条", Optional.empty()),
        // Chinese numerals in their standard form
        Arguments.of("第五条", Optional.of("Art. 5")),
        Arguments.of("第两条", Optional.of("Art. 2")),
        Arguments.of("第二十五条", Optional.of("Art. 25")),
        Arguments.of("第一百零五条", Optional.of("Art. 105")),
        Arguments.of("第一百〇五条", Optional.of("Art. 105")),
        Arguments.of("第一千零一条", Optional.of("Art. 1001")),
        Arguments.of("第一千二百条", Optional.of("Art. 1200")),
        Arguments.of("第一十条", Optional.of("Art. 10")),
        // and nothing else: no English is better than a wrong number
        Arguments.of("第三三条", Optional.empty()),
        Arguments.of("第十十条", Optional.empty()),
        Arguments.of("第一十二十条", Optional.empty()),
        Arguments.of("第一千百条", Optional.empty()),
        Arguments.of("第百条", Optional.empty()),
        Arguments.of("第一百十条", Optional.empty()),
        Arguments.of("第一百零十条", Optional.empty()),
        Arguments.of("第二百五条", Optional.empty()),
        Arguments.of("第一百零条", Optional.empty()),
        Arguments.of("第一百零零一条", Optional.empty()),
        Arguments.of("第零条", Optional.empty()),
        Arguments.of("第零一条", Optional.empty()),
        Arguments.of("第三十三条附件", Optional.empty()),
        Arguments.of("附件第三条", Optional.empty()),
        Arguments.of("依申请公开", Optional.empty()),
        Arguments.of("学校信息公开", Optional.empty()));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("provisions")
  @DisplayName("CAL-4: Chinese provisions in English: 第三十三条第二款 → Art. 33, para. 2; a heading → none")
  void englishProvision(String provision, Optional<String> english) {
    Citation citation = Citation.of(OGI_2019, provision, "条文");
    assertThat(citation.englishProvision()).isEqualTo(english);
    assertThat(Language.ENGLISH.reference(citation))
        .isEqualTo(OGI_2019.englishTitle() + english.map(text -> ", " + text).orElse(""));
    assertThat(Language.CHINESE.reference(citation)).isEqualTo(OGI_2019.title() + provision);
  }
}
