/**
 * The testkit's generators as QuickTheories generators ({@link
 * dev.disclosure.testkit.quicktheories.QuickTheoriesGens#of}). QuickTheories is an optional
 * dependency of the testkit: add {@code org.quicktheories:quicktheories} to use this package.
 */
package dev.disclosure.testkit.quicktheories;
