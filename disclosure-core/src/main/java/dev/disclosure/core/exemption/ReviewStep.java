package dev.disclosure.core.exemption;

/**
 * A step recorded on a {@link ReviewChain} (公开前审查环节, EX-6), each a {@code with…} method of the
 * chain: an opinion of the next stage, the arrival of the secrecy review request, and the
 * consultation and answer of an agency that made the item jointly.
 */
public enum ReviewStep {
  /** 记录审查意见: the opinion of the stage that comes next ({@link ReviewChain#withOpinion}). */
  OPINION("记录审查意见"),
  /**
   * 保密审查机构接到审查申请: the secrecy review request reached the secrecy review body ({@link
   * ReviewChain#withSecrecyReviewRequest}).
   */
  SECRECY_REVIEW_REQUEST("保密审查机构接到审查申请"),
  /**
   * 征求共同制作机关意见: a co-maker received the consultation ({@link ReviewChain#withCoMakerConsulted}).
   */
  CO_MAKER_CONSULTED("征求共同制作机关意见"),
  /** 共同制作机关书面同意公开: a co-maker consented in writing ({@link ReviewChain#withCoMakerConsent}). */
  CO_MAKER_CONSENT("共同制作机关书面同意公开"),
  /** 共同制作机关不同意公开: a co-maker objected ({@link ReviewChain#withCoMakerObjection}). */
  CO_MAKER_OBJECTION("共同制作机关不同意公开");

  private final String label;

  ReviewStep(String label) {
    this.label = label;
  }

  /** {@return the Chinese label, for example {@code 记录审查意见}} */
  public String label() {
    return label;
  }
}
