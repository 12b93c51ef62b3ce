package dev.disclosure.core.accountability;

import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.util.List;

/**
 * The four rules of the one-time notice commitment (一次性告知承诺, P-ONE-TIME-NOTICE, 来源文件000
 * 临海市人防办政务公开工作承诺制度二、（三）): by the situation of the person seeking the service, what staff
 * must do and tell, once. Its period (on the spot or within 5 days, 来源文件001) is checked by {@link
 * ServiceCommitments}.
 */
public enum OneTimeNotice {
  /** 1. A first request: tell the procedure, all the conditions and what to heed, at once. */
  FIRST_REQUEST(
      "首次办事请求",
      "a first request",
      "应一次性告知所办事项的办理程序及应具备的全部条件和注意事项",
      "tell at once the procedure, every condition and what to heed"),
  /** 2. Complete and qualifying: do it at once, or explain why not and tell the time limit. */
  COMPLETE(
      "手续齐全，符合规定或要求",
      "complete and qualifying",
      "应马上办理，不能马上办理的，应说明原因，并告知办理时限",
      "do it at once, or explain why it cannot be done at once and tell the time limit"),
  /** 3. Qualifying but incomplete: tell at once what is missing, the procedure and its basis. */
  INCOMPLETE(
      "符合规定但手续不全",
      "qualifying but incomplete",
      "应一次性告知所缺的材料手续和办事程序、办事依据",
      "tell at once the missing materials and formalities, the procedure and its basis"),
  /** 4. Not qualifying: tell the reason it cannot be done and its basis. */
  NOT_QUALIFYING(
      "不符合条件不能办理",
      "not qualifying",
      "应热情告知其不能办理原因及依据",
      "tell, courteously, why it cannot be done and on what basis");

  /** 承诺制度二、（三）一次性告知承诺. */
  public static final Citation CITATION =
      Citation.of(
          LegalSources.DOC_000,
          "临海市人防办政务公开工作承诺制度二、（三）一次性告知承诺",
          "1、工作人员对纳税人的首次办事请求，应一次性告知所办事项的办理程序及应具备的全部条件和注意事项。"
              + "2、对手续齐全，符合规定或要求的，应马上办理，不能马上办理的，应说明原因，并告知办理时限。"
              + "3、对符合规定但手续不全的，应一次性告知所缺的材料手续和办事程序、办事依据。"
              + "4、对不符合条件不能办理的，应热情告知其不能办理原因及依据。");

  private final String label;
  private final String english;
  private final String duty;
  private final String englishDuty;

  OneTimeNotice(String label, String english, String duty, String englishDuty) {
    this.label = label;
    this.english = english;
    this.duty = duty;
    this.englishDuty = englishDuty;
  }

  /**
   * {@return the situation in the source's words, e.g. {@code 符合规定但手续不全}}
   */
  public String label() {
    return label;
  }

  /** {@return the situation in English} */
  public String english() {
    return english;
  }

  /**
   * {@return what staff must do, in the source's words, e.g. {@code 应一次性告知所缺的材料手续和办事程序、办事依据}}
   */
  public String duty() {
    return duty;
  }

  /** {@return what staff must do, in English} */
  public String englishDuty() {
    return englishDuty;
  }

  /**
   * Returns the duty in this situation as an applied P-ONE-TIME-NOTICE finding citing the
   * commitment.
   *
   * @return the finding
   */
  public Finding finding() {
    return Finding.of(
        Rules.P_ONE_TIME_NOTICE,
        FindingKind.APPLIED,
        Phrase.of("{0}：{1}", "{0}: {1}", Phrase.of(label, english), Phrase.of(duty, englishDuty)),
        List.of(CITATION));
  }
}
