package dev.disclosure.core.exemption;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.SecrecyMarking;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The facts about one item that decide whether it is disclosed (公开属性认定所依据的事实), as the agency has
 * established them: its secrecy marking (密级标志), what its content involves, the state of its secrecy
 * term, whether the exempt content can be separated (区分处理), what the third party said, which
 * public-interest tests the agency found met, whether a law requires disclosure, and which
 * local-policy grounds apply (EX-1 … EX-5, EX-8).
 *
 * <p>The library judges none of these facts; it applies the rules to them. Only the marking must be
 * stated; everything else defaults to "no": government information, no content flags, nothing
 * asserted without being established, term not expired, not declassified, secrecy and
 * disclosability clear, not separable, third party not asked (in writing when asked), its harm not
 * assessed, no public-interest finding, no law requiring disclosure, the discretion not stated, the
 * process not ended, the applicant not the subject, no local ground.
 *
 * <p>{@link #contentFlags()} are what the agency has <em>established</em>, with evidence it can
 * produce (法释〔2011〕17号 第五条: the agency proves the ground of a refusal); {@link
 * #unestablishedFlags()} are what it asserts without having established it, which leads to
 * {@link ExemptionOutcome#INVESTIGATE} unless an established ground already withholds the whole
 * item.
 *
 * <p>Facts that contradict each other whatever the regime are refused when built, all at once, with
 * an {@link InvalidFactsException} naming the fact and the rule. Facts that only contradict a
 * regime or a local policy (a public-interest test the regime does not know, a consent with no
 * third-party content under the regime, an unknown local ground) are refused by {@link
 * ExemptionClassifier#classify}.
 *
 * <p>Immutable and thread-safe; equal when all facts are equal.
 */
@Value.Immutable
public abstract class ItemFacts {

  ItemFacts() {}

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the secrecy marking (密级标志); required, {@link SecrecyMarking#NONE} if unmarked} */
  public abstract SecrecyMarking marking();

  /**
   * {@return what the requested item is ({@link InformationStatus}); {@link
   * InformationStatus#GOVERNMENT_INFORMATION} unless set} Anything else is answered without
   * classification.
   */
  @Value.Default
  public InformationStatus status() {
    return InformationStatus.GOVERNMENT_INFORMATION;
  }

  /**
   * {@return whether the agency has established a {@link #status()} other than government
   * information with evidence it can produce: a reasonable search for information that does not
   * exist (最高人民法院指导案例101号), a 立案决定书 for information made in criminal investigation (北京市第一中级人民法院
   * (2020)京01行终193号: a 受案登记表 alone does not prove it); true unless set} An unestablished status leads
   * to {@link ExemptionOutcome#INVESTIGATE}.
   */
  @Value.Default
  public boolean statusEstablished() {
    return true;
  }

  /**
   * {@return what the content involves (内容涉及), as the agency has established it; empty if nothing exempt}
   */
  public abstract Set<ContentFlag> contentFlags();

  /**
   * {@return what the agency asserts the content involves but has not established (主张但未查明); empty
   * unless set; never overlaps {@link #contentFlags()}}
   */
  public abstract Set<ContentFlag> unestablishedFlags();

  /** {@return whether the secrecy term of a marked secret has expired (已超过保密期限)} */
  @Value.Default
  public boolean secrecyTermExpired() {
    return false;
  }

  /**
   * {@return whether a marked secret has been declassified (已解密): after its term expired (已办理解密手续),
   * or early by the organ that classified it or its superior (提前解密, 保守国家秘密法 第二十四条第二款)}
   */
  @Value.Default
  public boolean declassified() {
    return false;
  }

  /**
   * {@return whether it is unclear if, or at what level, the content is a state secret
   * (是否属于国家秘密和属于何种密级不明确)}
   */
  @Value.Default
  public boolean secrecyUnclear() {
    return false;
  }

  /**
   * {@return for an item of unclear secrecy, what it concerns (来源文件002 保密审查制度第九条): a matter of the
   * agency's own line of business or another matter, which decides where the item is reported; empty if
   * not recorded; set only with {@link #secrecyUnclear()}}
   */
  public abstract Optional<SecrecyMatter> secrecyMatter();

  /**
   * {@return whether the agency cannot determine whether the item may be disclosed for a reason other
   * than secrecy (不能确定是否可以公开), so that it must refer the item to the competent authority (OGI_2019
   * 第十七条, OGI_2008 第十四条第三款)}
   */
  @Value.Default
  public boolean disclosabilityUnclear() {
    return false;
  }

  /** {@return whether the exempt content can be separated from the rest (能够作区分处理)} */
  @Value.Default
  public boolean separable() {
    return false;
  }

  /** {@return what the third party said (第三方意见); {@link ThirdPartyConsent#NOT_ASKED} unless set} */
  @Value.Default
  public ThirdPartyConsent thirdPartyConsent() {
    return ThirdPartyConsent.NOT_ASKED;
  }

  /**
   * {@return whether the third party was consulted in writing (书面征求意见), as OGI_2019 第三十二条 and
   * OGI_2008 第二十三条 require; true unless set} A consultation not in writing counts as none: the third
   * party must be consulted again, in writing. Meaningful only once the third party was asked.
   */
  @Value.Default
  public boolean consultedInWriting() {
    return true;
  }

  /**
   * {@return the agency's own judgment whether disclosure harms the third party, made after its
   * silence or a refusal without reasonable ground ({@link ThirdPartyHarm}); {@link
   * ThirdPartyHarm#NOT_ASSESSED} unless set}
   */
  @Value.Default
  public ThirdPartyHarm thirdPartyHarm() {
    return ThirdPartyHarm.NOT_ASSESSED;
  }

  /** {@return the public-interest tests the agency found met (公共利益判断); empty if none} */
  public abstract Set<PublicInterest> publicInterest();

  /**
   * {@return whether a law, regulation or rule requires the information to be disclosed
   * (法律、法规、规章规定应当公开), which lifts the grounds of OGI_2019 第十六条 and local grounds that yield to such
   * a law}
   */
  @Value.Default
  public boolean lawRequiresDisclosure() {
    return false;
  }

  /**
   * {@return how the agency exercised the discretion of a ground that only permits withholding
   * (可以不予公开, {@link Discretion}); {@link Discretion#UNSTATED} unless set}
   */
  @Value.Default
  public Discretion discretion() {
    return Discretion.UNSTATED;
  }

  /**
   * {@return whether the process the information belonged to has ended (过程已经结束: the decision was
   * made, the investigation or deliberation closed), so that it is no longer process information
   * (过程性信息) or information under deliberation}
   */
  @Value.Default
  public boolean processEnded() {
    return false;
  }

  /**
   * {@return whether the applicant is the person the information is about (申请人是信息所涉及的本人: an
   * examinee's own paper, a party's own case file)} Privacy protects third parties (OGI_2019 第十五条:
   * 对第三方合法权益造成损害); an applicant's own privacy is no ground against the applicant. Every other
   * ground applies to the applicant as to anyone.
   */
  @Value.Default
  public boolean applicantIsSubject() {
    return false;
  }

  /** {@return the ids of the local-policy grounds that apply (地方政策规定的不予公开情形, EX-8), sorted} */
  @Value.NaturalOrder
  public abstract SortedSet<String> localGroundIds();

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    boolean marked = marking().isClassified();
    if (!marked && (secrecyTermExpired() || declassified())) {
      problems.add(
          new Problem(
              Rules.EX_4,
              "secrecyTermExpired or declassified describes a marked secret, but the marking is"
                  + " NONE (无); set the marking (秘密, 机密 or 绝密) or clear them"));
    }
    if (marked && secrecyUnclear()) {
      problems.add(
          new Problem(
              Rules.EX_4,
              "secrecyUnclear is set but the item is marked "
                  + marking().label()
                  + ", so whether and at what level it is secret is already determined"));
    }
    if (secrecyMatter().isPresent() && !secrecyUnclear()) {
      problems.add(
          new Problem(
              Rules.EX_4,
              "secrecyMatter "
                  + secrecyMatter().get()
                  + " says where an item of unclear secrecy is reported, but secrecyUnclear is not"
                  + " set; set secrecyUnclear or clear the matter"));
    }
    boolean anythingExempt =
        !contentFlags().isEmpty()
            || !unestablishedFlags().isEmpty()
            || !localGroundIds().isEmpty()
            || (marked && !declassified())
            || secrecyUnclear();
    if (separable() && !anythingExempt) {
      problems.add(
          new Problem(
              Rules.EX_5,
              "separable is set but nothing exempt is asserted (no content flag, marking or local"
                  + " ground); there is nothing to separate (区分处理)"));
    }
    boolean thirdPartyContent =
        contentFlags().contains(ContentFlag.TRADE_SECRET)
            || contentFlags().contains(ContentFlag.PERSONAL_PRIVACY)
            || unestablishedFlags().contains(ContentFlag.TRADE_SECRET)
            || unestablishedFlags().contains(ContentFlag.PERSONAL_PRIVACY)
            || !localGroundIds().isEmpty();
    if (thirdPartyConsent() != ThirdPartyConsent.NOT_ASKED && !thirdPartyContent) {
      problems.add(
          new Problem(
              Rules.EX_3,
              "thirdPartyConsent is "
                  + thirdPartyConsent()
                  + " ("
                  + thirdPartyConsent().label()
                  + ") but no content is a third party's: flag TRADE_SECRET (商业秘密) or"
                  + " PERSONAL_PRIVACY (个人隐私), or assert a local ground that a consent lifts"));
    }
    for (String id : localGroundIds()) {
      if (id.isBlank()) {
        problems.add(
            new Problem(
                Rules.EX_8,
                "a local ground id is blank; give the id its policy extension defines"));
      }
    }
    for (ContentFlag flag : unestablishedFlags()) {
      if (contentFlags().contains(flag)) {
        problems.add(
            new Problem(
                Rules.EX_5,
                flag
                    + " ("
                    + flag.label()
                    + ") is both established and unestablished; keep it in contentFlags if the"
                    + " agency has established it, in unestablishedFlags if it only asserts it"));
      }
    }
    if (!consultedInWriting() && thirdPartyConsent() == ThirdPartyConsent.NOT_ASKED) {
      problems.add(
          new Problem(
              Rules.EX_3,
              "consultedInWriting is false but the third party was not asked"
                  + " (NOT_ASKED); record its reply, or leave consultedInWriting true"));
    }
    if (thirdPartyHarm() != ThirdPartyHarm.NOT_ASSESSED
        && thirdPartyConsent() != ThirdPartyConsent.NO_REPLY
        && thirdPartyConsent() != ThirdPartyConsent.REFUSED_WITHOUT_REASONABLE_GROUND) {
      problems.add(
          new Problem(
              Rules.EX_3,
              "thirdPartyHarm is "
                  + thirdPartyHarm()
                  + " but the third party's answer is "
                  + thirdPartyConsent()
                  + "; the agency judges the harm itself only after silence (NO_REPLY) or a"
                  + " refusal without reasonable ground (OGI_2019 第三十二条)"));
    }
    if (processEnded()
        && !contentFlags().contains(ContentFlag.PROCESS_INFORMATION)
        && !unestablishedFlags().contains(ContentFlag.PROCESS_INFORMATION)) {
      problems.add(
          new Problem(
              Rules.EX_3,
              "processEnded is set but no content is PROCESS_INFORMATION (过程性信息); flag it or"
                  + " clear processEnded"));
    }
    if (!statusEstablished() && status() == InformationStatus.GOVERNMENT_INFORMATION) {
      problems.add(
          new Problem(
              Rules.EX_1,
              "statusEstablished is false but the status is GOVERNMENT_INFORMATION (政府信息); it"
                  + " qualifies a claim that the item is something else"));
    }
    boolean absent =
        status() == InformationStatus.DOES_NOT_EXIST || status() == InformationStatus.NOT_HELD;
    if (absent && (marked || !contentFlags().isEmpty() || !unestablishedFlags().isEmpty())) {
      problems.add(
          new Problem(
              Rules.EX_4,
              "status is "
                  + status()
                  + " ("
                  + status().label()
                  + ") but a marking or content is described; an item the agency does not hold"
                  + " has neither"));
    }
    InvalidFactsException.throwIfAny("ItemFacts", problems);
  }

  /** Builds {@link ItemFacts}; missing or contradictory facts are reported together. */
  public static final class Builder extends ImmutableItemFacts.Builder {

    Builder() {}

    /**
     * Builds the facts.
     *
     * @return the facts
     * @throws InvalidFactsException listing every missing or contradictory fact
     */
    @Override
    public ItemFacts build() {
      try {
        return super.build();
      } catch (IllegalStateException missing) {
        throw new InvalidFactsException(
            "ItemFacts",
            List.of(
                new Problem(
                    Rules.EX_4,
                    missing.getMessage()
                        + "; state the secrecy marking (密级标志), SecrecyMarking.NONE if unmarked")));
      }
    }
  }
}
