package dev.disclosure.calendar;

/**
 * The days a deadline does not count (CAL-7), as a persistent segment tree over the calendar's day
 * indices: adding a pause copies O(log D) nodes (D the days the calendar knows) and leaves every
 * earlier tree as it was, so a {@link Deadline} and the deadlines derived from it share structure.
 *
 * <p>Each node holds how many pauses cover its whole range and how many of its days still count:
 * working days for a working-day period, all days for a calendar-day period. An absent node is a
 * range no pause touches, whose count the calendar answers in O(1). Immutable and thread-safe.
 */
final class PauseTree {

  private final WorkingDayCalendar calendar;
  private final boolean workingDays;
  private final int size;
  private final Node root;

  private PauseTree(WorkingDayCalendar calendar, boolean workingDays, Node root) {
    this.calendar = calendar;
    this.workingDays = workingDays;
    this.size = calendar.dayCount();
    this.root = root;
  }

  static PauseTree empty(WorkingDayCalendar calendar, PeriodUnit unit) {
    return new PauseTree(calendar, unit == PeriodUnit.WORKING_DAYS, null);
  }

  /** Returns this tree with the days of index {@code (from, to]} not counted. */
  PauseTree plus(int from, int to) {
    if (to <= from) {
      return this;
    }
    return new PauseTree(calendar, workingDays, add(root, 0, size - 1, from + 1, to));
  }

  /** The counted days with index in {@code [0, to]}. */
  long countedThrough(int to) {
    return to < 0 ? 0 : countedThrough(root, 0, size - 1, to);
  }

  /** The counted days with index in {@code (from, to]}. */
  long countedIn(int from, int to) {
    return to <= from ? 0 : countedThrough(to) - countedThrough(from);
  }

  /**
   * Returns the index of the {@code n}-th counted day after index {@code from} (n ≥ 1), or -1 if
   * the calendar knows fewer.
   */
  int plus(int from, long n) {
    long target = countedThrough(from) + n;
    if (target > counted(root, 0, size - 1)) {
      return -1;
    }
    return find(root, 0, size - 1, target);
  }

  private long weight(int lo, int hi) {
    return workingDays ? calendar.workingDaysIn(lo - 1, hi) : hi - lo + 1;
  }

  private long counted(Node node, int lo, int hi) {
    return node == null ? weight(lo, hi) : node.counted;
  }

  private Node add(Node node, int lo, int hi, int from, int to) {
    if (to < lo || hi < from) {
      return node;
    }
    int covers = node == null ? 0 : node.covers;
    Node left = node == null ? null : node.left;
    Node right = node == null ? null : node.right;
    if (from <= lo && hi <= to) {
      return new Node(left, right, covers + 1, 0);
    }
    int mid = (lo + hi) >>> 1;
    left = add(left, lo, mid, from, to);
    right = add(right, mid + 1, hi, from, to);
    return new Node(
        left, right, covers, covers > 0 ? 0 : counted(left, lo, mid) + counted(right, mid + 1, hi));
  }

  private long countedThrough(Node node, int lo, int hi, int to) {
    if (node == null) {
      return weight(lo, Math.min(hi, to));
    }
    if (node.covers > 0) {
      return 0;
    }
    if (hi <= to) {
      return node.counted;
    }
    int mid = (lo + hi) >>> 1;
    return to <= mid
        ? countedThrough(node.left, lo, mid, to)
        : counted(node.left, lo, mid) + countedThrough(node.right, mid + 1, hi, to);
  }

  private int find(Node node, int lo, int hi, long target) {
    while (node != null) {
      int mid = (lo + hi) >>> 1;
      long left = counted(node.left, lo, mid);
      if (target <= left) {
        node = node.left;
        hi = mid;
      } else {
        target -= left;
        node = node.right;
        lo = mid + 1;
      }
      if (node == null) {
        break;
      }
    }
    return workingDays ? calendar.plusWorkingDays(lo - 1, (int) target) : lo + (int) target - 1;
  }

  /** A node: its children, the pauses covering its whole range, and its counted days. */
  private static final class Node {
    final Node left;
    final Node right;
    final int covers;
    final long counted;

    Node(Node left, Node right, int covers, long counted) {
      this.left = left;
      this.right = right;
      this.covers = covers;
      this.counted = counted;
    }
  }
}
