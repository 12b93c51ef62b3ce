package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The days a deadline does not count (CAL-7), in both of {@link PauseTree}'s forms — a few runs kept
 * as an array, and the persistent tree built once there are more than {@value PauseTree#SMALL} —
 * against a naive array of flags.
 */
class PauseTreeTest {

  private static final WorkingDayCalendar CALENDAR = ChinaCalendars.official();

  @ParameterizedTest
  @EnumSource(PeriodUnit.class)
  @DisplayName("CAL-7: counting around pauses agrees with a day-by-day count, in both forms")
  void agreesWithNaiveCount(PeriodUnit unit) {
    Random random = new Random(20190515L);
    int days = CALENDAR.dayCount();
    for (int round = 0; round < 40; round++) {
      PauseTree tree = PauseTree.empty(CALENDAR, unit);
      boolean[] paused = new boolean[days];
      int pauses = 1 + random.nextInt(80);
      for (int p = 0; p < pauses; p++) {
        int from = random.nextInt(days - 1);
        int to = Math.min(days - 1, from + random.nextInt(random.nextBoolean() ? 5 : 400));
        tree = tree.plus(from, to);
        for (int d = from + 1; d <= to; d++) {
          paused[d] = true;
        }
        for (int q = 0; q < 20; q++) {
          int start = random.nextInt(days);
          long n = 1 + random.nextInt(600);
          assertThat(tree.plus(start, n))
              .as("round %d, %d pauses, %d units after %d", round, p + 1, n, start)
              .isEqualTo(naivePlus(paused, unit, start, n));
          int through = random.nextInt(days);
          assertThat(tree.countedThrough(through)).isEqualTo(naiveCounted(paused, unit, through));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(PeriodUnit.class)
  @DisplayName(
      "CAL-7: the run of paused days after a day (pauses beginning on the due date) agrees with a"
          + " day-by-day scan, in both forms, adjoining and overlapping pauses joined")
  void pausedAfterAgreesWithNaiveScan(PeriodUnit unit) {
    Random random = new Random(20250331L);
    int days = CALENDAR.dayCount();
    int treeForms = 0;
    for (int round = 0; round < 60; round++) {
      PauseTree tree = PauseTree.empty(CALENDAR, unit);
      boolean[] paused = new boolean[days];
      int pauses = 1 + random.nextInt(60);
      int[] starts = new int[pauses];
      for (int p = 0; p < pauses; p++) {
        // adjoining and same-day starts often: many pauses begin where another begins or ends
        int from =
            p > 0 && random.nextInt(3) == 0
                ? starts[random.nextInt(p)] + random.nextInt(2) * random.nextInt(8)
                : random.nextInt(days - 1);
        from = Math.min(from, days - 2);
        starts[p] = from;
        int to = Math.min(days - 1, from + random.nextInt(random.nextBoolean() ? 4 : 60));
        tree = tree.plus(from, to);
        for (int d = from + 1; d <= to; d++) {
          paused[d] = true;
        }
        for (int q = 0; q < 20; q++) {
          // at a pause's start (the due date), inside it, at its end, or anywhere
          int day =
              switch (random.nextInt(4)) {
                case 0 -> starts[random.nextInt(p + 1)];
                case 1 -> Math.min(days - 1, starts[random.nextInt(p + 1)] + random.nextInt(10));
                case 2 -> to;
                default -> random.nextInt(days);
              };
          int expected = day;
          while (expected + 1 < days && paused[expected + 1]) {
            expected++;
          }
          assertThat(tree.pausedAfter(day))
              .as("round %d, %d pauses, run after %d", round, p + 1, day)
              .isEqualTo(expected);
        }
      }
      int runs = 0;
      for (int d = 1; d < days; d++) {
        if (paused[d] && !paused[d - 1]) {
          runs++;
        }
      }
      if (runs > PauseTree.SMALL) {
        treeForms++;
      }
    }
    assertThat(treeForms).as("rounds that reach the tree form").isGreaterThan(10);
  }

  private static boolean counts(boolean[] paused, PeriodUnit unit, int day) {
    return !paused[day] && (unit == PeriodUnit.DAYS || CALENDAR.isWorkingDay(day));
  }

  private static int naivePlus(boolean[] paused, PeriodUnit unit, int start, long n) {
    long left = n;
    for (int d = start + 1; d < paused.length; d++) {
      if (counts(paused, unit, d) && --left == 0) {
        return d;
      }
    }
    return -1;
  }

  private static long naiveCounted(boolean[] paused, PeriodUnit unit, int through) {
    long counted = 0;
    for (int d = 0; d <= through; d++) {
      if (counts(paused, unit, d)) {
        counted++;
      }
    }
    return counted;
  }
}
