package dev.disclosure.core.proactive;

import static dev.disclosure.core.proactive.Fixtures.BUDGET;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.proactive.Fixtures.WED_2026_09_30;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.RefusalException;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pre-publication approval chain (PRO-7). */
class ApprovalChainTest {

  private static final LocalDate FRI_2026_10_09 = LocalDate.of(2026, 10, 9);

  private static final ApprovalChain EMPTY = ApprovalChain.of(BUDGET);
  private static final ApprovalChain COMPLETE =
      EMPTY
          .proposedBy("县财政局预算股", MON_2026_09_28)
          .checkedBy("王某（分管副县长）", TUE_2026_09_29)
          .agreedBy("李某（县长）", WED_2026_09_30)
          .publishedBy("县政府办公室", FRI_2026_10_09);

  @Test
  @DisplayName(
      "PRO-7 (003 XX局四、（一）): 提出公开信息内容 → 分管领导把关 → 局主要领导同意 → 予以公开, each with day and actor")
  void fullChain() {
    assertThat(COMPLETE.records())
        .extracting(ApprovalRecord::step)
        .containsExactly(
            ApprovalStep.PROPOSED, ApprovalStep.CHECKED, ApprovalStep.AGREED, ApprovalStep.PUBLISHED);
    assertThat(COMPLETE.procedure()).isEqualTo(ApprovalProcedure.BUREAU);
    assertThat(COMPLETE.records().get(1)).hasToString("分管领导审核 by 王某（分管副县长） on 2026-09-29");
    assertThat(COMPLETE.isPublished()).isTrue();
    assertThat(COMPLETE.lastStep()).contains(ApprovalStep.PUBLISHED);
    assertThat(COMPLETE.nextStep()).isEmpty();
    assertThat(EMPTY.lastStep()).isEmpty();
    assertThat(EMPTY.nextStep()).contains(ApprovalStep.PROPOSED);
    assertThat(EMPTY.isPublished()).isFalse();
    assertThat(COMPLETE.subject()).isEqualTo(BUDGET);
    assertThat(COMPLETE.order().stream().map(step -> COMPLETE.procedure().wording(step).orElseThrow()))
        .containsExactly("各科、处、室、所按要求提出公开信息内容", "分管领导把关", "局主要领导同意", "予以公开");
  }

  @ParameterizedTest(name = "PRO-7: after {0} steps, {1} is refused")
  @CsvSource({
    "0, CHECKED",
    "0, AGREED",
    "0, PUBLISHED",
    "1, PROPOSED",
    "1, AGREED",
    "1, PUBLISHED",
    "2, CHECKED",
    "2, PUBLISHED",
    "3, AGREED",
    "4, PROPOSED",
    "4, PUBLISHED",
  })
  @DisplayName(
      "PRO-7: a step out of order is refused with state, step and rule; the chain is unchanged")
  void outOfOrder(int taken, ApprovalStep attempted) {
    ApprovalChain chain = EMPTY;
    for (ApprovalRecord record : COMPLETE.records().subList(0, taken)) {
      chain = chain.withStep(record.step(), record.actor(), record.date());
    }
    ApprovalChain before = chain;
    ApprovalOrderException refused =
        assertThrows(
            ApprovalOrderException.class, () -> before.withStep(attempted, "某人", FRI_2026_10_09));
    assertThat(refused).isInstanceOf(IllegalStateException.class);
    assertThat(refused).isInstanceOf(RefusalException.class);
    assertThat(refused.rule()).isEqualTo(Rules.PRO_7);
    assertThat(refused.step()).isEqualTo(attempted);
    assertThat(refused.state()).isEqualTo(before.lastStep());
    assertThat(refused.getMessage()).startsWith("PRO-7: step " + attempted.label());
    assertThat(before.records()).isEqualTo(COMPLETE.records().subList(0, taken));
  }

  @Test
  @DisplayName("PRO-7: publishing before the principal leader agrees is refused, saying so")
  void publishBeforeAgreement() {
    ApprovalChain checked =
        EMPTY.proposedBy("县财政局预算股", MON_2026_09_28).checkedBy("王某（分管副县长）", TUE_2026_09_29);
    assertThatThrownBy(() -> checked.publishedBy("县政府办公室", WED_2026_09_30))
        .isInstanceOf(ApprovalOrderException.class)
        .hasMessage(
            "PRO-7: step 予以公开 (PUBLISHED) refused in state 分管领导审核 (CHECKED):"
                + " '2026年财政预算执行情况': publication comes only after every step before it"
                + " (先审查后公开); the next step is 局主要领导同意 (AGREED); order: 各科、处、室、所按要求提出公开信息内容 →"
                + " 分管领导把关 → 局主要领导同意 → 予以公开"
                + " (依据《信息公开工作计划》等篇（来源文件003）XX局政府信息公开工作四、（一）公开程序)");
    assertThat(checked.lastStep()).contains(ApprovalStep.CHECKED);
  }

