package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.util.List;

/**
 * The lists of violations that trigger accountability (追究责任的情形, ACC-2), each as its source writes
 * it: who is held to account and the numbered situations or acts. An act is judged against a list
 * with {@link #finding(String)}; the sanctions follow from the severity ({@link SanctionScheme}).
 *
 * <p>Immutable and thread-safe.
 */
public enum ViolationList {
  /**
   * 来源文件002 责任追究制度二: situations of a township government, a vertically led or dual-led
   * department or another public body, for which its principal leader, supervising leader and the
   * person directly responsible are held to account.
   */
  DOC_002_BODIES(
      Phrase.of("主要领导、主管领导和直接责任人", "the principal leader, the supervising leader and the person directly responsible"),
      Citation.of(
          LegalSources.DOC_002,
          "责任追究制度二",
          "乡（镇）政府及实行垂直领导和双重管理的部门，以及其他依法行使行政职能的事业单位，违反条例和规定，有下列情形之一的，依法追究其主要领导、主管领导和直接责任人的责任。"),
      List.of(
          item("1.(1)", "政府信息公开内容不全面：没有公开部门的职责和管理权限。包括部门职责、机构设置和办事人员的职务及名称、工作范围、权限等", "incomplete content: the department's duties and powers not published (duties, organization, staff posts and titles, scope of work, powers)"),
          item("1.(2)", "政府信息公开内容不全面：没有公开办事依据的法律、法规和规章制度", "incomplete content: the laws, regulations and rules the work relies on not published"),
          item("1.(3)", "政府信息公开内容不全面：没有公开政府及其部门制定实施的政策、规定和适于公开的文件以及政府的重要工作。包括政府决定的资源分配，重大工程招标，公开采购等", "incomplete content: the policies, provisions and publishable documents of the government and its departments, and its important work (allocation of resources, tenders for major projects, public procurement), not published"),
          item("1.(4)", "政府信息公开内容不全面：没有公开办事条件、标准和要求", "incomplete content: the conditions, standards and requirements of the services not published"),
          item("1.(5)", "政府信息公开内容不全面：没有公开办事程序，包括办事的步骤、环节和手续", "incomplete content: the procedures (steps, stages and formalities) not published"),
          item("1.(6)", "政府信息公开内容不全面：没有公开办事时限，包括法律、法规、规章规定的时限和有关事项的时间", "incomplete content: the time limits (statutory and those of the matters) not published"),
          item("1.(7)", "政府信息公开内容不全面：没有公开办事结果", "incomplete content: the results not published"),
          item("1.(8)", "政府信息公开内容不全面：没有公开便民措施", "incomplete content: the measures for the public's convenience not published"),
          item("1.(9)", "政府信息公开内容不全面：没有公开办事纪律", "incomplete content: the discipline of the work not published"),
          item("1.(10)", "政府信息公开内容不全面：没有公开责任追究办法", "incomplete content: the accountability measures not published"),
          item("1.(11)", "政府信息公开内容不全面：其他应公开而未公开的事项", "incomplete content: other matters that should have been published and were not"),
          item("2", "政府信息公开流于形式，公开内容与实际“两层皮”，搞“暗箱操作”", "disclosure as a mere formality, the content differing from reality, or dealings behind closed doors"),
          item("3", "应当公开的重点工程项目没有按要求公开，造成不良社会影响", "key projects not published as required, with bad social effect"),
          item("4", "不及时处理群众的举报投诉，对有关责任人包庇纵容，不向群众公开处理结果", "reports and complaints not handled promptly, those responsible shielded, or the results not published"),
          item("5", "公开内容不真实，公开依据不充分或业已作废，以及其他欺骗公众的行为", "untrue content, insufficient or repealed bases, or other deception of the public"),
          item("6", "通过政府信息公开乱收费、乱罚款，或变相通过政府信息公开将不符合规定的事情合理化", "arbitrary charges or fines through disclosure, or disclosure used to legitimize what breaks the rules"),
          item("7", "公开内容不按规定进行保密审查，造成失、泄密", "content published without the required secrecy review, causing a loss or leak of secrets"),
          item("8", "不按规定程序公开，造成公共利益受损、产生不良社会影响或使第三方合法权益受到侵害", "publication outside the required procedure, harming the public interest, with bad social effect, or infringing a third party's lawful rights"),
          item("9", "政府信息公开工作考核评议不合格及其他违反政府信息公开有关规定，且不按要求整改问题", "failing the assessment, or other breaches of the disclosure rules, without rectification as required"))),
  /**
   * 来源文件002 责任追究制度三: acts of staff, for which the persons concerned are held to account.
   */
  DOC_002_STAFF(
      Phrase.of("有关责任人", "the persons concerned"),
      Citation.of(LegalSources.DOC_002, "责任追究制度三", "工作人员违反条例和规定，有下列行为之一的，依法追究有关责任人的责任"),
      List.of(
          item("1", "工作时间无正当理由拒绝办理正常公务", "refusing normal official business in working hours without good reason"),
          item("2", "对符合条件、手续齐备的事项不予受理和批准", "refusing to accept or approve a matter that qualifies and is complete"),
          item("3", "不履行服务承诺", "not keeping the service commitments"),
          item("4", "擅自提出额外的办事条件和要求", "imposing extra conditions or requirements without authority"),
          item("5", "违反办事程序，超越办事权限", "breaking the procedure or exceeding one's powers"),
          item("6", "违反收费规定（该收不收、少收或超标准收费）", "breaking the rules on charges (not charging, undercharging or overcharging)"),
          item("7", "拒绝、干扰、阻挠政府信息公开主管机关的检查与监督，或者编造假情况、隐瞒问题", "refusing, disturbing or obstructing the competent authority's inspection and supervision, or inventing facts or hiding problems"),
          item("8", "故意隐瞒应当公开的政府信息，给办事人员造成损失", "deliberately withholding information that must be published, causing those seeking services a loss"),
          item("9", "其他违反政府信息公开有关规定的行为", "other acts breaking the disclosure rules"))),
  /**
   * 来源文件000 临海市人防办政务公开责任追究制度五: situations of a section, for which its head and the
   * person directly responsible are held to account.
   */
  DOC_000_SECTIONS(
      Phrase.of("科室负责人和直接责任人", "the head of the section and the person directly responsible"),
      Citation.of(LegalSources.DOC_000, "临海市人防办政务公开责任追究制度五", "具有下列情形之一的，追究科室负责人和直接责任人的责任"),
      List.of(
          item("1", "没有实行政务公开", "open government affairs not practised"),
          item("2", "政务公开流于形式，政务活动中搞“暗箱操作”，承诺不践诺", "disclosure as a mere formality, dealings behind closed doors, or promises not kept"),
          item("3", "应当公开的重点工作项目没有按要求公开，造成不良影响", "key work not published as required, with bad effect"),
          item("4", "不及时处理群众的举报投诉，对有关责任人员包庇纵容，不向群众公开处理结果", "reports and complaints not handled promptly, those responsible shielded, or the results not published"),
          item("5", "其它违反政务公开有关规定，且不按要求整改的问题", "other breaches of the disclosure rules not rectified as required"))),
  /**
   * 来源文件000 临海市人防办政务公开责任追究制度六: acts of staff, for which the persons concerned are
   * held to account.
   */
  DOC_000_STAFF(
      Phrase.of("有关责任人", "the persons concerned"),
      Citation.of(LegalSources.DOC_000, "临海市人防办政务公开责任追究制度六", "工作人员违反政务公开有关规定，发生下列行为之一的，追究有关责任人的责任"),
      List.of(
          item("1", "工作时间脱岗、漏岗，延误正常公务，或者无正当理由拒绝办理正常公务", "absent from the post in working hours, delaying normal business, or refusing it without good reason"),
          item("2", "对符合条件，手续齐备的事项不予受理和批准", "refusing to accept or approve a matter that qualifies and is complete"),
          item("3", "不履行服务承诺", "not keeping the service commitments"),
          item("4", "擅自提出额外的办事条件和要求", "imposing extra conditions or requirements without authority"),
          item("5", "拒绝、干扰、阻挠政务公开主管机关的检查和监督，或者编造假情况、隐瞒问题", "refusing, disturbing or obstructing the competent authority's inspection and supervision, or inventing facts or hiding problems"),
          item("6", "对手续不齐的外来办事人员不做具体说明，态度生、冷、硬", "not explaining what is missing to a visitor with incomplete papers, or treating them coldly and harshly"),
          item("7", "其它违反政务公开有关规定，拒不改正其行为", "other breaches of the disclosure rules, with a refusal to correct them"))),
  /**
   * 来源文件003 XX局政府信息公开工作六、责任追究: situations of a section or office of the bureau, which the
   * supervision office orders corrected ({@link SanctionScheme#DOC_003}).
   */
  DOC_003_OFFICES(
      Phrase.of("有关科、处、室、所", "the sections and offices concerned"),
      Citation.of(LegalSources.DOC_003, "XX局政府信息公开工作六、责任追究", "对我局机关各科、处、室、所违反政府信息公开规定，有下列情形之一的"),
      List.of(
          item("1", "不按照规定的方式、程序、时间和内容公开政府信息的", "publishing information not in the required form, procedure, time or content"),
          item("2", "对收到不履行政府信息公开义务的举报不积极处理的", "not actively handling a report of a failure to perform the disclosure duty"),
          item("3", "未经保密审查公开政府信息内容的", "publishing information without secrecy review"),
          item("4", "不依法履行政府信息公开义务的", "not performing the disclosure duty according to law"),
          item("5", "不及时更新公开的政府信息内容，政府信息公开指南和政府信息公开目录的", "not updating the published information, the disclosure guide and the disclosure catalog promptly"),
          item("6", "违反规定收取费用的", "charging fees against the rules")));

