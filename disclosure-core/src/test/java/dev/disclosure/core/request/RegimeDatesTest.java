package dev.disclosure.core.request;

import static dev.disclosure.core.Renderings.checkedEnglish;
import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.Regime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each case is judged by its own regime's provisions: OGI-2008 (国务院令第492号, in force 2008-05-01)
 * has no 第三十一条 receipt rule, and OGI-2019 (国务院令第711号) is in force from 2019-05-15 (第五十六条).
 */
class RegimeDatesTest {

  private static List<Finding> rule(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.rule().equals(RuleId.of(rule))).toList();
  }

  private static RequestCase recorded(Regime regime, Submission submission) {
    return RequestCase.recorded(
        regime, OFFICIAL, ZHANG_SAN, new Application("某文件", "电子文档", submission), List.of());
  }

  @Test
  @DisplayName(
      "REQ-2, REQ-11: an OGI_2008 case submitted online in 2012 and confirmed late is judged without"
          + " the 2019 第三十一条 (国务院令第711号): the receipt date rests on 第二十四条 and 指导案例26号")
  void ogi2008ReceiptCitesItsOwnProvisions() {
    RequestCase c =
        recorded(
            Regime.OGI_2008,
            new Submission.Electronic(false, LocalDate.of(2012, 3, 5), LocalDate.of(2012, 3, 8)));
    assertThat(c.status().breaches()).isEmpty();
    String receipt = chinese(rule(c.status().findings(), "REQ-2"));
    assertThat(receipt).contains("第二十四条", "指导案例26号").doesNotContain("第711号", "第三十一条");
    List<Finding> late = rule(c.status().findings(), "REQ-11");
    assertThat(late).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.CONVENTION);
    assertThat(chinese(late)).doesNotContain("第711号");
    // in person: 第二十四条 alone
    assertThat(chinese(rule(recorded(Regime.OGI_2008, new Submission.InPerson(LocalDate.of(2012, 9, 24)))
                .status()
                .findings(), "REQ-2")))
        .contains("第二十四条")
        .doesNotContain("第711号", "指导案例26号");
  }

  @Test
  @DisplayName(
      "REQ-2 (OGI-2019 第五十六条): an OGI_2019 case received 2010-03-03, before 2019-05-15, is recorded"
          + " with a finding naming both regulations and the one in force that day")
  void ogi2019BeforeItsTime() {
    RequestCase c = recorded(Regime.OGI_2019, new Submission.InPerson(LocalDate.of(2010, 3, 3)));
    List<Finding> regime =
        rule(c.status().findings(), "REQ-2").stream()
            .filter(f -> chinese(f).contains("施行"))
            .toList();
    assertThat(regime).hasSize(1);
    assertThat(chinese(regime))
        .contains(
            "2010年3月3日", "2019年5月15日", "该日施行的是《中华人民共和国政府信息公开条例》（2008年施行）",
            "第五十六条", "第492号", "第711号")
        .doesNotContain("OGI_20");
    assertThat(checkedEnglish(Language.ENGLISH.render(regime)))
        .contains(
            "received on 2010-03-03, when OGI_2019 was not in force (in force from 2019-05-15); in"
                + " force that day: OGI_2008; the case is still judged under OGI_2019 as chosen");
  }

  @Test
  @DisplayName(
      "REQ-2 (OGI-2019 第五十六条): an OGI_2008 case received in 2025, after the 2019 regulation replaced"
          + " it, is recorded with a finding naming OGI_2019; one received in 2012 has none")
  void ogi2008AfterItsTime() {
    List<Finding> findings =
        recorded(Regime.OGI_2008, new Submission.InPerson(LocalDate.of(2025, 3, 3))).status().findings();
    assertThat(chinese(findings))
        .contains("2019年5月15日起被取代", "该日施行的是《中华人民共和国政府信息公开条例》（2019年修订）", "第五十六条");
    assertThat(
            chinese(
                recorded(Regime.OGI_2008, new Submission.InPerson(LocalDate.of(2012, 9, 24)))
                    .status()
                    .findings()))
        .doesNotContain("施行期间");
  }

  private static RegimeNotInForceException refusedOpening(Regime regime, LocalDate receipt) {
    return catchThrowableOfType(
        RegimeNotInForceException.class,
        () -> Fixtures.open(regime, receipt));
  }

  @Test
  @DisplayName(
      "REQ-2 (OGI-2019 第五十六条): guidance opens a case only under the regulation in force on its"
          + " receipt date: OGI_2008 up to 2019-05-14, OGI_2019 from 2019-05-15; the refusal names"
          + " both and what to do")
  void guidanceRefusesARegimeNotInForce() {
    LocalDate last2008 = LocalDate.of(2019, 5, 14);
    LocalDate first2019 = LocalDate.of(2019, 5, 15);
    assertThat(Fixtures.open(Regime.OGI_2008, last2008).status().dueDate())
        .isEqualTo(LocalDate.of(2019, 6, 4)); // 15 working days; 端午 06-07 comes after
    assertThat(Fixtures.open(Regime.OGI_2019, first2019).status().dueDate())
        .isEqualTo(LocalDate.of(2019, 6, 13)); // 20 working days, 端午 Fri 06-07 off
    RegimeNotInForceException late = refusedOpening(Regime.OGI_2008, first2019);
    assertThat(late.rule()).isEqualTo(RuleId.of("REQ-2"));
    assertThat(late.regime()).isEqualTo(Regime.OGI_2008);
    assertThat(late.receiptDate()).isEqualTo(first2019);
    assertThat(late.regimeInForce()).contains(Regime.OGI_2019);
    assertThat(late)
        .hasMessage(
            "REQ-2: step 按OGI_2008受理 (opening the case under OGI_2008) refused in state 收到申请"
                + " (received on 2019-05-15): received on 2019-05-15, when OGI_2008 was not in"
                + " force (in force from 2008-05-01 until replaced on 2019-05-15); in force that"
                + " day: OGI_2019; open the case under OGI_2019, or record the history with"
                + " RequestCase.recorded to judge it under OGI_2008");
    RegimeNotInForceException early = refusedOpening(Regime.OGI_2019, last2008);
    assertThat(early.regimeInForce()).contains(Regime.OGI_2008);
    assertThat(early).hasMessageContaining("in force from 2019-05-15); in force that day: OGI_2008");
    // before 2008-05-01 no regulation governed a request at all
    RegimeNotInForceException none = refusedOpening(Regime.OGI_2008, LocalDate.of(2008, 4, 30));
    assertThat(none.regimeInForce()).isEmpty();
    assertThat(none)
        .hasMessageContaining("in force that day: neither regulation; no regulation governs a"
            + " request received then; record the history");
    // the guided rebuild refuses the same way, before any step
    assertThat(
            catchThrowableOfType(
                RegimeNotInForceException.class,
                () ->
                    RequestCase.of(
                        Regime.OGI_2008,
                        OFFICIAL,
                        ZHANG_SAN,
                        Fixtures.handedIn(first2019),
                        List.of(new RequestEvent.Withdrawn(first2019)))))
        .isNotNull();
    // recording takes it as chosen, with the finding (above)
    assertThat(
            RequestCase.recorded(
                    Regime.OGI_2008, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(first2019), List.of())
                .status()
                .breaches())
        .isEmpty();
  }

  @Test
  @DisplayName(
      "REQ-2: a history recorded under a regime not in force is not guided further: apply refuses"
          + " it and no step is offered; the refusal survives serialization")
  void recordedOutOfForceIsNotGuided() throws Exception {
    LocalDate last2008 = LocalDate.of(2019, 5, 14);
    RequestCase recorded =
        RequestCase.recorded(
            Regime.OGI_2019, OFFICIAL, ZHANG_SAN, Fixtures.handedIn(last2008), List.of());
    assertThat(recorded.status().allowedSteps()).isEmpty();
    RegimeNotInForceException refused =
        catchThrowableOfType(
            RegimeNotInForceException.class,
            () -> recorded.apply(Fixtures.extension(LocalDate.of(2019, 5, 20), 20)));
    assertThat(refused.regimeInForce()).contains(Regime.OGI_2008);
    // recording goes on
    assertThat(recorded.record(Fixtures.extension(LocalDate.of(2019, 5, 20), 20)).events()).hasSize(1);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(refused);
    }
    RegimeNotInForceException back;
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = (RegimeNotInForceException) in.readObject();
    }
    assertThat(back.regime()).isEqualTo(Regime.OGI_2019);
    assertThat(back.regimeInForce()).contains(Regime.OGI_2008);
    assertThat(back.receiptDate()).isEqualTo(last2008);
    assertThat(back).hasMessage(refused.getMessage());
  }

  @Test
  @DisplayName(
      "REQ-2: before 2008-05-01 the finding says neither regulation was in force; OGI_2008's own"
          + " commencement article is cited (第三十八条)")
  void beforeEitherRegulation() {
    List<Finding> findings =
        recorded(Regime.OGI_2008, new Submission.InPerson(LocalDate.of(2008, 4, 30)))
            .status()
            .findings();
    assertThat(chinese(findings))
        .contains(
            "《中华人民共和国政府信息公开条例》（2008年施行）不在施行期间（2008年5月1日起施行，2019年5月15日起被取代）；"
                + "该日两部条例均未施行；本案仍按所选《中华人民共和国政府信息公开条例》（2008年施行）判断")
        .contains("第三十八条")
        .doesNotContain("国务院令第492号）国务院令第492号");
    assertThat(checkedEnglish(Language.ENGLISH.render(findings)))
        .contains("in force that day: neither regulation; the case is still judged under OGI_2008");
  }
}
