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
            .setDefault(
                RequestCase.class,
                ReportFixtures.open(ApplicantKind.NATURAL_PERSON, MON_2025_09_29));
    for (Class<?> type :
        List.of(
            RequestTable.class,
            ReviewTable.class,
            ReviewRecord.class,
            AnnualReport.class,
            Column.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(RequestTable.of(2026, List.of()));
    tester.testAllPublicInstanceMethods(ReviewTable.of(2026, List.of()));
    tester.testAllPublicInstanceMethods(
        AnnualReport.of(Regime.OGI_2019, Publisher.DEPARTMENT, 2026, List.of(), List.of()));
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
        .testEquals();
  }
}