  /**
   * One numbered situation or act of a list.
   *
   * @param number its number in the source, e.g. {@code 1.(3)} or {@code 7}
   * @param label its wording in the source
   * @param english its English rendering
   */
  public record Item(String number, String label, String english) {
    /**
     * Validates the item.
     *
     * @param number its number in the source
     * @param label its wording in the source
     * @param english its English rendering
     */
    public Item {
      requireNonNull(number, "number");
      requireNonNull(label, "label");
      requireNonNull(english, "english");
    }
  }

  private final Phrase answerable;
  private final Citation citation;
  private final ImmutableList<Item> items;

  ViolationList(Phrase answerable, Citation citation, List<Item> items) {
    this.answerable = answerable;
    this.citation = citation;
    this.items = ImmutableList.copyOf(items);
  }

  private static Item item(String number, String label, String english) {
    return new Item(number, label, english);
  }

  /**
   * {@return who is held to account, e.g. {@code 主要领导、主管领导和直接责任人}, in both languages}
   */
  public Phrase answerable() {
    return answerable;
  }

  /** {@return the provision that sets the list} */
  public Citation citation() {
    return citation;
  }

  /** {@return the situations or acts, in the source's order} */
  public List<Item> items() {
    return items;
  }

  /**
   * Returns the item of a number.
   *
   * @param number the number in the source, e.g. {@code 1.(3)} or {@code 7}
   * @return the item
   * @throws IllegalArgumentException if the list has no item of that number, naming those it has
   */
  public Item item(String number) {
    requireNonNull(number, "number");
    return items.stream()
        .filter(i -> i.number().equals(number))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "ACC-2: "
                        + name()
                        + " has no item "
                        + number
                        + "; its items are "
                        + items.stream().map(Item::number).toList()));
  }

  /**
   * Returns the finding that an act falls under an item: an applied ACC-2 finding naming the item,
   * its wording and who is held to account, citing the list.
   *
   * @param number the item's number in the source
   * @return the finding
   * @throws IllegalArgumentException if the list has no item of that number
   */
  public Finding finding(String number) {
    Item item = item(number);
    return Finding.of(
        Rules.ACC_2,
        FindingKind.APPLIED,
        Phrase.of(
            "属于第{0}项情形：{1}，追究{2}的责任",
            "falls under item {0}: {1}; {2} are held to account",
            Phrase.of(item.number(), item.number()),
            Phrase.of(item.label(), item.english()),
            answerable),
        List.of(citation));
  }
}
