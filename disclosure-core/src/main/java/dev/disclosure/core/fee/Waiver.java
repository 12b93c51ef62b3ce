package dev.disclosure.core.fee;

import static java.util.Objects.requireNonNull;

import dev.disclosure.calendar.Citation;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A waiver of OGI_2008 costs (免收相关费用, REQ-7): the category the applicant belongs to and, for other
 * financial hardship, who approved it (政府信息公开工作机构负责人审核同意).
 *
 * <p>Immutable and thread-safe; equal when category and approver are equal.
 */
public final class Waiver {

  private static final Citation CATEGORIES =
      Citation.of(
          LegalSources.DOC_002,
          "依申请公开制度三、2",
          "属于下列情况之一的免收相关费用：一是城镇、农村低保家庭；二是现役军人；三是二等以上革命伤残军人；四是农村进城务工人员；五是下岗人员；"
              + "六是60岁以上老年人；七是其他确有经济困难，经本人申请、政府信息公开工作机构负责人审核同意的。");

  private static final Citation HARDSHIP =
      Citation.of(
          LegalSources.OGI_2008, "第二十八条", "申请公开政府信息的公民确有经济困难的，经本人申请、政府信息公开工作机构负责人审核同意，可以减免相关费用。");

  private final WaiverCategory category;
  private final String approvedBy;

  private Waiver(WaiverCategory category, String approvedBy) {
    this.category = category;
    this.approvedBy = approvedBy;
  }

  /**
   * Returns a waiver for one of the first six categories, which need no approval (免收).
   *
   * @param category the applicant's category
   * @return the waiver
   * @throws InvalidFactsException if {@code category} is {@link WaiverCategory#FINANCIAL_HARDSHIP},
   *     which needs the disclosure office head's approval (REQ-7); use {@link #forHardship}
   */
  public static Waiver of(WaiverCategory category) {
    requireNonNull(category, "category");
    if (category.requiresApproval()) {
      throw new InvalidFactsException(
          "Waiver",
          List.of(
              new Problem(
                  Rules.REQ_7,
                  category
                      + " ("
                      + category.label()
                      + ") is waived only on the applicant's application with the approval of the"
                      + " disclosure office head (经政府信息公开工作机构负责人审核同意); use"
                      + " Waiver.forHardship(approvedBy)")));
    }
    return new Waiver(category, null);
  }

  /**
   * Returns a waiver for other real financial hardship (其他确有经济困难的), applied for by the applicant
   * and approved by the disclosure office head (经政府信息公开工作机构负责人审核同意).
   *
   * @param approvedBy the head who approved it, e.g. {@code 王某（县政府办公室主任）}
   * @return the waiver
   * @throws InvalidFactsException if {@code approvedBy} is blank: without the head's approval there
   *     is no hardship waiver (REQ-7)
   */
  public static Waiver forHardship(String approvedBy) {
    requireNonNull(approvedBy, "approvedBy");
    if (approvedBy.isBlank()) {
      throw new InvalidFactsException(
          "Waiver",
          List.of(
              new Problem(
                  Rules.REQ_7,
                  "the hardship waiver (其他确有经济困难的) has no approver; it needs the approval of"
                      + " the disclosure office head (政府信息公开工作机构负责人审核同意)")));
    }
    return new Waiver(WaiverCategory.FINANCIAL_HARDSHIP, approvedBy.strip());
  }

  /** {@return the applicant's category} */
  public WaiverCategory category() {
    return category;
  }

  /** {@return who approved a hardship waiver (审核同意人); empty for the other six categories} */
  public Optional<String> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  /**
   * {@return the provision the waiver rests on: source document 002 for the categories, OGI-2008
   * 第二十八条 as well for hardship}
   */
  public List<Citation> citations() {
    return category.requiresApproval() ? List.of(CATEGORIES, HARDSHIP) : List.of(CATEGORIES);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Waiver other
        && category == other.category
        && Objects.equals(approvedBy, other.approvedBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, approvedBy);
  }

  /**
   * Returns a one-line description, for example {@code 免收：现役军人}, or for hardship with its approver
   * {@code 免收：其他确有经济困难的（经本人申请，王某审核同意）}.
   */
  @Override
  public String toString() {
    return "免收：" + category.label() + (approvedBy == null ? "" : "（经本人申请，" + approvedBy + "审核同意）");
  }
}
