package dev.disclosure.core.exemption;

import dev.disclosure.calendar.Language;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.Regime;
import dev.disclosure.core.Renderings;
import dev.disclosure.core.SecrecyMarking;

/** Classifiers and fact builders shared by the exemption tests. */
final class Fixtures {

  static final ExemptionClassifier CLASSIFIER_2008 = ExemptionClassifier.of(Regime.OGI_2008);
  static final ExemptionClassifier CLASSIFIER_2019 = ExemptionClassifier.of(Regime.OGI_2019);

  private Fixtures() {}

  /** Returns a builder for an unmarked item. */
  static ItemFacts.Builder unmarked() {
    return ItemFacts.builder().marking(SecrecyMarking.NONE);
  }

  /** Returns a phrase in Chinese. */
  static String zh(Phrase phrase) {
    return Language.CHINESE.render(phrase);
  }

  /** Returns a phrase in English, after checking that it holds no Chinese character. */
  static String en(Phrase phrase) {
    return Renderings.checkedEnglish(Language.ENGLISH.render(phrase));
  }

  /** Returns the classifier of a regime without extensions. */
  static ExemptionClassifier classifier(Regime regime) {
    return regime == Regime.OGI_2008 ? CLASSIFIER_2008 : CLASSIFIER_2019;
  }
}