  @Test
  @DisplayName("PRO-7: nothing is done twice; a published item's change needs a chain of its own")
  void alreadyPublished() {
    assertThatThrownBy(() -> COMPLETE.proposedBy("县财政局预算股", FRI_2026_10_09))
        .isInstanceOf(ApprovalOrderException.class)
        .hasMessageContaining("in state 予以公开 (PUBLISHED): '2026年财政预算执行情况': the procedure is")
        .hasMessageContaining("complete");
    assertThatThrownBy(() -> EMPTY.checkedBy("王某", MON_2026_09_28))
        .hasMessageContaining("in state 未提出 (no step taken)");
  }

  @Test
  @DisplayName(
      "PRO-7: a step dated before the one before it, or before the item was formed, is refused")
  void datesInOrder() {
    ApprovalChain proposed = EMPTY.proposedBy("县财政局预算股", TUE_2026_09_29);
    assertThatThrownBy(() -> proposed.checkedBy("王某（分管副县长）", MON_2026_09_28))
        .isInstanceOf(ApprovalOrderException.class)
        .hasMessageContaining("it is dated 2026-09-28, before 拟稿科室提出 by 县财政局预算股 on 2026-09-29");
    assertThatThrownBy(() -> EMPTY.proposedBy("县财政局预算股", MON_2026_09_28.minusDays(1)))
        .isInstanceOf(ApprovalOrderException.class)
        .hasMessageContaining("before the item was formed on 2026-09-28");
    assertThat(proposed.checkedBy("王某（分管副县长）", TUE_2026_09_29).records()).hasSize(2);
  }

  @Test
  @DisplayName("PRO-7: every step names its actor")
  void blankActor() {
    assertThatThrownBy(() -> EMPTY.proposedBy(" ", MON_2026_09_28))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining(
            "PRO-7: actor is blank; name the office or person who took 各科、处、室、所按要求提出公开信息内容");
  }

  @Test
  @DisplayName("PRO-7: the chain cites the drafting-office-to-principal-leader order of 来源文件003")
  void citations() {
    assertThat(EMPTY.citations()).hasSize(1);
    assertThat(EMPTY.citations().get(0).wording())
        .contains("先由各科、处、室、所按要求提出公开信息内容，经分管领导把关、局主要领导同意，再予以公开。");
    assertThat(ApprovalProcedure.STREET_OFFICE.citations().get(0).wording())
        .contains("分管领导先审核")
        .contains("组长同意后再予以公开");
  }

  @Test
  @DisplayName("PRO-7: the chain explains its steps in Chinese and English, citing the order once")
  void explanation() {
    assertThat(EMPTY.findings()).isEmpty();
    assertThat(EMPTY.explain()).isEmpty();
    List<Finding> findings = COMPLETE.findings();
    assertThat(findings).hasSize(4).allMatch(finding -> finding.rule().equals(Rules.PRO_7));
    assertThat(findings.get(0).citations()).isEqualTo(COMPLETE.citations());
    assertThat(findings.subList(1, 4)).allMatch(finding -> finding.citations().isEmpty());
    assertThat(COMPLETE.explain().lines().skip(1))
        .containsExactly(
            "[PRO-7] 2026年9月29日分管领导把关（王某（分管副县长））",
            "[PRO-7] 2026年9月30日局主要领导同意（李某（县长））",
            "[PRO-7] 2026年10月9日予以公开（县政府办公室）");
    assertThat(Renderings.checkedEnglish(COMPLETE.explain(Language.ENGLISH)).lines().skip(1))
        .containsExactly(
            "[PRO-7] 2026-09-29: checked by the supervising leader (as recorded)",
            "[PRO-7] 2026-09-30: agreed by the principal leader (as recorded)",
            "[PRO-7] 2026-10-09: published (as recorded)");
    assertThat(COMPLETE.explain(Language.ENGLISH).lines().findFirst().orElseThrow())
        .startsWith("[PRO-7] 2026-09-28: proposed by the drafting office (as recorded) (");
    assertThat(Arrays.stream(ApprovalStep.values()).map(ApprovalStep::english))
        .allSatisfy(Renderings::checkedEnglish);
  }
}
