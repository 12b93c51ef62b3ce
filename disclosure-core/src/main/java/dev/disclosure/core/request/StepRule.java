package dev.disclosure.core.request;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Deadline;
import dev.disclosure.calendar.Extension;
import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.FindingKind;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.calendar.Quantity;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.CaseStatus.Consultation;
import dev.disclosure.core.request.CaseStatus.Mark;
import dev.disclosure.core.request.RequestEvent.Consulted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rule of each request step (办理环节规则), one constant per {@link Step}, in one place:
 *
 * <ul>
 *   <li>whether the step is offered in a case on a date ({@link #refusal}, which names the rule
 *       that refuses it otherwise) and whether its payload is allowed ({@link #payloadRefusal}, e.g.
 *       an answer kind the regime lacks): what guidance refuses;
 *   <li>what an allowed step does to the case and its clock ({@link #apply});
 *   <li>what a step the rules do not allow does when it is recorded as it happened ({@link
 *       #record}): its effect as the law counts it, and a finding for each rule it broke (REQ-10).
 * </ul>
 *
 * <p>The conventions of recording, where the text is silent:
 *
 * <ul>
 *   <li>a step that would give the agency more time — an extension, a longer period under
 *       第三十五条 — counts only when lawful; otherwise the clock is unchanged and the finding says why
 *       (OGI-2019 第三十三条第二款: an extension needs the approval <em>and</em> the notice, no later
 *       than the due date in force);
 *   <li>a correction notice after the 7 working days still restarts the period on receipt of the
 *       corrected application, because 第三十条 attaches the restart to that receipt alone, unless the
 *       reply period had already run out when the notice went out; a second notice breaks the
 *       一次性告知 rule and restarts nothing;
 *   <li>an opinion after the consulted party's period pauses only to its end (a convention
 *       finding); a payment after the payment period is a finding and pauses only to its end; a
 *       supplement after the correction deadline the agency set is a finding naming 正当理由, and
 *       the period runs from its receipt (the agency accepted it);
 *   <li>disclosing while a consulted third party's or agency's 15 working days still run is a
 *       finding (OGI-2019 第三十二条, 第三十四条: silence counts only after them);
 *   <li>under OGI_2008 a notice to amend or supplement (第二十一条第（四）项) is lawful within the reply
 *       period; the amended application's 15 working days run from its receipt (第二十四条), the
 *       2008 text having no restart rule; nothing supplied by the deadline closes the case as
 *       其他处理／其他, the 2008 text having no 视为放弃申请;
 *   <li>a step that answers nothing pending (an opinion, a payment, a correction, reasons) changes
 *       nothing and is a finding under REQ-9;
 *   <li>a step the model's states do not offer but no rule forbids (a fee notice during a
 *       consultation, an answer while a correction is awaited) is applied without a finding.
 * </ul>
 *
 * <p>{@link CaseStatus#allowedSteps(LocalDate)} lists exactly the steps whose refusal is empty.
 * Package-private.
 */
enum StepRule {
  ASK_CORRECTION(Step.ASK_CORRECTION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.state != CaseState.PROCESSING) {
        return wrongState(s, date);
      }
      if (s.has(Mark.LONGER_PERIOD_SET)) {
        return refuse(
            Rules.REQ_4, () -> "a longer reasonable period was set; no correction under 第三十条 follows it");
      }
      if (s.rules.correctionPeriod.isEmpty()) {
        // OGI-2008 第二十一条第（四）项: one of the answers, given within the reply period
        LocalDate due = s.passedDue(date, s.deadline);
        return due != null
            ? refuse(
                s.rules.correctionRule,
                () -> "the notice to amend or supplement (OGI-2008 第二十一条第（四）项) answers the"
                    + " request within the reply period, due "
                    + due
                    + "; given on "
                    + date)
            : OFFERED;
      }
      LegalPeriod period = s.rules.correctionPeriod.get();
      if (s.has(Mark.CORRECTION_ASKED)) {
        return refuse(
            period.id(), () -> "the applicant is told once, in full, what to supplement (一次性告知)");
      }
      LocalDate latest = s.periodEnd(period, s.receiptDate());
      if (date.isAfter(latest)) {
        return refuse(
            period.id(),
            () -> "the applicant must be told within 7 working days of receipt "
                + s.receiptDate()
                + ", by "
                + latest
                + "; asked on "
                + date);
      }
      return OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return asked(s, (RequestEvent.CorrectionAsked) event, true).build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      RequestEvent.CorrectionAsked asked = (RequestEvent.CorrectionAsked) event;
      LocalDate date = asked.date();
      if (s.rules.correctionPeriod.isEmpty()) {
        LocalDate due = s.passedDue(date, s.clockOn(date));
        if (due == null) {
          return apply(s, event);
        }
        return asked(s, asked, false)
            .finding(
                s.correctionFinding(
                    FindingKind.BROKEN,
                    "{0}告知作出更改、补充，晚于答复期限{1}（逾期{2}）；更改、补充后的申请不重新计算期限",
                    "told to amend or supplement on {0}, after the due date {1} (late by {2}); the"
                        + " amended application restarts nothing",
                    date,
                    due,
                    lateBy(s, due, date)))
            .build();
      }
      LegalPeriod period = s.rules.correctionPeriod.get();
      if (s.has(Mark.LONGER_PERIOD_SET)) {
        return s.advance(event.date(), step())
            .finding(
                s.breach(
                    Rules.REQ_4,
                    "{0}告知补正，但已于此前确定延迟答复的合理期限；补正不重新计算期限",
                    "correction asked on {0} after a longer reasonable period was set; it restarts"
                        + " nothing",
                    date))
            .build();
      }
      if (s.has(Mark.CORRECTION_ASKED)) {
        CaseStatus draft =
            s.correctionSince != null ? s.advance(event.date(), step()) : asked(s, asked, false);
        return draft
            .finding(
                s.breach(
                    period.id(),
                    "{0}再次告知补正，违反一次性告知的规定；再次补正不重新计算答复期限",
                    "a second correction notice on {0} breaks the rule to tell the applicant once,"
                        + " in full; the second correction restarts nothing",
                    date))
            .build();
      }
      LocalDate latest = s.periodEnd(period, s.receiptDate());
      if (date.isAfter(latest)) {
        Deadline clock = s.clockOn(date);
        LocalDate due = s.passedDue(date, clock);
        boolean restarts = due == null;
        return asked(s, asked, restarts)
            .finding(
                s.breach(
                    period.id(),
                    restarts
                        ? "{0}告知补正，超过收到申请之日{1}起7个工作日的期限{2}，逾期{3}；答复期限仍自收到补正之日起计算"
                        : "{0}告知补正，超过收到申请之日{1}起7个工作日的期限{2}，逾期{3}；其时答复期限已于{4}届满，补正不重新计算期限",
                    restarts
                        ? "correction asked on {0}, after the 7 working days from receipt on {1}"
                            + " ended on {2}: late by {3}; the reply period still runs from the"
                            + " correction's receipt"
                        : "correction asked on {0}, after the 7 working days from receipt on {1}"
                            + " ended on {2}: late by {3}; the reply period had already run out"
                            + " on {4}, and the correction restarts nothing",
                    date,
                    s.receiptDate(),
                    latest,
                    lateBy(s, latest, date),
                    restarts ? s.dueNamed(clock) : due))
            .build();
      }
      // not offered only because another wait is pending: no rule forbids it
      return apply(s, event);
    }

    private CaseStatus asked(
        CaseStatus s, RequestEvent.CorrectionAsked asked, boolean restarts) {
      CaseStatus draft = s.advance(asked.date(), step()).mark(Mark.CORRECTION_ASKED);
      draft.correctionSince = asked.date();
      draft.correctionRestarts = restarts;
      draft.supplyBy = asked.supplyBy();
      if (s.rules.correctionPeriod.isEmpty() && restarts) {
        draft.finding(
            s.correctionFinding(
                FindingKind.CONVENTION,
                "{0}告知申请人作出更改、补充；该条例没有补正期限和重新计算的规定，约定：更改、补充后的申请视为新收到的申请，答复期限自收到之日起重新计算（第二十四条“自收到申请之日起”）",
                "on {0} the applicant was told to amend or supplement; the regulation sets no"
                    + " correction period and no restart, so by convention the amended application"
                    + " counts as received anew and the period runs from its receipt (Art. 24)",
                asked.date()));
      }
      return draft;
    }
  },

  RECEIVE_CORRECTION(Step.RECEIVE_CORRECTION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      return s.state == CaseState.AWAITING_CORRECTION ? OFFERED : wrongState(s, date);
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      CaseStatus draft = s.advance(event.date(), step()).mark(Mark.CORRECTION_RECEIVED);
      draft.correctionSince = null;
      // an unlawful notice had no deadline whose lapse could abandon the request
      if (s.correctionRestarts && event.date().isAfter(s.supplyBy)) {
        draft.finding(
            s.correctionFinding(
                FindingKind.CONVENTION,
                "{0}收到补正，晚于所定补正期限{1}（{2}）：{3}；约定：行政机关予以受理的，视为有正当理由或者作为新的申请，答复期限自收到之日起计算",
                "correction received on {0}, after the deadline {1} set for it ({2}): {3}; by"
                    + " convention, accepted by the agency, it is taken to have good reason or to"
                    + " be a new application, the period running from its receipt",
                event.date(),
                s.supplyBy,
                lateBy(s, s.supplyBy, event.date()),
                s.rules.correctionMissed));
      }
      if (s.correctionRestarts) {
        draft.deadline =
            s.deadline.withRestart(
                event.date(), CaseStatus.CORRECTION_RECEIVED, s.correctionCitation());
      } else {
        draft.finding(
            s.correctionFinding(
                FindingKind.CONVENTION,
                "{0}收到补正，因补正告知不合法，答复期限不重新计算",
                "correction received on {0}; the notice was unlawful, so the reply period does"
                    + " not restart",
                event.date()));
      }
      return draft.build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      // refused only when no correction is awaited: an awaited one makes the state
      // AWAITING_CORRECTION, in which the step is offered
      return nothingPending(s, event, Awaited.CORRECTION);
    }
  },

  MISS_CORRECTION(Step.MISS_CORRECTION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.state != CaseState.AWAITING_CORRECTION) {
        return wrongState(s, date);
      }
      if (!s.correctionRestarts) {
        return refuse(
            s.rules.correctionRule,
            () -> "the pending correction notice of " + s.correctionSince
                + " was unlawful and restarts nothing; not supplying it abandons nothing");
      }
      if (!date.isAfter(s.supplyBy)) {
        return refuse(
            s.rules.correctionRule,
            () -> "the correction is due by " + s.supplyBy + "; it is not missed on " + date);
      }
      return OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return s.unsupplied(event.date()).build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      if (s.correctionSince == null) {
        return nothingPending(s, event, Awaited.CORRECTION);
      }
      if (!s.correctionRestarts) {
        // closed as the agency recorded it, judged against the reply period that kept running
        return s.closing(event.date(), step(), s.rules.correctionMissedRow)
            .finding(
                s.correctionFinding(
                    FindingKind.BROKEN,
                    "{0}以逾期不补正视为放弃申请，但{1}的补正告知不合法、不重新计算答复期限：未补正不产生视为放弃申请的后果，申请仍应答复",
                    "deemed abandoned on {0} for a missing correction, but the notice of {1} was"
                        + " unlawful and restarts nothing: not supplying it abandons nothing, and"
                        + " the request was still to be answered",
                    event.date(),
                    s.correctionSince))
            .build();
      }
      return s.closing(event.date(), step(), s.rules.correctionMissedRow)
          .finding(
              s.correctionFinding(
                  FindingKind.BROKEN,
                  "{0}视为放弃申请，但补正期限至{1}尚未届满",
                  "deemed abandoned on {0}, before the correction deadline {1} passed",
                  event.date(),
                  s.supplyBy))
          .build();
    }
  },

  SEND_CONSULTATION(Step.SEND_CONSULTATION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      return s.state == CaseState.PROCESSING || s.state == CaseState.CONSULTING
          ? OFFERED
          : wrongState(s, date);
    }

    @Override
    Optional<Refusal> payloadRefusal(CaseStatus s, RequestEvent event) {
      RequestEvent.ConsultationSent sent = (RequestEvent.ConsultationSent) event;
      if (sent.consulted() == Consulted.CO_AGENCY && s.rules.coAgencyPeriod.isEmpty()) {
        return refuse(
            s.rules.lackingStepRule,
            () -> s.rules.regime.id()
                + " excludes only third-party consultation time from the reply period; consulting"
                + " another agency is an OGI_2019 step (P-CO-AGENCY-2019)");
      }
      return OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return consulting(s, (RequestEvent.ConsultationSent) event, true).build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      RequestEvent.ConsultationSent sent = (RequestEvent.ConsultationSent) event;
      if (sent.consulted() == Consulted.CO_AGENCY && s.rules.coAgencyPeriod.isEmpty()) {
        return consulting(s, sent, false)
            .finding(
                s.breach(
                    s.rules.lackingStepRule,
                    "{0}征求其他机关意见；{1}只将征求第三方意见的时间不计入答复期限，该期间照常计算",
                    "another agency consulted on {0}; {1} excludes only third-party consultation"
                        + " time, so this time counts",
                    sent.date(),
                    s.rules.id))
            .build();
      }
      return consulting(s, sent, true).build();
    }

    private CaseStatus consulting(
        CaseStatus s, RequestEvent.ConsultationSent sent, boolean pauses) {
      CaseStatus draft = s.advance(sent.date(), step());
      Consultation added =
          new Consultation(
              sent.date(), sent.consulted(), sent.party(), sent.partyReceivedOn(), pauses);
      // one or two at once are the usual case: built without a builder's spare array
      draft.consultations =
          switch (s.consultations.size()) {
            case 0 -> ImmutableList.of(added);
            case 1 -> ImmutableList.of(s.consultations.get(0), added);
            default ->
                ImmutableList.<Consultation>builderWithExpectedSize(s.consultations.size() + 1)
                    .addAll(s.consultations)
                    .add(added)
                    .build();
          };
      return draft;
    }
  },

  RECEIVE_OPINION(Step.RECEIVE_OPINION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.consultations.isEmpty()) {
        return wrongState(s, date);
      }
      // offered once some consulted party has the consultation (the earliest, most often)
      if (!date.isBefore(s.consultations.get(0).partyReceived())) {
        return OFFERED;
      }
      Consultation first = s.consultations.get(giving(s, "", date));
      return date.isBefore(first.partyReceived())
          ? refuse(Rules.REQ_9, () -> opinionBeforeReceipt(first, date))
          : OFFERED;
    }

    @Override
    Optional<Refusal> payloadRefusal(CaseStatus s, RequestEvent event) {
      RequestEvent.OpinionReceived opinion = (RequestEvent.OpinionReceived) event;
      Optional<Refusal> unknown = unknownParty(s, opinion.party());
      if (unknown.isPresent()) {
        return unknown;
      }
      Consultation consultation = s.consultations.get(giving(s, opinion.party(), opinion.date()));
      return opinion.date().isBefore(consultation.partyReceived())
          ? refuse(Rules.REQ_9, () -> opinionBeforeReceipt(consultation, opinion.date()))
          : OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      int index = giving(s, ((RequestEvent.OpinionReceived) event).party(), event.date());
      CaseStatus draft = endConsultation(s, event, index, event.date());
      Consultation consultation = s.consultations.get(index);
      Optional<LegalPeriod> period = s.consultationPeriod(consultation);
      if (period.isPresent() && consultation.pauses()) {
        LocalDate ends = silenceEnds(s, consultation);
        if (event.date().isAfter(ends)) {
          draft.finding(
              s.convention(
                  period.get().id(),
                  "{0}于{1}提出意见，晚于其期限{2}（逾期{3}）：期限届满后行政机关即可决定，征求意见所需时间计至{2}",
                  "the consulted party ({0}) gave its opinion on {1}, after its period ended on {2}"
                      + " (late by {3}): the agency could decide from then on, so the consultation"
                      + " time ends on {2}",
                  consultation.party(),
                  event.date(),
                  ends,
                  lateBy(s, ends, event.date())));
        }
      }
      return draft.build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      int index = giving(s, ((RequestEvent.OpinionReceived) event).party(), event.date());
      if (index >= 0
          && event.date().isBefore(s.consultations.get(index).partyReceived())) {
        // impossible, not unlawful: the party gives its opinion after it has the consultation
        throw new InvalidFactsException(
            step().label() + " (" + step() + ")",
            Rules.REQ_10,
            opinionBeforeReceipt(s.consultations.get(index), event.date()));
      }
      // refused only when no consultation of the party is pending: the opinion answers nothing
      return notConsulted(s, event, ((RequestEvent.OpinionReceived) event).party());
    }

    private String opinionBeforeReceipt(Consultation consultation, LocalDate date) {
      return "the opinion of '" + consultation.party() + "' dated " + date
          + " comes before the party received the consultation on " + consultation.partyReceived()
          + " (sent " + consultation.sent() + "); an opinion is dated on or after "
          + consultation.partyReceived();
    }
  },

  NOTE_NO_OPINION(Step.NOTE_NO_OPINION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.consultations.isEmpty()) {
        return wrongState(s, date);
      }
      // indexed: a loop run at every note of silence, without an iterator
      for (int i = 0; i < s.consultations.size(); i++) {
        Consultation consultation = s.consultations.get(i);
        Optional<LegalPeriod> period = s.consultationPeriod(consultation);
        if (period.isEmpty() || date.isAfter(silenceEnds(s, consultation))) {
          return OFFERED;
        }
      }
      Consultation first = s.consultations.get(0);
      LegalPeriod period = s.consultationPeriod(first).orElseThrow();
      return refuse(
          period.id(),
          () -> "the consulted "
              + first.consulted().english()
              + " ("
              + first.consulted().label()
              + ") '"
              + first.party()
              + "' has until "
              + s.described(silenceEnds(s, first))
              + " to give its opinion; no consulted party is silent on "
              + date);
    }

    @Override
    Optional<Refusal> payloadRefusal(CaseStatus s, RequestEvent event) {
      String party = ((RequestEvent.NoOpinion) event).party();
      Optional<Refusal> unknown = unknownParty(s, party);
      if (unknown.isPresent()) {
        return unknown;
      }
      Consultation consultation = s.consultations.get(silent(s, party, event.date()));
      Optional<LegalPeriod> period = s.consultationPeriod(consultation);
      if (period.isPresent()) {
        LocalDate due = silenceEnds(s, consultation);
        if (!event.date().isAfter(due)) {
          return refuse(
              period.get().id(),
              () -> "the consulted "
                  + consultation.consulted().english()
                  + " ("
                  + consultation.consulted().label()
                  + ") '"
                  + consultation.party()
                  + "' has until "
                  + s.described(due)
                  + " to give its opinion; it is not silent on "
                  + event.date());
        }
      }
      return OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      int index = silent(s, ((RequestEvent.NoOpinion) event).party(), event.date());
      Consultation consultation = s.consultations.get(index);
      Optional<LegalPeriod> period = s.consultationPeriod(consultation);
      LocalDate end =
          period.isEmpty() ? event.date() : silenceEnds(s, consultation);
      return endConsultation(s, event, index, end).build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      int index = silent(s, ((RequestEvent.NoOpinion) event).party(), event.date());
      if (index < 0) {
        return notConsulted(s, event, ((RequestEvent.NoOpinion) event).party());
      }
      Consultation consultation = s.consultations.get(index);
      LegalPeriod period = s.consultationPeriod(consultation).orElseThrow();
      LocalDate due = silenceEnds(s, consultation);
      return endConsultation(s, event, index, event.date())
          .finding(
              s.breach(
                  period.id(),
                  "{0}记为{1}逾期未提出意见，但其{2}收到征求意见书，提出意见的期限至{3}尚未届满（尚余{4}）",
                  "silence of the consulted party ({1}) noted on {0}, but it received the"
                      + " consultation on {2} and has until {3} ({4} left)",
                  event.date(),
                  consultation.party(),
                  consultation.partyReceived(),
                  s.dayNamed(due),
                  workingDays(s, event.date(), due)))
          .build();
    }
  },

  APPROVE_EXTENSION(Step.APPROVE_EXTENSION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      // 第三十三条第二款 asks for the approval and the notice within the period, nothing else: a
      // pending consultation or fee wait (a pause) does not bar it; a pending correction does, as
      // its receipt restarts the period and the extension would lapse with the old one.
      // [convention] Guided, it is judged against the due date of the completed steps: the pending
      // pause may move that later, but by how much only its end tells, and an extension within
      // it stays lawful however the wait ends
      if (s.state != CaseState.PROCESSING
          && s.state != CaseState.CONSULTING
          && s.state != CaseState.AWAITING_PAYMENT) {
        return wrongState(s, date);
      }
      if (s.has(Mark.LONGER_PERIOD_SET)) {
        return refuse(
            Rules.REQ_4,
            () -> "a longer reasonable period was set; no extension under 第三十三条 follows it");
      }
      LegalPeriod period = s.rules.replyPeriod;
      long remaining = period.maxExtension() - s.deadline.extensionInForce();
      if (remaining <= 0) {
        return refuse(
            period.extensionRule(),
            () -> period.id() + "'s extensions reach their bound of " + period.maxExtension()
                + " working days; none remain");
      }
      LocalDate due = s.passedDue(date, s.deadline);
      if (due != null) {
        return refuse(
            period.extensionRule(),
            () -> "an extension is granted no later than the due date "
                + due
                + " of "
                + period.id()
                + "; granted on "
                + date);
      }
      return OFFERED;
    }

    @Override
    Optional<Refusal> payloadRefusal(CaseStatus s, RequestEvent event) {
      RequestEvent.ExtensionApproved approved = (RequestEvent.ExtensionApproved) event;
      LegalPeriod period = s.rules.replyPeriod;
      long remaining = period.maxExtension() - s.deadline.extensionInForce();
      if (approved.workingDays() > remaining) {
        // Judged on the total: the clock orders extensions of one day by amount, so one beyond the
        // remaining bound could displace an earlier, lawful one of the same day.
        return refuse(
            period.extensionRule(),
            () -> "an extension of "
                + approved.workingDays()
                + " working days granted "
                + approved.date()
                + " would bring the extensions of "
                + period.id()
                + " beyond their bound of "
                + period.maxExtension()
                + " working days; remaining: "
                + remaining);
      }
      LocalDate due = s.passedDue(approved.applicantNotifiedOn(), s.deadline);
      if (due != null) {
        return refuse(
            Rules.REQ_6,
            () -> "an extension needs the approval and the notice to the applicant no later than the"
                + " due date "
                + due
                + " (OGI-2019 第三十三条第二款); approved "
                + approved.date()
                + ", notified "
                + approved.applicantNotifiedOn());
      }
      return OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      // Offered only on or before the due date in force, told by then, and within the bound: the
      // clock records it as lawful.
      CaseStatus draft = s.advance(event.date(), step());
      draft.deadline = s.deadline.withExtension(extension((RequestEvent.ExtensionApproved) event));
      return draft.build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      RequestEvent.ExtensionApproved approved = (RequestEvent.ExtensionApproved) event;
      LegalPeriod period = s.rules.replyPeriod;
      if (s.has(Mark.LONGER_PERIOD_SET)) {
        return s.advance(event.date(), step())
            .finding(
                s.breach(
                    Rules.REQ_4,
                    "{0}批准延长答复期限，但已确定延迟答复的合理期限，延长不计",
                    "extension approved on {0} after a longer reasonable period was set; it"
                        + " extends nothing",
                    approved.date()))
            .build();
      }
      // the due date in force on the day the applicant was told, a pending wait counted up to it
      // (第三十三条第三款: consultation time is not counted)
      LocalDate told = approved.applicantNotifiedOn();
      LocalDate due = s.passedDue(told, s.clockOn(told));
      if (due != null) {
        return s.advance(event.date(), step())
            .finding(
                s.breach(
                    Rules.REQ_6,
                    "延长答复期限{0}批准、{1}告知申请人，晚于告知之日的答复期限{2}（逾期{3}）：延长须经负责人同意并告知申请人，期限届满后告知的延长不发生效力",
                    "extension approved {0} and told to the applicant {1}, after the due date in"
                        + " force that day, {2} (late by {3}): an extension needs the approval and"
                        + " the notice, and one told after the period ended extends nothing",
                    approved.date(),
                    told,
                    due,
                    lateBy(s, due, told)))
            .build();
      }
      if (approved.workingDays() > period.maxExtension()) {
        return s.advance(event.date(), step())
            .finding(
                s.breach(
                    period.extensionRule(),
                    "{0}批准延长{1}，超过{2}的上限{3}，延长不计",
                    "extension of {1} approved on {0} exceeds {2}'s bound of {3}; it extends"
                        + " nothing",
                    approved.date(),
                    Quantity.of(approved.workingDays(), Quantity.Unit.WORKING_DAYS),
                    period.id(),
                    Quantity.of(period.maxExtension(), Quantity.Unit.WORKING_DAYS)))
            .build();
      }
      // approved during another wait, or beyond the remaining bound: the clock judges it
      return apply(s, event);
    }

    private Extension extension(RequestEvent.ExtensionApproved approved) {
      return Extension.of(
          approved.workingDays(),
          approved.date(),
          Phrase.of(
              "{0}；经政府信息公开工作机构负责人{1}同意，{2}告知申请人",
              // the approver's name is Chinese, "as recorded" in English: the English leaves it out
              "{0}; approved by the head of the disclosure office, the applicant told on {2}",
              approved.reason(),
              approved.approvedBy(),
              approved.applicantNotifiedOn()));
    }
  },

  SEND_FEE_NOTICE(Step.SEND_FEE_NOTICE) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.rules.feePaymentPeriod.isEmpty()) {
        return refuse(
            s.rules.feeRule,
            () -> s.rules.regime.id() + " charges no processing fee (信息处理费); it has no fee notice");
      }
      if (s.state != CaseState.PROCESSING) {
        return wrongState(s, date);
      }
      if (s.has(Mark.FEE_NOTICED)) {
        return refuse(Rules.REQ_9, () -> "a fee notice was already sent in this case");
      }
      LocalDate due = s.passedDue(date, s.deadline);
      return due != null
          ? refuse(
              s.rules.feeRule,
              () -> "a fee notice goes out within the reply period, due " + due + "; sent "
                  + date)
          : OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      CaseStatus draft = s.advance(event.date(), step()).mark(Mark.FEE_NOTICED);
      draft.feeSince = event.date();
      return draft.build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      if (s.rules.feePaymentPeriod.isEmpty()) {
        return s.advance(event.date(), step())
            .finding(
                s.breach(
                    s.rules.feeRule,
                    "{0}发出收费通知，但{1}不收取信息处理费",
                    "fee notice on {0}, but {1} charges no processing fee",
                    event.date(),
                    s.rules.id))
            .build();
      }
      if (s.has(Mark.FEE_NOTICED)) {
        return s.advance(event.date(), step())
            .finding(
                s.breach(
                    s.rules.feeRule,
                    "{0}再次发出收费通知；每件申请只收取一次信息处理费，不再暂停计算期限",
                    "a second fee notice on {0}; a request is charged once, and it pauses"
                        + " nothing",
                    event.date()))
            .build();
      }
      LocalDate due = s.passedDue(event.date(), s.clockOn(event.date()));
      if (due != null) {
        CaseStatus draft =
            s.advance(event.date(), step()).mark(Mark.FEE_NOTICED).mark(Mark.FEE_NOTICED_LATE);
        draft.feeSince = event.date();
        return draft
            .finding(
                s.breach(
                    s.rules.feeRule,
                    "{0}发出收费通知，晚于答复期限{1}（逾期{2}）：收费通知应在答复期限内发出，期限届满后不能暂停计算",
                    "fee notice on {0}, after the due date {1} (late by {2}): a fee notice goes out"
                        + " within the reply period, and cannot pause one that has run out",
                    event.date(),
                    due,
                    lateBy(s, due, event.date())))
            .build();
      }
      return apply(s, event);
    }
  },

  RECEIVE_PAYMENT(Step.RECEIVE_PAYMENT) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      return paymentRefusal(s, date, false);
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      CaseStatus draft = s.advance(event.date(), step());
      draft.deadline = s.deadline.withPause(s.feePause(event.date()));
      draft.feeSince = null;
      return draft.build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      if (s.rules.feePaymentPeriod.isEmpty() || s.feeSince == null) {
        return nothingPending(s, event, Awaited.FEE);
      }
      LegalPeriod period = s.rules.feePaymentPeriod.get();
      LocalDate due = s.feeDue();
      if (!event.date().isAfter(due)) {
        // in time, though another wait is pending: no rule forbids it
        return apply(s, event);
      }
      CaseStatus draft = s.advance(event.date(), step());
      draft.deadline = s.deadline.withPause(s.feePause(event.date()));
      draft.feeSince = null;
      return draft
          .finding(
              s.breach(
                  period.id(),
                  "{0}缴费，晚于缴费期限{1}（逾期{2}）：逾期未缴纳的视为放弃申请；行政机关仍予受理的，不计入答复期限的时间只到缴费期限届满之日",
                  "fee paid on {0}, after its deadline {1} (late by {2}): an unpaid fee abandons the"
                      + " request; accepted all the same, the time not counted ends on the"
                      + " deadline",
                  event.date(),
                  due,
                  lateBy(s, due, event.date())))
          .build();
    }
  },

  MISS_PAYMENT(Step.MISS_PAYMENT) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      return paymentRefusal(s, date, true);
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return s.unpaid(event.date()).build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      if (s.rules.feePaymentPeriod.isEmpty() || s.feeSince == null) {
        return nothingPending(s, event, Awaited.FEE);
      }
      LegalPeriod period = s.rules.feePaymentPeriod.get();
      if (s.has(Mark.FEE_NOTICED_LATE)) {
        // closed as the agency recorded it, judged against the reply period that had run out
        return s.closing(event.date(), step(), OutcomeRow.OTHER_FEE_UNPAID)
            .finding(
                s.breach(
                    period.id(),
                    "{0}以逾期未缴费视为放弃申请，但{1}的收费通知晚于答复期限、不合法：未缴费不产生视为放弃申请的后果，申请仍应答复",
                    "deemed abandoned for non-payment on {0}, but the fee notice of {1} came after"
                        + " the reply period and was unlawful: not paying abandons nothing, and the"
                        + " request was still to be answered",
                    event.date(),
                    s.feeSince))
            .build();
      }
      LocalDate due = s.periodEnd(period, s.feeSince);
      return s.closing(event.date(), step(), OutcomeRow.OTHER_FEE_UNPAID)
          .finding(
              s.breach(
                  period.id(),
                  "{0}以逾期未缴费视为放弃申请，但缴费期限至{1}尚未届满",
                  "deemed abandoned for non-payment on {0}, before the payment deadline {1}"
                      + " passed",
                  event.date(),
                  s.dayNamed(due)))
          .build();
    }
  },

  ASK_REASONS(Step.ASK_REASONS) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.rules.longerPeriod.isEmpty()) {
        return lacking(s, "has no excessive-request step (要求说明理由)");
      }
      if (s.state != CaseState.PROCESSING) {
        return wrongState(s, date);
      }
      return s.has(Mark.REASONS_ASKED)
          ? refuse(Rules.REQ_9, () -> "the applicant was already asked for reasons")
          : OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      CaseStatus draft = s.advance(event.date(), step()).mark(Mark.REASONS_ASKED);
      draft.reasonsAwaited = true;
      return draft.build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      if (s.rules.longerPeriod.isEmpty()) {
        return lackingStep(s, event);
      }
      if (s.has(Mark.REASONS_ASKED)) {
        return s.advance(event.date(), step())
            .finding(
                s.breach(
                    Rules.REQ_4,
                    "{0}再次要求申请人说明理由",
                    "the applicant asked for reasons again on {0}",
                    event.date()))
            .build();
      }
      return apply(s, event);
    }
  },

  RECEIVE_REASONS(Step.RECEIVE_REASONS) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.rules.longerPeriod.isEmpty()) {
        return lacking(s, "has no excessive-request step (要求说明理由)");
      }
      return s.state == CaseState.AWAITING_REASONS ? OFFERED : wrongState(s, date);
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      CaseStatus draft = s.advance(event.date(), step());
      draft.reasonsAwaited = false;
      return draft.build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      if (s.rules.longerPeriod.isEmpty()) {
        return lackingStep(s, event);
      }
      return s.reasonsAwaited ? apply(s, event) : nothingPending(s, event, Awaited.REASONS);
    }
  },

  SET_LONGER_PERIOD(Step.SET_LONGER_PERIOD) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.rules.longerPeriod.isEmpty()) {
        return lacking(s, "has no longer reasonable period (第三十五条)");
      }
      if (s.state != CaseState.PROCESSING) {
        return wrongState(s, date);
      }
      if (!s.has(Mark.REASONS_ASKED)) {
        return refuse(
            Rules.REQ_4, () -> "a longer reasonable period follows the applicant's reasons; none asked");
      }
      if (s.has(Mark.LONGER_PERIOD_SET)) {
        return refuse(Rules.REQ_4, () -> "a longer reasonable period was already set");
      }
      LocalDate due = s.passedDue(date, s.deadline);
      return due != null
          ? refuse(
              Rules.REQ_4,
              () -> "a longer reasonable period is set when the reply period cannot be met, no later"
                  + " than its due date "
                  + due
                  + "; set on "
                  + date)
          : OFFERED;
    }

    @Override
    Optional<Refusal> payloadRefusal(CaseStatus s, RequestEvent event) {
      RequestEvent.LongerPeriodSet set = (RequestEvent.LongerPeriodSet) event;
      if (set.newDueDate().isBefore(set.date())) {
        return refuse(
            Rules.REQ_4,
            () -> "a longer reasonable period set on "
                + set.date()
                + " cannot end before that day ("
                + s.rules.longerPeriod.get().toReference()
                + "); got "
                + set.newDueDate());
      }
      Deadline clock = s.clockOn(set.date());
      if (s.passedDue(set.newDueDate(), clock) == null) {
        return refuse(
            Rules.REQ_4,
            () -> "a longer reasonable period ends after the due date in force "
                + s.described(CaseStatus.dueOrBeyond(clock))
                + " ("
                + s.rules.longerPeriod.get().toReference()
                + "); got "
                + set.newDueDate());
      }
      return OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      RequestEvent.LongerPeriodSet set = (RequestEvent.LongerPeriodSet) event;
      CaseStatus draft = s.advance(event.date(), step()).mark(Mark.LONGER_PERIOD_SET);
      draft.deadline =
          s.deadline.withFixedDueDate(
              set.date(), set.newDueDate(), set.reason(), Rules.REQ_4, s.rules.longerPeriod.get());
      return draft.build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      RequestEvent.LongerPeriodSet set = (RequestEvent.LongerPeriodSet) event;
      if (s.rules.longerPeriod.isEmpty()) {
        return lackingStep(s, event);
      }
      LocalDate due = CaseStatus.dueOrBeyond(s.clockOn(set.date()));
      Phrase why;
      if (!s.has(Mark.REASONS_ASKED)) {
        why = Phrase.of("未先要求申请人说明理由", "no reasons were asked first");
      } else if (s.has(Mark.LONGER_PERIOD_SET)) {
        why = Phrase.of("此前已确定过延迟答复的合理期限", "one was already set");
      } else if (set.date().isAfter(due)) {
        return s.advance(event.date(), step())
            .mark(Mark.LONGER_PERIOD_SET)
            .finding(
                s.breach(
                    Rules.REQ_4,
                    "{0}确定延迟答复的合理期限至{1}，晚于答复期限{2}（逾期{3}）：期限届满后确定的延迟期限不计，逾期自{2}起计算",
                    "a longer reasonable period to {1} set on {0}, after the due date {2} (late by"
                        + " {3}): it counts for nothing, and lateness runs from {2}",
                    set.date(),
                    set.newDueDate(),
                    due,
                    lateBy(s, due, set.date())))
            .build();
      } else {
        why =
            Phrase.of(
                "其结束日不晚于答复期限{0}", "it does not end after the due date {0}", s.dayNamed(due));
      }
      return s.advance(event.date(), step())
          .finding(
              s.breach(
                  Rules.REQ_4,
                  "{0}确定延迟答复的合理期限至{1}，不予计入：{2}",
                  "a longer reasonable period to {1} set on {0} counts for nothing: {2}",
                  set.date(),
                  set.newDueDate(),
                  why))
          .build();
    }
  },

  ANSWER(Step.ANSWER) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      // an unlawful notice's wait blocks no answer: the request is still to be answered
      return s.state == CaseState.PROCESSING
              || s.state == CaseState.AWAITING_REASONS
              || s.unlawfulWait()
          ? OFFERED
          : wrongState(s, date);
    }

    @Override
    Optional<Refusal> payloadRefusal(CaseStatus s, RequestEvent event) {
      Optional<Refusal> items = itemsRefusal(s, event);
      if (items.isPresent()) {
        return items;
      }
      for (Answer answer : answersOf(event)) {
        Optional<Refusal> unlawful = unlawfulAnswer(s, answer);
        if (unlawful.isPresent()) {
          return unlawful;
        }
        AnswerKind kind = answer.kind();
        if (s.state == CaseState.AWAITING_REASONS && kind != AnswerKind.EXCESSIVE_NOT_PROCESSED) {
          return refuse(
              Rules.REQ_4,
              () -> "while reasons are awaited the only answer is EXCESSIVE_NOT_PROCESSED; got "
                  + kind);
        }
      }
      return OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return answering(s, event).build();
    }

    /**
     * The case closed by an answer, judged on its delivery's decisive date (REQ-11); an answer item
     * by item counts in the row its items give (REQ-5, REQ-12), with the finding that says how.
     */
    private CaseStatus answering(CaseStatus s, RequestEvent event) {
      CaseStatus draft;
      boolean notProcessed = false;
      if (event instanceof RequestEvent.ItemsAnswered answered) {
        List<OutcomeRow> rows = answered.rows();
        OutcomeRow row = OutcomeRow.forItems(rows);
        draft = s.closing(answered.date(), step(), row);
        draft.judgedOn = answered.delivery().decisiveDate();
        answered.delivery().finding().ifPresent(draft::finding);
        draft.finding(itemsFinding(s, answered, row, rows));
        for (ItemAnswer item : answered.items()) {
          notProcessed |= item.answer().kind() == AnswerKind.EXCESSIVE_NOT_PROCESSED;
        }
      } else {
        RequestEvent.Answered answered = (RequestEvent.Answered) event;
        draft = s.closing(answered.date(), step(), answered.answer().row());
        draft.judgedOn = answered.delivery().decisiveDate();
        answered.delivery().finding().ifPresent(draft::finding);
        notProcessed = answered.answer().kind() == AnswerKind.EXCESSIVE_NOT_PROCESSED;
      }
      if (s.state == CaseState.AWAITING_REASONS && notProcessed) {
        // a single answer or any item of one
        draft.finding(
            Finding.of(
                Rules.REQ_4,
                FindingKind.CONVENTION,
                Phrase.of(
                    "{0}不予处理：申请人未说明理由；第三十五条未规定说明理由的期限，约定：未说明理由的，视为申请理由不合理",
                    "not processed on {0}: the applicant gave no reasons; Art. 35 sets no time for"
                        + " them, so by convention none given counts as no reasonable ground",
                    draft.lastEventDate),
                List.of(RequestCitations.EXCESSIVE)));
      }
      return draft;
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      CaseStatus draft = answering(s, event);
      if (event instanceof RequestEvent.ItemsAnswered answered) {
        unansweredItems(s, answered)
            .ifPresent(
                missing ->
                    draft.finding(
                        s.breach(
                            Rules.REQ_12,
                            "{0}分项答复，未答复申请中的{1}",
                            "item-by-item answer of {0} leaves items of the application unanswered"
                                + " ({1})",
                            answered.date(),
                            missing)));
        unknownItems(s, answered)
            .ifPresent(
                unknown ->
                    draft.finding(
                        s.breach(
                            Rules.REQ_12,
                            "{0}分项答复了申请中没有的{1}",
                            "item-by-item answer of {0} answers items the application does not"
                                + " name ({1})",
                            answered.date(),
                            unknown)));
      }
      boolean discloses = false;
      List<Answer> answers = answersOf(event);
      for (int i = 0; i < answers.size(); i++) {
        Answer answer = answers.get(i);
        Optional<Refusal> unlawful = unlawfulAnswer(s, answer);
        if (unlawful.isPresent()) {
          Refusal refusal = unlawful.get();
          Phrase kind =
              CaseStatus.named(answer.kind().label(), answer.kind().english(), answer.kind());
          // item by item, each unlawful item is its own breach, named
          Phrase what =
              event instanceof RequestEvent.ItemsAnswered answered
                  ? Phrase.of(
                      "{0}对“{3}”答复“{1}”，不符合规定：{2}",
                      "answer of {0} to an item ({3}): {1}, not allowed here: {2}",
                      event.date(),
                      kind,
                      refusal.reason().orElseThrow(),
                      answered.items().get(i).item())
                  : Phrase.of(
                      "{0}答复“{1}”，不符合规定：{2}",
                      "answer of {0} ({1}) not allowed here: {2}",
                      event.date(),
                      kind,
                      refusal.reason().orElseThrow());
          draft.finding(s.breach(refusal.rule(), refusal.citations(), what));
        }
        discloses |=
            answer.kind() == AnswerKind.DISCLOSED || answer.kind() == AnswerKind.PARTIALLY_DISCLOSED;
      }
      if (discloses) {
        for (Consultation consultation : s.consultations) {
          Optional<LegalPeriod> period = s.consultationPeriod(consultation);
          if (period.isEmpty()) {
            continue;
          }
          // 第三十二条: silence lets the agency decide only after the period; 第三十四条: silence is
          // consent only after it
          LocalDate ends = silenceEnds(s, consultation);
          if (!event.date().isAfter(ends)) {
            boolean thirdParty = consultation.consulted() == Consulted.THIRD_PARTY;
            draft.finding(
                s.breach(
                    period.get().id(),
                    thirdParty
                        ? "{0}在征求第三方{1}意见期间即予公开：第三方{2}收到征求意见书，提出意见的期限至{3}，尚余{4}"
                        : "{0}在征求其他机关{1}意见期间即予公开：该机关{2}收到征求意见书，提出意见的期限至{3}，尚余{4}，逾期未提出意见的才视为同意公开",
                    thirdParty
                        ? "disclosed on {0} while the third party ({1}) was still being consulted: it"
                            + " received the consultation on {2} and had until {3} ({4} left) to"
                            + " give its opinion"
                        : "disclosed on {0} while the agency ({1}) was still being consulted: it"
                            + " received the consultation on {2} and had until {3} ({4} left);"
                            + " only its silence after that counts as consent",
                    event.date(),
                    consultation.party(),
                    consultation.partyReceived(),
                    s.dayNamed(ends),
                    workingDays(s, event.date(), ends)));
          }
        }
      }
      return draft.build();
    }

    /** What makes an answer unlawful whatever the state: the kind, or what it requires first. */
    private Optional<Refusal> unlawfulAnswer(CaseStatus s, Answer answer) {
      AnswerKind kind = answer.kind();
      if (!s.rules.allows(kind)) {
        return Optional.of(
            new Refusal(
                s.rules.answerRule,
                () -> kind + " (" + kind.label() + ") is not an answer kind of " + s.rules.regime.id(),
                List.of(s.rules.answersCitation),
                Optional.of(
                    Phrase.of("{0}没有这一答复类型", "{0} has no answer of this kind", s.rules.id))));
      }
      if (kind == AnswerKind.EXCESSIVE_NOT_PROCESSED && !s.has(Mark.REASONS_ASKED)) {
        // the sentence broken is the first of 第三十五条 (ask for reasons, then 不予处理), not the
        // longer period of its second
        return Optional.of(
            new Refusal(
                Rules.REQ_4,
                () -> "an excessive request is not processed only after the applicant was asked for"
                    + " reasons ("
                    + RequestCitations.EXCESSIVE.toReference()
                    + ")",
                List.of(RequestCitations.EXCESSIVE),
                Optional.of(
                    Phrase.of(
                        "未先要求申请人说明理由",
                        "the applicant was not first asked for the reasons"))));
      }
      if (kind == AnswerKind.EXCESSIVE_NOT_PROCESSED && s.has(Mark.LONGER_PERIOD_SET)) {
        return Optional.of(
            new Refusal(
                Rules.REQ_4,
                () -> "the reasons were found reasonable and a longer period was set; the request is"
                    + " processed",
                List.of(),
                Optional.of(
                    Phrase.of(
                        "申请理由已认定合理并确定了延迟答复的合理期限，申请应予处理",
                        "the reasons were found reasonable and a longer period was set: the"
                            + " request is to be processed"))));
      }
      if (answer.row() == OutcomeRow.UNAVAILABLE_STILL_UNCLEAR
          && !s.has(Mark.CORRECTION_RECEIVED)) {
        return Optional.of(
            new Refusal(
                Rules.REQ_5,
                () -> "row " + OutcomeRow.UNAVAILABLE_STILL_UNCLEAR.label()
                    + " needs a correction received first",
                List.of(),
                Optional.of(
                    Phrase.of(
                        "未告知补正并收到补正，不能计入“{0}”",
                        "no correction was asked for and received, so it cannot count as \"{0}\"",
                        CaseStatus.named(
                            OutcomeRow.UNAVAILABLE_STILL_UNCLEAR.label(),
                            OutcomeRow.UNAVAILABLE_STILL_UNCLEAR.english(),
                            OutcomeRow.UNAVAILABLE_STILL_UNCLEAR)))));
      }
      return OFFERED;
    }

    /** The answers an answer step gives: one, or one per item (REQ-12). */
    private List<Answer> answersOf(RequestEvent event) {
      if (event instanceof RequestEvent.ItemsAnswered answered) {
        List<Answer> answers = new ArrayList<>(answered.items().size());
        for (ItemAnswer item : answered.items()) {
          answers.add(item.answer());
        }
        return answers;
      }
      return List.of(((RequestEvent.Answered) event).answer());
    }

    /** Guidance answers exactly the application's items, item by item (REQ-12). */
    private Optional<Refusal> itemsRefusal(CaseStatus s, RequestEvent event) {
      if (!(event instanceof RequestEvent.ItemsAnswered answered)) {
        return OFFERED;
      }
      Optional<String> missing = unansweredItems(s, answered);
      Optional<String> unknown = unknownItems(s, answered);
      if (missing.isEmpty() && unknown.isEmpty()) {
        return OFFERED;
      }
      return refuse(
          Rules.REQ_12,
          () -> "an answer item by item answers each item of the application once, "
              + s.items
              + (missing.isPresent() ? "; unanswered: " + missing.get() : "")
              + (unknown.isPresent() ? "; not in the application: " + unknown.get() : ""));
    }

    /** The application's items the answer leaves out, quoted and joined, if any. */
    private Optional<String> unansweredItems(CaseStatus s, RequestEvent.ItemsAnswered answered) {
      Set<String> given = new HashSet<>();
      for (ItemAnswer item : answered.items()) {
        given.add(item.item());
      }
      List<String> missing = new ArrayList<>();
      for (String item : s.items) {
        if (!given.contains(item)) {
          missing.add("“" + item + "”");
        }
      }
      return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("、", missing));
    }

    /** The answered items the application does not name, quoted and joined, if any. */
    private Optional<String> unknownItems(CaseStatus s, RequestEvent.ItemsAnswered answered) {
      List<String> unknown = new ArrayList<>();
      for (ItemAnswer item : answered.items()) {
        if (!s.items.contains(item.item())) {
          unknown.add("“" + item.item() + "”");
        }
      }
      return unknown.isEmpty() ? Optional.empty() : Optional.of(String.join("、", unknown));
    }

    /**
     * Each item with its report row, in the answer's order: "名称：行" in Chinese, "item 1 (name):
     * row" in English, where an item's name is record text.
     */
    private Phrase itemRows(RequestEvent.ItemsAnswered answered) {
      StringBuilder chinese = new StringBuilder();
      StringBuilder english = new StringBuilder();
      List<Object> values = new ArrayList<>();
      for (ItemAnswer item : answered.items()) {
        int place = values.size();
        chinese.append(place == 0 ? "" : "；")
            .append('{').append(place).append("}：{").append(place + 1).append('}');
        english.append(place == 0 ? "" : "; ")
            .append("item ").append(place / 2 + 1)
            .append(" ({").append(place).append("}): {").append(place + 1).append('}');
        values.add(item.item());
        OutcomeRow row = item.answer().row();
        values.add(CaseStatus.named(row.label(), row.english(), row));
      }
      return Phrase.of(chinese.toString(), english.toString(), values.toArray());
    }

    /** How an answer item by item gives the request's one report row (REQ-5, REQ-12). */
    private Finding itemsFinding(
        CaseStatus s, RequestEvent.ItemsAnswered answered, OutcomeRow row, List<OutcomeRow> rows) {
      Phrase items = itemRows(answered);
      Phrase rowPhrase = CaseStatus.named(row.label(), row.english(), row);
      if (OutcomeRow.forItemsByConvention(rows)) {
        return s.convention(
            Rules.REQ_12,
            "分项答复（{0}）：各项均未提供信息且处理结果不同，本申请计为1件，计入格式中排列在前的“{1}”（约定：格式未作规定）",
            "answered item by item ({0}): nothing provided and the items in different rows; the"
                + " request counts once, in the first of those rows in the format's order, \"{1}\""
                + " (convention: the format is silent)",
            items,
            rowPhrase);
      }
      if (EnumSet.copyOf(rows).size() == 1) {
        // every item in one row: the request counts once in it, nothing to tell apart
        return Finding.of(
            Rules.REQ_12,
            FindingKind.APPLIED,
            Phrase.of(
                "分项答复（{0}）：各项处理结果相同，本申请计为1件，计入“{1}”",
                "answered item by item ({0}): every item in one row; the request counts once, in"
                    + " \"{1}\"",
                items,
                rowPhrase),
            List.of());
      }
      return Finding.of(
          Rules.REQ_12,
          FindingKind.APPLIED,
          Phrase.of(
              "分项答复（{0}）：本申请计为1件，计入“{1}”（区分处理的，只计部分公开这一情形，不计其他情形）",
              "answered item by item ({0}): the request counts once, in \"{1}\" (a request"
                  + " answered in part counts as disclosed in part and in no other row)",
              items,
              rowPhrase),
          List.of(RequestCitations.REPORT_PARTLY_DISCLOSED));
    }
  },

  WITHDRAW(Step.WITHDRAW) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      return OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return s.closed(event.date(), step(), OutcomeRow.OTHER);
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      // offered in every open case, and after an order; a closed case records it itself
      throw new AssertionError("a withdrawal is never refused in an open case");
    }
  },

  /**
   * An order to answer (REQ-12). Guidance offers it after an answer (to answer anew) and, on an
   * open case, once the reply period has run out on the date (to answer within a period, 法释〔2011〕17号
   * 第十条); recording takes any order as it came, the ordering body's act, not the agency's.
   */
  ORDER_ANSWER(Step.ORDER_ANSWER) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.isClosed()) {
        return s.has(Mark.ANSWERED)
            ? OFFERED
            : refuse(Rules.REQ_12, () -> "the case closed without an answer; no order to answer follows");
      }
      // a pending wait only moves the due date later: before it, nothing has run out; dates are
      // compared, so a date beyond the data after a due date inside it has run out (CAL-9)
      boolean late = s.passedDue(date, s.deadline) != null && s.lateBefore(date) != null;
      return late
          ? OFFERED
          : refuse(
              Rules.REQ_12,
              () -> "the case is open and within its period on " + date + "; an order to answer follows"
                  + " an answer or a period run out");
    }

    @Override
    Optional<Refusal> payloadRefusal(CaseStatus s, RequestEvent event) {
      RequestEvent.OrderKind kind = ((RequestEvent.AnswerOrdered) event).kind();
      RequestEvent.OrderKind fits =
          s.isClosed() ? RequestEvent.OrderKind.ANSWER_ANEW : RequestEvent.OrderKind.ANSWER_WITHIN;
      return kind == fits
          ? OFFERED
          : refuse(
              Rules.REQ_12,
              () -> kind + " does not fit a case " + (s.isClosed() ? "answered" : "not yet answered")
                  + "; " + fits + " does");
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return s.ordered((RequestEvent.AnswerOrdered) event).build();
    }

    @Override
    CaseStatus record(CaseStatus s, RequestEvent event) {
      // CaseStatus.record takes an order as it came before any step rule is asked
      throw new AssertionError("an order to answer is never refused when recorded");
    }
  };

  /** The steps an order to answer leaves the agency (REQ-12, [convention]). */
  private static final Set<Step> AFTER_ORDER =
      Sets.immutableEnumSet(Step.ANSWER, Step.WITHDRAW, Step.ORDER_ANSWER);

  /**
   * Returns why a step is not offered after an order to answer, or empty: [convention] the ordered
   * period runs without pauses, extensions or restarts, so only an answer, a withdrawal or a further
   * order follow it (REQ-12).
   */
  static Optional<Refusal> afterOrder(CaseStatus s, Step step) {
    if (!s.has(Mark.ORDERED) || AFTER_ORDER.contains(step)) {
      return OFFERED;
    }
    return refuse(
        Rules.REQ_12,
        () -> "an order to answer fixed the period; " + step + " would pause, extend or restart it,"
            + " and only " + AFTER_ORDER + " follow an order");
  }

  /**
   * Why a step is refused: the rule and the detail, made only when read (so that {@link
   * CaseStatus#allowedSteps(LocalDate)} builds no text and a detail may itself list the steps
   * allowed); {@code citations} are the provisions a recorded breach of it cites, or empty for the
   * rule's own; {@code reason}, in both languages, says what a recorded breach of it did wrong.
   */
  record Refusal(
      RuleId rule, Supplier<String> message, List<Citation> citations, Optional<Phrase> reason) {
    Refusal(RuleId rule, Supplier<String> message) {
      this(rule, message, List.of(), Optional.empty());
    }

    String detail() {
      return message.get();
    }
  }

  /** What a step may answer that is not pending. */
  private enum Awaited {
    CORRECTION("补正告知", "correction notice"),
    CONSULTATION("征求意见", "consultation"),
    FEE("收费通知", "fee notice"),
    REASONS("说明理由要求", "request for reasons");

    final Phrase phrase;

    Awaited(String chinese, String english) {
      this.phrase = Phrase.of(chinese, english);
    }
  }

  private static final Optional<Refusal> OFFERED = Optional.empty();
  private static final StepRule[] BY_STEP = new StepRule[Step.values().length];

  static {
    for (StepRule rule : values()) {
      BY_STEP[rule.step.ordinal()] = rule;
    }
  }

  private final Step step;

  StepRule(Step step) {
    this.step = step;
  }

  static StepRule of(Step step) {
    return BY_STEP[step.ordinal()];
  }

  Step step() {
    return step;
  }

  /**
   * Returns why the step is not offered in the case on the date, or empty if it is. The case is
   * open and the date not before its latest step.
   */
  abstract Optional<Refusal> refusal(CaseStatus s, LocalDate date);

  /** Returns why an offered step's payload is not allowed, or empty if it is. */
  Optional<Refusal> payloadRefusal(CaseStatus s, RequestEvent event) {
    return OFFERED;
  }

  /** Applies an event of this step, offered on its date with a payload allowed. */
  abstract CaseStatus apply(CaseStatus s, RequestEvent event);

  /**
   * Records an event of this step that guidance would refuse, in an open case and in date order:
   * its effect as the law counts it, with its findings (REQ-10).
   */
  abstract CaseStatus record(CaseStatus s, RequestEvent event);

  private static Optional<Refusal> refuse(RuleId rule, Supplier<String> detail) {
    return Optional.of(new Refusal(rule, detail));
  }

  private static Optional<Refusal> lacking(CaseStatus s, String what) {
    return refuse(s.rules.lackingStepRule, () -> s.rules.regime.id() + " " + what);
  }

  /** A step the state does not offer, naming the steps offered on the step's own date. */
  private static Optional<Refusal> wrongState(CaseStatus s, LocalDate date) {
    return Optional.of(
        new Refusal(
            Rules.REQ_9,
            () ->
                "not a step of state " + s.state.label() + " (" + s.state + "); allowed on "
                    + date + ": " + s.allowedSteps(date)));
  }

  /** A step the regime does not have, recorded: a finding, and nothing changes. */
  private static CaseStatus lackingStep(CaseStatus s, RequestEvent event) {
    return s.advance(event.date(), event.step())
        .finding(
            s.breach(
                s.rules.lackingStepRule,
                "{0}：{1}，{2}没有这一环节，不影响期限",
                "{0}: {1}, a step {2} does not have; it changes nothing",
                event.date(),
                CaseStatus.stepPhrase(event.step()),
                s.rules.id))
        .build();
  }

  /** A step that answers nothing pending, recorded: a finding under REQ-9, and nothing changes. */
  /**
   * A draft for a step that changes nothing: recorded as the latest step, while the case stays as
   * it was since its latest change (the day its state is said to hold from).
   */
  private static CaseStatus unchanged(CaseStatus s, RequestEvent event) {
    CaseStatus draft = s.advance(event.date(), event.step());
    draft.lastDate = s.lastDate;
    return draft;
  }

  /**
   * An opinion or a silence of a party no pending consultation names: with none pending, as any
   * step answering nothing; with others pending, a finding that names the party.
   */
  private static CaseStatus notConsulted(CaseStatus s, RequestEvent event, String party) {
    if (s.consultations.isEmpty() || party.isEmpty()) {
      return nothingPending(s, event, Awaited.CONSULTATION);
    }
    return unchanged(s, event)
        .finding(
            s.breach(
                Rules.REQ_9,
                "{0}：{1}，但未向{2}征求意见（待回应的是其他被征求意见方），不影响期限",
                "{0}: {1} of a party not consulted ({2}; other consultations are pending); it"
                    + " changes nothing",
                event.date(),
                CaseStatus.stepPhrase(event.step()),
                party))
        .build();
  }

  private static CaseStatus nothingPending(CaseStatus s, RequestEvent event, Awaited what) {
    return unchanged(s, event)
        .finding(
            s.breach(
                Rules.REQ_9,
                "{0}：{1}，但此前没有待回应的{2}，不影响期限",
                "{0}: {1}, with no {2} pending; it changes nothing",
                event.date(),
                CaseStatus.stepPhrase(event.step()),
                what.phrase))
        .build();
  }

  /** How late an act on a date is after a due date, as a finding's value (rest days only named). */
  private static Object lateBy(CaseStatus s, LocalDate due, LocalDate date) {
    return CaseStatus.lateBy(s.calendar, due, date);
  }

  private static Object workingDays(CaseStatus s, LocalDate from, LocalDate to) {
    return CaseStatus.workingDays(s.calendar, from, to);
  }

  /** The index of the pending consultation of a party (blank: the earliest), or -1. */
  private static int pending(CaseStatus s, String party) {
    if (party.isEmpty()) {
      return s.consultations.isEmpty() ? -1 : 0;
    }
    for (int i = 0; i < s.consultations.size(); i++) {
      if (s.consultations.get(i).party().equals(party)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the pending consultation an opinion answers: the named party's, or for a blank
   * name the earliest whose party had received it by the date (else the earliest); -1 if none.
   */
  private static int giving(CaseStatus s, String party, LocalDate date) {
    if (!party.isEmpty()) {
      return pending(s, party);
    }
    for (int i = 0; i < s.consultations.size(); i++) {
      if (!date.isBefore(s.consultations.get(i).partyReceived())) {
        return i;
      }
    }
    return pending(s, party);
  }

  /**
   * The index of the pending consultation a note of silence concerns: the named party's, or for a
   * blank name the earliest whose period has ended on the date (else the earliest); -1 if none.
   */
  private static int silent(CaseStatus s, String party, LocalDate date) {
    if (!party.isEmpty()) {
      return pending(s, party);
    }
    for (int i = 0; i < s.consultations.size(); i++) {
      Consultation consultation = s.consultations.get(i);
      Optional<LegalPeriod> period = s.consultationPeriod(consultation);
      if (period.isEmpty() || date.isAfter(silenceEnds(s, consultation))) {
        return i;
      }
    }
    return pending(s, party);
  }

  private static Optional<Refusal> unknownParty(CaseStatus s, String party) {
    if (pending(s, party) >= 0) {
      return OFFERED;
    }
    return Optional.of(
        new Refusal(
            Rules.REQ_12,
            () -> {
              StringBuilder parties = new StringBuilder();
              for (Consultation consultation : s.consultations) {
                parties.append(parties.length() == 0 ? "" : ", ").append(consultation.party());
              }
              return "no consultation of '" + party + "' is pending; pending: [" + parties + "]";
            }));
  }

  /** The last day the consulted party may give its opinion (its period has one). */
  private static LocalDate silenceEnds(CaseStatus s, Consultation consultation) {
    return s.consultationPeriodEnds(consultation);
  }

  private static CaseStatus endConsultation(
      CaseStatus s, RequestEvent event, int index, LocalDate pauseEnd) {
    Consultation consultation = s.consultations.get(index);
    CaseStatus draft = s.advance(event.date(), event.step());
    if (consultation.pauses()) {
      draft.deadline = s.deadline.withPause(s.consultationPause(consultation, pauseEnd));
    }
    if (s.consultations.size() == 1) {
      draft.consultations = CaseStatus.NO_CONSULTATIONS;
    } else if (s.consultations.size() == 2) {
      draft.consultations = ImmutableList.of(s.consultations.get(1 - index));
    } else {
      ImmutableList.Builder<Consultation> rest =
          ImmutableList.builderWithExpectedSize(s.consultations.size() - 1);
      for (int i = 0; i < s.consultations.size(); i++) {
        if (i != index) {
          rest.add(s.consultations.get(i));
        }
      }
      draft.consultations = rest.build();
    }
    return draft;
  }

  private static Optional<Refusal> paymentRefusal(CaseStatus s, LocalDate date, boolean missed) {
    if (s.rules.feePaymentPeriod.isEmpty()) {
      return refuse(
          s.rules.feeRule, () -> s.rules.regime.id() + " charges no processing fee (信息处理费)");
    }
    if (s.state != CaseState.AWAITING_PAYMENT) {
      return wrongState(s, date);
    }
    if (missed && s.has(Mark.FEE_NOTICED_LATE)) {
      return refuse(
          s.rules.feeRule,
          () -> "the fee notice of " + s.feeSince
              + " came after the reply period; not paying it abandons nothing");
    }
    if (s.has(Mark.FEE_NOTICED_LATE)) {
      // the notice had no deadline to miss: a payment on any day is taken as it comes
      return OFFERED;
    }
    LegalPeriod period = s.rules.feePaymentPeriod.get();
    LocalDate due = s.periodEnd(period, s.feeSince);
    if (missed != date.isAfter(due)) {
      return refuse(
          period.id(),
          () -> "the fee noticed on "
              + s.feeSince
              + " is payable by "
              + s.described(due)
              + (missed ? "; it is not missed on " : "; a payment on ")
              + date
              + (missed ? "" : " comes after the request was abandoned"));
    }
    return OFFERED;
  }
}
