package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * A citation of a legal provision (法律依据): the source text, the provision within it and its
 * Chinese wording, so that an answer letter can quote it ("依据《…》第…条").
 *
 * <p>Immutable and thread-safe. Two citations are equal when source, provision and wording are
 * equal.
 */
public final class Citation {

  private final LegalSource source;
  private final String provision;
  private final String wording;
  private final String englishProvision;

  private Citation(LegalSource source, String provision, String wording) {
    this.source = source;
    this.provision = provision;
    this.wording = wording;
    this.englishProvision = Provisions.english(provision);
  }

  /**
   * Returns a citation.
   *
   * @param source the source text, e.g. {@code 《中华人民共和国政府信息公开条例》}
   * @param provision the provision within the source, e.g. {@code 第三十三条}
   * @param wording the Chinese wording of the provision (or the part relied on)
   * @return the citation
   * @throws IllegalArgumentException if any argument is blank
   */
  public static Citation of(LegalSource source, String provision, String wording) {
    requireNonNull(source, "source");
    requireText(provision, "provision");
    requireText(wording, "wording");
    return new Citation(source, provision, wording);
  }

  private static void requireText(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "Citation " + name + " must not be blank; give the text as it appears in the source");
    }
  }

  /** {@return the source text, for example {@code 《中华人民共和国民法典》}} */
  public LegalSource source() {
    return source;
  }

  /** {@return the provision, for example {@code 第二百零一条}} */
  public String provision() {
    return provision;
  }

  /**
   * {@return the provision in English, for example {@code Art. 33, para. 2} for 第三十三条第二款, or empty when
   * the provision is a heading rather than numbered articles, paragraphs and items}
   */
  public Optional<String> englishProvision() {
    return Optional.ofNullable(englishProvision);
  }

  /** {@return the Chinese wording of the provision} */
  public String wording() {
    return wording;
  }

  /**
   * Returns the citation as an answer letter would quote it: {@code 依据《…》第…条}.
   *
   * @return the Chinese reference, without the wording
   */
  public String toReference() {
    return "依据" + source.title() + provision;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Citation other
        && source.equals(other.source)
        && provision.equals(other.provision)
        && wording.equals(other.wording);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, provision, wording);
  }

  /** Returns {@code 《source》provision：wording}. */
  @Override
  public String toString() {
    return source.title() + provision + "：" + wording;
  }
}
