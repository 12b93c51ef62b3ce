package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

/**
 * A text that a {@link Citation} cites (法律依据名称): its Chinese title as a letter quotes it, in
 * book-title marks, and its English name for an English rendering.
 *
 * <p>Immutable and thread-safe; equality compares both names.
 */
public final class LegalSource {

  private final String title;
  private final String englishTitle;

  private LegalSource(String title, String englishTitle) {
    this.title = title;
    this.englishTitle = englishTitle;
  }

  /**
   * Returns a source.
   *
   * @param title the Chinese title in book-title marks, e.g. {@code 《中华人民共和国民法典》}
   * @param englishTitle the English name, e.g. {@code Civil Code}; no Chinese characters
   * @return the source
   * @throws IllegalArgumentException if a name is blank or the English name holds Chinese
   *     characters
   */
  public static LegalSource of(String title, String englishTitle) {
    requireNonNull(title, "title");
    requireNonNull(englishTitle, "englishTitle");
    if (title.isBlank() || englishTitle.isBlank()) {
      throw new IllegalArgumentException(
          "a legal source needs a Chinese title and an English name; got '"
              + title
              + "' and '"
              + englishTitle
              + "'");
    }
    if (Phrase.hasChinese(englishTitle)) {
      throw new IllegalArgumentException(
          "the English name '" + englishTitle + "' of " + title + " holds Chinese characters");
    }
    return new LegalSource(title, englishTitle);
  }

  /** {@return the Chinese title, for example {@code 《中华人民共和国民法典》}} */
  public String title() {
    return title;
  }

  /** {@return the English name, for example {@code Civil Code}} */
  public String englishTitle() {
    return englishTitle;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LegalSource other
        && title.equals(other.title)
        && englishTitle.equals(other.englishTitle);
  }

  @Override
  public int hashCode() {
    return title.hashCode() * 31 + englishTitle.hashCode();
  }

  /** Returns the Chinese title. */
  @Override
  public String toString() {
    return title;
  }
}
