package dev.disclosure.testkit;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.Regime;
import dev.disclosure.core.SecrecyMarking;
import dev.disclosure.core.exemption.ContentFlag;
import dev.disclosure.core.exemption.Discretion;
import dev.disclosure.core.exemption.ExemptionGround;
import dev.disclosure.core.exemption.ExemptionRules;
import dev.disclosure.core.exemption.GroundOverride;
import dev.disclosure.core.exemption.InformationStatus;
import dev.disclosure.core.exemption.ItemFacts;
import dev.disclosure.core.exemption.PublicInterest;
import dev.disclosure.core.exemption.ThirdPartyConsent;
import dev.disclosure.core.exemption.ThirdPartyHarm;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Generators of the facts an exemption review judges ({@link ItemFacts}, 不予公开审查). */
public final class Exemptions {

  private Exemptions() {}

  /**
   * Returns a generator of facts valid under the regime with no local ground.
   *
   * @param regime the regime whose public-interest tests may be found met
   * @return the generator
   * @see #itemFacts(Regime, List)
   */
  public static Generator<ItemFacts> itemFacts(Regime regime) {
    return itemFacts(regime, List.of());
  }

  /**
   * Returns a generator of facts that never contradict each other or the regime: now and then an
   * item that is not government information (its status perhaps unproved) or whose disclosability
   * is unclear, any marking (a marked secret's term expired, and then perhaps declassified), any
   * set of content flags established and others only asserted, an unclear secrecy only when
   * unmarked, an ended process only for process information, any stated discretion, an applicant
   * who is the subject, separability only when something is exempt, a third
   * party's opinion only when a ground that the right holder's consent lifts applies (EX-2, EX-3:
   * under the regime's rules, or a local ground of that kind), perhaps not sought in writing, with
   * the agency's own judgment of harm only after silence or a refusal without reasonable ground, public-interest findings only of
   * tests the regime recognizes (EX-3), a law requiring disclosure, and any subset of the given
   * local grounds (EX-8). The facts are valid for a classifier of the regime with the policy
   * extensions that define those grounds.
   *
   * @param regime the regime
   * @param localGrounds local-policy grounds that may be asserted by id, such as {@code
   *     PolicyExtension.SCHOOL_CAMPUS_SAFETY}
   * @return the generator
   */
  public static Generator<ItemFacts> itemFacts(Regime regime, List<ExemptionGround> localGrounds) {
    requireNonNull(regime, "regime");
    List<ExemptionGround> grounds = List.copyOf(localGrounds);
    ExemptionRules rules = ExemptionRules.of(regime);
    ContentFlag[] flags = ContentFlag.values();
    SecrecyMarking[] markings = SecrecyMarking.values();
    InformationStatus[] statuses = InformationStatus.values();
    Discretion[] discretions = Discretion.values();
    ThirdPartyHarm[] harms = ThirdPartyHarm.values();
    return random -> {
      InformationStatus status =
          random.nextInt(8) == 0
              ? statuses[random.nextInt(statuses.length)]
              : InformationStatus.GOVERNMENT_INFORMATION;
      boolean absent =
          status == InformationStatus.DOES_NOT_EXIST || status == InformationStatus.NOT_HELD;
      Set<ContentFlag> content = EnumSet.noneOf(ContentFlag.class);
      Set<ContentFlag> asserted = EnumSet.noneOf(ContentFlag.class);
      for (ContentFlag flag : flags) {
        int draw = absent ? 0 : random.nextInt(12);
        if (draw < 3 && draw > 0) {
          content.add(flag);
        } else if (draw == 3) {
          asserted.add(flag);
        }
      }
      Set<String> local = new TreeSet<>();
      boolean thirdParty = false;
      for (ExemptionGround ground : grounds) {
        if (random.nextInt(3) == 0) {
          local.add(ground.id());
          thirdParty |= ground.override() == GroundOverride.CONSENT_OR_PUBLIC_INTEREST;
        }
      }
      Set<ContentFlag> involved = EnumSet.copyOf(content);
      involved.addAll(asserted);
      for (ContentFlag flag : involved) {
        thirdParty |=
            rules
                .groundFor(flag)
                .filter(ground -> ground.override() == GroundOverride.CONSENT_OR_PUBLIC_INTEREST)
                .isPresent();
      }
      SecrecyMarking marking =
          absent || random.nextBoolean()
              ? SecrecyMarking.NONE
              : markings[random.nextInt(markings.length)];
      boolean expired = marking.isClassified() && random.nextBoolean();
      boolean declassified = expired && random.nextBoolean();
      boolean unclear = !marking.isClassified() && random.nextInt(4) == 0;
      boolean anythingExempt =
          !content.isEmpty()
              || !asserted.isEmpty()
              || !local.isEmpty()
              || (marking.isClassified() && !declassified)
              || unclear;
      Set<PublicInterest> findings = EnumSet.noneOf(PublicInterest.class);
      for (PublicInterest test : PublicInterest.values()) {
        if (test.isRecognizedBy(regime) && random.nextInt(4) == 0) {
          findings.add(test);
        }
      }
      ThirdPartyConsent[] opinions = ThirdPartyConsent.values();
      ThirdPartyConsent opinion =
          thirdParty ? opinions[random.nextInt(opinions.length)] : ThirdPartyConsent.NOT_ASKED;
      boolean agencyJudges =
          opinion == ThirdPartyConsent.NO_REPLY
              || opinion == ThirdPartyConsent.REFUSED_WITHOUT_REASONABLE_GROUND;
      boolean process =
          content.contains(ContentFlag.PROCESS_INFORMATION)
              || asserted.contains(ContentFlag.PROCESS_INFORMATION);
      return ItemFacts.builder()
          .status(status)
          .statusEstablished(
              status == InformationStatus.GOVERNMENT_INFORMATION || random.nextInt(4) != 0)
          .disclosabilityUnclear(random.nextInt(10) == 0)
          .marking(marking)
          .contentFlags(content)
          .unestablishedFlags(asserted)
          .secrecyTermExpired(expired)
          .declassified(declassified)
          .secrecyUnclear(unclear)
          .separable(anythingExempt && random.nextBoolean())
          .lawRequiresDisclosure(random.nextInt(5) == 0)
          .thirdPartyConsent(opinion)
          .consultedInWriting(opinion == ThirdPartyConsent.NOT_ASKED || random.nextInt(6) != 0)
          .thirdPartyHarm(
              agencyJudges ? harms[random.nextInt(harms.length)] : ThirdPartyHarm.NOT_ASSESSED)
          .discretion(discretions[random.nextInt(discretions.length)])
          .processEnded(process && random.nextBoolean())
          .applicantIsSubject(random.nextInt(6) == 0)
          .publicInterest(findings)
          .localGroundIds(local)
          .build();
    };
  }
}
