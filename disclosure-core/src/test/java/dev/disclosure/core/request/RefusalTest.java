package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.FRI_2015_10_09;
import static dev.disclosure.core.request.Fixtures.FRI_2015_11_13;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_09;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_16;
import static dev.disclosure.core.request.Fixtures.FRI_2026_10_30;
import static dev.disclosure.core.request.Fixtures.FRI_2026_11_13;
import static dev.disclosure.core.request.Fixtures.FRI_2026_11_27;
import static dev.disclosure.core.request.Fixtures.MON_2015_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2015_10_12;
import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_10_12;
import static dev.disclosure.core.request.Fixtures.MON_2026_11_02;
import static dev.disclosure.core.request.Fixtures.THU_2026_10_15;
import static dev.disclosure.core.request.Fixtures.TUE_2015_09_29;
import static dev.disclosure.core.request.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.request.Fixtures.TUE_2026_10_13;
import static dev.disclosure.core.request.Fixtures.WED_2026_09_30;
import static dev.disclosure.core.request.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.request.RequestEvent.Answered;
import dev.disclosure.core.request.RequestEvent.ConsultationSent;
import dev.disclosure.core.request.RequestEvent.Consulted;
import dev.disclosure.core.request.RequestEvent.CorrectionAsked;
import dev.disclosure.core.request.RequestEvent.FeeNotice;
import dev.disclosure.core.request.RequestEvent.LongerPeriodSet;
import dev.disclosure.core.request.RequestEvent.ReasonsAsked;
import dev.disclosure.core.request.RequestEvent.ReasonsGiven;
import dev.disclosure.core.request.RequestEvent.Withdrawn;
import java.math.BigDecimal;
import dev.disclosure.calendar.Finding;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Steps the rules do not allow are refused with state, step and rule; the case is unchanged. */
class RefusalTest {

  private static final Answer DISCLOSED = Answer.of(AnswerKind.DISCLOSED, "");

  @Test
  @DisplayName("REQ-9: a step dated before the previous one is refused")
  void backwardsInTime() {
    RequestCase c = open(Regime.OGI_2019, MON_2026_09_28).apply(new ReasonsAsked(FRI_2026_10_09));
    RefusedStepException refused = Refusals.of(c, new Withdrawn(WED_2026_09_30));
    assertThat(refused.rule()).isEqualTo(RuleId.of("REQ-9"));
    assertThat(refused)
        .hasMessageContaining("dated 2026-09-30 comes before the previous step ASK_REASONS on 2026-10-09");
    assertThat(
            Refusals.of(
                    open(Regime.OGI_2019, MON_2026_09_28), new Withdrawn(LocalDate.of(2026, 9, 27)))
                .rule())
        .isEqualTo(RuleId.of("REQ-9"));
  }

  @Test
  @DisplayName("REQ-9: nothing follows a closed case")
  void closedIsFinal() {
    RequestCase closed =
        open(Regime.OGI_2019, MON_2026_09_28).apply(new Answered(TUE_2026_09_29, DISCLOSED));
    RefusedStepException refused = Refusals.of(closed, new Withdrawn(WED_2026_09_30));
    assertThat(refused.state()).isEqualTo(CaseState.CLOSED);
    assertThat(refused).hasMessageContaining("已办结").hasMessageContaining("撤回申请");
  }

  @Test
  @DisplayName(
      "REQ-9: no answer while a consultation is pending; the opinion or silence comes first")
  void noAnswerWhileConsulting() {
    RequestCase consulting =
        open(Regime.OGI_2008, MON_2015_09_28)
            .apply(new ConsultationSent(TUE_2015_09_29, Consulted.THIRD_PARTY, "某公司"));
    RefusedStepException refused = Refusals.of(consulting, new Answered(FRI_2015_10_09, DISCLOSED));
    assertThat(refused.rule()).isEqualTo(RuleId.of("REQ-9"));
    assertThat(refused).hasMessageContaining("征求意见中");
  }

