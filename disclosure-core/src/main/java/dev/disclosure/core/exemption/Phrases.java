package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.Agency;
import dev.disclosure.core.SecrecyMarking;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The bilingual pieces the findings of this package share: agencies, items, markings, lists. A
 * regime's name comes from its table ({@code ExemptionRules.regimeName()}).
 */
final class Phrases {

  private Phrases() {}

  /** An agency: its name (record text) in Chinese; its level and "as recorded" in English. */
  static Phrase agency(Agency agency) {
    return Phrase.of(
        "{0}",
        "the {1} ({0})",
        agency.name(),
        Phrase.of(agency.level().label(), agency.level().english()));
  }

  /** An item, by its title (record text): “title” in Chinese, "the item (as recorded)" in English. */
  static Phrase item(String title) {
    return Phrase.of("“{0}”", "the item ({0})", title);
  }

  /** A secrecy marking, for example 机密 / confidential. */
  static Phrase marking(SecrecyMarking marking) {
    return Phrase.of(marking.label(), marking.english());
  }

  /** Agencies, joined with 、 in Chinese and commas in English. */
  static Phrase agencies(Collection<Agency> agencies) {
    return list(agencies.stream().map(Phrases::agency).collect(Collectors.toList()), "、", ", ");
  }

  /** Exemption grounds, joined with 、 in Chinese and semicolons in English. */
  static Phrase grounds(Collection<ExemptionGround> grounds) {
    return list(
        grounds.stream().map(ExemptionGround::phrase).collect(Collectors.toList()), "、", "; ");
  }

  /** Phrases joined with a separator per language. */
  static Phrase list(List<Phrase> items, String chinese, String english) {
    return Phrase.of(
        template(items.size(), chinese), template(items.size(), english), items.toArray());
  }

  private static String template(int size, String separator) {
    return IntStream.range(0, size)
        .mapToObj(i -> "{" + i + "}")
        .collect(Collectors.joining(separator));
  }
}
