package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import dev.disclosure.core.law.Rules;
import java.math.BigDecimal;
import java.util.List;

/**
 * Department deductions (科室目标管理考核扣分, SC-5): 0.5 points per required item not supplied, per
 * change not supplied within 15 working days, per report or complaint not answered as required.
 * They are recorded against whichever criterion of the department's own target-management rubric
 * the caller names.
 */
public final class DepartmentDeductions {

  /** The provision. */
  public static final Citation RULE = Citation.of(LegalSource.of("《XX市政府信息公开工作考核办法（试行）》（来源文件003）", "Source document 003: a city's measures for assessing open government information work (trial)"), "科室考核",
      "凡属公开内容，责任科室没有按规定提供公开内容的，每少一项扣0.5分；公开内容发生变更后，未能在15个工作日"
          + "提供变更内容的，每项扣0.5分；对政府信息公开方面的举报、投诉，不能按要求予以答复办理的，每项扣0.5分。");

  private static final Points EACH = Points.of("0.5");

  /** The three kinds of shortfall. */
  public enum Shortfall {
    /** 没有按规定提供公开内容，每少一项. */
    ITEM_NOT_SUPPLIED("没有按规定提供公开内容"),
    /** 变更后未能在15个工作日提供变更内容. */
    CHANGE_NOT_SUPPLIED_IN_15_WORKING_DAYS("公开内容变更后未能在15个工作日内提供变更内容"),
    /** 举报、投诉未按要求答复办理. */
    COMPLAINT_NOT_ANSWERED("举报、投诉不能按要求予以答复办理");

    private final String label;

    Shortfall(String label) {
      this.label = label;
    }

    /** {@return the Chinese description} */
    public String label() {
      return label;
    }
  }

  private DepartmentDeductions() {}

  /**
   * Returns the deduction for a number of shortfalls of one kind: 0.5 each.
   *
   * @param criterionId the criterion of the caller's rubric to deduct from
   * @param shortfall the kind
   * @param count how many, positive
   * @param evidence references to the evidence
   * @return the deduction, its reason stating kind, count and rule
   * @throws IllegalArgumentException if the count is not positive
   */
  public static Deduction deduction(
      String criterionId, Shortfall shortfall, int count, String... evidence) {
    requireNonNull(criterionId, "criterionId");
    requireNonNull(shortfall, "shortfall");
    requireNonNull(evidence, "evidence");
    if (count <= 0) {
      throw new IllegalArgumentException(
          "count of "
              + shortfall.label()
              + " must be positive, was "
              + count
              + " ("
              + Rules.SC_5
              + ")");
    }
    Points points = EACH.times(BigDecimal.valueOf(count));
    return new Deduction(criterionId, points,
        shortfall.label() + count + "项，每项扣0.5分（" + RULE.toReference() + "）", List.of(evidence));
  }
}
