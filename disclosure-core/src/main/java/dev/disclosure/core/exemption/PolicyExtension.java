package dev.disclosure.core.exemption;

import static dev.disclosure.core.law.LegalSources.DOC_003;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.Regime;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A local policy's own list of grounds for not disclosing (地方或单位规定的不予公开情形, EX-8), added to a regime
 * without changing the library. An {@link ExemptionClassifier} built with the extension accepts its
 * ground ids in {@link ItemFacts#localGroundIds()}.
 *
 * <p>A local policy ranks below the regulation: it cannot remove a ground or an override of the
 * regime. Under {@link Regime#OGI_2019} it cannot add one either: 第十三条 makes 第十四条至第十六条 the only
 * grounds and 第十四条 accepts only 法律、行政法规, so {@link ExemptionClassifier} reports a local ground used
 * under OGI_2019 as a {@link dev.disclosure.calendar.FindingKind#BROKEN} EX-8 finding and withholds
 * nothing for it; under {@link Regime#OGI_2008}, whose implementing rules (来源文件002, 003) add local
 * lists, its grounds withhold. {@link #of} refuses a ground whose id is one of the regime's own, and a ground whose
 * override the regime has no test for.
 *
 * <p>Two examples from the seed documents come ready-made: {@link #schoolList(Regime)} and {@link
 * #streetOfficeThreeNots(Regime)}. Their grounds yield to a law, regulation or rule that requires
 * disclosure ({@link GroundOverride#UNLESS_LAW_REQUIRES_DISCLOSURE}), because a local list cannot
 * override a higher norm (上位法优先) [convention].
 *
 * <p>Immutable and thread-safe; equal when name, regime and grounds are equal.
 */
public final class PolicyExtension {

  private static final String SCHOOL_SOURCE = "小学信息公开工作实施方案二（三）免于公开的信息";
  private static final String STREET_SOURCE = "街道政府信息公开工作总结（“三不公开”原则）";
  private static final String STREET_WORDING =
      "进一步完善保密审查制度，确立了“三不公开”原则，即：文件不公开、针对个别问题的文件不公开、请示报告不公开。";

  /**
   * The school list's new ground (003 小学信息公开工作实施方案, 免于公开的信息第3项): information whose disclosure may
   * endanger campus safety and stability (公开可能危及校园安全稳定的信息). The list's other items are the regime's
   * own grounds: state secrets ({@link ContentFlag#STATE_SECRET}), privacy ({@link
   * ContentFlag#PERSONAL_PRIVACY}) and other cases exempted by law ({@link
   * ContentFlag#PROHIBITED_BY_LAW}).
   */
  public static final ExemptionGround SCHOOL_CAMPUS_SAFETY =
      ExemptionGround.of(
          "SCHOOL-CAMPUS-SAFETY",
          "公开可能危及校园安全稳定的信息",
          "information whose disclosure may endanger campus safety and stability",
          GroundOverride.UNLESS_LAW_REQUIRES_DISCLOSURE,
          Citation.of(DOC_003, SCHOOL_SOURCE + "第3项", "公开可能危及校园安全稳定的信息。"));

  /** The street office's first "not disclosed" (003 “三不公开”): documents (文件不公开). */
  public static final ExemptionGround STREET_DOCUMENTS =
      ExemptionGround.of(
          "STREET-DOCUMENTS",
          "文件不公开",
          "documents are not disclosed",
          GroundOverride.UNLESS_LAW_REQUIRES_DISCLOSURE,
          Citation.of(DOC_003, STREET_SOURCE, STREET_WORDING));

  /** The street office's second: documents on individual matters (针对个别问题的文件不公开). */
  public static final ExemptionGround STREET_INDIVIDUAL_MATTERS =
      ExemptionGround.of(
          "STREET-INDIVIDUAL-MATTERS",
          "针对个别问题的文件不公开",
          "documents on individual matters are not disclosed",
          GroundOverride.UNLESS_LAW_REQUIRES_DISCLOSURE,
          Citation.of(DOC_003, STREET_SOURCE, STREET_WORDING));

  /** The street office's third: requests for instructions and reports (请示报告不公开). */
  public static final ExemptionGround STREET_REQUESTS_AND_REPORTS =
      ExemptionGround.of(
          "STREET-REQUESTS-AND-REPORTS",
          "请示报告不公开",
          "requests for instructions and reports are not disclosed",
          GroundOverride.UNLESS_LAW_REQUIRES_DISCLOSURE,
          Citation.of(DOC_003, STREET_SOURCE, STREET_WORDING));

  private final String name;
  private final Regime regime;
  private final ImmutableList<ExemptionGround> grounds;

  private PolicyExtension(String name, Regime regime, ImmutableList<ExemptionGround> grounds) {
    this.name = name;
    this.regime = regime;
    this.grounds = grounds;
  }

  /**
   * Returns a policy extension.
   *
   * @param name the policy's name, e.g. {@code 某县教育局学校信息公开实施细则}
   * @param regime the regime the policy was written under and extends
   * @param grounds the grounds the policy adds, at least one, with distinct ids
   * @return the extension
   * @throws InvalidFactsException listing every problem: a blank name, no grounds, an id given
   *     twice or taken by the regime, an override the regime has no test for (EX-8)
   */
  public static PolicyExtension of(String name, Regime regime, List<ExemptionGround> grounds) {
    requireNonNull(name, "name");
    requireNonNull(regime, "regime");
    requireNonNull(grounds, "grounds");
    grounds.forEach(ground -> requireNonNull(ground, "grounds element"));
    List<Problem> problems = new ArrayList<>();
    if (name.isBlank()) {
      problems.add(new Problem(Rules.EX_8, "the policy's name is blank; name the local policy"));
    }
    if (grounds.isEmpty()) {
      problems.add(new Problem(Rules.EX_8, "the policy adds no ground; give at least one"));
    }
    ExemptionRules rules = ExemptionRules.of(regime);
    Set<String> regimeIds = new HashSet<>();
    rules.grounds().values().forEach(ground -> regimeIds.add(ground.id()));
    Set<String> seen = new HashSet<>();
    for (ExemptionGround ground : grounds) {
      if (!seen.add(ground.id())) {
        problems.add(new Problem(Rules.EX_8, "ground id " + ground.id() + " is given twice"));
      }
      if (regimeIds.contains(ground.id())) {
        problems.add(
            new Problem(
                Rules.EX_8,
                "ground id "
                    + ground.id()
                    + " is a ground of "
                    + regime
                    + " itself; use its flag"));
      }
      if (!rules.knows(ground.override())) {
        problems.add(
            new Problem(
                Rules.EX_8,
                "ground "
                    + ground
                    + " is lifted only by "
                    + ground.override().label()
                    + ", a test "
                    + regime
                    + " does not have"));
      }
    }
    InvalidFactsException.throwIfAny("PolicyExtension '" + name + "'", problems);
    return new PolicyExtension(name, regime, ImmutableList.copyOf(grounds));
  }

  /**
   * Returns the school list of 003 (小学信息公开工作实施方案, 免于公开的信息) for a regime: it adds {@link
   * #SCHOOL_CAMPUS_SAFETY}; the list's other items are the regime's own grounds.
   *
   * @param regime the regime the school works under
   * @return the extension
   */
  public static PolicyExtension schoolList(Regime regime) {
    requireNonNull(regime, "regime");
    return of("小学信息公开工作实施方案（免于公开的信息）", regime, List.of(SCHOOL_CAMPUS_SAFETY));
  }

  /**
   * Returns the street office's "三不公开" principle of 003 for a regime: {@link #STREET_DOCUMENTS},
   * {@link #STREET_INDIVIDUAL_MATTERS} and {@link #STREET_REQUESTS_AND_REPORTS}.
   *
   * <p>It comes from the office's annual summary, not from a normative document, and a blanket
   * "documents are not disclosed" sits uneasily with the regulation's rule that information is
   * disclosed unless a ground applies (OGI_2019 第十三条). It ships as an example of how an extension
   * is written; an answer letter that relies on it alone rests on a local practice.
   *
   * @param regime the regime the office works under
   * @return the extension
   */
  public static PolicyExtension streetOfficeThreeNots(Regime regime) {
    requireNonNull(regime, "regime");
    return of(
        "街道“三不公开”原则",
        regime,
        List.of(STREET_DOCUMENTS, STREET_INDIVIDUAL_MATTERS, STREET_REQUESTS_AND_REPORTS));
  }

  /** {@return the policy's name} */
  public String name() {
    return name;
  }

  /** {@return the regime the policy extends} */
  public Regime regime() {
    return regime;
  }

  /** {@return the grounds the policy adds, in the order given} */
  public List<ExemptionGround> grounds() {
    return grounds;
  }

  /**
   * Returns the policy's ground with an id.
   *
   * @param id the ground id
   * @return the ground, or empty if the policy does not define it
   */
  public Optional<ExemptionGround> ground(String id) {
    requireNonNull(id, "id");
    return grounds.stream().filter(ground -> ground.id().equals(id)).findFirst();
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof PolicyExtension other
        && name.equals(other.name)
        && regime.equals(other.regime)
        && grounds.equals(other.grounds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, regime, grounds);
  }

  /** Returns a one-line description, for example {@code 街道“三不公开”原则 (OGI_2008): [STREET-DOCUMENTS 文件不公开, …]}. */
  @Override
  public String toString() {
    return name + " (" + regime + "): " + grounds;
  }
}
