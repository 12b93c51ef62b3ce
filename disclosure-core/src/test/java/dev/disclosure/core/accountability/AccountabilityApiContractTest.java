package dev.disclosure.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.core.Renderings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Null checks on every public entry point and value equality of the accountability values. */
class AccountabilityApiContractTest {

  private static final FaultyAct ACT =
      FaultyAct.of(DecisionMode.COLLECTIVE, AttributionTest.ALL, Set.of());

  @Test
  @DisplayName("ACC-1, ACC-2: every public method rejects null with the parameter's name")
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(FaultyAct.class, ACT)
            .setDefault(String.class, "赵六")
            .setDefault(List.class, AttributionTest.ALL);
    for (Class<?> type :
        List.of(
            FaultyAct.class,
            Attribution.class,
            SanctionLadder.class,
            Sanction.class,
            Participant.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(ACT);
    tester.testAllPublicInstanceMethods(Attribution.of(ACT));
  }

  @Test
  @DisplayName("ACC-1: facts and attributions are equal by value")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ACT, FaultyAct.of(DecisionMode.COLLECTIVE, AttributionTest.ALL, Set.of()))
        .addEqualityGroup(ACT.withObjection("赵六"))
        .addEqualityGroup(Attribution.of(ACT), Attribution.of(ACT))
        .addEqualityGroup(Attribution.of(ACT.withObjection("赵六")))
        .testEquals();
  }

  @Test
  @DisplayName("ACC-1 … ACC-4: every English name and rendering holds no Chinese character")
  void englishIsEnglish() {
    List<Enum<?>> named = new ArrayList<>();
    for (Class<? extends Enum<?>> type :
        List.of(
            Responsibility.class,
            Role.class,
            DecisionMode.class,
            Severity.class,
            Measure.class,
            SanctionTarget.class,
            IntakeOutcome.class,
            ComplaintCategory.class,
            Escalation.class,
            AppealEvent.Ruling.class,
            InspectionMeasure.class,
            PublicityContent.class,
            HearingNoticeContent.class,
            ReportContent.class,
            ComplaintChannel.class,
            ComplaintScope.class,
            InvestigationMethod.class,
            OneTimeNotice.class,
            FirstContactDuty.class)) {
      named.addAll(List.of(type.getEnumConstants()));
    }
    for (Enum<?> constant : named) {
      String english;
      try {
        english = (String) constant.getClass().getMethod("english").invoke(constant);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(constant + " has no english()", e);
      }
      assertThat(english).as("%s", constant).isNotBlank();
      Renderings.checkedEnglish(english);
    }
    for (Severity severity : Severity.values()) {
      Renderings.english(SanctionLadder.finding(severity));
    }
    for (Escalation level : Escalation.values()) {
      Renderings.english(level.finding());
    }
  }
}
