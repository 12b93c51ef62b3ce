package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One online interview of a year's plan (网上访谈, P-INTERVIEW, 来源文件003 “网上访谈”工作制度) with the days each
 * notice was given.
 *
 * <p>The answering unit (答复义务人) arranges the content itself and tells the city's disclosure
 * office (市政府信息公开工作机构) 15 working days before (第十一条); the office posts the preview and tells
 * the answering unit 5 days before (第十二条) and tells it the venue within the 5 days before; the
 * answering unit gives the office its attendees 3 days before (第十四条). An interview is not ended
 * early or extended except for a special reason (非因特殊原因不得提前终止和延长时间, 第十三条): record the
 * length it actually ran with {@link #actualMinutes()} and the reason, if any, with {@link
 * #specialReason()}.
 *
 * @param topic the topic (访谈主题)
 * @param date the day of the interview
 * @param minutes its planned length in minutes
 * @param topicGivenOn the day the answering unit told the disclosure office the content it arranged
 *     (答复义务人告知市政府信息公开工作机构访谈内容, 第十一条)
 * @param previewPostedOn the day the disclosure office posted the preview online (网上预告, 第十二条)
 * @param answererToldOn the day the disclosure office told the answering unit (告知答复义务人, 第十二条)
 * @param venueToldOn the day the disclosure office told the answering unit the venue (告知活动地点, 第十四条)
 * @param attendeesGivenOn the day the answering unit gave the office the number and posts of its
 *     attendees (告知参加人员, 第十四条)
 * @param planChangedOn the day a change of plan was notified, if the plan changed (调整访谈计划, 第十三条)
 * @param summaryReportedOn the day the summary report was sent, if sent (访谈情况汇总报告, 第十五条)
 * @param actualMinutes how long it actually ran in minutes, if recorded
 * @param specialReason the special reason for ending early or extending it (特殊原因), if any
 */
public record Interview(
    String topic,
    LocalDate date,
    int minutes,
    LocalDate topicGivenOn,
    LocalDate previewPostedOn,
    LocalDate answererToldOn,
    LocalDate venueToldOn,
    LocalDate attendeesGivenOn,
    Optional<LocalDate> planChangedOn,
    Optional<LocalDate> summaryReportedOn,
    Optional<Integer> actualMinutes,
    Optional<String> specialReason) {

  /**
   * Validates the interview.
   *
   * @param topic the topic (访谈主题)
   * @param date the day of the interview
   * @param minutes its planned length in minutes
   * @param topicGivenOn the day the answering unit told the disclosure office the content it arranged
   *     (答复义务人告知市政府信息公开工作机构访谈内容, 第十一条)
   * @param previewPostedOn the day the disclosure office posted the preview online (网上预告, 第十二条)
   * @param answererToldOn the day the disclosure office told the answering unit (告知答复义务人, 第十二条)
   * @param venueToldOn the day the disclosure office told the answering unit the venue (告知活动地点, 第十四条)
   * @param attendeesGivenOn the day the answering unit gave the office the number and posts of its
   *     attendees (告知参加人员, 第十四条)
   * @param planChangedOn the day a change of plan was notified, if the plan changed (调整访谈计划, 第十三条)
   * @param summaryReportedOn the day the summary report was sent, if sent (访谈情况汇总报告, 第十五条)
   * @param actualMinutes how long it actually ran in minutes, if recorded
   * @param specialReason the special reason for ending early or extending it (特殊原因), if any
   * @throws InvalidFactsException if the topic is blank, a length is not positive, the special
   *     reason is blank, or the summary is dated before the interview
   */
  public Interview {
    requireNonNull(topic, "topic");
    requireNonNull(date, "date");
    requireNonNull(topicGivenOn, "topicGivenOn");
    requireNonNull(previewPostedOn, "previewPostedOn");
    requireNonNull(answererToldOn, "answererToldOn");
    requireNonNull(venueToldOn, "venueToldOn");
    requireNonNull(attendeesGivenOn, "attendeesGivenOn");
    requireNonNull(planChangedOn, "planChangedOn");
    requireNonNull(summaryReportedOn, "summaryReportedOn");
    requireNonNull(actualMinutes, "actualMinutes");
    requireNonNull(specialReason, "specialReason");
    List<Problem> problems = new ArrayList<>();
    if (actualMinutes.filter(m -> m <= 0).isPresent()) {
      problems.add(
          new Problem(
              Rules.P_INTERVIEW,
              "an interview runs a positive number of minutes; got " + actualMinutes.get()));
    }
    if (specialReason.filter(String::isBlank).isPresent()) {
      problems.add(
          new Problem(
              Rules.P_INTERVIEW, "a special reason (特殊原因) is blank; give it, or leave it empty"));
    }
    if (topic.isBlank()) {
      problems.add(new Problem(Rules.P_INTERVIEW, "an interview needs a topic"));
    }
    if (minutes <= 0) {
      problems.add(
          new Problem(
              Rules.P_INTERVIEW,
              "an interview lasts a positive number of minutes; got " + minutes));
    }
    if (summaryReportedOn.filter(d -> d.isBefore(date)).isPresent()) {
      problems.add(
          new Problem(Rules.P_INTERVIEW, "the summary is reported after the interview of " + date));
    }
    InvalidFactsException.throwIfAny("online interview", problems);
  }

  /**
   * Returns an interview whose actual length and special reason are not recorded.
   *
   * @param topic the topic (访谈主题)
   * @param date the day of the interview
   * @param minutes its planned length in minutes
   * @param topicGivenOn the day the answering unit told the disclosure office the content it arranged
   *     (答复义务人告知市政府信息公开工作机构访谈内容, 第十一条)
   * @param previewPostedOn the day the disclosure office posted the preview online (网上预告, 第十二条)
   * @param answererToldOn the day the disclosure office told the answering unit (告知答复义务人, 第十二条)
   * @param venueToldOn the day the disclosure office told the answering unit the venue (告知活动地点, 第十四条)
   * @param attendeesGivenOn the day the answering unit gave the office the number and posts of its
   *     attendees (告知参加人员, 第十四条)
   * @param planChangedOn the day a change of plan was notified, if the plan changed (调整访谈计划, 第十三条)
   * @param summaryReportedOn the day the summary report was sent, if sent (访谈情况汇总报告, 第十五条)
   * @throws InvalidFactsException as the canonical constructor
   */
  public Interview(
      String topic,
      LocalDate date,
      int minutes,
      LocalDate topicGivenOn,
      LocalDate previewPostedOn,
      LocalDate answererToldOn,
      LocalDate venueToldOn,
      LocalDate attendeesGivenOn,
      Optional<LocalDate> planChangedOn,
      Optional<LocalDate> summaryReportedOn) {
    this(
        topic,
        date,
        minutes,
        topicGivenOn,
        previewPostedOn,
        answererToldOn,
        venueToldOn,
        attendeesGivenOn,
        planChangedOn,
        summaryReportedOn,
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns this interview with the length it actually ran and the special reason for ending early
   * or extending it, if any (第十三条).
   *
   * @param ranMinutes the length it ran, in minutes, positive
   * @param reason the special reason, or empty
   * @return the interview
   * @throws InvalidFactsException if the length is not positive or the reason is blank
   */
  public Interview withActualLength(int ranMinutes, Optional<String> reason) {
    requireNonNull(reason, "reason");
    return new Interview(
        topic,
        date,
        minutes,
        topicGivenOn,
        previewPostedOn,
        answererToldOn,
        venueToldOn,
        attendeesGivenOn,
        planChangedOn,
        summaryReportedOn,
        Optional.of(ranMinutes),
        reason);
  }
}
