package dev.disclosure.scoring;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.LegalSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Department deductions (科室目标管理考核扣分, {@code 003}, SC-5) as rules a department's own
 * target-management rubric puts on one of its criteria ({@link Rubric.Builder#rule}): 0.5 points per
 * required item not supplied, per change not supplied within 15 working days, per report or
 * complaint not answered as required.
 */
public final class DepartmentDeductions {

  /** The provision. */
  public static final Citation RULE = Citation.of(LegalSource.of("《XX市政府信息公开工作考核办法（试行）》（来源文件003）",
          "Source document 003: a city's measures for assessing open government information work (trial)"),
      "科室考核",
      "凡属公开内容，责任科室没有按规定提供公开内容的，每少一项扣0.5分；公开内容发生变更后，未能在15个工作日"
          + "提供变更内容的，每项扣0.5分；对政府信息公开方面的举报、投诉，不能按要求予以答复办理的，每项扣0.5分。");

  /** The three kinds of shortfall; each is a rule id. */
  public enum Shortfall {
    /** 没有按规定提供公开内容，每少一项. */
    ITEM_NOT_SUPPLIED("未提供公开内容", "没有按规定提供公开内容的，每少一项扣0.5分"),
    /** 变更后未能在15个工作日提供变更内容. */
    CHANGE_NOT_SUPPLIED_IN_15_WORKING_DAYS("变更未及时提供", "公开内容发生变更后，未能在15个工作日提供变更内容的，每项扣0.5分"),
    /** 举报、投诉未按要求答复办理. */
    COMPLAINT_NOT_ANSWERED("举报投诉未答复", "对政府信息公开方面的举报、投诉，不能按要求予以答复办理的，每项扣0.5分");

    private final String id;
    private final String label;

    Shortfall(String id, String label) {
      this.id = id;
      this.label = label;
    }

    /** {@return the rule id, e.g. {@code 未提供公开内容}} */
    public String id() {
      return id;
    }

    /** {@return the text's words} */
    public String label() {
      return label;
    }
  }

  private DepartmentDeductions() {}

  /**
   * Returns the three rules, 0.5 points per item each, for a criterion of the caller's rubric.
   *
   * @return the rules
   */
  public static List<ScoringRule> rules() {
    List<ScoringRule> out = new ArrayList<>();
    for (Shortfall s : Shortfall.values()) {
      out.add(ScoringRule.deduct(s.id(), s.label(), Points.of("0.5"), Per.ITEM));
    }
    return List.copyOf(out);
  }

  /**
   * Returns a record of shortfalls of one kind under a criterion carrying {@link #rules()}.
   *
   * @param criterionId the criterion of the caller's rubric
   * @param shortfall the kind
   * @param count how many, positive (the assessment refuses others)
   * @param reason what was missing
   * @param evidence references to the evidence
   * @return the record
   */
  public static Occurrence shortfall(
      String criterionId, Shortfall shortfall, long count, String reason, String... evidence) {
    requireNonNull(shortfall, "shortfall");
    return Occurrence.count(criterionId, shortfall.id(), count, reason, evidence);
  }
}
