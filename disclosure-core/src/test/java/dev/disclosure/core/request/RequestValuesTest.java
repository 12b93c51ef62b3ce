package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.FRI_2026_10_16;
import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_10_19;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.request.Fixtures.WED_2026_09_30;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static dev.disclosure.core.request.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestEvent.Actor;
import dev.disclosure.core.request.RequestEvent.ConsultationSent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Request values as a caller compares and reads them: statuses equal exactly when their pending
 * consultations are the same (REQ-9), who acts in a step, the words of an electronic submission
 * (REQ-2) and of an answer item by item with its delivery (REQ-11, REQ-12).
 */
class RequestValuesTest {

  private static RequestCase consulting(Regime regime, ConsultationSent sent) {
    return open(regime, MON_2026_09_28).apply(sent);
  }

  @Test
  @DisplayName(
      "REQ-9: two cases consulting equal only with the same party, kind and day of receipt of each"
          + " pending consultation")
  void consultingStatuses() {
    ConsultationSent jia = new ConsultationSent(TUE_2026_09_29, Consulted.THIRD_PARTY, "甲公司");
    new EqualsTester()
        .addEqualityGroup(
            consulting(Regime.OGI_2019, jia).status(),
            consulting(
                    Regime.OGI_2019,
                    new ConsultationSent(TUE_2026_09_29, Consulted.THIRD_PARTY, "甲公司"))
                .status())
        .addEqualityGroup(
            consulting(
                    Regime.OGI_2019,
                    new ConsultationSent(TUE_2026_09_29, Consulted.THIRD_PARTY, "乙公司"))
                .status())
        .addEqualityGroup(
            consulting(
                    Regime.OGI_2019,
                    new ConsultationSent(TUE_2026_09_29, Consulted.CO_AGENCY, "甲公司"))
                .status())
        .addEqualityGroup(
            consulting(
                    Regime.OGI_2019,
                    new ConsultationSent(
                        TUE_2026_09_29, Consulted.THIRD_PARTY, "甲公司", WED_2026_09_30))
                .status())
        .testEquals();
    // the same consultation sent a day apart: equal states, different pending consultations
    RequestCase earlier =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(jia)
            .apply(new ConsultationSent(WED_2026_09_30, Consulted.THIRD_PARTY, "乙公司"));
    RequestCase later =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new ConsultationSent(TUE_2026_09_29, Consulted.THIRD_PARTY, "乙公司"))
            .apply(new ConsultationSent(WED_2026_09_30, Consulted.THIRD_PARTY, "甲公司"));
    assertThat(earlier.status().state()).isEqualTo(later.status().state());
    assertThat(earlier.status()).isNotEqualTo(later.status());
  }

  @Test
  @DisplayName("REQ-9: who acts in a step, in Chinese; an answer item by item is the agency's")
  void actors() {
    assertThat(Actor.AGENCY.label()).isEqualTo("行政机关");
    assertThat(Actor.APPLICANT.label()).isEqualTo("申请人");
    assertThat(Actor.CONSULTED_PARTY.label()).isEqualTo("被征求意见方");
    assertThat(Actor.ORDERING_BODY.label()).isEqualTo("行政复议机关或者人民法院");
    RequestEvent.ItemsAnswered answered =
        new RequestEvent.ItemsAnswered(
            FRI_2026_10_16, List.of(new ItemAnswer("预算", Answer.of(AnswerKind.DISCLOSED, ""))));
    assertThat(answered.actor()).isEqualTo(Actor.AGENCY);
  }

  @Test
  @DisplayName(
      "REQ-2: an electronic submission names its channel in English: the office's fax, or an"
          + " internet channel")
  void electronicChannels() {
    assertThat(receipt(new Submission.Electronic(true, MON_2026_09_28, MON_2026_09_28)))
        .isEqualTo(
            "sent by the office's fax on 2026-09-28 and confirmed by both sides that day; received"
                + " on 2026-09-28");
    assertThat(receipt(new Submission.Electronic(false, MON_2026_09_28, MON_2026_09_28)))
        .isEqualTo(
            "sent by an internet channel on 2026-09-28 and confirmed by both sides that day;"
                + " received on 2026-09-28");
    assertThat(receipt(new Submission.Electronic(true, MON_2026_09_28, WED_2026_09_30)))
        .isEqualTo(
            "sent by the office's fax on 2026-09-28, the day the system shows it submitted;"
                + " received on 2026-09-28 (confirmed by both sides 2026-09-30)");
    assertThat(receipt(new Submission.Electronic(false, MON_2026_09_28, WED_2026_09_30)))
        .isEqualTo(
            "sent by an internet channel on 2026-09-28, the day the system shows it submitted;"
                + " received on 2026-09-28 (confirmed by both sides 2026-09-30)");
  }

  private static String receipt(Submission submission) {
    return Language.ENGLISH.render(submission.phrase());
  }

  @Test
  @DisplayName(
      "REQ-11, REQ-12: an answer item by item delivered in person is judged on the day signed for,"
          + " and its row finding lists each item in order")
  void itemsAnsweredInPerson() {
    Application two =
        new Application(
            "预算及会议纪要", "纸质", new Submission.InPerson(MON_2026_09_28), List.of("预算", "会议纪要"));
    RequestCase c =
        RequestCase.open(Regime.OGI_2019, OFFICIAL, ZHANG_SAN, two)
            .apply(
                new RequestEvent.ItemsAnswered(
                    FRI_2026_10_16,
                    List.of(
                        new ItemAnswer("预算", Answer.of(AnswerKind.DISCLOSED, "")),
                        new ItemAnswer("会议纪要", Answer.of(AnswerKind.DOES_NOT_EXIST, ""))),
                    new Delivery.InPerson(MON_2026_10_19)));
    List<String> chinese =
        c.status().findings().stream().map(f -> f.render(Language.CHINESE)).toList();
    assertThat(chinese)
        .anySatisfy(
            text ->
                assertThat(text)
                    .startsWith("[REQ-11] 直接送达，以申请人签收之日2026年10月19日为期限计算时点"))
        .anySatisfy(
            text ->
                assertThat(text)
                    .startsWith(
                        "[REQ-12] 分项答复（预算：予以公开；会议纪要："
                            + OutcomeRow.UNAVAILABLE_NOT_HELD.label()
                            + "）：本申请计为1件，计入“部分公开”"));
    Finding delivered =
        c.status().findings().stream()
            .filter(f -> f.rule().id().equals("REQ-11"))
            .reduce((first, second) -> second)
            .orElseThrow();
    assertThat(delivered.dates()).containsExactly(MON_2026_10_19);
    assertThat(c.status().latenessOn(LocalDate.of(2026, 12, 1)).isLate()).isFalse();
  }
}
