package dev.disclosure.core.proactive;

import static dev.disclosure.core.proactive.Fixtures.BUDGET;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_10_12;
import static dev.disclosure.core.proactive.Fixtures.MON_2026_11_02;
import static dev.disclosure.core.proactive.Fixtures.OFFICIAL;
import static dev.disclosure.core.proactive.Fixtures.PORTAL_AND_GAZETTE;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_09_29;
import static dev.disclosure.core.proactive.Fixtures.TUE_2026_10_20;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.AgencyLevel;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.law.Cadence;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Null checks on every public entry point and value equality of every value type. */
class ProactiveApiContractTest {

  private static final Publication PUBLISHED =
      Publication.of(BUDGET, MON_2026_09_28, PORTAL_AND_GAZETTE);
  private static final LegalCause CAUSE =
      LegalCause.of("保密审查争议报请确定", MON_2026_10_12, TUE_2026_10_20);
  private static final PublicationRecord RECORD =
      PublicationRecord.builder().item(BUDGET).cadence(Cadence.PROMPTLY).build();

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, MON_2026_09_28)
        .setDefault(WorkingDayCalendar.class, OFFICIAL)
        .setDefault(InformationItem.class, BUDGET)
        .setDefault(Publication.class, PUBLISHED)
        .setDefault(LegalCause.class, CAUSE)
        .setDefault(PublicationRecord.class, RECORD)
        .setDefault(AgencyLevel.class, AgencyLevel.COUNTY_AND_ABOVE)
        .setDefault(String.class, "说明");
  }

  @Test
  @DisplayName("every public method rejects null with the parameter's name")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            ProactiveCatalog.class,
            PublicationForm.class,
            Publication.class,
            LegalCause.class,
            PublicationDeadline.class,
            ChangeKind.class,
            ItemChange.class,
            ApprovalStep.class,
            ApprovalChain.class,
            ApprovalProcedure.class,
            ApprovalCondition.class,
            RestrictedInformation.class,
            PublicationRecord.class,
            PublicationHistory.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(ApprovalProcedure.STREET_OFFICE);
    tester.testAllPublicInstanceMethods(PublicationDeadline.forItem(OFFICIAL, BUDGET));
    tester.testAllPublicInstanceMethods(
        ItemChange.of(PUBLISHED, ChangeKind.CHANGE, MON_2026_09_28, "预算调整"));
    tester.testAllPublicInstanceMethods(ApprovalChain.of(BUDGET));
    tester.testAllPublicInstanceMethods(RECORD);
    tester.testAllPublicInstanceMethods(PublicationRecord.builder());
    tester.testAllPublicInstanceMethods(PublicationHistory.of(List.of(RECORD)));
  }

  @Test
  @DisplayName("value types are equal when their contents are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            PUBLISHED, Publication.of(BUDGET, MON_2026_09_28, EnumSet.copyOf(PORTAL_AND_GAZETTE)))
        .addEqualityGroup(Publication.of(BUDGET, TUE_2026_09_29, PORTAL_AND_GAZETTE))
        .addEqualityGroup(
            Publication.of(
                BUDGET,
                MON_2026_09_28,
                EnumSet.of(PublicationForm.PORTAL_CATALOG, PublicationForm.MEDIA)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CAUSE, LegalCause.of("保密审查争议报请确定", MON_2026_10_12, TUE_2026_10_20))
        .addEqualityGroup(LegalCause.of("保密审查争议报请确定", MON_2026_10_12, MON_2026_11_02))
        .addEqualityGroup(LegalCause.of("系统故障", MON_2026_10_12, TUE_2026_10_20))
        .testEquals();
    PublicationDeadline deadline = PublicationDeadline.forItem(OFFICIAL, BUDGET);
    new EqualsTester()
        .addEqualityGroup(deadline, PublicationDeadline.forItem(OFFICIAL, BUDGET))
        .addEqualityGroup(
            PublicationDeadline.of(OFFICIAL, AgencyLevel.COUNTY_AND_ABOVE, MON_2026_09_28),
            PublicationDeadline.of(OFFICIAL, AgencyLevel.COUNTY_AND_ABOVE, MON_2026_09_28))
        .addEqualityGroup(PublicationDeadline.of(OFFICIAL, AgencyLevel.TOWNSHIP, MON_2026_09_28))
        .addEqualityGroup(deadline.withLegalCause(CAUSE), deadline.withLegalCause(CAUSE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            deadline.findings().get(0),
            PublicationDeadline.forItem(OFFICIAL, BUDGET).findings().get(0))
        .addEqualityGroup(deadline.findings().get(1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ItemChange.of(PUBLISHED, ChangeKind.CHANGE, MON_2026_09_28, "预算调整"),
            ItemChange.of(PUBLISHED, ChangeKind.CHANGE, MON_2026_09_28, "预算调整"))
        .addEqualityGroup(ItemChange.of(PUBLISHED, ChangeKind.REVOCATION, MON_2026_09_28, "预算调整"))
        .addEqualityGroup(ItemChange.of(PUBLISHED, ChangeKind.CHANGE, TUE_2026_09_29, "预算调整"))
        .testEquals();
    ApprovalChain proposed = ApprovalChain.of(BUDGET).proposedBy("县财政局预算股", MON_2026_09_28);
    new EqualsTester()
        .addEqualityGroup(ApprovalChain.of(BUDGET), ApprovalChain.of(BUDGET))
        .addEqualityGroup(proposed, ApprovalChain.of(BUDGET).proposedBy("县财政局预算股", MON_2026_09_28))
        .addEqualityGroup(ApprovalChain.of(BUDGET).proposedBy("县财政局预算股", TUE_2026_09_29))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            proposed.records().get(0),
            ApprovalChain.of(BUDGET).proposedBy("县财政局预算股", MON_2026_09_28).records().get(0))
        .addEqualityGroup(
            ApprovalChain.of(BUDGET).proposedBy("办公室", MON_2026_09_28).records().get(0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            RECORD, PublicationRecord.builder().item(BUDGET).cadence(Cadence.PROMPTLY).build())
        .addEqualityGroup(RECORD.withPublication(TUE_2026_09_29))
        .addEqualityGroup(
            PublicationRecord.builder().item(BUDGET).cadence(Cadence.LONG_TERM).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            PublicationHistory.of(List.of(RECORD)), PublicationHistory.of(List.of(RECORD)))
        .addEqualityGroup(PublicationHistory.of(List.of()))
        .testEquals();
    PublicationHistory history = PublicationHistory.of(List.of(RECORD));
    // a prompt item's convention, then its breach
    new EqualsTester()
        .addEqualityGroup(
            history.findingsOn(OFFICIAL, MON_2026_11_02).get(1),
            history.findingsOn(OFFICIAL, MON_2026_11_02).get(1))
        .addEqualityGroup(history.findingsOn(OFFICIAL, MON_2026_11_02.plusDays(1)).get(1))
        .addEqualityGroup(history.findingsOn(OFFICIAL, MON_2026_11_02).get(0))
        .testEquals();
  }
}
