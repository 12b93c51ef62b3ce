package dev.disclosure.calendar;

/**
 * The days a deadline does not count (CAL-7), as a persistent segment tree over the calendar's day
 * indices: adding a pause copies O(log D) nodes (D the days the calendar knows) and leaves every
 * earlier tree as it was, so a {@link Deadline} and the deadlines derived from it share structure.
 *
 * <p>Each node holds how many pauses cover its whole range and how many of its days still count:
 * working days for a working-day period, all days for a calendar-day period. An absent node is a
 * range no pause touches, whose count the calendar answers in O(1).
 *
 * <p>While the pauses merge into at most {@value #SMALL} disjoint runs (the usual case: a request
 * has a few), the tree is not built: the runs are kept as a sorted array and counted with the
 * calendar's O(1) arithmetic; the tree is built from them once there are more. Both forms answer
 * the same; the tests check each against a day-stepping oracle. Immutable and thread-safe.
 */
final class PauseTree {

  /** The most disjoint runs kept as an array before the tree is built. */
  static final int SMALL = 16;

  private static final int[] NONE = new int[0];

  private final WorkingDayCalendar calendar;
  private final boolean workingDays;

  /**
   * The runs {@code (s, e]} as {@code [s0, e0, s1, e1, …]}, sorted and disjoint ({@code int[]}), or
   * once there are more than {@value #SMALL}, the root of the tree that holds them ({@link Node}):
   * one field for either form keeps the many small trees small.
   */
  private final Object body;

  private PauseTree(WorkingDayCalendar calendar, boolean workingDays, Object body) {
    this.calendar = calendar;
    this.workingDays = workingDays;
    this.body = body;
  }

  static PauseTree empty(WorkingDayCalendar calendar, PeriodUnit unit) {
    return new PauseTree(calendar, unit == PeriodUnit.WORKING_DAYS, NONE);
  }

  /** {@return the calendar whose days this tree counts} */
  WorkingDayCalendar calendar() {
    return calendar;
  }

  /** Returns this tree with the days of index {@code (from, to]} not counted. */
  PauseTree plus(int from, int to) {
    if (to <= from) {
      return this;
    }
    int size = calendar.dayCount();
    if (!(body instanceof int[] runs)) {
      return new PauseTree(calendar, workingDays, add((Node) body, 0, size - 1, from + 1, to));
    }
    int[] merged = merge(runs, from, to);
    if (merged == runs) {
      return this;
    }
    if (merged.length <= 2 * SMALL) {
      return new PauseTree(calendar, workingDays, merged);
    }
    Node built = null;
    for (int i = 0; i < merged.length; i += 2) {
      built = add(built, 0, size - 1, merged[i] + 1, merged[i + 1]);
    }
    return new PauseTree(calendar, workingDays, built);
  }

  /**
   * The runs with {@code (from, to]} merged in, made at their final length; the same array if one
   * run already covers {@code (from, to]}.
   */
  private static int[] merge(int[] runs, int from, int to) {
    int lo = 0;
    while (lo < runs.length && runs[lo + 1] < from) {
      lo += 2;
    }
    int start = from;
    int end = to;
    int hi = lo;
    while (hi < runs.length && runs[hi] <= end) {
      start = Math.min(start, runs[hi]);
      end = Math.max(end, runs[hi + 1]);
      hi += 2;
    }
    if (hi == lo + 2 && start == runs[lo] && end == runs[lo + 1]) {
      return runs;
    }
    int[] out = new int[lo + 2 + runs.length - hi];
    System.arraycopy(runs, 0, out, 0, lo);
    out[lo] = start;
    out[lo + 1] = end;
    System.arraycopy(runs, hi, out, lo + 2, runs.length - hi);
    return out;
  }

