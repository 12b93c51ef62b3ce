package dev.disclosure.core;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.law.Rules;
import org.immutables.value.Value;

/**
 * An agency that holds or discloses government information (行政机关 / 公开主体).
 *
 * <p>Immutable and thread-safe; equal when name and level are equal.
 */
@Value.Immutable
public abstract class Agency {

  Agency() {}

  /**
   * Returns an agency.
   *
   * @param name the agency's name, e.g. {@code 某市人民政府办公室}
   * @param level what kind of body it is
   * @return the agency
   * @throws InvalidFactsException if the name is blank
   */
  public static Agency of(String name, AgencyLevel level) {
    requireNonNull(name, "name");
    requireNonNull(level, "level");
    return ImmutableAgency.of(name, level);
  }

  /** {@return the agency's name} */
  @Value.Parameter
  public abstract String name();

  /** {@return what kind of body the agency is} */
  @Value.Parameter
  public abstract AgencyLevel level();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidFactsException(
          "Agency", Rules.EX_7, "name is blank; give the agency's official name");
    }
  }

  /** Returns a one-line description, for example {@code 某市人民政府办公室 (政府部门)}. */
  @Override
  public String toString() {
    return name() + " (" + level().label() + ")";
  }
}
