package dev.disclosure.core.proactive;

/** What is done to a published item (公开事项的变更、撤销或终止, PRO-6). */
public enum ChangeKind {
  /** 变更: the item's content is changed. */
  CHANGE("变更"),
  /** 撤销: the item is revoked. */
  REVOCATION("撤销"),
  /** 终止: the item comes to an end. */
  TERMINATION("终止");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  /** {@return the official Chinese term, for example {@code 撤销}} */
  public String label() {
    return label;
  }
}
