package dev.disclosure.core;

import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of government information (政府信息) with the elements a published item carries (PRO-2):
 * category, title, index number (索引号), generation date and responsible office; its secrecy
 * marking; who made it, who keeps it, and who made it jointly (EX-6, EX-7).
 *
 * <p>Information obtained from citizens, legal persons or other organizations has no maker agency:
 * {@link #madeBy()} is empty and the keeper discloses it (EX-7).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}, which reports every missing or
 * contradictory fact at once.
 */
@Value.Immutable
public abstract class InformationItem {

  InformationItem() {}

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the catalog category (类别)} */
  public abstract InformationCategory category();

  /** {@return the title (名称)} */
  public abstract String title();

  /** {@return the index number (索引号)} */
  public abstract String indexNumber();

  /** {@return the generation date (生成日期): when the information was formed} */
  public abstract LocalDate generatedOn();

  /** {@return the responsible office (责任部门)} */
  public abstract String responsibleOffice();

  /** {@return the secrecy marking; {@link SecrecyMarking#NONE} unless set} */
  @Value.Default
  public SecrecyMarking marking() {
    return SecrecyMarking.NONE;
  }

  /** {@return the agency that made the information (制作机关), empty if obtained from others} */
  public abstract Optional<Agency> madeBy();

  /** {@return the agency that keeps the information (保存机关)} */
  public abstract Agency keptBy();

  /** {@return the other agencies that made the information jointly (共同制作机关), if any} */
  public abstract List<Agency> coMakers();

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    requireText(title(), "title", problems);
    requireText(indexNumber(), "indexNumber (索引号)", problems);
    requireText(responsibleOffice(), "responsibleOffice (责任部门)", problems);
    if (!coMakers().isEmpty() && madeBy().isEmpty()) {
      problems.add(
          new Problem(
              Rules.EX_6,
              "coMakers " + coMakers() + " without a lead maker; set madeBy to the lead agency"));
    }
    if (madeBy().isPresent() && coMakers().contains(madeBy().get())) {
      problems.add(
          new Problem(
              Rules.EX_6, "the lead maker " + madeBy().get() + " is also listed as a co-maker"));
    }
    if (new HashSet<>(coMakers()).size() != coMakers().size()) {
      problems.add(new Problem(Rules.EX_6, "coMakers lists an agency twice: " + coMakers()));
    }
    InvalidFactsException.throwIfAny("InformationItem '" + title() + "'", problems);
  }

  private static void requireText(String value, String name, List<Problem> problems) {
    if (value.isBlank()) {
      problems.add(new Problem(Rules.PRO_2, name + " is blank; every item carries it"));
    }
  }

  /** Builds an {@link InformationItem}; missing facts are reported together. */
  public static final class Builder extends ImmutableInformationItem.Builder {

    Builder() {}

    /**
     * Builds the item.
     *
     * @return the item
     * @throws InvalidFactsException listing every missing or contradictory fact
     */
    @Override
    public InformationItem build() {
      try {
        return super.build();
      } catch (IllegalStateException missing) {
        throw new InvalidFactsException("InformationItem", Rules.PRO_2, missing.getMessage());
      }
    }
  }
}
