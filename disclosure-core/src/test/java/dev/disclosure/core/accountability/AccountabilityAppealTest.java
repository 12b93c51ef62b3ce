package dev.disclosure.core.accountability;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountabilityAppealTest {

  static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  static final LocalDate FRI_2026_09_25 = LocalDate.of(2026, 9, 25);
  static final LocalDate MON_2026_09_28 = LocalDate.of(2026, 9, 28);
  static final LocalDate SAT_2026_10_10 = LocalDate.of(2026, 10, 10);
  static final LocalDate MON_2026_10_12 = LocalDate.of(2026, 10, 12);
  static final LocalDate MON_2026_11_09 = LocalDate.of(2026, 11, 9);
  static final LocalDate TUE_2026_11_10 = LocalDate.of(2026, 11, 10);

  static final String OFFICE = "市政务公开领导小组办公室";

  @Test
  @DisplayName(
      "P-ACCOUNTABILITY-APPEAL: file within 5 working days of the notice; decided within 20 working"
          + " days")
  void deadlines() {
    AccountabilityAppeal notified = AccountabilityAppeal.open(OFFICIAL, MON_2026_09_28);
    AccountabilityAppeal filed = notified.apply(new AppealEvent.Filed(SAT_2026_10_10, OFFICE));
    AccountabilityAppeal received = filed.apply(new AppealEvent.Received(SAT_2026_10_10));
    AccountabilityAppeal decided =
        received.apply(new AppealEvent.Decided(MON_2026_11_09, AppealEvent.Ruling.CHANGED));

    assertThat(notified.state()).isEqualTo(AppealState.NOTIFIED);
    assertThat(notified.filingDeadline().dueDate()).isEqualTo(SAT_2026_10_10);
    assertThat(notified.decisionDeadline()).isEmpty();
    assertThat(filed.state()).isEqualTo(AppealState.FILED);
    assertThat(filed.decisionDeadline()).as("runs from the office's receipt").isEmpty();
    assertThat(received.state()).isEqualTo(AppealState.UNDER_REVIEW);
    assertThat(received.decisionDeadline().map(Deadline::dueDate))
        .contains(LocalDate.of(2026, 11, 6));
    assertThat(decided.state()).isEqualTo(AppealState.DECIDED);
    assertThat(decided.ruling()).contains(AppealEvent.Ruling.CHANGED);
    assertThat(decided.isDecidedLate()).isTrue();
    assertThat(decided.explain()).contains("P-ACCOUNTABILITY-APPEAL");
    List<Finding> findings = decided.findings();
    assertThat(findings.get(0))
        .isEqualTo(
            Finding.of(
                Rules.P_ACCOUNTABILITY_APPEAL,
                FindingKind.APPLIED,
                Phrase.of("{0}接到处理通知", "notice of the decision received {0}", MON_2026_09_28),
                List.of()));
    assertThat(findings.subList(1, 1 + notified.filingDeadline().findings().size()))
        .isEqualTo(notified.filingDeadline().findings());
    Finding ruling = findings.get(findings.size() - 2);
    Finding convention = findings.get(findings.size() - 1);
    assertThat(convention.kind()).isEqualTo(FindingKind.CONVENTION);
    assertThat(chinese(convention)).contains("未规定裁决种类；维持、变更、撤销原处理决定为本库约定");
    assertThat(ruling.kind()).isEqualTo(FindingKind.BROKEN);
    assertThat(ruling.dates()).containsExactly(MON_2026_11_09, LocalDate.of(2026, 11, 6));
    assertThat(chinese(ruling))
        .isEqualTo("[P-ACCOUNTABILITY-APPEAL 违反] 2026年11月9日裁决：变更原处理决定（逾期，期限届满日为2026年11月6日）"
                + "（依据《政务公开工作制度》（来源文件002）责任追究制度）");
    assertThat(english(ruling))
        .isEqualTo(
            "[P-ACCOUNTABILITY-APPEAL, broken] decided 2026-11-09: the original decision changed"
                + " (late; due 2026-11-06) ("
                + Language.ENGLISH.reference(ruling.citations().get(0))
                + ")");
    assertThat(Renderings.checkedEnglish(decided.explain(Language.ENGLISH)))
        .startsWith("[P-ACCOUNTABILITY-APPEAL] notice of the decision received 2026-09-28\n")
        .contains("[P-ACCOUNTABILITY-APPEAL] appeal filed 2026-10-10 (with the office as recorded)");
    assertThat(filed.explain()).contains("2026年10月10日向市政务公开领导小组办公室申请复核或提出申诉");
    assertThat(AccountabilityAppeal.of(OFFICIAL, MON_2026_09_28, decided.events()))
        .isEqualTo(decided);
  }

  @Test
  @DisplayName(
      "P-ACCOUNTABILITY-APPEAL: a decision on the 20th working day is on time [convention: late"
          + " ones are recorded and flagged]")
  void onTime() {
    AccountabilityAppeal decided =
        AccountabilityAppeal.of(
            OFFICIAL,
            MON_2026_10_12,
            List.of(
                new AppealEvent.Filed(MON_2026_10_12, OFFICE),
                new AppealEvent.Received(MON_2026_10_12),
                new AppealEvent.Decided(MON_2026_11_09, AppealEvent.Ruling.UPHELD)));

    assertThat(decided.decisionDeadline().map(Deadline::dueDate)).contains(MON_2026_11_09);
    assertThat(decided.isDecidedLate()).isFalse();
    assertThat(decided.findings()).noneMatch(f -> f.kind() == FindingKind.BROKEN);
    assertThat(decided.explain())
        .contains("[P-ACCOUNTABILITY-APPEAL] 2026年11月9日裁决：维持原处理决定\n[P-ACCOUNTABILITY-APPEAL 约定]");
  }

  @Test
  @DisplayName(
      "P-ACCOUNTABILITY-APPEAL (002 接到复核申请或受理申诉后20个工作日): the 20 working days run from the"
          + " office's receipt, not from the filing")
  void fromReceipt() {
    AccountabilityAppeal mailed =
        AccountabilityAppeal.of(
            OFFICIAL,
            MON_2026_09_28,
            List.of(
                new AppealEvent.Filed(SAT_2026_10_10, OFFICE),
                new AppealEvent.Received(MON_2026_10_12),
                new AppealEvent.Decided(MON_2026_11_09, AppealEvent.Ruling.UPHELD)));

    assertThat(mailed.decisionDeadline().map(Deadline::dueDate)).contains(MON_2026_11_09);
    assertThat(mailed.isDecidedLate()).isFalse();
    assertThat(mailed.explain()).contains("2026年10月12日接到复核申请或受理申诉");
    assertThat(Renderings.checkedEnglish(mailed.explain(Language.ENGLISH)))
        .contains("application for review received or complaint accepted 2026-10-12");
    assertThatThrownBy(
            () ->
                AccountabilityAppeal.open(OFFICIAL, MON_2026_09_28)
                    .apply(new AppealEvent.Filed(SAT_2026_10_10, OFFICE))
                    .apply(new AppealEvent.Decided(MON_2026_11_09, AppealEvent.Ruling.UPHELD)))
        .isInstanceOf(RefusedAppealStepException.class)
        .hasMessageContaining("has not received the appeal");
    assertThatThrownBy(
            () ->
                AccountabilityAppeal.open(OFFICIAL, MON_2026_09_28)
                    .apply(new AppealEvent.Filed(SAT_2026_10_10, OFFICE))
                    .apply(new AppealEvent.Received(FRI_2026_09_25)))
        .isInstanceOf(RefusedAppealStepException.class)
        .hasMessageContaining("before the previous step");
  }

  @Test
  @DisplayName("P-ACCOUNTABILITY-APPEAL: refused steps name state, step and rule; nothing changes")
  void refusals() {
    AccountabilityAppeal notified = AccountabilityAppeal.open(OFFICIAL, MON_2026_09_28);

    assertThatThrownBy(() -> notified.apply(new AppealEvent.Filed(FRI_2026_09_25, OFFICE)))
        .isInstanceOf(RefusedAppealStepException.class)
        .hasMessage(
            "P-ACCOUNTABILITY-APPEAL: step 申请复核或提出申诉 (FILE) refused in state 已收到处理通知 (NOTIFIED):"
                + " dated 2026-09-25, before the notice was received on 2026-09-28");
    assertThatThrownBy(() -> notified.apply(new AppealEvent.Filed(MON_2026_10_12, OFFICE)))
        .isInstanceOf(RefusedAppealStepException.class)
        .hasMessageContaining("by 2026-10-10; filed on 2026-10-12");
    RefusedAppealStepException e =
        assertThrows(
            RefusedAppealStepException.class,
            () ->
                notified.apply(new AppealEvent.Decided(MON_2026_10_12, AppealEvent.Ruling.UPHELD)));
    assertThat(e.state()).isEqualTo(AppealState.NOTIFIED);
    assertThat(e.step()).isEqualTo(AppealStep.DECIDE);
    assertThat(e.rule()).isEqualTo(Rules.P_ACCOUNTABILITY_APPEAL);
    AccountabilityAppeal filed = notified.apply(new AppealEvent.Filed(SAT_2026_10_10, OFFICE));
    assertThatThrownBy(() -> filed.apply(new AppealEvent.Filed(SAT_2026_10_10, OFFICE)))
        .isInstanceOf(RefusedAppealStepException.class)
        .hasMessageContaining("already filed");
    AccountabilityAppeal decided =
        filed
            .apply(new AppealEvent.Received(SAT_2026_10_10))
            .apply(new AppealEvent.Decided(TUE_2026_11_10, AppealEvent.Ruling.REVOKED));
    assertThatThrownBy(
            () -> decided.apply(new AppealEvent.Decided(TUE_2026_11_10, AppealEvent.Ruling.UPHELD)))
        .isInstanceOf(RefusedAppealStepException.class)
        .hasMessageContaining("already decided");
    assertThat(notified.events()).isEmpty();
    assertThat(filed.events()).hasSize(1);
  }

  @Test
  @DisplayName("P-ACCOUNTABILITY-APPEAL: null checks and value equality")
  void contract() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(WorkingDayCalendar.class, OFFICIAL)
            .setDefault(LocalDate.class, MON_2026_09_28)
            .setDefault(AppealEvent.class, new AppealEvent.Filed(MON_2026_09_28, OFFICE))
            .setDefault(AppealStep.class, AppealStep.FILE)
            .setDefault(AppealState.class, AppealState.NOTIFIED);
    for (Class<?> type :
        List.of(
            AccountabilityAppeal.class,
            AppealEvent.Filed.class,
            AppealEvent.Received.class,
            AppealEvent.Decided.class,
            RefusedAppealStepException.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(AccountabilityAppeal.open(OFFICIAL, MON_2026_09_28));
    new EqualsTester()
        .addEqualityGroup(
            AccountabilityAppeal.open(OFFICIAL, MON_2026_09_28),
            AccountabilityAppeal.open(OFFICIAL, MON_2026_09_28))
        .addEqualityGroup(AccountabilityAppeal.open(OFFICIAL, FRI_2026_09_25))
        .addEqualityGroup(
            AccountabilityAppeal.open(OFFICIAL, MON_2026_09_28)
                .apply(new AppealEvent.Filed(MON_2026_09_28, OFFICE)))
        .testEquals();
  }
}
