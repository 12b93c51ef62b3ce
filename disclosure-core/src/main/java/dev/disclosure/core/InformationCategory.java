package dev.disclosure.core;

/**
 * A category of a disclosure catalog (公开目录类别), such as one of the 22 key categories of a
 * government at county level or above. The catalogs themselves are in {@code
 * dev.disclosure.core.proactive}.
 */
public interface InformationCategory {

  /** {@return the Chinese label of the category} */
  String label();

  /** {@return the catalog the category belongs to} */
  String catalogLabel();
}
