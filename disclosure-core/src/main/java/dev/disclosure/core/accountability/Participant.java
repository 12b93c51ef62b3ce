package dev.disclosure.core.accountability;

import static java.util.Objects.requireNonNull;

/**
 * A person who took part in a faulty act (当事人), with their role.
 *
 * @param name the person's name
 * @param role the role
 */
public record Participant(String name, Role role) {

  /**
   * Validates the participant.
   *
   * @param name the person's name
   * @param role the role
   * @throws IllegalArgumentException if the name is blank
   */
  public Participant {
    requireNonNull(name, "name");
    requireNonNull(role, "role");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "ACC-1: a participant (当事人) needs a name to bear or be exempt from responsibility; got '"
              + name
              + "' ("
              + role
              + ")");
    }
  }
}
