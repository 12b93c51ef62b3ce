package dev.disclosure.core.proactive;

import static dev.disclosure.core.law.LegalSources.DOC_000;
import static dev.disclosure.core.law.LegalSources.DOC_002;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A body's pre-publication approval procedure (主动公开程序, PRO-7): its steps in the only order it
 * allows, each in the source's words, and the provisions that set it. "先审查后公开": nothing is
 * published before its review.
 *
 * <p>The procedures of 来源文件002 add steps by the item's facts ({@link ApprovalCondition}): the
 * secrecy committee's review for content involving state secrets, coordination with the bodies
 * concerned for content involving a third party's rights. A dispute in the secrecy committee goes to
 * the secrecy bureau of the same level or the competent department above (主动公开制度二、6); that
 * escalation is outside the chain.
 */
public enum ApprovalProcedure {
  /** A bureau (来源文件003 XX局): 提出公开信息内容 → 分管领导把关 → 局主要领导同意 → 予以公开. */
  BUREAU(
      List.of(ProactiveCitations.APPROVAL),
      step(ApprovalStep.PROPOSED, "各科、处、室、所按要求提出公开信息内容"),
      step(ApprovalStep.CHECKED, "分管领导把关"),
      step(ApprovalStep.AGREED, "局主要领导同意"),
      step(ApprovalStep.PUBLISHED, "予以公开")),
  /**
   * A street office (来源文件003 街道): 有关科室、站、所提供 → 分管领导先审核 → 提交政务公开领导小组研究 → 组长同意 → 予以公开.
   */
  STREET_OFFICE(
      List.of(ProactiveCitations.APPROVAL_STREET_OFFICE),
      step(ApprovalStep.PROPOSED, "有关科室、站、所提供公开的内容"),
      step(ApprovalStep.CHECKED, "分管领导先审核"),
      step(ApprovalStep.LEADING_GROUP_STUDY, "提交政务公开领导小组研究"),
      step(ApprovalStep.AGREED, "政务公开领导小组组长同意"),
      step(ApprovalStep.PUBLISHED, "予以公开")),
  /** A justice bureau (来源文件000 市司法局): 有关科室拟出 → 分管局长审核 → 党组讨论通过 → 发布. */
  JUSTICE_BUREAU(
      List.of(
          Citation.of(
              DOC_000,
              "市司法局2024年政务公开工作计划二、公开程序",
              "（一）由有关科室拟出所需公开的内容，报分管局长审核后，提交党组讨论通过，然后由政务公开领导小组负责监督实施。"
                  + "（二）政务公开内容发布后，采取座谈、咨询等方式听取和收集群众意见和反映，发现问题要及时纠正和改进。")),
      step(ApprovalStep.PROPOSED, "有关科室拟出所需公开的内容"),
      step(ApprovalStep.CHECKED, "报分管局长审核"),
      step(ApprovalStep.PARTY_GROUP_DISCUSSION, "提交党组讨论通过"),
      step(ApprovalStep.PUBLISHED, "政务公开内容发布")),
  /**
   * A supply and marketing cooperative (来源文件003 州供销社): 信息产生科室提交 → 政府信息公开办公室审查 → 分管领导确认、保密审查、签字 →
   * 上传或更新 (within 20 working days of formation or update, P-PROACTIVE).
   */
  COOPERATIVE(
      List.of(ProactiveCitations.APPROVAL_COOPERATIVE),
      step(ApprovalStep.PROPOSED, "信息产生科室提交政府信息公开办公室"),
      step(ApprovalStep.DISCLOSURE_OFFICE_REVIEW, "政府信息公开办公室进行审查"),
      step(ApprovalStep.CHECKED, "分管领导进行确认、保密审查，签字"),
      step(ApprovalStep.PUBLISHED, "上传或更新在政府信息公开网或政府信息公开栏")),
  /**
   * Information published in the name of a people's government (来源文件002 主动公开制度二、1): 政府办公部门提出意见 →
   * [保密委员会保密审查] → [协调确认] → 本级人民政府主要负责人审定 → 公开.
   */
  GOVERNMENT(
      List.of(ProactiveCitations.PROCEDURE_GOVERNMENT),
      step(ApprovalStep.PROPOSED, "政府办公部门提出意见"),
      step(
          ApprovalStep.SECRECY_REVIEW,
          "本级办公部门保密委员会依照相关法律、法规进行保密审查",
          ApprovalCondition.INVOLVES_STATE_SECRETS),
      step(
          ApprovalStep.THIRD_PARTY_COORDINATION,
          "与涉及第三方权益的其他政府机关协调确认",
          ApprovalCondition.INVOLVES_THIRD_PARTY_RIGHTS),
      step(ApprovalStep.AGREED, "本级人民政府主要负责人审定"),
      step(ApprovalStep.PUBLISHED, "公开")),
  /**
   * A department or a vertically led law-enforcement body (来源文件002 主动公开制度二、2): 政务公开工作机构提出意见 →
   * [保密委员会保密审查] → [协调确认] → 部门或机关主要负责人审定 → 公开.
   */
  DEPARTMENT(
      List.of(ProactiveCitations.PROCEDURE_DEPARTMENT),
      step(ApprovalStep.PROPOSED, "该部门政务公开工作机构提出意见"),
      step(
          ApprovalStep.SECRECY_REVIEW,
          "部门或机关保密委员会依照相关法律、法规进行保密审查",
          ApprovalCondition.INVOLVES_STATE_SECRETS),
      step(
          ApprovalStep.THIRD_PARTY_COORDINATION,
          "与涉及第三方权益的其他政府机关协调确认",
          ApprovalCondition.INVOLVES_THIRD_PARTY_RIGHTS),
      step(ApprovalStep.AGREED, "部门或机关主要负责人审定"),
      step(ApprovalStep.PUBLISHED, "公开")),
  /**
   * Another organization exercising administrative powers (来源文件002 主动公开制度二、3): 该组织提出意见 → 主要负责人审定 →
   * 公开, filed with its supervising department at the same time (同时报该组织主管部门备案).
   */
  OTHER_ORGANIZATION(
      List.of(ProactiveCitations.PROCEDURE_OTHER_ORGANIZATION),
      step(ApprovalStep.PROPOSED, "该组织提出意见"),
      step(ApprovalStep.AGREED, "主要负责人审定"),
      step(ApprovalStep.PUBLISHED, "公开"),
      step(ApprovalStep.FILED_WITH_SUPERVISING_DEPARTMENT, "同时报该组织主管部门备案"));

