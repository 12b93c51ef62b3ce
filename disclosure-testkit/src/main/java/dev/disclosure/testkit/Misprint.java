package dev.disclosure.testkit;

/**
 * A misprint in a published requests table (年度报告表格填报错误), the kind of error real reports
 * carry, for tests of code that loads and checks them. Every misprint breaks the table as printed
 * and is found by {@code RequestTable.checks()} (RPT-3).
 */
public enum Misprint {
  /**
   * One applicant cell (自然人 or one of the five 法人或其他组织 columns) printed 1 to 9 higher or
   * lower than counted, never below 0: the row's 总计 no longer equals the sum of its six cells.
   */
  CELL_CHANGED("数字填错"),
  /**
   * A row's 总计 left blank (总计未填), on a row whose total is not 0 whenever the table has one:
   * the checks report the blank and the number the cell should hold.
   */
  TOTAL_BLANKED("总计未填"),
  /**
   * One cell printed as a placeholder such as {@code /} or {@code —} instead of its number
   * (以占位符代替数字): the checks report it, the format asks for a number in every cell.
   */
  PLACEHOLDER("以占位符代替数字");

  private final String label;

  Misprint(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, for example {@code 总计未填}
   */
  public String label() {
    return label;
  }
}
