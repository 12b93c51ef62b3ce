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
 * @param topic the topic (访谈主题)
 * @param date the day of the interview
 * @param minutes its planned length in minutes
 * @param topicGivenOn the day the topic was given to the answering unit (告知访谈内容)
 * @param previewPostedOn the day the preview was posted online (网上预告)
 * @param answererToldOn the day the answerer was told (告知答复义务人)
 * @param venueToldOn the day the venue was told (告知活动地点)
 * @param attendeesGivenOn the day the answering unit gave its attendee list (告知参加人员)
 * @param planChangedOn the day a change of plan was notified, if the plan changed (调整访谈计划)
 * @param summaryReportedOn the day the summary report was sent, if sent (访谈情况汇总报告)
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
    Optional<LocalDate> summaryReportedOn) {

  /**
   * Validates the interview.
   *
   * @param topic the topic (访谈主题)
   * @param date the day of the interview
   * @param minutes its planned length in minutes
   * @param topicGivenOn the day the topic was given to the answering unit (告知访谈内容)
   * @param previewPostedOn the day the preview was posted online (网上预告)
   * @param answererToldOn the day the answerer was told (告知答复义务人)
   * @param venueToldOn the day the venue was told (告知活动地点)
   * @param attendeesGivenOn the day the answering unit gave its attendee list (告知参加人员)
   * @param planChangedOn the day a change of plan was notified, if the plan changed (调整访谈计划)
   * @param summaryReportedOn the day the summary report was sent, if sent (访谈情况汇总报告)
   * @throws InvalidFactsException if the topic is blank, the length is not positive, or the summary
   *     is dated before the interview
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
    List<Problem> problems = new ArrayList<>();
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
}
