package dev.disclosure.core.request;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.disclosure.core.Regime;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;

/** The seeds and generators that the property tests of request histories share. */
final class Walks {

  static final long SEED = 20190515L;
  static final LocalDate FIRST = LocalDate.of(2008, 1, 1);

  /**
   * Receipts up to 2024-12-31 leave room for 12 steps of up to 45 days inside the official data.
   */
  static final int DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST.toEpochDay());

  private Walks() {}

  static Gen<Regime> regimes() {
    return integers().between(0, 1).map(i -> Regime.values().get(i));
  }

  static Gen<LocalDate> receipts() {
    return integers().between(0, DAYS).map(FIRST::plusDays);
  }

  static Gen<List<Integer>> choices() {
    return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 12);
  }
}
