package dev.disclosure.calendar;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * A citation of a legal provision (法律依据): the source text, the provision within it and its
 * Chinese wording, so that an answer letter can quote it ("依据《…》第…条").
 *
 * <p>Immutable and thread-safe. Two citations are equal when source, provision and wording are
 * equal.
 */
public final class Citation {

  private final String source;
  private final String provision;
  private final String wording;

  private Citation(String source, String provision, String wording) {
    this.source = source;
    this.provision = provision;
    this.wording = wording;
  }

  /**
   * Returns a citation.
   *
   * @param source the source text, normally its Chinese title in book-title marks, e.g.
   *     {@code 《中华人民共和国政府信息公开条例》}
   * @param provision the provision within the source, e.g. {@code 第三十三条}
   * @param wording the Chinese wording of the provision (or the part relied on)
   * @return the citation
   * @throws IllegalArgumentException if any argument is blank
   */
  public static Citation of(String source, String provision, String wording) {
    requireText(source, "source");
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

  /** Returns the source text's title, e.g. {@code 《中华人民共和国民法典》}. */
  public String source() {
    return source;
  }

  /** Returns the provision, e.g. {@code 第二百零一条}. */
  public String provision() {
    return provision;
  }

  /** Returns the Chinese wording of the provision. */
  public String wording() {
    return wording;
  }

  /**
   * Returns the citation as an answer letter would quote it: {@code 依据《…》第…条}.
   *
   * @return the Chinese reference, without the wording
   */
  public String toReference() {
    return "依据" + source + provision;
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
    return source + provision + "：" + wording;
  }
}
