package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link FactLog}, the shared append-only storage of a deadline's facts, against a naive oracle: a
 * fresh list per version. Appends branch from random earlier versions (so some write in place and
 * some copy), one after another and from several threads at once; every version must hold exactly
 * its own values.
 */
class FactLogTest {

  private static final long SEED = 20260517L;

  @Test
  @DisplayName("CAL-7: each version of a fact log built by appending to earlier versions holds exactly its own values")
  void versionsHoldTheirOwnValues() {
    Random random = new Random(SEED);
    List<FactLog<Integer>> logs = new ArrayList<>();
    List<List<Integer>> oracle = new ArrayList<>();
    logs.add(FactLog.empty());
    oracle.add(List.of());
    for (int i = 0; i < 5_000; i++) {
      // mostly the latest version (in place), sometimes an older one (a copy)
      int from = random.nextInt(4) == 0 ? random.nextInt(logs.size()) : logs.size() - 1;
      logs.add(logs.get(from).plus(i));
      List<Integer> expected = new ArrayList<>(oracle.get(from));
      expected.add(i);
      oracle.add(expected);
    }
    for (int i = 0; i < logs.size(); i++) {
      assertThat(logs.get(i)).as("version %d", i).isEqualTo(oracle.get(i));
      assertThat(logs.get(i).snapshot()).isEqualTo(oracle.get(i));
      assertThat(FactLog.of(oracle.get(i))).isEqualTo(oracle.get(i));
    }
  }

  @Test
  @DisplayName("CAL-7: appends to one version from 4 threads at once each keep their own value")
  void appendsFromThreadsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int size = 0; size < 6; size++) {
        FactLog<Integer> base = FactLog.empty();
        List<Integer> prefix = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          base = base.plus(-i);
          prefix.add(-i);
        }
        FactLog<Integer> shared = base;
        List<Future<FactLog<Integer>>> branches = new ArrayList<>();
        for (int b = 0; b < 400; b++) {
          int value = b;
          branches.add(pool.submit(() -> shared.plus(value).plus(value + 1000)));
        }
        for (int b = 0; b < branches.size(); b++) {
          List<Integer> expected = new ArrayList<>(prefix);
          expected.add(b);
          expected.add(b + 1000);
          assertThat(branches.get(b).get()).as("size %d, branch %d", size, b).isEqualTo(expected);
        }
        assertThat(shared).isEqualTo(prefix);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
