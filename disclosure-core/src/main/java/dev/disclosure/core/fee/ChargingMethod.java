package dev.disclosure.core.fee;

/** How a fee is counted (计收方式, REQ-7, REQ-8). */
public enum ChargingMethod {
  /** OGI_2019 processing fee per request, progressive per natural month (按件计收, FEE-2020 第四条). */
  PER_REQUEST("按件计收"),
  /**
   * OGI_2019 processing fee per volume of one request, progressive by pages (按量计收, FEE-2020 第五条).
   */
  PER_VOLUME("按量计收"),
  /** OGI_2008 retrieval, copying and mailing costs at local prices (成本费用, REQ-7). */
  COST_RECOVERY("检索、复制、邮寄成本费用");

  private final String label;

  ChargingMethod(String label) {
    this.label = label;
  }

  /** {@return the Chinese label, for example {@code 按件计收}} */
  public String label() {
    return label;
  }
}
