package dev.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.accountability.AppealState;
import dev.disclosure.core.accountability.AppealStep;
import dev.disclosure.core.accountability.ComplaintState;
import dev.disclosure.core.accountability.ComplaintStep;
import dev.disclosure.core.accountability.RefusedAppealStepException;
import dev.disclosure.core.accountability.RefusedComplaintStepException;
import dev.disclosure.core.accountability.SubmissionRefusedException;
import dev.disclosure.core.exemption.ReviewStepException;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.proactive.ApprovalOrderException;
import dev.disclosure.core.request.CaseState;
import dev.disclosure.core.request.RefusedStepException;
import dev.disclosure.core.request.Step;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one refusal type: every refused step names its typed rule, state and step. */
class RefusalExceptionTest {

  @Test
  @DisplayName(
      "REQ-9, ACC-3, ACC-5, EX-6, PRO-7, P-ACCOUNTABILITY-APPEAL: the six refusals are final"
          + " subclasses of RefusalException")
  void oneBaseType() {
    for (Class<?> refusal :
        List.of(
            RefusedStepException.class,
            RefusedAppealStepException.class,
            RefusedComplaintStepException.class,
            ReviewStepException.class,
            ApprovalOrderException.class,
            SubmissionRefusedException.class)) {
      assertThat(RefusalException.class).as(refusal.getSimpleName()).isAssignableFrom(refusal);
      assertThat(Modifier.isFinal(refusal.getModifiers())).as(refusal.getSimpleName()).isTrue();
    }
    assertThat(IllegalStateException.class).isAssignableFrom(RefusalException.class);
  }

  @Test
  @DisplayName(
      "REQ-9: a refused request step carries rule, state, step and detail; the message names them")
  void requestStep() {
    RefusalException refused =
        new RefusedStepException(CaseState.CLOSED, Step.ANSWER, Rules.REQ_9, "the case is closed");
    assertThat(refused.rule()).isEqualTo(Rules.REQ_9);
    assertThat(refused.detail()).isEqualTo("the case is closed");
    assertThat(refused)
        .hasMessage("REQ-9: step 答复 (ANSWER) refused in state 已办结 (CLOSED): the case is closed");
    assertThat(((RefusedStepException) refused).state()).isEqualTo(CaseState.CLOSED);
    assertThat(((RefusedStepException) refused).step()).isEqualTo(Step.ANSWER);
  }

  @Test
  @DisplayName(
      "P-ACCOUNTABILITY-APPEAL, ACC-3: appeal and complaint refusals are typed the same way")
  void appealAndComplaint() {
    RefusedAppealStepException appeal =
        new RefusedAppealStepException(
            AppealState.NOTIFIED, AppealStep.DECIDE, Rules.P_ACCOUNTABILITY_APPEAL, "no appeal");
    assertThat(appeal.rule()).isEqualTo(Rules.P_ACCOUNTABILITY_APPEAL);
    assertThat(appeal.step()).isEqualTo(AppealStep.DECIDE);
    assertThat(appeal.state()).isEqualTo(AppealState.NOTIFIED);
    assertThat(appeal)
        .hasMessageStartingWith("P-ACCOUNTABILITY-APPEAL: step 作出裁决 (DECIDE) refused in state ")
        .hasMessageEndingWith("(NOTIFIED): no appeal");

    RefusedComplaintStepException complaint =
        new RefusedComplaintStepException(
            ComplaintState.CLOSED, ComplaintStep.CLOSE, Rules.ACC_3, "already closed");
    assertThat(complaint.rule()).isEqualTo(Rules.ACC_3);
    assertThat(complaint.step()).isEqualTo(ComplaintStep.CLOSE);
    assertThat(complaint)
        .hasMessage("ACC-3: step 办结投诉 (CLOSE) refused in state 已办结 (CLOSED): already closed");
  }

  @Test
  @DisplayName("ACC-5, P-PUBLICITY: a refused submission lists typed problems, each with its rule")
  void submission() {
    SubmissionRefusedException refused =
        new SubmissionRefusedException(
            "城区交通规划",
            List.of(
                new Problem(Rules.P_PUBLICITY, "publicity runs through 2026-10-16"),
                new Problem(Rules.ACC_5, "a required hearing was not held")));
    assertThat(refused.rule()).isEqualTo(Rules.ACC_5);
    assertThat(refused.title()).isEqualTo("城区交通规划");
    assertThat(refused.problems())
        .extracting(Problem::rule)
        .containsExactly(Rules.P_PUBLICITY, Rules.ACC_5);
    assertThat(refused)
        .hasMessageStartingWith("ACC-5: step 提交决策")
        .hasMessageContaining("城区交通规划")
        .hasMessageEndingWith(
            ": P-PUBLICITY: publicity runs through 2026-10-16; ACC-5: a required hearing was not"
                + " held");
    assertThatThrownBy(() -> new SubmissionRefusedException("城区交通规划", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("REQ-9: nothing of a refusal is null")
  void nulls() {
    assertThatThrownBy(() -> new RefusedStepException(CaseState.CLOSED, Step.ANSWER, null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule");
    assertThatThrownBy(() -> new RefusedStepException(null, Step.ANSWER, Rules.REQ_9, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("state");
    assertThatThrownBy(
            () -> new RefusedStepException(CaseState.CLOSED, Step.ANSWER, Rules.REQ_9, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("detail");
  }
}
