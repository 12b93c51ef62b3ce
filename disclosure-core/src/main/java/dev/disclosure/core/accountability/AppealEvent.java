package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A step in an accountability appeal (复核申请或申诉, P-ACCOUNTABILITY-APPEAL). */
public sealed interface AppealEvent {

  /** {@return the day of the step} */
  LocalDate date();

  /** {@return the step's kind} */
  AppealStep step();

  /**
   * The appeal is filed (申请复核或提出申诉) with the disclosure office of this or the next level up.
   *
   * @param date the day it was filed
   * @param office the office it was filed with (本级或上级政务公开领导小组办公室)
   */
  record Filed(LocalDate date, String office) implements AppealEvent {
    /**
     * Validates the step.
     *
     * @param date the day it was filed
     * @param office the office it was filed with (本级或上级政务公开领导小组办公室)
     */
    public Filed {
      requireNonNull(date, "date");
      requireNonNull(office, "office");
    }

    @Override
    public AppealStep step() {
      return AppealStep.FILE;
    }
  }

  /**
   * The office receives the application for review or accepts the complaint (接到复核申请或受理申诉): the
   * day its 20 working days start from.
   *
   * @param date the day the office received the application or accepted the complaint
   */
  record Received(LocalDate date) implements AppealEvent {
    /**
     * Validates the step.
     *
     * @param date the day the office received the application or accepted the complaint
     */
    public Received {
      requireNonNull(date, "date");
    }

    @Override
    public AppealStep step() {
      return AppealStep.RECEIVE;
    }
  }

  /**
   * The office decides (完成复核，作出裁决，并下达书面通知).
   *
   * @param date the day of the written decision
   * @param ruling the ruling
   */
  record Decided(LocalDate date, Ruling ruling) implements AppealEvent {
    /**
     * Validates the step.
     *
     * @param date the day of the written decision
     * @param ruling the ruling
     */
    public Decided {
      requireNonNull(date, "date");
      requireNonNull(ruling, "ruling");
    }

    @Override
    public AppealStep step() {
      return AppealStep.DECIDE;
    }
  }

  /**
   * The office's ruling on an appeal (裁决). [convention] 来源文件002 says only that the office "作出裁决"
   * and does not name the kinds of ruling; these three are the library's, and every decided appeal
   * says so in a {@link dev.disclosure.calendar.FindingKind#CONVENTION} finding.
   */
  enum Ruling {
    /** 维持原处理决定. */
    UPHELD("维持原处理决定", "the original decision upheld"),
    /** 变更原处理决定. */
    CHANGED("变更原处理决定", "the original decision changed"),
    /** 撤销原处理决定. */
    REVOKED("撤销原处理决定", "the original decision revoked");

    private final String label;
    private final String english;

    Ruling(String label, String english) {
      this.label = label;
      this.english = english;
    }

    /** {@return the Chinese label} */
    public String label() {
      return label;
    }

    /** {@return the English name, for example {@code the original decision changed}} */
    public String english() {
      return english;
    }
  }
}
