package dev.disclosure.core;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * An applicant for government information (申请人, REQ-1): a natural person, or a legal person or
 * other organization of one of the five kinds the annual report counts, with a contact.
 *
 * <p>Immutable and thread-safe; equal when all fields are equal.
 */
@Value.Immutable
public abstract class Applicant {

  Applicant() {}

  /**
   * Returns an applicant.
   *
   * @param name the person's or organization's name
   * @param kind natural person or the kind of organization
   * @param contact how to reach the applicant (address, telephone or e-mail)
   * @return the applicant
   * @throws InvalidFactsException if the name or the contact is blank (REQ-1)
   */
  public static Applicant of(String name, ApplicantKind kind, String contact) {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(contact, "contact");
    return ImmutableApplicant.of(name, kind, contact);
  }

  /** {@return the applicant's name (姓名或者名称)} */
  @Value.Parameter
  public abstract String name();

  /** {@return the kind of applicant} */
  @Value.Parameter
  public abstract ApplicantKind kind();

  /** {@return the contact (联系方式)} */
  @Value.Parameter
  public abstract String contact();

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    if (name().isBlank()) {
      problems.add(
          new Problem(
              Rules.REQ_1, "the applicant's name is blank; an application names its applicant"));
    }
    if (contact().isBlank()) {
      problems.add(
          new Problem(
              Rules.REQ_1,
              "the contact is blank; an application gives a way to reach the applicant"));
    }
    InvalidFactsException.throwIfAny("Applicant", problems);
  }
}
