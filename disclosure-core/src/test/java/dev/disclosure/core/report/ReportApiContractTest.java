package dev.disclosure.core.report;

import static dev.disclosure.core.report.ReportFixtures.MON_2025_03_03;
import static dev.disclosure.core.report.ReportFixtures.MON_2025_09_29;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.request.RequestCase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Null checks on every public entry point and value equality of the report's values. */
class ReportApiContractTest {

  @Test
  @DisplayName("RPT-2: every public method rejects null with the parameter's name")
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, MON_2025_09_29)
            .setDefault(Regime.class, Regime.OGI_2019)
            .setDefault(RequestTable.class, RequestTable.of(2025, List.of()))
            .setDefault(ReviewTable.class, ReviewTable.of(2025, List.of()))
            .setDefault(ReportFormat.class, ReportFormat.FORMAT_2021)
            .setDefault(RequestRow.class, RequestRow.DISCLOSED)
            .setDefault(ProactiveRow.class, ProactiveRow.RULES)
            .setDefault(ProactiveMeasure.class, ProactiveMeasure.ISSUED)
            .setDefault(Cell.class, Cell.of(1))
            .setDefault(AnnualReport.class,
                AnnualReport.of(Regime.OGI_2019, Publisher.DEPARTMENT, 2025, List.of(), List.of()))
            .setDefault(
                RequestCase.class,
                ReportFixtures.open(ApplicantKind.NATURAL_PERSON, MON_2025_09_29));
    for (Class<?> type :
        List.of(
            RequestTable.class,
            ReviewTable.class,
            ReviewRecord.class,
            AnnualReport.class,
            Column.class,
            Cell.class,
            RequestRow.class,
            ReportFormat.class,
            ProactiveTable.class,
            Narrative.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(RequestTable.of(2026, List.of()));
    tester.testAllPublicInstanceMethods(ReviewTable.of(2026, List.of()));
    tester.testAllPublicInstanceMethods(
        AnnualReport.of(Regime.OGI_2019, Publisher.DEPARTMENT, 2026, List.of(), List.of()));
    tester.testAllPublicInstanceMethods(RequestTable.builder(2026, ReportFormat.FORMAT_2021));
    tester.testAllPublicInstanceMethods(ReviewTable.builder(2026));
    tester.testAllPublicInstanceMethods(ProactiveTable.builder(2026, ReportFormat.FORMAT_2021));
    tester.testAllPublicInstanceMethods(
        ProactiveTable.builder(2026, ReportFormat.FORMAT_2021).build());
    tester.testAllPublicInstanceMethods(Narrative.parse("收到申请3件"));
    tester.testAllPublicInstanceMethods(Cell.parse("/"));
  }

  @Test
  @DisplayName("RPT-1, RPT-2: tables, records and reports are equal by value")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            ReviewRecord.pending(ReviewKind.RECONSIDERATION, MON_2025_03_03),
            ReviewRecord.pending(ReviewKind.RECONSIDERATION, MON_2025_03_03))
        .addEqualityGroup(
            ReviewRecord.concluded(
                ReviewKind.RECONSIDERATION, MON_2025_03_03, MON_2025_09_29, ReviewResult.UPHELD))
        .addEqualityGroup(RequestTable.of(2026, List.of()), RequestTable.of(2026, List.of()))
        .addEqualityGroup(RequestTable.of(2025, List.of()))
        .addEqualityGroup(ReviewTable.of(2026, List.of()), ReviewTable.of(2026, List.of()))
        .addEqualityGroup(
            AnnualReport.of(Regime.OGI_2019, Publisher.DEPARTMENT, 2026, List.of(), List.of()),
            AnnualReport.of(Regime.OGI_2019, Publisher.DEPARTMENT, 2026, List.of(), List.of()))
        .addEqualityGroup(
            AnnualReport.of(Regime.OGI_2019, Publisher.GOVERNMENT, 2026, List.of(), List.of()))
        .addEqualityGroup(Cell.of(0), Cell.parse("0"), Cell.parse(" 0 "))
        .addEqualityGroup(Cell.blank(), Cell.parse(""), Cell.parse("\u3000"))
        .addEqualityGroup(Cell.placeholder("/"), Cell.parse("/"))
        .addEqualityGroup(Cell.parse("—"))
        .addEqualityGroup(Cell.parse("NA"))
        .addEqualityGroup(Cell.of(new java.math.BigDecimal("12.50")), Cell.parse("12.50"))
        .addEqualityGroup(Cell.parse("12.5"))
        .addEqualityGroup(
            RequestTable.builder(2026, ReportFormat.FORMAT_2021).build(),
            RequestTable.builder(2026, ReportFormat.FORMAT_2021).build())
        .addEqualityGroup(
            RequestTable.builder(2026, ReportFormat.FORMAT_2021)
                .label(RequestRow.DISCLOSED, "（一）予以公开了")
                .build())
        .addEqualityGroup(RequestTable.builder(2026, ReportFormat.TRIAL_2019).build())
        .addEqualityGroup(
            ProactiveTable.builder(2026, ReportFormat.FORMAT_2021).build(),
            ProactiveTable.builder(2026, ReportFormat.FORMAT_2021).build())
        .addEqualityGroup(
            ProactiveTable.builder(2026, ReportFormat.FORMAT_2021)
                .row(ProactiveRow.FEES, "1.50")
                .build())
        .addEqualityGroup(
            ProactiveTable.builder(2026, ReportFormat.FORMAT_2021)
                .label(ProactiveMeasure.IN_FORCE, "现行有效件数（历史累计）")
                .build())
        .addEqualityGroup(ReviewTable.builder(2026).build(), ReviewTable.builder(2026).build())
        .addEqualityGroup(Narrative.parse("收到申请3件"), Narrative.parse("收到申请3件"))
        .testEquals();
  }
}