  @Test
  @DisplayName(
      "REQ-3: OGI_2008 has no consultation of other agencies (P-CO-AGENCY-2019), no processing fee"
          + " (REQ-7) and no excessive-request step")
  void regime2008LacksSteps() {
    RequestCase c = open(Regime.OGI_2008, MON_2015_09_28);
    assertThat(
            Refusals.of(c, new ConsultationSent(TUE_2015_09_29, Consulted.CO_AGENCY, "市财政局"))
                .rule())
        .isEqualTo(RuleId.of("REQ-3"));
    assertThat(Refusals.of(c, new FeeNotice(TUE_2015_09_29, BigDecimal.TEN)).rule())
        .isEqualTo(RuleId.of("REQ-7"));
    assertThat(Refusals.of(c, new ReasonsAsked(TUE_2015_09_29)).rule())
        .isEqualTo(RuleId.of("REQ-3"));
  }

  @Test
  @DisplayName(
      "REQ-4: UNRELATED_TO_NEEDS is an OGI_2008 answer only; REQ-3: special access OGI_2019 only")
  void answersByRegime() {
    RefusedStepException unrelated =
        Refusals.of(
            open(Regime.OGI_2019, MON_2026_09_28),
            new Answered(TUE_2026_09_29, Answer.of(AnswerKind.UNRELATED_TO_NEEDS, "")));
    assertThat(unrelated.rule()).isEqualTo(RuleId.of("REQ-4"));
    RefusedStepException special =
        Refusals.of(
            open(Regime.OGI_2008, MON_2015_09_28),
            new Answered(TUE_2015_09_29, Answer.of(AnswerKind.SPECIAL_STATUTORY_ACCESS, "")));
    assertThat(special.rule()).isEqualTo(RuleId.of("REQ-3"));
  }

