package dev.disclosure.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.Language;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintTest {

  static final LocalDate MON_2026_09_28 = LocalDate.of(2026, 9, 28);
  static final LocalDate TUE_2026_09_29 = LocalDate.of(2026, 9, 29);
  static final LocalDate FRI_2026_10_09 = LocalDate.of(2026, 10, 9);
  static final LocalDate MON_2026_10_12 = LocalDate.of(2026, 10, 12);
  static final LocalDate FRI_2026_10_16 = LocalDate.of(2026, 10, 16);

  static final ComplaintFacts VALID = ComplaintFacts.of("报建窗口", "办件超时未办结");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "valid,                         报建窗口, 办件超时, false, false, true,  false, false, ACCEPTED",
    "withdrawn after explanation,   报建窗口, 办件超时, false, false, true,  true,  false, NOT_REGISTERED",
    "no target,                     '',       办件超时, false, false, true,  false, false, INVALID",
    "no matter,                     报建窗口, ' ',      false, false, true,  false, false, INVALID",
    "frivolous,                     报建窗口, 办件超时, false, false, true,  false, true,  INVALID",
    "outside remit,                 报建窗口, 办件超时, false, false, false, false, false, OUTSIDE_REMIT",
    "receipt issued not presented,  报建窗口, 办件超时, true,  false, true,  false, false,"
        + " RECEIPT_REQUIRED",
    "receipt issued and presented,  报建窗口, 办件超时, true,  true,  true,  false, false, ACCEPTED",
  })
  @DisplayName("ACC-3: complaint intake")
  void intake(
      String name,
      String target,
      String matter,
      boolean issued,
      boolean presented,
      boolean remit,
      boolean withdrawn,
      boolean frivolous,
      IntakeOutcome expected) {
    ComplaintFacts facts =
        new ComplaintFacts(
            target, matter, issued, presented, remit, withdrawn, frivolous, Optional.empty(), Set.of());

    assertThat(ComplaintIntake.assess(facts)).isEqualTo(expected);
    assertThat(ComplaintIntake.explain(facts)).startsWith("[ACC-3] " + expected.label());
    assertThat(ComplaintIntake.explain(facts, Language.ENGLISH))
        .startsWith("[ACC-3] " + expected.english());
    Renderings.english(ComplaintIntake.finding(facts));
  }

  @Test
  @DisplayName(
      "ACC-3: outside the remit is explained and pointed elsewhere; a missing matter is named")
  void explanations() {
    assertThat(
            ComplaintIntake.explain(
                new ComplaintFacts(
                    "窗口", "事项", false, false, false, false, false, Optional.empty(), Set.of())))
        .contains("不受理、不登记、不转办")
        .contains("提供投诉受理部门信息");
    assertThat(ComplaintIntake.explain(ComplaintFacts.of("窗口", "")))
        .isEqualTo("[ACC-3] 无效投诉，不予受理（未提出投诉事项）（" + ComplaintIntake.INTAKE.toReference() + "）");
    assertThat(ComplaintIntake.explain(ComplaintFacts.of("窗口", ""), Language.ENGLISH))
        .isEqualTo("[ACC-3] invalid, not accepted (no matter named) ("
                + "Source document 000 (civil air defence office's plan for open government affairs))");
    assertThat(ComplaintIntake.finding(ComplaintFacts.of("窗口", "")).citations())
        .containsExactly(ComplaintIntake.INTAKE);
  }

  @Test
  @DisplayName(
      "ACC-3: the way a complaint was made (投诉处理制度第三条) and what it is about (第一条（一）) are recorded"
          + " and named in the intake decision, with their provisions")
  void channelAndScope() {
    ComplaintFacts facts =
        VALID
            .withChannel(ComplaintChannel.TELEPHONE)
            .withScope(ComplaintScope.RESULT, ComplaintScope.EFFICIENCY);

    assertThat(facts.scope())
        .containsExactly(ComplaintScope.EFFICIENCY, ComplaintScope.RESULT); // the source's order
    assertThat(ComplaintIntake.assess(facts)).isEqualTo(IntakeOutcome.ACCEPTED);
    assertThat(ComplaintIntake.finding(facts).citations())
        .containsExactly(ComplaintIntake.INTAKE, ComplaintScope.CITATION, ComplaintChannel.CITATION);
    assertThat(ComplaintIntake.explain(facts))
        .startsWith("[ACC-3] 正式受理（电话投诉）（投诉范围：办事效率、办理结果）（");
    assertThat(ComplaintIntake.explain(facts, Language.ENGLISH))
        .startsWith("[ACC-3] accepted (complained by telephone) (about: efficiency, the result) (");
    assertThat(ComplaintIntake.explain(VALID))
        .isEqualTo("[ACC-3] 正式受理（" + ComplaintIntake.INTAKE.toReference() + "）");
  }

  @Test
  @DisplayName(
      "ACC-3 [convention]: the scope never decides intake (the source's list ends in 等); the remit"
          + " does")
  void scopeDoesNotDecideIntake() {
    for (ComplaintScope respect : ComplaintScope.values()) {
      assertThat(ComplaintIntake.assess(VALID.withScope(respect)))
          .isEqualTo(IntakeOutcome.ACCEPTED);
    }
    ComplaintFacts outside =
        new ComplaintFacts(
            "窗口",
            "事项",
            false,
            false,
            false,
            false,
            false,
            Optional.of(ComplaintChannel.LETTER),
            Set.of(ComplaintScope.CHARGES));
    assertThat(ComplaintIntake.assess(outside)).isEqualTo(IntakeOutcome.OUTSIDE_REMIT);
    assertThat(ComplaintIntake.explain(outside)).contains("（信函投诉）（投诉范围：收费情况）");
  }

  @Test
  @DisplayName("ACC-3: null channel or scope elements are refused by name")
  void nullChannelAndScope() {
    assertThatThrownBy(() -> VALID.withChannel(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("channel");
    assertThatThrownBy(() -> VALID.withScope(ComplaintScope.CHARGES, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scope element");
    assertThatThrownBy(() -> VALID.withScope((ComplaintScope[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("respects");
  }

  @Test
  @DisplayName("ACC-3: a complaint without target or matter cannot be registered")
  void registerInvalid() {
    assertThatThrownBy(
            () ->
                Complaint.register(
                    ComplaintFacts.of("", "办件超时"), ComplaintCategory.FORMAL_CASE, MON_2026_09_28))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("未提出投诉对象");
  }

  @Test
  @DisplayName("ACC-3: a 立案处理类 complaint: supervision opinion, reply, second 《投诉督办表》, close")
  void formalCase() {
    Complaint registered = Complaint.register(VALID, ComplaintCategory.FORMAL_CASE, MON_2026_09_28);
    Complaint supervised = registered.supervise(TUE_2026_09_29, FRI_2026_10_09);
    Complaint replied = supervised.recordReply(FRI_2026_10_09);
    Complaint second = replied.supervise(MON_2026_10_12, FRI_2026_10_16);
    Complaint closed = second.recordReply(FRI_2026_10_16).close(FRI_2026_10_16);

    assertThat(registered.state()).isEqualTo(ComplaintState.REGISTERED);
    assertThat(second.supervisionOrders()).isEqualTo(2);
    assertThat(second.replyBy()).contains(FRI_2026_10_16);
    assertThat(closed.state()).isEqualTo(ComplaintState.CLOSED);
    assertThat(closed.toString()).isEqualTo("Complaint[立案处理类 已办结, 督办 2]");
    assertThat(ComplaintCategory.FORMAL_CASE.flow().get(2).toString()).contains("再次签发《投诉督办表》");
    assertThat(Language.ENGLISH.render(ComplaintCategory.FORMAL_CASE.flow().get(2)))
        .isEqualTo(
            "if the result and the rectification fall short and the complainant still objects, a"
                + " further complaint supervision form may be issued");
  }

  @Test
  @DisplayName("ACC-3: refused steps name state, step and rule; the complaint is unchanged")
  void refusals() {
    Complaint registered = Complaint.register(VALID, ComplaintCategory.FORMAL_CASE, MON_2026_09_28);
    Complaint supervised = registered.supervise(TUE_2026_09_29, FRI_2026_10_09);

    assertThatThrownBy(() -> supervised.supervise(FRI_2026_10_09, FRI_2026_10_16))
        .isInstanceOf(RefusedComplaintStepException.class)
        .hasMessageStartingWith(
            "ACC-3: step 再次签发《投诉督办表》 (SUPERVISE_AGAIN) refused in state 督办中"
                + " (UNDER_SUPERVISION)");
    assertThatThrownBy(() -> registered.close(TUE_2026_09_29))
        .isInstanceOf(RefusedComplaintStepException.class)
        .hasMessageContaining("after the window's written reply");
    assertThatThrownBy(() -> supervised.recordReply(MON_2026_09_28))
        .isInstanceOf(RefusedComplaintStepException.class)
        .hasMessageContaining("before the previous step");
    assertThatThrownBy(() -> registered.supervise(TUE_2026_09_29, MON_2026_09_28))
        .isInstanceOf(RefusedComplaintStepException.class);
    Complaint onSite =
        Complaint.register(VALID, ComplaintCategory.ON_SITE_COORDINATION, MON_2026_09_28);
    RefusedComplaintStepException e =
        assertThrows(
            RefusedComplaintStepException.class,
            () -> onSite.supervise(MON_2026_09_28, TUE_2026_09_29));
    assertThat(e.state()).isEqualTo(ComplaintState.REGISTERED);
    assertThat(e.step()).isEqualTo(ComplaintStep.SUPERVISE);
    assertThat(e.step().label()).isEqualTo("提出督办意见");
    assertThat(e.rule()).isEqualTo(Rules.ACC_3);
    assertThat(onSite.close(MON_2026_09_28).state()).isEqualTo(ComplaintState.CLOSED);
    assertThat(registered.state()).isEqualTo(ComplaintState.REGISTERED);
    assertThat(supervised.state()).isEqualTo(ComplaintState.UNDER_SUPERVISION);
  }

  @Test
  @DisplayName("ACC-3: 意见反映类 lists its three dispositions; 现场协调类 settles on the spot")
  void categories() {
    assertThat(ComplaintCategory.OPINION_FEEDBACK.flow()).hasSize(3);
    assertThat(ComplaintCategory.ON_SITE_COORDINATION.flow())
        .extracting(Language.CHINESE::render)
        .endsWith("办结投诉");
    assertThat(ComplaintCategory.OPINION_FEEDBACK.label()).isEqualTo("意见反映类");
    assertThat(ComplaintCategory.OPINION_FEEDBACK.english()).isEqualTo("opinions and suggestions");
    for (ComplaintCategory category : ComplaintCategory.values()) {
      Renderings.checkedEnglish(category.english());
      category.flow().forEach(step -> Renderings.checkedEnglish(Language.ENGLISH.render(step)));
    }
  }

  @Test
  @DisplayName("ACC-4: report to the same level, then the next level up [convention: no further]")
  void escalation() {
    assertThat(Escalation.SAME_LEVEL.next()).contains(Escalation.NEXT_LEVEL_UP);
    assertThat(Escalation.NEXT_LEVEL_UP.next()).isEmpty();
    assertThat(Escalation.SAME_LEVEL.bodies()).isEqualTo("本级监察机关、政务公开领导小组办公室");
    assertThat(Escalation.CITATION.provision()).isEqualTo("责任追究制度五");
    assertThat(Escalation.NEXT_LEVEL_UP.finding().rule()).isEqualTo(Rules.ACC_4);
    assertThat(Escalation.SAME_LEVEL.finding().toString())
        .isEqualTo(
            "[ACC-4] 认为政府机关不依法履行政府信息公开义务的，可向本级监察机关、政务公开领导小组办公室举报（"
                + Escalation.CITATION.toReference()
                + "）");
    assertThat(Renderings.english(Escalation.NEXT_LEVEL_UP.finding()))
        .isEqualTo(
            "[ACC-4] a reporter unsatisfied with the handling at the same level may report to the"
                + " competent department, the supervision organ or the open-government leading"
                + " group's office one level up (Source document 002 (rules for open government affairs work))");
  }

  @Test
  @DisplayName("ACC-3: null checks and value equality")
  void contract() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ComplaintFacts.class, VALID)
            .setDefault(LocalDate.class, MON_2026_09_28);
    for (Class<?> type :
        List.of(
            ComplaintFacts.class,
            ComplaintIntake.class,
            Complaint.class,
            RefusedComplaintStepException.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(
        Complaint.register(VALID, ComplaintCategory.FORMAL_CASE, MON_2026_09_28));
    new EqualsTester()
        .addEqualityGroup(
            Complaint.register(VALID, ComplaintCategory.FORMAL_CASE, MON_2026_09_28),
            Complaint.register(VALID, ComplaintCategory.FORMAL_CASE, MON_2026_09_28))
        .addEqualityGroup(
            Complaint.register(VALID, ComplaintCategory.FORMAL_CASE, MON_2026_09_28)
                .supervise(TUE_2026_09_29, FRI_2026_10_09))
        .addEqualityGroup(
            Complaint.register(VALID, ComplaintCategory.OPINION_FEEDBACK, MON_2026_09_28))
        .testEquals();
  }
}
