package dev.disclosure.core.request;

import dev.disclosure.calendar.Extension;
import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.LegalPeriod;
import dev.disclosure.calendar.Pause;
import dev.disclosure.calendar.RuleId;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.law.Rules;
import dev.disclosure.core.request.CaseStatus.Mark;
import dev.disclosure.core.request.RequestEvent.Consulted;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The rule of each request step (办理环节规则), one constant per {@link Step}: whether the step is
 * offered in a case on a date ({@link #refusal}, which names the rule that refuses it otherwise) and
 * what it does to the case and its clock ({@link #apply}, which may still refuse a payload the rules
 * do not allow, such as an answer kind the regime lacks). {@link CaseStatus#allowedSteps(LocalDate)}
 * lists exactly the steps whose refusal is empty. Package-private.
 */
enum StepRule {
  ASK_CORRECTION(Step.ASK_CORRECTION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.rules.correctionPeriod.isEmpty()) {
        return lacking(s, "has no correction step (补正)");
      }
      if (s.state != CaseState.PROCESSING) {
        return wrongState(s);
      }
      if (s.has(Mark.LONGER_PERIOD_SET)) {
        return refuse(
            Rules.REQ_4, "a longer reasonable period was set; no correction under 第三十条 follows it");
      }
      LegalPeriod period = s.rules.correctionPeriod.get();
      if (s.has(Mark.CORRECTION_ASKED)) {
        return refuse(
            period.id(), "the applicant is told once, in full, what to supplement (一次性告知)");
      }
      LocalDate latest = s.calendar.deadline(period, s.receiptDate()).dueDate();
      if (date.isAfter(latest)) {
        return refuse(
            period.id(),
            "the applicant must be told within 7 working days of receipt "
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
      RequestEvent.CorrectionAsked asked = (RequestEvent.CorrectionAsked) event;
      CaseStatus.Draft draft =
          s.next(asked.date(), CaseState.AWAITING_CORRECTION)
              .waitingSince(asked.date())
              .mark(Mark.CORRECTION_ASKED);
      draft.supplyBy = asked.supplyBy();
      return draft.build();
    }
  },

  RECEIVE_CORRECTION(Step.RECEIVE_CORRECTION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.rules.correctionPeriod.isEmpty()) {
        return lacking(s, "has no correction step (补正)");
      }
      return s.state == CaseState.AWAITING_CORRECTION ? OFFERED : wrongState(s);
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      CaseStatus.Draft draft =
          s.next(event.date(), CaseState.PROCESSING).mark(Mark.CORRECTION_RECEIVED);
      draft.deadline = s.deadline.withRestart(
              event.date(), CaseStatus.CORRECTION_RECEIVED, s.correctionCitation());
      return draft.build();
    }
  },

  MISS_CORRECTION(Step.MISS_CORRECTION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.rules.correctionPeriod.isEmpty()) {
        return lacking(s, "has no correction step (补正)");
      }
      if (s.state != CaseState.AWAITING_CORRECTION) {
        return wrongState(s);
      }
      if (!date.isAfter(s.supplyBy)) {
        return refuse(
            s.rules.correctionPeriod.get().id(),
            "the correction is due by " + s.supplyBy + "; it is not missed on " + date);
      }
      return OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return s.closed(event.date(), OutcomeRow.OTHER_CORRECTION_MISSED);
    }
  },

  SEND_CONSULTATION(Step.SEND_CONSULTATION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      return s.state == CaseState.PROCESSING ? OFFERED : wrongState(s);
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      RequestEvent.ConsultationSent sent = (RequestEvent.ConsultationSent) event;
      if (sent.consulted() == Consulted.CO_AGENCY && s.rules.coAgencyPeriod.isEmpty()) {
        throw s.refuse(
            sent.step(),
            s.rules.lackingStepRule,
            s.rules.regime.id()
                + " excludes only third-party consultation time from the reply period; consulting"
                + " another agency is an OGI_2019 step (P-CO-AGENCY-2019)");
      }
      CaseStatus.Draft draft = s.next(sent.date(), CaseState.CONSULTING).waitingSince(sent.date());
      draft.consulted = sent.consulted();
      return draft.build();
    }
  },

  RECEIVE_OPINION(Step.RECEIVE_OPINION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      return s.state == CaseState.CONSULTING ? OFFERED : wrongState(s);
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return endConsultation(s, event.date(), event.date());
    }
  },

  NOTE_NO_OPINION(Step.NOTE_NO_OPINION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.state != CaseState.CONSULTING) {
        return wrongState(s);
      }
      Optional<LegalPeriod> period = consultationPeriod(s);
      if (period.isPresent()) {
        LocalDate due = s.calendar.deadline(period.get(), s.waitingSince).dueDate();
        if (!date.isAfter(due)) {
          return refuse(
              period.get().id(),
              "the consulted "
                  + s.consulted.label()
                  + " has until "
                  + due
                  + " to give its opinion; it is not silent on "
                  + date);
        }
      }
      return OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      Optional<LegalPeriod> period = consultationPeriod(s);
      LocalDate end =
          period.isEmpty()
              ? event.date()
              : s.calendar.deadline(period.get(), s.waitingSince).dueDate();
      return endConsultation(s, event.date(), end);
    }
  },

  APPROVE_EXTENSION(Step.APPROVE_EXTENSION) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.state != CaseState.PROCESSING) {
        return wrongState(s);
      }
      if (s.has(Mark.LONGER_PERIOD_SET)) {
        return refuse(
            Rules.REQ_4,
            "a longer reasonable period was set; no extension under 第三十三条 follows it");
      }
      LegalPeriod period = s.rules.replyPeriod;
      long remaining = period.maxExtension() - s.deadline.extensionInForce();
      if (remaining <= 0) {
        return refuse(
            period.extensionRule(),
            period.id() + "'s extensions reach their bound of " + period.maxExtension()
                + " working days; none remain");
      }
      if (date.isAfter(s.dueDate())) {
        return refuse(
            period.extensionRule(),
            "an extension is granted no later than the due date "
                + s.dueDate()
                + " of "
                + period.id()
                + "; granted on "
                + date);
      }
      return OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      RequestEvent.ExtensionApproved approved = (RequestEvent.ExtensionApproved) event;
      LegalPeriod period = s.rules.replyPeriod;
      long remaining = period.maxExtension() - s.deadline.extensionInForce();
      if (approved.workingDays() > remaining) {
        // Judged on the total: the clock orders extensions of one day by amount, so one beyond the
        // remaining bound could displace an earlier, lawful one of the same day.
        throw s.refuse(
            approved.step(),
            period.extensionRule(),
            "an extension of "
                + approved.workingDays()
                + " working days granted "
                + approved.date()
                + " would bring the extensions of "
                + period.id()
                + " beyond their bound of "
                + period.maxExtension()
                + " working days; "
                + remaining
                + " remain");
      }
      Extension extension =
          Extension.of(
              approved.workingDays(),
              approved.date(),
              approved.reason()
                  + "；经政府信息公开工作机构负责人"
                  + approved.approvedBy()
                  + "同意，"
                  + Language.CHINESE.format(approved.applicantNotifiedOn())
                  + "告知申请人");
      // Offered only on or before the due date in force, and within the bound just checked, the
      // extension extends: the clock records it as lawful.
      CaseStatus.Draft draft = s.next(approved.date(), CaseState.PROCESSING);
      draft.deadline = s.deadline.withExtension(extension);
      return draft.build();
    }
  },

  SEND_FEE_NOTICE(Step.SEND_FEE_NOTICE) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.rules.feePaymentPeriod.isEmpty()) {
        return refuse(
            s.rules.feeRule,
            s.rules.regime.id() + " charges no processing fee (信息处理费); it has no fee notice");
      }
      if (s.state != CaseState.PROCESSING) {
        return wrongState(s);
      }
      return s.has(Mark.FEE_NOTICED)
          ? refuse(Rules.REQ_9, "a fee notice was already sent in this case")
          : OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return s.next(event.date(), CaseState.AWAITING_PAYMENT)
          .waitingSince(event.date())
          .mark(Mark.FEE_NOTICED)
          .build();
    }
  },

  RECEIVE_PAYMENT(Step.RECEIVE_PAYMENT) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      return paymentRefusal(s, date, false);
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      CaseStatus.Draft draft = s.next(event.date(), CaseState.PROCESSING);
      draft.deadline =
          s.deadline.withPause(
              Pause.of(s.waitingSince, event.date(), CaseStatus.FEE_PAUSE, s.feeCitation()));
      return draft.build();
    }
  },

  MISS_PAYMENT(Step.MISS_PAYMENT) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      return paymentRefusal(s, date, true);
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return s.closed(event.date(), OutcomeRow.OTHER_FEE_UNPAID);
    }
  },

  ASK_REASONS(Step.ASK_REASONS) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.rules.longerPeriod.isEmpty()) {
        return lacking(s, "has no excessive-request step (要求说明理由)");
      }
      if (s.state != CaseState.PROCESSING) {
        return wrongState(s);
      }
      return s.has(Mark.REASONS_ASKED)
          ? refuse(Rules.REQ_9, "the applicant was already asked for reasons")
          : OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return s.next(event.date(), CaseState.AWAITING_REASONS).mark(Mark.REASONS_ASKED).build();
    }
  },

  RECEIVE_REASONS(Step.RECEIVE_REASONS) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.rules.longerPeriod.isEmpty()) {
        return lacking(s, "has no excessive-request step (要求说明理由)");
      }
      return s.state == CaseState.AWAITING_REASONS ? OFFERED : wrongState(s);
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return s.next(event.date(), CaseState.PROCESSING).build();
    }
  },

  SET_LONGER_PERIOD(Step.SET_LONGER_PERIOD) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      if (s.rules.longerPeriod.isEmpty()) {
        return lacking(s, "has no longer reasonable period (第三十五条)");
      }
      if (s.state != CaseState.PROCESSING) {
        return wrongState(s);
      }
      if (!s.has(Mark.REASONS_ASKED)) {
        return refuse(
            Rules.REQ_4, "a longer reasonable period follows the applicant's reasons; none asked");
      }
      return s.has(Mark.LONGER_PERIOD_SET)
          ? refuse(Rules.REQ_4, "a longer reasonable period was already set")
          : OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      RequestEvent.LongerPeriodSet set = (RequestEvent.LongerPeriodSet) event;
      if (set.newDueDate().isBefore(set.date())) {
        throw s.refuse(
            set.step(),
            Rules.REQ_4,
            "a longer reasonable period set on "
                + set.date()
                + " cannot end before that day ("
                + s.rules.longerPeriod.get().toReference()
                + "); got "
                + set.newDueDate());
      }
      if (!set.newDueDate().isAfter(s.dueDate())) {
        throw s.refuse(
            set.step(),
            Rules.REQ_4,
            "a longer reasonable period ends after the due date in force "
                + s.dueDate()
                + " ("
                + s.rules.longerPeriod.get().toReference()
                + "); got "
                + set.newDueDate());
      }
      CaseStatus.Draft draft =
          s.next(set.date(), CaseState.PROCESSING).mark(Mark.LONGER_PERIOD_SET);
      draft.deadline =
          s.deadline.withFixedDueDate(
              set.date(), set.newDueDate(), set.reason(), Rules.REQ_4, s.rules.longerPeriod.get());
      return draft.build();
    }
  },

  ANSWER(Step.ANSWER) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      return s.state == CaseState.PROCESSING || s.state == CaseState.AWAITING_REASONS
          ? OFFERED
          : wrongState(s);
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      RequestEvent.Answered answered = (RequestEvent.Answered) event;
      AnswerKind kind = answered.answer().kind();
      Optional<Refusal> refusal = answerRefusal(s, answered);
      if (refusal.isPresent()) {
        throw s.refuse(answered.step(), refusal.get().rule(), refusal.get().detail());
      }
      return s.closed(answered.date(), answered.answer().row());
    }

    private Optional<Refusal> answerRefusal(CaseStatus s, RequestEvent.Answered answered) {
      AnswerKind kind = answered.answer().kind();
      if (!s.rules.allows(kind)) {
        return refuse(
            s.rules.answerRule,
            kind + " (" + kind.label() + ") is not an answer kind of " + s.rules.regime.id());
      }
      if (kind == AnswerKind.EXCESSIVE_NOT_PROCESSED && !s.has(Mark.REASONS_ASKED)) {
        return refuse(
            Rules.REQ_4,
            "an excessive request is not processed only after the applicant was asked for reasons ("
                + RequestCitations.EXCESSIVE.toReference()
                + ")");
      }
      if (kind == AnswerKind.EXCESSIVE_NOT_PROCESSED && s.has(Mark.LONGER_PERIOD_SET)) {
        return refuse(
            Rules.REQ_4,
            "the reasons were found reasonable and a longer period was set; the request is"
                + " processed");
      }
      if (s.state == CaseState.AWAITING_REASONS && kind != AnswerKind.EXCESSIVE_NOT_PROCESSED) {
        return refuse(
            Rules.REQ_4,
            "while reasons are awaited the only answer is EXCESSIVE_NOT_PROCESSED; got " + kind);
      }
      if (answered.answer().row() == OutcomeRow.UNAVAILABLE_STILL_UNCLEAR
          && !s.has(Mark.CORRECTION_RECEIVED)) {
        return refuse(
            Rules.REQ_5,
            "row " + OutcomeRow.UNAVAILABLE_STILL_UNCLEAR.label() + " needs a correction received first");
      }
      return OFFERED;
    }
  },

  WITHDRAW(Step.WITHDRAW) {
    @Override
    Optional<Refusal> refusal(CaseStatus s, LocalDate date) {
      return OFFERED;
    }

    @Override
    CaseStatus apply(CaseStatus s, RequestEvent event) {
      return s.closed(event.date(), OutcomeRow.OTHER);
    }
  };

  /**
   * Why a step is refused: the rule and the detail. The detail is built only when asked for, so
   * that {@link CaseStatus#allowedSteps(LocalDate)} builds no text and a detail may itself list the
   * steps allowed.
   */
  record Refusal(RuleId rule, Supplier<String> message) {
    String detail() {
      return message.get();
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

  /** Applies an event of this step, offered on its date; refuses a payload the rules do not allow. */
  abstract CaseStatus apply(CaseStatus s, RequestEvent event);

  private static Optional<Refusal> refuse(RuleId rule, String detail) {
    return Optional.of(new Refusal(rule, () -> detail));
  }

  private static Optional<Refusal> lacking(CaseStatus s, String what) {
    return refuse(s.rules.lackingStepRule, s.rules.regime.id() + " " + what);
  }

  private static Optional<Refusal> wrongState(CaseStatus s) {
    return Optional.of(
        new Refusal(
            Rules.REQ_9,
            () ->
                "not a step of state " + s.state.label() + " (" + s.state + "); allowed now: "
                    + s.allowedSteps(s.lastDate)));
  }

  private static Optional<LegalPeriod> consultationPeriod(CaseStatus s) {
    return s.consulted == Consulted.THIRD_PARTY ? s.rules.thirdPartyPeriod : s.rules.coAgencyPeriod;
  }

  private static CaseStatus endConsultation(CaseStatus s, LocalDate date, LocalDate pauseEnd) {
    CaseStatus.Draft draft = s.next(date, CaseState.PROCESSING);
    draft.deadline =
        s.deadline.withPause(
            Pause.of(s.waitingSince, pauseEnd, s.consultationReason(), s.replyCitation()));
    return draft.build();
  }

  private static Optional<Refusal> paymentRefusal(CaseStatus s, LocalDate date, boolean missed) {
    if (s.rules.feePaymentPeriod.isEmpty()) {
      return refuse(
          s.rules.feeRule, s.rules.regime.id() + " charges no processing fee (信息处理费)");
    }
    if (s.state != CaseState.AWAITING_PAYMENT) {
      return wrongState(s);
    }
    LegalPeriod period = s.rules.feePaymentPeriod.get();
    LocalDate due = s.calendar.deadline(period, s.waitingSince).dueDate();
    if (missed != date.isAfter(due)) {
      return refuse(
          period.id(),
          "the fee noticed on "
              + s.waitingSince
              + " is payable by "
              + due
              + (missed ? "; it is not missed on " : "; a payment on ")
              + date
              + (missed ? "" : " comes after the request was abandoned"));
    }
    return OFFERED;
  }
}
