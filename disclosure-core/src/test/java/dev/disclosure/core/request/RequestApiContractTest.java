package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.request.Fixtures.WED_2026_09_30;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static dev.disclosure.core.request.Fixtures.handedIn;
import static dev.disclosure.core.request.Fixtures.open;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Applicant;
import dev.disclosure.core.Regime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Null checks on every public entry point and value equality of every value type. */
class RequestApiContractTest {

  private static final Answer DISCLOSED = Answer.of(AnswerKind.DISCLOSED, "");

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, MON_2026_09_28)
        .setDefault(WorkingDayCalendar.class, OFFICIAL)
        .setDefault(Regime.class, Regime.OGI_2019)
        .setDefault(Applicant.class, ZHANG_SAN)
        .setDefault(Application.class, handedIn(MON_2026_09_28))
        .setDefault(Submission.class, new Submission.InPerson(MON_2026_09_28))
        .setDefault(Answer.class, DISCLOSED)
        .setDefault(AnswerKind.class, AnswerKind.DISCLOSED)
        .setDefault(OutcomeRow.class, OutcomeRow.DISCLOSED)
        .setDefault(BigDecimal.class, BigDecimal.TEN)
        .setDefault(RequestEvent.class, new RequestEvent.Withdrawn(TUE_2026_09_29))
        .setDefault(Delivery.class, new Delivery.InPerson(TUE_2026_09_29))
        .setDefault(String.class, "说明");
  }

  @Test
  @DisplayName("REQ-9: every public method and constructor rejects null with the parameter's name")
  void nulls() {
    NullPointerTester tester = tester();
    List<Class<?>> types =
        List.of(
            RequestCase.class,
            Answer.class,
            Application.class,
            RefusedStepException.class,
            Submission.InPerson.class,
            Submission.RegisteredMail.class,
            Submission.OrdinaryLetter.class,
            Submission.Electronic.class,
            RequestEvent.CorrectionAsked.class,
            RequestEvent.CorrectionReceived.class,
            RequestEvent.CorrectionMissed.class,
            RequestEvent.ConsultationSent.class,
            RequestEvent.OpinionReceived.class,
            RequestEvent.NoOpinion.class,
            RequestEvent.ExtensionApproved.class,
            RequestEvent.FeeNotice.class,
            RequestEvent.FeePaid.class,
            RequestEvent.PaymentMissed.class,
            RequestEvent.ReasonsAsked.class,
            RequestEvent.ReasonsGiven.class,
            RequestEvent.Answered.class,
            RequestEvent.Withdrawn.class,
            Delivery.InPerson.class,
            Delivery.Mail.class,
            Delivery.Electronic.class,
            Delivery.NotRecorded.class);
    for (Class<?> type : types) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    RequestCase c = open(Regime.OGI_2019, MON_2026_09_28);
    tester.testAllPublicInstanceMethods(c);
    tester.testAllPublicInstanceMethods(c.status());
    tester.testAllPublicInstanceMethods(new Delivery.Mail(MON_2026_09_28, TUE_2026_09_29));
    tester.testAllPublicInstanceMethods(
        new Submission.Electronic(false, MON_2026_09_28, TUE_2026_09_29));
  }

  @Test
  @DisplayName("REQ-9: cases and statuses are equal exactly when their histories are")
  void equality() {
    RequestCase received = open(Regime.OGI_2019, MON_2026_09_28);
    RequestCase answered = received.apply(new RequestEvent.Answered(WED_2026_09_30, DISCLOSED));
    new EqualsTester()
        .addEqualityGroup(received, open(Regime.OGI_2019, MON_2026_09_28))
        .addEqualityGroup(
            answered,
            RequestCase.of(
                Regime.OGI_2019, OFFICIAL, ZHANG_SAN, handedIn(MON_2026_09_28), answered.events()))
        .addEqualityGroup(recorded2008(MON_2026_09_28))
        .addEqualityGroup(open(Regime.OGI_2019, TUE_2026_09_29))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(received.status(), open(Regime.OGI_2019, MON_2026_09_28).status())
        .addEqualityGroup(answered.status())
        .addEqualityGroup(recorded2008(MON_2026_09_28).status())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DISCLOSED, new Answer(AnswerKind.DISCLOSED, "", OutcomeRow.DISCLOSED))
        .addEqualityGroup(Answer.of(AnswerKind.DOES_NOT_EXIST, ""))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new RequestEvent.FeeNotice(TUE_2026_09_29, new BigDecimal("100")),
            new RequestEvent.FeeNotice(TUE_2026_09_29, new BigDecimal("100.00")))
        .addEqualityGroup(new RequestEvent.FeeNotice(WED_2026_09_30, new BigDecimal("100")))
        .addEqualityGroup(new RequestEvent.Withdrawn(TUE_2026_09_29))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new Submission.Electronic(true, MON_2026_09_28, TUE_2026_09_29),
            new Submission.Electronic(true, MON_2026_09_28, TUE_2026_09_29))
        .addEqualityGroup(new Submission.Electronic(false, MON_2026_09_28, TUE_2026_09_29))
        .addEqualityGroup(new Submission.InPerson(TUE_2026_09_29))
        .testEquals();
  }

  /** The same receipt under the other regime: recorded, since guidance refuses OGI_2008 in 2026. */
  private static RequestCase recorded2008(LocalDate receipt) {
    return RequestCase.recorded(Regime.OGI_2008, OFFICIAL, ZHANG_SAN, handedIn(receipt), List.of());
  }
}
