package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How recorded findings read in a letter (REQ-10, REQ-12): the regulation named in Chinese, not the
 * library's identifier; English that names what the Chinese names. OGI_2019, handed in on Mon
 * 2025-03-03, due Mon 2025-03-31 (no holiday in March 2025).
 */
class RecordedRenderingTest {

  private static final LocalDate MON_2025_03_03 = LocalDate.of(2025, 3, 3);
  private static final String BUDGET = "2024年部门预算";
  private static final String MINUTES = "常务会议纪要";

  private static LocalDate march(int day) {
    return LocalDate.of(2025, 3, day);
  }

  private static RequestCase twoItems(RequestEvent... events) {
    Application application =
        new Application(
            "预算及会议纪要", "电子文档", new Submission.InPerson(MON_2025_03_03), List.of(BUDGET, MINUTES));
    return RequestCase.recorded(Regime.OGI_2019, OFFICIAL, ZHANG_SAN, application, List.of(events));
  }

  private static String english(List<Finding> findings) {
    return Language.ENGLISH.render(findings);
  }

  @Test
  @DisplayName(
      "REQ-12, REQ-5: an answer item by item names each item's row in English as in Chinese, and"
          + " an item left unanswered reads as English")
  void itemsInEnglish() {
    Answer disclosed = Answer.of(AnswerKind.DISCLOSED, "");
    Answer notHeld = Answer.of(AnswerKind.DOES_NOT_EXIST, "");
    RequestCase both =
        twoItems(
            new RequestEvent.ItemsAnswered(
                march(10), List.of(new ItemAnswer(BUDGET, disclosed), new ItemAnswer(MINUTES, notHeld))));
    String chinese = Language.CHINESE.render(both.status().findings());
    assertThat(chinese).contains("分项答复（2024年部门预算：予以公开；常务会议纪要：");
    String english = english(both.status().findings());
    assertThat(english)
        .contains("answered item by item (item 1 (as recorded): ")
        .contains("; item 2 (as recorded): ");
    assertThat(Phrase.hasChinese(english.replaceAll("（[^）]*）|《[^》]*》", ""))).isFalse();
    RequestCase one =
        twoItems(
            new RequestEvent.ItemsAnswered(march(10), List.of(new ItemAnswer(BUDGET, disclosed))));
    assertThat(english(one.status().breaches()))
        .contains("leaves items of the application unanswered (as recorded)")
        .doesNotContain("leaves as recorded");
  }

  @Test
  @DisplayName("REQ-10: days left in the reply period read as English")
  void daysLeftInEnglish() {
    RequestCase c = twoItems();
    assertThat(english(c.status().findingsOn(march(27))))
        .contains("within the reply period on 2025-03-27, with 2 working days left");
  }

  @Test
  @DisplayName(
      "REQ-7, REQ-2: a fee notice under OGI_2008 names the 2008 regulation in Chinese and cites"
          + " its 第二十七条 (cost fees only); OGI_2008 in English")
  void regulationNamedInChinese() {
    RequestCase c =
        RequestCase.recorded(
            Regime.OGI_2008,
            OFFICIAL,
            ZHANG_SAN,
            Fixtures.handedIn(LocalDate.of(2015, 3, 2)),
            List.of(new RequestEvent.FeeNotice(LocalDate.of(2015, 3, 5), new BigDecimal("100"))));
    List<Finding> breaches = c.status().breaches();
    assertThat(breaches).hasSize(1);
    assertThat(Language.CHINESE.render(breaches.get(0)))
        .isEqualTo(
            "[REQ-7 违反] 2015年3月5日发出收费通知，但《中华人民共和国政府信息公开条例》（2008年施行）不收取信息处理费"
                + "（依据《中华人民共和国政府信息公开条例》（国务院令第492号）第二十七条）");
    assertThat(Language.ENGLISH.render(breaches.get(0)))
        .startsWith("[REQ-7, broken] fee notice on 2015-03-05, but OGI_2008 charges no processing fee");
  }
}
