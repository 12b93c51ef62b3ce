package dev.disclosure.core.report;

/**
 * Where a request case is counted in a year's requests table (统计口径, RPT-2). [convention] A case
 * counts in year Y when it was received (REQ-2) no later than 31 December Y and was still open on 1
 * January Y or received later: received in Y → 本年新收; received earlier → 上年结转. Closed (办结) in Y →
 * its result row (REQ-5); still open on 31 December Y → 结转下年度继续办理. A case received after Y, or
 * closed before Y, is not counted in Y. So every counted case is in exactly one of the first two
 * rows and exactly one of the last two, which is why every column balances.
 */
public enum Placement {
  /** 本年新收, then 本年度办理结果. */
  NEW_AND_CLOSED("本年新收，本年办结"),
  /** 本年新收, then 结转下年度继续办理. */
  NEW_AND_CARRIED_FORWARD("本年新收，结转下年度"),
  /** 上年结转, then 本年度办理结果. */
  CARRIED_OVER_AND_CLOSED("上年结转，本年办结"),
  /** 上年结转, then 结转下年度继续办理. */
  CARRIED_OVER_AND_FORWARD("上年结转，结转下年度"),
  /** Received after the year (不计入本年度). */
  NOT_YET_RECEIVED("本年度后收到，不计入"),
  /** Closed before the year (以前年度已办结，不计入). */
  CLOSED_BEFORE("以前年度已办结，不计入");

  private final String label;

  Placement(String label) {
    this.label = label;
  }

  /** {@return the Chinese label, for example {@code 上年结转，本年办结}} */
  public String label() {
    return label;
  }

  /** {@return whether the case counts in the year's table at all} */
  public boolean isCounted() {
    return this != NOT_YET_RECEIVED && this != CLOSED_BEFORE;
  }

  /** {@return whether the case counts in 本年新收 (rather than 上年结转)} */
  public boolean isNew() {
    return this == NEW_AND_CLOSED || this == NEW_AND_CARRIED_FORWARD;
  }

  /** {@return whether the case counts in a result row (rather than 结转下年度继续办理)} */
  public boolean isClosedInYear() {
    return this == NEW_AND_CLOSED || this == CARRIED_OVER_AND_CLOSED;
  }
}