  @Test
  @DisplayName("REQ-9: a second fee notice, a second correction notice are refused (一次性告知)")
  void onceOnly() {
    RequestCase paid =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new FeeNotice(TUE_2026_09_29, BigDecimal.TEN))
            .apply(new RequestEvent.FeePaid(WED_2026_09_30));
    assertThat(Refusals.of(paid, new FeeNotice(FRI_2026_10_09, BigDecimal.TEN)).rule())
        .isEqualTo(RuleId.of("REQ-9"));
    RequestCase corrected =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new RequestEvent.CorrectionAsked(TUE_2026_09_29, "文号", FRI_2026_10_09))
            .apply(new RequestEvent.CorrectionReceived(WED_2026_09_30));
    assertThat(
            Refusals.of(
                    corrected,
                    new RequestEvent.CorrectionAsked(MON_2026_10_12, "文号", FRI_2026_10_16))
                .rule())
        .isEqualTo(RuleId.of("P-CORRECTION-2019"));
  }

  @Test
  @DisplayName(
      "REQ-3, REQ-4, REQ-5: answers missing their required content or reason category are invalid"
          + " facts")
  void answerContent() {
    assertThatThrownBy(() -> Answer.of(AnswerKind.NOT_DISCLOSED, "涉及国家秘密"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-5");
    assertThatThrownBy(
            () -> new Answer(AnswerKind.NOT_DISCLOSED, " ", OutcomeRow.NOT_DISCLOSED_STATE_SECRET))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("理由");
    assertThatThrownBy(() -> Answer.of(AnswerKind.ALREADY_PUBLISHED, ""))
        .hasMessageContaining("获取方式");
    assertThatThrownBy(() -> Answer.of(AnswerKind.PARTIALLY_DISCLOSED, ""))
        .hasMessageContaining("不予公开的内容");
    assertThatThrownBy(() -> Answer.of(AnswerKind.NOT_THIS_AGENCYS, ""))
        .hasMessageContaining("联系方式");
    assertThatThrownBy(() -> new Answer(AnswerKind.DISCLOSED, "", OutcomeRow.OTHER))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-5");
    assertThat(Answer.rowsFor(AnswerKind.NOT_DISCLOSED)).hasSize(8);
  }

  @Test
  @DisplayName("REQ-1, REQ-2, REQ-6, REQ-8: events and applications check their own facts")
  void factsChecked() {
    assertThatThrownBy(() -> new Application(" ", "纸质", new Submission.InPerson(MON_2026_09_28)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-1");
    assertThatThrownBy(() -> new Submission.OrdinaryLetter(WED_2026_09_30, MON_2026_09_28))
        .hasMessageContaining("REQ-2");
    assertThatThrownBy(
            () ->
                new RequestEvent.ExtensionApproved(WED_2026_09_30, 5, "", WED_2026_09_30, "需调取档案"))
        .hasMessageContaining("REQ-6");
    assertThatThrownBy(() -> new FeeNotice(WED_2026_09_30, new BigDecimal("10.005")))
        .hasMessageContaining("REQ-8");
    assertThatThrownBy(() -> new FeeNotice(WED_2026_09_30, BigDecimal.ZERO))
        .hasMessageContaining("REQ-8");
    assertThat(new FeeNotice(WED_2026_09_30, new BigDecimal("200.0")).amountYuan().scale())
        .isEqualTo(2);
  }

  @Test
  @DisplayName(
      "REQ-4: a longer period is set only under OGI_2019 and only after the applicant gave reasons"
          + " for an excessive request")
  void longerPeriodNeedsReasons() {
    LongerPeriodSet set = new LongerPeriodSet(MON_2026_10_12, FRI_2026_11_27, "数量较大");
    RequestCase received = open(Regime.OGI_2019, MON_2026_09_28);
    RefusedStepException notAsked = Refusals.of(received, set);
    assertThat(notAsked.rule()).isEqualTo(RuleId.of("REQ-4"));
    assertThat(notAsked.state()).isEqualTo(CaseState.PROCESSING);
    assertThat(notAsked.step()).isEqualTo(Step.SET_LONGER_PERIOD);
    assertThat(notAsked).hasMessageContaining("确定延迟答复的合理期限");
    // While the reasons are awaited the step is not one of the state: the state check (REQ-9)
    // comes before the step's own rule, as for every step.
    RefusedStepException awaiting =
        Refusals.of(received.apply(new ReasonsAsked(WED_2026_09_30)), set);
    assertThat(awaiting.rule()).isEqualTo(RuleId.of("REQ-9"));
    assertThat(awaiting.state()).isEqualTo(CaseState.AWAITING_REASONS);
    assertThat(awaiting)
        .hasMessageContaining("待说明理由")
        .hasMessageEndingWith("allowed on 2026-10-12: [RECEIVE_REASONS, ANSWER, WITHDRAW]");
    LongerPeriodSet set2008 = new LongerPeriodSet(MON_2015_10_12, FRI_2015_11_13, "数量较大");
    assertThat(Refusals.of(open(Regime.OGI_2008, MON_2015_09_28), set2008).rule())
        .isEqualTo(RuleId.of("REQ-3"));
    assertThatThrownBy(() -> new LongerPeriodSet(MON_2026_10_12, FRI_2026_11_27, " "))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-4");
  }

  @Test
  @DisplayName(
      "REQ-4: the new due date must be later than the due date in force (Fri 2026-10-30) and not"
          + " before the day it is set")
  void longerPeriodDates() {
    RequestCase reasons =
        open(Regime.OGI_2019, MON_2026_09_28).apply(new ReasonsAsked(WED_2026_09_30));
    RequestCase given = reasons.apply(new ReasonsGiven(MON_2026_10_12, "研究需要"));
    RefusedStepException same =
        Refusals.of(given, new LongerPeriodSet(TUE_2026_10_13, FRI_2026_10_30, "数量较大"));
    assertThat(same.rule()).isEqualTo(RuleId.of("REQ-4"));
    assertThat(same).hasMessageContaining("2026-10-30").hasMessageContaining("第三十五条");
    assertThat(
            Refusals.of(given, new LongerPeriodSet(TUE_2026_10_13, THU_2026_10_15, "数量较大")).rule())
        .isEqualTo(RuleId.of("REQ-4"));
    RefusedStepException before =
        Refusals.of(given, new LongerPeriodSet(TUE_2026_10_13, MON_2026_10_12, "数量较大"));
    assertThat(before.rule()).isEqualTo(RuleId.of("REQ-4"));
    assertThat(before).hasMessageContaining("cannot end before");
    // Reasons only on Mon 11-02, after the due date 10-30: a longer period set after the reply
    // period ended is refused whatever date it names (OGI-2019 第三十五条: set when the period
    // cannot be met).
    RequestCase lateReasons = reasons.apply(new ReasonsGiven(MON_2026_11_02, "研究需要"));
    RefusedStepException late =
        Refusals.of(lateReasons, new LongerPeriodSet(FRI_2026_11_13, FRI_2026_11_27, "数量较大"));
    assertThat(late.rule()).isEqualTo(RuleId.of("REQ-4"));
    assertThat(late).hasMessageContaining("no later than its due date 2026-10-30; set on 2026-11-13");
  }

  @Test
  @DisplayName(
      "REQ-4: once a longer period is set, no second one, no extension, no correction and no"
          + " 不予处理 for an excessive request follow")
  void afterLongerPeriod() {
    RequestCase set =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new ReasonsAsked(WED_2026_09_30))
            .apply(new ReasonsGiven(MON_2026_10_12, "研究需要"))
            .apply(new LongerPeriodSet(MON_2026_10_12, FRI_2026_11_27, "数量较大"));
    assertThat(
            Refusals.of(set, new LongerPeriodSet(TUE_2026_10_13, FRI_2026_11_27.plusDays(7), "再延"))
                .rule())
        .isEqualTo(RuleId.of("REQ-4"));
    assertThat(Refusals.of(set, Fixtures.extension(TUE_2026_10_13, 5)).rule())
        .isEqualTo(RuleId.of("REQ-4"));
    assertThat(Refusals.of(set, new CorrectionAsked(TUE_2026_10_13, "文号", FRI_2026_10_16)).rule())
        .isEqualTo(RuleId.of("REQ-4"));
    RefusedStepException excessive =
        Refusals.of(
            set, new Answered(TUE_2026_10_13, Answer.of(AnswerKind.EXCESSIVE_NOT_PROCESSED, "")));
    assertThat(excessive.rule()).isEqualTo(RuleId.of("REQ-4"));
    assertThat(excessive).hasMessageContaining("reasonable");
  }

  @Test
  @DisplayName(
      "REQ-4, REQ-3: an answer of a kind the regime lacks, recorded, cites the article that lists the"
          + " regime's answers (OGI-2019 第三十六条, OGI-2008 第二十一条), never 第三十五条")
  void recordedAnswerKindCitesTheAnswersArticle() {
    Answer unrelated = Answer.of(AnswerKind.UNRELATED_TO_NEEDS, "");
    String in2019 =
        Renderings.chinese(
            open(Regime.OGI_2019, MON_2026_09_28)
                .record(new Answered(TUE_2026_09_29, unrelated))
                .status()
                .breaches());
    assertThat(in2019)
        .contains(
            "[REQ-4 违反] 2026年9月29日答复“与申请人自身生产、生活、科研等特殊需要无关”，不符合规定：《中华人民共和国政府信息公开条例》（2019年修订）没有这一答复类型")
        .endsWith("（依据《中华人民共和国政府信息公开条例》（国务院令第711号）第三十六条）")
        .doesNotContain("第三十五条");
    String in2008 =
        Renderings.chinese(
            open(Regime.OGI_2008, MON_2015_09_28)
                .record(
                    new Answered(
                        TUE_2015_09_29, Answer.of(AnswerKind.SPECIAL_STATUTORY_ACCESS, "")))
                .status()
                .breaches());
    assertThat(in2008).startsWith("[REQ-3 违反]").endsWith("（国务院令第492号）第二十一条）");
  }

  @Test
  @DisplayName(
      "REQ-4: an excessive request recorded as not processed without reasons asked cites the"
          + " sentence it broke (第三十五条: 可以要求申请人说明理由), not the longer period; after reasons"
          + " found reasonable, the longer period")
  void excessiveWithoutReasonsCitesTheFirstSentence() {
    Answer notProcessed = Answer.of(AnswerKind.EXCESSIVE_NOT_PROCESSED, "");
    List<Finding> unasked =
        open(Regime.OGI_2019, MON_2026_09_28)
            .record(new Answered(TUE_2026_09_29, notProcessed))
            .status()
            .breaches();
    assertThat(unasked).hasSize(1);
    assertThat(unasked.get(0).rule()).isEqualTo(Rules.REQ_4);
    assertThat(unasked.get(0).citations()).hasSize(1);
    assertThat(unasked.get(0).citations().get(0).provision()).isEqualTo("第三十五条");
    assertThat(Renderings.chinese(unasked))
        .contains("2026年9月29日答复“无正当理由大量、频繁申请，不予处理”，不符合规定：未先要求申请人说明理由");
    assertThat(Renderings.english(unasked))
        .contains(
            "answer of 2026-09-29 (large numbers of frequent applications without good reason; not"
                + " processed) not allowed here: the applicant was not first asked for the reasons");
    assertThat(unasked.get(0).citations().get(0).wording())
        .isEqualTo(
            "申请人申请公开政府信息的数量、频次明显超过合理范围，行政机关可以要求申请人说明理由。"
                + "行政机关认为申请理由不合理的，告知申请人不予处理。");
    List<Finding> afterLongerPeriod =
        open(Regime.OGI_2019, MON_2026_09_28)
            .apply(new ReasonsAsked(TUE_2026_09_29))
            .apply(new ReasonsGiven(TUE_2026_09_29, "科研需要"))
            .apply(
                new LongerPeriodSet(TUE_2026_09_29, LocalDate.of(2026, 12, 1), "需调取大量档案"))
            .record(new Answered(TUE_2026_09_29, notProcessed))
            .status()
            .breaches();
    assertThat(afterLongerPeriod).hasSize(1);
    assertThat(afterLongerPeriod.get(0).rule()).isEqualTo(Rules.REQ_4);
    assertThat(Renderings.chinese(afterLongerPeriod))
        .contains("不符合规定：申请理由已认定合理并确定了延迟答复的合理期限，申请应予处理");
    assertThat(afterLongerPeriod.get(0).citations().get(0).wording())
        .startsWith("申请理由合理，但是无法在本条例第三十三条规定的期限内答复申请人的");
  }

  @Test
  @DisplayName(
      "REQ-3, REQ-7: steps OGI_2008 lacks, recorded, name the regime in English (no \"as recorded\")")
  void lackingStepsNameTheRegimeInEnglish() {
    RequestCase c = open(Regime.OGI_2008, MON_2015_09_28);
    String english =
        Renderings.english(
            c.record(new FeeNotice(TUE_2015_09_29, BigDecimal.TEN))
                .record(new ReasonsAsked(TUE_2015_09_29))
                .record(new ConsultationSent(TUE_2015_09_29, Consulted.CO_AGENCY, "某局"))
                .status()
                .breaches());
    assertThat(english)
        .contains("fee notice on 2015-09-29, but OGI_2008 charges no processing fee")
        .contains("a step OGI_2008 does not have; it changes nothing")
        .contains("another agency consulted on 2015-09-29; OGI_2008 excludes only third-party")
        .doesNotContain("as recorded charges", "step as recorded", "; as recorded excludes");
  }
}
