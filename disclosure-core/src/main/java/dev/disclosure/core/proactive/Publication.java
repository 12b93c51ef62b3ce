package dev.disclosure.core.proactive;

import static java.util.Objects.requireNonNull;

import dev.disclosure.core.AgencyLevel;
import dev.disclosure.core.InformationItem;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One proactive publication (主动公开) of an item: what was published (with its PRO-2 elements), on
 * which day and in which forms (PRO-5).
 *
 * <p>How the forms are read: 主动公开制度三 says a government publishes "以政府信息（政务）公开目录形式在
 * 政府门户网站公开的基础上，采取以下一种或几种形式公开" — on the basis of the portal catalog, in one or more of seven further
 * forms. So a publication by a government or a department (the publisher under EX-7: the maker of
 * the item, or its keeper when the item was obtained from others) must use {@link
 * PublicationForm#PORTAL_CATALOG} and at least one other form. That provision binds governments; a
 * school publishes "主要采用网上公开的形式" (来源文件003) and a public enterprise has no form rule, so for them
 * [convention] any one form or more is valid, with {@link PublicationForm#PORTAL_CATALOG} standing
 * for their own website's disclosure catalog.
 *
 * <p>Immutable and thread-safe; equal when item, date and forms are equal.
 */
@Value.Immutable
public abstract class Publication {

  Publication() {}

  /**
   * Returns a publication.
   *
   * @param item the item published, with its PRO-2 elements
   * @param publishedOn the day it was published, not before the item was formed
   * @param forms the forms used (PRO-5)
   * @return the publication
   * @throws InvalidFactsException listing every problem: forms that break PRO-5, a date before the
   *     item was formed
   */
  public static Publication of(
      InformationItem item, LocalDate publishedOn, Set<PublicationForm> forms) {
    requireNonNull(item, "item");
    requireNonNull(publishedOn, "publishedOn");
    requireNonNull(forms, "forms");
    return ImmutablePublication.of(item, publishedOn, forms);
  }

  /** {@return the item published} */
  @Value.Parameter
  public abstract InformationItem item();

  /** {@return the day of publication (公开日期)} */
  @Value.Parameter
  public abstract LocalDate publishedOn();

  /** {@return the forms used (公开形式)} */
  @Value.Parameter
  public abstract Set<PublicationForm> forms();

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    if (publishedOn().isBefore(item().generatedOn())) {
      problems.add(
          new Problem(
              Rules.PRO_3,
              "publishedOn "
                  + publishedOn()
                  + " is before the item was formed on "
                  + item().generatedOn()
                  + "; information is published on or after the day it is formed"));
    }
    AgencyLevel level = PublicationDeadline.publisherOf(item()).level();
    if (level == AgencyLevel.SCHOOL || level == AgencyLevel.PUBLIC_ENTERPRISE) {
      if (forms().isEmpty()) {
        problems.add(
            new Problem(Rules.PRO_5, "forms is empty; name at least one form of publication"));
      }
    } else {
      if (!forms().contains(PublicationForm.PORTAL_CATALOG)) {
        problems.add(
            new Problem(
                Rules.PRO_5,
                "forms "
                    + forms()
                    + " lack PORTAL_CATALOG; a "
                    + level.label()
                    + " publishes on the basis of its portal disclosure catalog"
                    + " (以政府信息（政务）公开目录形式在政府门户网站公开的基础上)"));
      }
      Set<PublicationForm> others = EnumSet.allOf(PublicationForm.class);
      others.remove(PublicationForm.PORTAL_CATALOG);
      others.retainAll(forms());
      if (others.isEmpty()) {
        problems.add(
            new Problem(
                Rules.PRO_5,
                "forms "
                    + forms()
                    + " add no form to the portal catalog; use one or more of GAZETTE, MEDIA,"
                    + " NOTICE_BOARDS, HANDBOOKS_AND_NOTICES, PRESS_CONFERENCE,"
                    + " LIBRARY_QUERY_POINT, ARCHIVE_READING_CENTER (采取以下一种或几种形式公开)"));
      }
    }
    InvalidFactsException.throwIfAny(
        "Publication of '" + item().title() + "' (" + item().indexNumber() + ")", problems);
  }

  /** Returns a one-line description, for example {@code 2026年财政预算 (索引号 …) published 2026-10-09 [PORTAL_CATALOG, GAZETTE]}. */
  @Override
  public String toString() {
    return item().title()
        + " (索引号 "
        + item().indexNumber()
        + ") published "
        + publishedOn()
        + " "
        + forms();
  }
}
