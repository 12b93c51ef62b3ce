package dev.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.disclosure.calendar.RuleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule IDs of the rules catalog, {@code RULES.md} in {@code ../shared} beside the checkout,
 * read as the calendar's oracle test reads {@code ../shared/oracle}: from the directory the build
 * passes as {@code disclosure.oracle.dir} (its parent holds the catalog), else {@code ../../shared}
 * from the module directory. With {@code CI=true} the catalog must be there; elsewhere a test that
 * needs it is skipped when it is missing.
 */
public final class RulesCatalog {

  /** A rule of a list: {@code - **CAL-4 Counting working days.**}; sources are bold IDs alone. */
  private static final Pattern LISTED =
      Pattern.compile("(?m)^- \\*\\*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+) ");

  /** A named period of the table: {@code | P-REPLY-2019 | …}. */
  private static final Pattern TABLED =
      Pattern.compile("(?m)^\\| (P-[A-Z0-9]+(?:-[A-Z0-9]+)*) \\|");

  private static Set<RuleId> ids;

  private RulesCatalog() {}

  /** Returns the path of the catalog. */
  public static Path path() {
    String oracle = System.getProperty("disclosure.oracle.dir");
    Path shared =
        oracle == null ? Paths.get("../../shared") : Paths.get(oracle).toAbsolutePath().getParent();
    return shared.resolve("RULES.md").toAbsolutePath().normalize();
  }

  /**
   * Returns the rule IDs the catalog defines, reading it once; skips the calling test when the
   * catalog is missing outside CI.
   */
  public static synchronized Set<RuleId> ids() {
    if (ids == null) {
      Path path = path();
      boolean present = Files.isRegularFile(path);
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        assertThat(present)
            .as("CI=true requires the rules catalog at %s (../shared beside the checkout)", path)
            .isTrue();
      }
      assumeThat(present)
          .as("rules catalog not found at %s; the check is skipped outside CI", path)
          .isTrue();
      String text;
      try {
        text = Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Set<RuleId> found = new TreeSet<>();
      for (Pattern pattern : new Pattern[] {LISTED, TABLED}) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
          found.add(RuleId.of(matcher.group(1)));
        }
      }
      ids = Set.copyOf(found);
    }
    return ids;
  }
}
