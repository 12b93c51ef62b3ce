package dev.disclosure.core.proactive;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Lateness;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.law.Cadence;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * One breach of a publication cadence found in a {@link PublicationHistory} (公开频次检查发现的问题, PRO-4):
 * which item, what kind of breach, the dates concerned, the legal period where a deadline was
 * missed, the lateness in working days where it can be counted, the citations and the reason in
 * words.
 *
 * <p>Immutable and thread-safe; equal when every field is equal.
 */
public final class CadenceFinding {

  /** What kind of breach a finding is. */
  public enum Kind {
    /**
     * 未按时公开: not published within the period (P-PROACTIVE, or P-PROACTIVE-SCHOOL for a school)
     * after the information was formed or a stage ended — published late, or not yet published.
     */
    OVERDUE("未按时公开"),
    /** 季度内未公开: a quarter of routine work ended without a publication. */
    QUARTER_MISSED("季度内未公开"),
    /** 当周未报送: a week ended without a report or a zero report. */
    WEEK_MISSED("当周未报送（含零报告）"),
    /** 长期公开内容已撤销: content to be published long-term was revoked or terminated. */
    REVOKED("长期公开内容已撤销");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** Returns the Chinese label, e.g. {@code 季度内未公开}. */
    public String label() {
      return label;
    }
  }

  private final InformationItem item;
  private final Cadence cadence;
  private final Kind kind;
  private final LocalDateRange window;
  private final LocalDate publishedOn;
  private final LegalPeriod period;
  private final Lateness lateness;
  private final ImmutableList<Citation> citations;
  private final String reason;

  CadenceFinding(
      InformationItem item,
      Cadence cadence,
      Kind kind,
      LocalDateRange window,
      LocalDate publishedOn,
      LegalPeriod period,
      Lateness lateness,
      List<Citation> citations,
      String reason) {
    this.item = item;
    this.cadence = cadence;
    this.kind = kind;
    this.window = window;
    this.publishedOn = publishedOn;
    this.period = period;
    this.lateness = lateness;
    this.citations = ImmutableList.copyOf(citations);
    this.reason = reason;
  }

  /** Returns the item concerned. */
  public InformationItem item() {
    return item;
  }

  /** Returns the item's cadence. */
  public Cadence cadence() {
    return cadence;
  }

  /** Returns the kind of breach. */
  public Kind kind() {
    return kind;
  }

  /** Returns the rule, {@code PRO-4}. */
  public RuleId rule() {
    return Rules.PRO_4;
  }

  /**
   * Returns the dates concerned: for {@link Kind#OVERDUE} from the day the period started to its
   * due date; the quarter or the week that was missed; from the revocation to the day of the check.
   */
  public LocalDateRange window() {
    return window;
  }

  /**
   * Returns, for {@link Kind#OVERDUE}, the day of the late publication; empty if still unpublished.
   */
  public Optional<LocalDate> publishedOn() {
    return Optional.ofNullable(publishedOn);
  }

  /** Returns, for {@link Kind#OVERDUE}, the legal period that was missed. */
  public Optional<LegalPeriod> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns, for {@link Kind#OVERDUE}, how late: at the late publication, or on the day of the
   * check when still unpublished.
   */
  public Optional<Lateness> lateness() {
    return Optional.ofNullable(lateness);
  }

  /** Returns the provisions relied on: the cadence, and the period where one was missed. */
  public List<Citation> citations() {
    return citations;
  }

  /** Returns why this is a breach, in words. */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof CadenceFinding other
        && item.equals(other.item)
        && cadence == other.cadence
        && kind == other.kind
        && window.equals(other.window)
        && Objects.equals(publishedOn, other.publishedOn)
        && Objects.equals(period, other.period)
        && Objects.equals(lateness, other.lateness)
        && citations.equals(other.citations)
        && reason.equals(other.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, cadence, kind, window, publishedOn, period, lateness, reason);
  }

  /** Returns e.g. {@code [PRO-4] 季度内未公开 '…' (索引号 …): …}. */
  @Override
  public String toString() {
    return "["
        + Rules.PRO_4
        + "] "
        + kind.label()
        + " '"
        + item.title()
        + "' (索引号 "
        + item.indexNumber()
        + "): "
        + reason;
  }
}