  /** A step of a procedure: its kind, its wording and the fact that adds it, if any. */
  private record Step(ApprovalStep kind, String wording, ApprovalCondition condition) {}

  private final ImmutableList<Citation> citations;
  private final ImmutableList<Step> steps;

  ApprovalProcedure(List<Citation> citations, Step... steps) {
    this.citations = ImmutableList.copyOf(citations);
    this.steps = ImmutableList.copyOf(steps);
  }

  private static Step step(ApprovalStep kind, String wording) {
    return new Step(kind, wording, null);
  }

  private static Step step(ApprovalStep kind, String wording, ApprovalCondition condition) {
    return new Step(kind, wording, condition);
  }

  /**
   * Returns the steps an item takes under this procedure, in order: the fixed steps, and those its
   * facts add.
   *
   * @param conditions the item's facts (empty when it involves neither secrets nor a third party)
   * @return the steps
   */
  public List<ApprovalStep> steps(Set<ApprovalCondition> conditions) {
    requireNonNull(conditions, "conditions");
    return steps.stream()
        .filter(s -> s.condition() == null || conditions.contains(s.condition()))
        .map(Step::kind)
        .toList();
  }

  /**
   * Returns how the source words a step of this procedure, e.g. {@code 分管领导先审核}.
   *
   * @param step the kind of step
   * @return the wording, or empty if the procedure has no such step
   */
  public Optional<String> wording(ApprovalStep step) {
    requireNonNull(step, "step");
    return steps.stream().filter(s -> s.kind() == step).map(Step::wording).findFirst();
  }

  /** {@return the provisions that set the procedure} */
  public List<Citation> citations() {
    return citations;
  }
}