  /**
   * Returns the last index of the run of paused days that follows index {@code day}: the largest
   * {@code e} such that every index in {@code (day, e]} lies in a pause (pauses that overlap or
   * adjoin make one run), or {@code day} itself when {@code day + 1} lies in none. O(runs) over the
   * runs, O(log D) over the tree; both forms answer alike.
   */
  int pausedAfter(int day) {
    if (body instanceof int[] runs) {
      for (int i = 0; i < runs.length; i += 2) {
        if (runs[i + 1] > day) {
          return runs[i] <= day ? runs[i + 1] : day;
        }
      }
      return day;
    }
    int size = calendar.dayCount();
    if (day < -1 || day + 1 >= size) {
      return day;
    }
    return firstUncovered((Node) body, 0, size - 1, day + 1) - 1;
  }

  /**
   * Returns the last index of the run of paused days that covers index {@code day} or begins on it
   * (every index in {@code (day, e]} paused), or -1 if there is none: one pass over the runs,
   * nothing when there are none; over the tree, as {@link #pausedAfter} answers it.
   */
  int runFrom(int day) {
    if (body instanceof int[] runs) {
      // a run (s, e] covers the day if s < day <= e, begins on it if s == day (then e > day)
      for (int i = 0; i < runs.length; i += 2) {
        if (runs[i + 1] >= day) {
          return runs[i] <= day ? runs[i + 1] : -1;
        }
      }
      return -1;
    }
    int end = pausedAfter(day - 1);
    if (end < day) {
      end = pausedAfter(day);
      if (end == day) {
        return -1;
      }
    }
    return end;
  }

  /** The first index on or after {@code from} in {@code [lo, hi]} no pause covers, or hi + 1. */
  private static int firstUncovered(Node node, int lo, int hi, int from) {
    if (node == null) {
      return Math.max(lo, from);
    }
    if (node.full) {
      return hi + 1;
    }
    int mid = (lo + hi) >>> 1;
    if (from <= mid) {
      int left = firstUncovered(node.left, lo, mid, from);
      if (left <= mid) {
        return left;
      }
    }
    return firstUncovered(node.right, mid + 1, hi, Math.max(from, mid + 1));
  }

  /** The counted days with index in {@code [0, to]}. */
  long countedThrough(int to) {
    if (to < 0) {
      return 0;
    }
    if (!(body instanceof int[] runs)) {
      return countedThrough((Node) body, 0, calendar.dayCount() - 1, to);
    }
    long counted = weight(0, to);
    for (int i = 0; i < runs.length && runs[i] < to; i += 2) {
      counted -= weight(runs[i] + 1, Math.min(runs[i + 1], to));
    }
    return counted;
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
    if (body instanceof int[] runs) {
      return plusAlongRuns(runs, from, n);
    }
    Node root = (Node) body;
    int size = calendar.dayCount();
    long target = countedThrough(from) + n;
    if (target > counted(root, 0, size - 1)) {
      return -1;
    }
    return find(root, 0, size - 1, target);
  }

  /** {@link #plus(int, long)} over the runs: step from run to run with the calendar's counts. */
  private int plusAlongRuns(int[] runs, int from, long n) {
    int cursor = from;
    long remaining = n;
    for (int i = 0; i < runs.length; i += 2) {
      if (runs[i + 1] <= cursor) {
        continue;
      }
      int start = Math.max(runs[i], cursor);
      long available = weight(cursor + 1, start);
      if (available >= remaining) {
        break;
      }
      remaining -= available;
      cursor = runs[i + 1];
    }
    if (workingDays) {
      return remaining > Integer.MAX_VALUE ? -1 : calendar.plusWorkingDays(cursor, (int) remaining);
    }
    long end = cursor + remaining;
    return end < calendar.dayCount() ? (int) end : -1;
  }

  private long weight(int lo, int hi) {
    if (hi < lo) {
      return 0;
    }
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

  /**
   * A node: its children, the pauses covering its whole range, its counted days, and whether
   * pauses cover every day of its range (its own, or its children's together).
   */
  private static final class Node {
    final Node left;
    final Node right;
    final int covers;
    final long counted;
    final boolean full;

    Node(Node left, Node right, int covers, long counted) {
      this.left = left;
      this.right = right;
      this.covers = covers;
      this.counted = counted;
      this.full = covers > 0 || (left != null && left.full && right != null && right.full);
    }
  }
}
