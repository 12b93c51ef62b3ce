package dev.disclosure.core;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.disclosure.calendar.CountingRules;
import dev.disclosure.core.exemption.ExemptionGround;
import dev.disclosure.core.exemption.GroundOverride;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Null checks and value equality of the base package's public API. */
class CoreApiContractTest {

  @Test
  @DisplayName("every public entry point rejects null with the parameter's name")
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(dev.disclosure.calendar.Citation.class, CountingRules.CIVIL_CODE_ART_201)
            .setDefault(String.class, "某市财政局");
    tester.testAllPublicStaticMethods(Agency.class);
    tester.testAllPublicStaticMethods(Applicant.class);
    tester.testAllPublicStaticMethods(ExemptionGround.class);
    tester.testAllPublicInstanceMethods(Regime.OGI_2019);
    tester.testAllPublicInstanceMethods(ModelsTest.budget().build());
  }

  @Test
  @DisplayName("values are equal when their contents are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            Agency.of("某市财政局", AgencyLevel.DEPARTMENT), Agency.of("某市财政局", AgencyLevel.DEPARTMENT))
        .addEqualityGroup(Agency.of("某市财政局", AgencyLevel.COUNTY_AND_ABOVE))
        .addEqualityGroup(Agency.of("某镇人民政府", AgencyLevel.TOWNSHIP))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "a"),
            Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "a"))
        .addEqualityGroup(Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "b"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ModelsTest.budget().build(), ModelsTest.budget().build())
        .addEqualityGroup(ModelsTest.budget().title("另一项").build())
        .addEqualityGroup(ModelsTest.budget().marking(SecrecyMarking.SECRET).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ExemptionGround.of("X", "x", GroundOverride.NONE, CountingRules.CIVIL_CODE_ART_201),
            ExemptionGround.of("X", "x", GroundOverride.NONE, CountingRules.CIVIL_CODE_ART_201),
            ExemptionGround.of(
                "X", "x", "X", GroundOverride.NONE, CountingRules.CIVIL_CODE_ART_201))
        .addEqualityGroup(
            ExemptionGround.of(
                "X", "x", "ground x", GroundOverride.NONE, CountingRules.CIVIL_CODE_ART_201))
        .addEqualityGroup(
            ExemptionGround.of("Y", "x", GroundOverride.NONE, CountingRules.CIVIL_CODE_ART_201))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Regime.OGI_2008)
        .addEqualityGroup(Regime.OGI_2019)
        .testEquals();
  }
}
