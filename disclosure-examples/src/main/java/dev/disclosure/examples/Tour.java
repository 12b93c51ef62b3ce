package dev.disclosure.examples;

import dev.disclosure.calendar.ChinaCalendars;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Extension;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.OutsideCalendarDataException;
import dev.disclosure.calendar.Pause;
import dev.disclosure.calendar.WorkingDayCalendar;
import dev.disclosure.core.AgencyLevel;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.Applicant;
import dev.disclosure.core.ApplicantKind;
import dev.disclosure.core.Regime;
import dev.disclosure.core.SecrecyMarking;
import dev.disclosure.core.exemption.ContentFlag;
import dev.disclosure.core.exemption.ExemptionClassifier;
import dev.disclosure.core.exemption.ItemFacts;
import dev.disclosure.core.exemption.PublicInterest;
import dev.disclosure.core.exemption.ThirdPartyConsent;
import dev.disclosure.core.fee.FeeAssessment;
import dev.disclosure.core.fee.FeeCalculator;
import dev.disclosure.core.law.LegalPeriods;
import dev.disclosure.core.proactive.LegalCause;
import dev.disclosure.core.proactive.PublicationDeadline;
import dev.disclosure.core.report.AnnualReport;
import dev.disclosure.core.report.Publisher;
import dev.disclosure.core.report.ReportFormat;
import dev.disclosure.core.report.RequestRow;
import dev.disclosure.core.report.RequestTable;
import dev.disclosure.core.report.ReviewKind;
import dev.disclosure.core.report.ReviewTable;
import dev.disclosure.core.report.TableStyle;
import dev.disclosure.core.request.Answer;
import dev.disclosure.core.request.Application;
import dev.disclosure.core.request.RequestCase;
import dev.disclosure.core.request.RequestEvent;
import dev.disclosure.core.request.Submission;
import dev.disclosure.scoring.Assessment;
import dev.disclosure.scoring.DemonstrationSite;
import dev.disclosure.scoring.Points;
import dev.disclosure.scoring.Rate;
import dev.disclosure.scoring.ScoreCard;
import dev.disclosure.scoring.SurveyMapping;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The runnable tour of the library (导览): what the README shows, executed. Run it with {@code
 * ./mvnw -q -Ptour verify -pl disclosure-examples -am}.
 */
public final class Tour {

  private Tour() {}

