package dev.disclosure.examples;

/** Placeholder replaced below. */
public final class Tour {
  private Tour() {}

  /**
   * Runs the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {}
}
