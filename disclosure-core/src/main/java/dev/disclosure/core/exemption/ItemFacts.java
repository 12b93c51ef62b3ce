package dev.disclosure.core.exemption;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.SecrecyMarking;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.List;
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
 * stated; everything else defaults to "no": no content flags, term not expired, not declassified,
 * secrecy clear, not separable, third party not asked, no public-interest finding, no law requiring
 * disclosure, no local ground.
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

  /** {@return what the content involves (内容涉及); empty if nothing exempt} */
  public abstract Set<ContentFlag> contentFlags();

  /** {@return whether the secrecy term of a marked secret has expired (已超过保密期限)} */
  @Value.Default
  public boolean secrecyTermExpired() {
    return false;
  }

  /** {@return whether a marked secret whose term expired has been declassified (已办理解密手续)} */
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

  /** {@return the ids of the local-policy grounds that apply (地方政策规定的不予公开情形, EX-8), sorted} */
  @Value.NaturalOrder
  public abstract SortedSet<String> localGroundIds();

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    boolean marked = marking().isClassified();
    if (declassified() && !secrecyTermExpired()) {
      problems.add(
          new Problem(
              Rules.EX_4,
              "declassified is set but secrecyTermExpired is not; a secret is declassified after"
                  + " its term expires (002 保密审查制度第十条)"));
    }
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
    boolean anythingExempt =
        !contentFlags().isEmpty()
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
