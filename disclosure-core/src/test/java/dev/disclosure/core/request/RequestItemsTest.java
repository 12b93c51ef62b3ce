package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.FRI_2026_10_16;
import static dev.disclosure.core.request.Fixtures.MON_2015_09_28;
import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.TUE_2015_10_13;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.report.Column;
import dev.disclosure.core.report.RequestRow;
import dev.disclosure.core.report.RequestTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Several items in one request (REQ-12): each item answered with its own kind, the request counted
 * once in the annual report, in the row RPT-2021 gives (table 三, row （二）: "部分公开（区分处理的，只计这一情形，
 * 不计其他情形）", 国办公开办函〔2021〕30号) or, where the format is silent, the library's convention.
 */
class RequestItemsTest {

  private static final String BUDGET = "2025年度某区财政预算执行情况";
  private static final String MINUTES = "区政府常务会议纪要";
  private static final String CONTRACT = "某项目征收补偿协议";

  private static final Answer DISCLOSED = Answer.of(AnswerKind.DISCLOSED, "");
  private static final Answer PROCESS =
      new Answer(
          AnswerKind.NOT_DISCLOSED, "属于过程性信息", OutcomeRow.NOT_DISCLOSED_PROCESS_INFORMATION);
  private static final Answer NOT_HELD = Answer.of(AnswerKind.DOES_NOT_EXIST, "");
  private static final Answer REPEATED = Answer.of(AnswerKind.REPEATED_REQUEST, "");

  private static Application threeItems() {
    return new Application(
        "财政预算、会议纪要及补偿协议",
        "纸质，邮寄",
        new Submission.InPerson(MON_2026_09_28),
        List.of(BUDGET, MINUTES, CONTRACT));
  }

  private static RequestCase open(Application application) {
    return RequestCase.open(Regime.OGI_2019, OFFICIAL, ZHANG_SAN, application);
  }

  private static RequestEvent.ItemsAnswered answered(ItemAnswer... items) {
    return new RequestEvent.ItemsAnswered(FRI_2026_10_16, List.of(items));
  }

  @Test
  @DisplayName("REQ-5, REQ-12: the request's row from its items' rows (RPT-2021 table 三 row （二）, and the convention)")
  void rowFromItems() {
    assertThat(OutcomeRow.forItems(List.of(OutcomeRow.DISCLOSED, OutcomeRow.DISCLOSED)))
        .isEqualTo(OutcomeRow.DISCLOSED);
    // something provided, something not: 部分公开 and no other row
    assertThat(
            OutcomeRow.forItems(
                List.of(OutcomeRow.DISCLOSED, OutcomeRow.NOT_DISCLOSED_THIRD_PARTY_RIGHTS)))
        .isEqualTo(OutcomeRow.PARTIALLY_DISCLOSED);
    assertThat(OutcomeRow.forItems(List.of(OutcomeRow.UNAVAILABLE_NOT_HELD, OutcomeRow.DISCLOSED)))
        .isEqualTo(OutcomeRow.PARTIALLY_DISCLOSED);
    assertThat(
            OutcomeRow.forItems(
                List.of(OutcomeRow.PARTIALLY_DISCLOSED, OutcomeRow.NOT_PROCESSED_REPEATED)))
        .isEqualTo(OutcomeRow.PARTIALLY_DISCLOSED);
    // nothing provided, rows differ: [convention] the first in the format's order
    assertThat(
            OutcomeRow.forItems(
                List.of(OutcomeRow.UNAVAILABLE_NOT_HELD, OutcomeRow.NOT_DISCLOSED_PROCESS_INFORMATION)))
        .isEqualTo(OutcomeRow.NOT_DISCLOSED_PROCESS_INFORMATION);
    assertThat(
            OutcomeRow.forItems(List.of(OutcomeRow.NOT_PROCESSED_REPEATED, OutcomeRow.OTHER)))
        .isEqualTo(OutcomeRow.NOT_PROCESSED_REPEATED);
    assertThat(OutcomeRow.forItemsByConvention(List.of(OutcomeRow.OTHER, OutcomeRow.OTHER)))
        .isFalse();
    assertThatThrownBy(() -> OutcomeRow.forItems(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REQ-5");
  }

  @Test
  @DisplayName("REQ-5, REQ-12: the row of a request of several items is independent of the items' order, as the naive reading gives it")
  void rowAsTheNaiveReading() {
    OutcomeRow[] all = OutcomeRow.values();
    qt().withFixedSeed(20261130L)
        .withExamples(3000)
        .forAll(
            SourceDSL.lists().of(SourceDSL.integers().between(0, all.length - 1)).ofSizeBetween(1, 6),
            SourceDSL.longs().all())
        .checkAssert(
            (picks, seed) -> {
              List<OutcomeRow> rows = new ArrayList<>();
              picks.forEach(i -> rows.add(all[i]));
              // naive: one row if all agree; 部分公开 if any item gave information and not all
              // did alike; else the lowest row in the format's order
              OutcomeRow naive;
              if (EnumSet.copyOf(rows).size() == 1) {
                naive = rows.get(0);
              } else if (rows.stream()
                  .anyMatch(
                      row ->
                          row.category() == OutcomeRow.Category.DISCLOSED
                              || row.category() == OutcomeRow.Category.PARTIALLY_DISCLOSED)) {
                naive = OutcomeRow.PARTIALLY_DISCLOSED;
              } else {
                naive = Collections.min(rows);
              }
              List<OutcomeRow> shuffled = new ArrayList<>(rows);
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(OutcomeRow.forItems(rows)).isEqualTo(naive);
              assertThat(OutcomeRow.forItems(shuffled)).isEqualTo(naive);
            });
  }

  @Test
  @DisplayName(
      "REQ-12, REQ-5: every item in one row counts once in that row, without the partial-disclosure"
          + " note or its provision")
  void itemsInOneRow() {
    CaseStatus status =
        open(threeItems())
            .apply(
                answered(
                    new ItemAnswer(BUDGET, NOT_HELD),
                    new ItemAnswer(MINUTES, NOT_HELD),
                    new ItemAnswer(CONTRACT, NOT_HELD)))
            .status();
    assertThat(status.outcome()).contains(OutcomeRow.forItems(List.of(NOT_HELD.row())));
    Finding items =
        status.findings().stream()
            .filter(f -> f.rule().equals(Rules.REQ_12))
            .findFirst()
            .orElseThrow();
    assertThat(items.kind()).isEqualTo(FindingKind.APPLIED);
    assertThat(Language.CHINESE.render(items))
        .contains("各项处理结果相同，本申请计为1件")
        .doesNotContain("部分公开")
        .doesNotContain("国办公开办函〔2021〕30号");
    assertThat(Language.ENGLISH.render(items)).contains("every item in one row");
  }

  @Test
  @DisplayName(
      "REQ-4, REQ-12: recorded, two items answered 不予处理 without reasons asked first are two"
          + " breaches, each naming its item")
  void unlawfulItemsNamed() {
    Answer excessive = Answer.of(AnswerKind.EXCESSIVE_NOT_PROCESSED, "大量反复申请");
    CaseStatus status =
        RequestCase.recorded(
                Regime.OGI_2019,
                OFFICIAL,
                ZHANG_SAN,
                threeItems(),
                List.of(
                    answered(
                        new ItemAnswer(BUDGET, excessive),
                        new ItemAnswer(MINUTES, excessive),
                        new ItemAnswer(CONTRACT, DISCLOSED))))
            .status();
    List<String> reasons =
        status.breaches().stream()
            .filter(f -> f.rule().equals(Rules.REQ_4))
            .map(Language.CHINESE::render)
            .toList();
    assertThat(reasons).hasSize(2);
    assertThat(reasons.get(0)).contains("对“" + BUDGET + "”答复“无正当理由大量、频繁申请，不予处理”");
    assertThat(reasons.get(1)).contains("对“" + MINUTES + "”答复“无正当理由大量、频繁申请，不予处理”");
    assertThat(Language.ENGLISH.render(status.breaches().get(0)))
        .contains(
            "to an item (as recorded): large numbers of frequent applications without good reason;"
                + " not processed, not allowed here");
  }

  @Test
  @DisplayName("REQ-12, REQ-5: three items answered each with its own kind: one request, counted once, as 部分公开, with the provision")
  void itemsAnsweredDifferently() {
    RequestCase c =
        open(threeItems())
            .apply(
                answered(
                    new ItemAnswer(MINUTES, PROCESS),
                    new ItemAnswer(BUDGET, DISCLOSED),
                    new ItemAnswer(CONTRACT, NOT_HELD)));
    CaseStatus status = c.status();
    assertThat(status.isClosed()).isTrue();
    assertThat(status.outcome()).contains(OutcomeRow.PARTIALLY_DISCLOSED);
    assertThat(status.breaches()).isEmpty();
    Finding items =
        status.findings().stream()
            .filter(f -> f.rule().equals(Rules.REQ_12))
            .findFirst()
            .orElseThrow();
    assertThat(items.kind()).isEqualTo(FindingKind.APPLIED);
    assertThat(Language.CHINESE.render(items))
        .contains(
            "区政府常务会议纪要：不予公开／6.属于四类过程性信息",
            "2025年度某区财政预算执行情况：予以公开",
            "本申请计为1件，计入“部分公开”",
            "国办公开办函〔2021〕30号");
    assertThat(Language.ENGLISH.render(items)).contains("counts once, in \"disclosed in part\"");

    // the annual report counts the request once, in 部分公开 alone
    RequestTable table = RequestTable.of(2026, List.of(c));
    assertThat(table.count(RequestRow.NEW_THIS_YEAR, Column.NATURAL_PERSON)).isEqualTo(1);
    assertThat(table.count(RequestRow.PARTIALLY_DISCLOSED, Column.NATURAL_PERSON)).isEqualTo(1);
    assertThat(table.count(RequestRow.DISCLOSED, Column.NATURAL_PERSON)).isZero();
    assertThat(table.count(RequestRow.NOT_DISCLOSED_PROCESS_INFORMATION, Column.NATURAL_PERSON))
        .isZero();
    assertThat(table.count(RequestRow.UNAVAILABLE_NOT_HELD, Column.NATURAL_PERSON)).isZero();

    // recording the same lawful history gives the same status
    RequestCase recorded =
        RequestCase.recorded(Regime.OGI_2019, OFFICIAL, ZHANG_SAN, threeItems(), c.events());
    assertThat(recorded.status()).isEqualTo(status);
    assertThat(recorded.status().findings()).isEqualTo(status.findings());
  }

  @Test
  @DisplayName("REQ-12: nothing provided and the items in different rows: counted once in the first row in the format's order, a CONVENTION finding")
  void nothingProvided() {
    CaseStatus status =
        open(threeItems())
            .apply(
                answered(
                    new ItemAnswer(BUDGET, REPEATED),
                    new ItemAnswer(MINUTES, NOT_HELD),
                    new ItemAnswer(CONTRACT, NOT_HELD)))
            .status();
    assertThat(status.outcome()).contains(OutcomeRow.UNAVAILABLE_NOT_HELD);
    Finding items =
        status.findings().stream().filter(f -> f.rule().equals(Rules.REQ_12)).findFirst().orElseThrow();
    assertThat(items.kind()).isEqualTo(FindingKind.CONVENTION);
    assertThat(Language.CHINESE.render(items)).contains("排列在前的“无法提供／1.本机关不掌握相关政府信息”");
  }

  @Test
  @DisplayName("REQ-12: guidance refuses an answer that leaves an item out or answers one the application does not name; recording finds it")
  void itemsMustMatch() {
    RequestCase c = open(threeItems());
    RequestEvent.ItemsAnswered partial =
        answered(new ItemAnswer(BUDGET, DISCLOSED), new ItemAnswer("另一事项", DISCLOSED));
    RefusedStepException refused = Refusals.of(c, partial);
    assertThat(refused.rule()).isEqualTo(Rules.REQ_12);
    assertThat(refused.getMessage()).contains("unanswered: “区政府常务会议纪要”、“某项目征收补偿协议”", "“另一事项”");

    CaseStatus recorded = c.record(partial).status();
    assertThat(recorded.isClosed()).isTrue();
    assertThat(recorded.outcome()).contains(OutcomeRow.DISCLOSED);
    assertThat(recorded.breaches())
        .extracting(f -> Language.CHINESE.render(f))
        .anySatisfy(text -> assertThat(text).contains("未答复申请中的“区政府常务会议纪要”、“某项目征收补偿协议”"))
        .anySatisfy(text -> assertThat(text).contains("分项答复了申请中没有的“另一事项”"));
  }

  @Test
  @DisplayName("REQ-12, REQ-4: each item's answer is checked as an answer of its kind; a kind the regime lacks is refused or found")
  void eachItemChecked() {
    RequestCase c =
        RequestCase.open(
            Regime.OGI_2008,
            OFFICIAL,
            ZHANG_SAN,
            new Application(
                "两项信息", "纸质", new Submission.InPerson(MON_2015_09_28), List.of(BUDGET, MINUTES)));
    RequestEvent.ItemsAnswered answer =
        new RequestEvent.ItemsAnswered(
            TUE_2015_10_13,
            List.of(
                new ItemAnswer(BUDGET, DISCLOSED),
                new ItemAnswer(MINUTES, Answer.of(AnswerKind.SPECIAL_STATUTORY_ACCESS, ""))));
    assertThat(Refusals.of(c, answer).rule()).isEqualTo(Rules.REQ_3);
    assertThat(c.record(answer).status().breaches())
        .extracting(Finding::rule)
        .contains(Rules.REQ_3);
  }

  @Test
  @DisplayName("REQ-1, REQ-12: an application's items: one by default, none blank, none twice, at least one; an answer names each item once")
  void applicationItems() {
    Application one = Fixtures.handedIn(MON_2026_09_28);
    assertThat(one.items()).containsExactly(one.description());
    // a single answer to an application of several items answers them all alike, as before
    assertThat(
            open(threeItems())
                .apply(new RequestEvent.Answered(FRI_2026_10_16, DISCLOSED))
                .status()
                .outcome())
        .contains(OutcomeRow.DISCLOSED);
    Submission in = new Submission.InPerson(MON_2026_09_28);
    assertThatThrownBy(() -> new Application("x", "纸质", in, List.of()))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-12");
    assertThatThrownBy(() -> new Application("x", "纸质", in, List.of(BUDGET, " ")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("item 2 is blank");
    assertThatThrownBy(() -> new Application("x", "纸质", in, List.of(BUDGET, BUDGET)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("named twice");
    assertThatThrownBy(() -> new RequestEvent.ItemsAnswered(FRI_2026_10_16, List.of()))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("REQ-12");
    assertThatThrownBy(
            () ->
                answered(new ItemAnswer(BUDGET, DISCLOSED), new ItemAnswer(BUDGET, NOT_HELD)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("answered twice");
    assertThatThrownBy(() -> new ItemAnswer(null, DISCLOSED))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("item");
  }
}