  /**
   * Prints the tour to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("== disclosure tour: the working-day calendar (工作日历) ==");
    WorkingDayCalendar calendar = ChinaCalendars.official();
    out.println(
        "official data: "
            + calendar.coveredRange().getStart()
            + ".."
            + calendar.coveredRange().getEndInclusive());

    out.println();
    out.println("-- day kinds around 国庆节 2026 (CAL-2) --");
    calendar
        .workingDays(LocalDateRange.ofClosed(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12)))
        .forEach(day -> out.println("working: " + calendar.dayOf(day)));
    out.println("rest:    " + calendar.dayOf(LocalDate.of(2026, 10, 1)));
    out.println("make-up: " + calendar.dayOf(LocalDate.of(2026, 9, 20)));

    out.println();
    out.println("-- counting (CAL-4): the start day is not counted --");
    LocalDate received = LocalDate.of(2026, 9, 28);
    out.println("5th working day after " + received + ": " + calendar.plusWorkingDays(received, 5));
    out.println(
        "working days in (2026-01-01, 2026-12-31]: "
            + calendar.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

    out.println();
    out.println("-- a reply deadline under OGI-2019 (P-REPLY-2019), paused and extended --");
    Deadline reply = calendar.deadline(LegalPeriods.P_REPLY_2019, received);
    Deadline paused =
        reply.withPause(
            Pause.of(
                LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 10, 16),
                "征求第三方意见",
                LegalPeriods.P_REPLY_2019.citations().get(0)));
    Deadline extended =
        paused.withExtension(Extension.of(10, paused.dueDate(), "经政府信息公开工作机构负责人同意"));
    out.println(extended.explain());
    out.println("an answer on 2026-11-25: " + extended.latenessOn(LocalDate.of(2026, 11, 25)));

    out.println();
    out.println("-- outside the official data (CAL-9) --");
    try {
      calendar.isWorkingDay(LocalDate.of(2027, 2, 8));
    } catch (OutsideCalendarDataException refused) {
      out.println("refused: " + refused.getMessage());
    }
    WorkingDayCalendar estimate = ChinaCalendars.officialWithEstimateThrough(2030);
    out.println("opt-in estimate: " + estimate.dayOf(LocalDate.of(2027, 2, 8)));
    out.println(
        "a request received 2026-12-21 is due "
            + estimate.deadline(LegalPeriods.P_REPLY_2019, LocalDate.of(2026, 12, 21)));

    out.println();
    out.println("== exemption classification (不予公开审查), the same facts under both regimes ==");
    ItemFacts facts =
        ItemFacts.builder()
            .marking(SecrecyMarking.NONE)
            .addContentFlags(ContentFlag.PERSONAL_PRIVACY, ContentFlag.WORK_SECRET)
            .separable(true)
            .thirdPartyConsent(ThirdPartyConsent.REFUSED)
            .build();
    for (Regime regime : Regime.values()) {
      out.println("-- " + regime + " --");
      out.println(ExemptionClassifier.of(regime).classify(facts).explain());
    }
    out.println("-- OGI_2019, in English --");
    out.println(ExemptionClassifier.of(Regime.OGI_2019).classify(facts).explain(Language.ENGLISH));
    out.println("-- OGI_2019, with a finding that non-disclosure would seriously affect the public --");
    out.println(
        ExemptionClassifier.of(Regime.OGI_2019)
            .classify(
                ItemFacts.builder()
                    .from(facts)
                    .addPublicInterest(PublicInterest.NON_DISCLOSURE_SERIOUSLY_AFFECTS)
                    .build())
            .outcome()
            .label());

    out.println();
    out.println("== proactive disclosure (主动公开): formed 2026-09-28 ==");
    PublicationDeadline publication =
        PublicationDeadline.of(calendar, AgencyLevel.COUNTY_AND_ABOVE, received);
    out.println(publication.explain());
    out.println("published 2026-11-04: " + publication.latenessOn(LocalDate.of(2026, 11, 4)));
    out.println("with a legal cause until 2026-11-20:");
    out.println(
        publication
            .withLegalCause(
                LegalCause.of(
                    "依法需经上级机关批准后公开",
                    LocalDate.of(2026, 10, 12),
                    LocalDate.of(2026, 11, 20)))
            .explain());

    out.println();
    out.println("== a request (依申请公开) under both regimes: received 2026-09-28 ==");
    Applicant applicant = Applicant.of("张三", ApplicantKind.NATURAL_PERSON, "13800000000");
    Application application =
        new Application("某项目环评批复", "电子文档", new Submission.InPerson(received));
    for (Regime regime : Regime.values()) {
      RequestCase request = RequestCase.open(regime, calendar, applicant, application);
      out.println("-- " + regime + ": due " + request.status().dueDate() + " --");
    }
    RequestCase consulted =
        RequestCase.open(Regime.OGI_2019, calendar, applicant, application)
            .apply(
                new RequestEvent.ConsultationSent(
                    LocalDate.of(2026, 10, 12), RequestEvent.Consulted.THIRD_PARTY, "某建筑公司"))
            .apply(new RequestEvent.OpinionReceived(LocalDate.of(2026, 10, 16), "同意公开"));
    out.println(consulted.status().explain());
    out.println("next steps allowed: " + consulted.status().allowedSteps());
    RequestCase answered =
        consulted.apply(
            new RequestEvent.Answered(
                LocalDate.of(2026, 11, 4), Answer.of(AnswerKind.DISCLOSED, "")));
    out.println("answered 2026-11-04: " + answered.status().outcome().orElseThrow().label());

    out.println();
    out.println("== fees (收费) ==");
    FeeAssessment fee = FeeCalculator.of(Regime.OGI_2019).perVolume(250);
    out.println(fee.explain());
    out.println(fee.explain(Language.ENGLISH));

    out.println();
    out.println("== the 2026 annual report (年度报告) ==");
    AnnualReport report =
        AnnualReport.of(Regime.OGI_2019, Publisher.DEPARTMENT, 2026, List.of(answered), List.of());
    out.println(RequestTable.explain(2026, answered));
    out.println(report.explain());
    out.println(report.explain(Language.ENGLISH));

    out.println();
    out.println("== checking a published annual report (年度报告核查) ==");
    publishedReport(out);

    out.println();
    out.println("== a demonstration-site score card (政务公开示范点考评) ==");
    ScoreCard card =
        Assessment.of(DemonstrationSite.rubric(), "某镇")
            .withDeduction("1.1", Points.of("1.5"), "领导小组未调整", "检查记录2026-11-03")
            .withRate("2.4", DemonstrationSite.COMPLETION_RATE, Rate.of(19, 20, "办结率"))
            .withSurvey(
                "6.1",
                SurveyMapping.satisfaction(),
                Map.of("满意", 80L, "基本满意", 15L, "不满意", 5L))
            .withSurvey(
                "6.2",
                SurveyMapping.satisfaction(),
                Map.of("满意", 70L, "基本满意", 20L, "不满意", 10L))
            .score();
    out.println(card.explain());
    out.println(Language.ENGLISH.render(card.findings()));
  }

  /**
   * Loads the requests table and the reconsideration and litigation table of the 2019 report of
   * 上海市人民政府办公厅 (trial format 国办公开办函〔2019〕60号, published 2020-01-31 on www.shanghai.gov.cn)
   * with its text's figures, prints the requests table and checks the report.
   */
  private static void publishedReport(PrintStream out) {
    RequestTable.Builder requests = RequestTable.builder(2019, ReportFormat.TRIAL_2019);
    for (RequestRow row : ReportFormat.TRIAL_2019.requestRows()) {
      requests.row(row, "", "", "", "", "", "", "");
    }
    requests
        .row(RequestRow.NEW_THIS_YEAR, "821", "35", "", "", "2", "1", "859")
        .row(RequestRow.CARRIED_OVER, "18", "", "", "", "", "", "18")
        .row(RequestRow.DISCLOSED, "258", "12", "", "", "1", "1", "")
        .row(RequestRow.PARTIALLY_DISCLOSED, "3", "", "", "", "", "", "")
        .row(RequestRow.NOT_DISCLOSED_STATE_SECRET, "14", "", "", "", "", "", "")
        .row(RequestRow.NOT_DISCLOSED_INTERNAL_AFFAIRS, "5", "", "", "", "", "", "")
        .row(RequestRow.NOT_DISCLOSED_PROCESS_INFORMATION, "3", "1", "", "", "", "", "")
        .row(RequestRow.NOT_DISCLOSED_ADMINISTRATIVE_QUERY, "10", "2", "", "", "", "", "")
        .row(RequestRow.UNAVAILABLE_NOT_HELD, "252", "12", "", "", "1", "", "")
        .row(RequestRow.UNAVAILABLE_WOULD_NEED_CREATING, "44", "3", "", "", "", "", "")
        .row(RequestRow.UNAVAILABLE_STILL_UNCLEAR, "25", "", "", "", "", "", "")
        .row(RequestRow.NOT_PROCESSED_PETITION, "148", "1", "", "", "", "", "")
        .row(RequestRow.NOT_PROCESSED_REPEATED, "5", "4", "", "", "", "", "")
        .row(RequestRow.RESULTS_TOTAL, "767", "35", "", "", "2", "1", "805")
        .row(RequestRow.CARRIED_FORWARD, "72", "", "", "", "", "", "72");
    ReviewTable reviews =
        ReviewTable.builder(2019)
            .row(ReviewKind.RECONSIDERATION, "5", "", "", "2", "7")
            .row(ReviewKind.LITIGATION_DIRECT, "8", "", "", "1", "9")
            .row(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, "", "", "", "", "")
            .build();
    AnnualReport published =
        AnnualReport.published(
            Regime.OGI_2019,
            Publisher.DEPARTMENT,
            Optional.empty(),
            requests.build(),
            reviews,
            "受理859件；答复805件（含上年度结转18件，另有72件顺延）；予以公开及部分公开258件；不予公开35件；"
                + "无法提供265件；不予处理158件；其他处理0件。复议7件，诉讼9件。");
    out.print(published.requests().print(TableStyle.TEXT));
    out.println(Language.CHINESE.render(published.checks()));
  }
}
