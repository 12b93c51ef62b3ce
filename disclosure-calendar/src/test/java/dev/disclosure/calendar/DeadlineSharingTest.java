package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Deadlines derived from one deadline share its facts' storage: each derived deadline must hold its
 * own facts only, whether the derivations run one after another or at once on several threads.
 */
class DeadlineSharingTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final LocalDate START = LocalDate.of(2025, 3, 3);
  private static final int BRANCHES = 400;

  /** The i-th branch: a pause and an extension of its own on a shared base. */
  private static Deadline branch(Deadline base, int i) {
    LocalDate from = START.plusDays(1 + i % 20);
    return base.withPause(Pause.of(from, from.plusDays(1 + i % 7), "征求第三方意见", SamplePeriods.ART_33))
        .withExtension(Extension.of(1 + i % 19, START.plusDays(21), "需调取档案 " + i));
  }

  private static Deadline base() {
    // one fact of each kind already, so that each branch appends to a shared, non-empty log
    return OFFICIAL.deadline(SamplePeriods.REPLY_2019, START)
        .withRestart(START.plusDays(1), "补正", SamplePeriods.ART_33)
        .withPause(Pause.of(START.plusDays(1), START.plusDays(2), "征求其他机关意见", SamplePeriods.ART_33))
        .withExtension(Extension.of(1, START.plusDays(2), "需调取档案"));
  }

  @Test
  @DisplayName("CAL-7/REQ-6: branches of one deadline, built one after another or on 4 threads at once, each hold exactly their own facts")
  void branchesHoldTheirOwnFacts() throws Exception {
    List<Deadline> alone = new ArrayList<>();
    for (int i = 0; i < BRANCHES; i++) {
      alone.add(branch(base(), i)); // each from a base of its own: nothing shared
    }
    Deadline shared = base();
    List<Deadline> inTurn = new ArrayList<>();
    for (int i = 0; i < BRANCHES; i++) {
      inTurn.add(branch(shared, i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Deadline sharedByThreads = base();
      List<Future<Deadline>> atOnce = new ArrayList<>();
      for (int i = 0; i < BRANCHES; i++) {
        int n = i;
        atOnce.add(pool.submit(() -> branch(sharedByThreads, n)));
      }
      for (int i = 0; i < BRANCHES; i++) {
        Deadline expected = alone.get(i);
        assertThat(inTurn.get(i)).isEqualTo(expected);
        Deadline threaded = atOnce.get(i).get();
        assertThat(threaded).isEqualTo(expected);
        assertThat(threaded.pauses()).isEqualTo(expected.pauses()).hasSize(2);
        assertThat(threaded.extensions()).isEqualTo(expected.extensions()).hasSize(2);
        assertThat(threaded.dueDate()).isEqualTo(expected.dueDate());
        assertThat(threaded.explain(Language.ENGLISH)).isEqualTo(expected.explain(Language.ENGLISH));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(shared.pauses()).hasSize(1);
    assertThat(shared.extensions()).hasSize(1);
  }
}
