package dev.disclosure.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.disclosure.calendar.RuleId;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule constants are the catalog: every rule of {@code ../shared/RULES.md} is a constant of
 * {@link Rules} (or, for the calendar's counting rules, of {@link RuleId}), and no constant names a
 * rule the catalog does not have.
 */
class RulesCatalogTest {

  /** The texts the catalog cites by ID; they are sources, not rules. */
  private static final Set<String> SOURCES = Set.of("OGI-2008", "OGI-2019", "FEE-2020", "RPT-2021");

  /** A rule's heading in a list, e.g. {@code - **REQ-6 Extension.**}. */
  private static final Pattern LISTED =
      Pattern.compile("^- \\*\\*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\\b");

  /** A named period's row, e.g. {@code | P-REPLY-2019 | … |}. */
  private static final Pattern PERIOD = Pattern.compile("^\\| (P-[A-Z0-9]+(?:-[A-Z0-9]+)*) \\|");

  @Test
  @DisplayName(
      "REQ-9, EX-6, PRO-7, ACC-3, SC-1, P-REPLY-2019: Rules.all() names exactly the rules of"
          + " RULES.md other than the CAL ones")
  void rulesAreTheCatalog() {
    Set<String> catalog = catalogIds();
    Set<String> law =
        catalog.stream()
            .filter(id -> !id.startsWith("CAL-"))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> constants =
        Rules.all().stream().map(RuleId::id).collect(Collectors.toCollection(TreeSet::new));

    assertThat(constants).as("constants of Rules").hasSameSizeAs(Rules.all());
    assertThat(constants).as("Rules.all() against RULES.md").isEqualTo(law);
    assertThat(Rules.all()).as("Rules.all() is in ID order").isSorted();
  }

  @Test
  @DisplayName(
      "CAL-1 … CAL-11: the calendar's rules of RULES.md are exactly the CAL constants of RuleId")
  void calendarRulesAreRuleIdConstants() throws IllegalAccessException {
    Set<String> calendar =
        catalogIds().stream()
            .filter(id -> id.startsWith("CAL-"))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> constants = new TreeSet<>();
    for (Field field : RuleId.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == RuleId.class) {
        constants.add(((RuleId) field.get(null)).id());
      }
    }
    assertThat(calendar).isNotEmpty();
    assertThat(constants).isEqualTo(calendar);
  }

  @Test
  @DisplayName("every constant of Rules is listed by all(), once")
  void everyConstantIsListed() throws IllegalAccessException {
    List<RuleId> constants = new ArrayList<>();
    for (Field field : Rules.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == RuleId.class) {
        RuleId rule = (RuleId) field.get(null);
        assertThat(field.getName()).isEqualTo(rule.id().replace('-', '_'));
        constants.add(rule);
      }
    }
    assertThat(Rules.all()).containsExactlyInAnyOrderElementsOf(constants).doesNotHaveDuplicates();
  }

  /** Returns every ID RULES.md defines, the sources excluded. */
  private static Set<String> catalogIds() {
    Path catalog = catalogFile();
    List<String> lines;
    try {
      lines = Files.readAllLines(catalog, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + catalog, e);
    }
    Set<String> ids = new TreeSet<>();
    for (String line : lines) {
      for (Pattern pattern : List.of(LISTED, PERIOD)) {
        Matcher matcher = pattern.matcher(line);
        if (matcher.find() && !SOURCES.contains(matcher.group(1))) {
          ids.add(matcher.group(1));
        }
      }
    }
    assertThat(ids).as("IDs found in %s", catalog).isNotEmpty();
    return ids;
  }

  /**
   * Returns {@code ../shared/RULES.md} beside the oracle data the build points to; without it the
   * test is skipped, except on CI, where it must be present.
   */
  private static Path catalogFile() {
    String oracle = System.getProperty("disclosure.oracle.dir", "../../shared/oracle");
    Path catalog = Path.of(oracle).resolveSibling("RULES.md");
    boolean present = Files.isRegularFile(catalog);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("the rules catalog is missing on CI: " + catalog.toAbsolutePath());
    }
    assumeTrue(present, "the rules catalog is not present: " + catalog.toAbsolutePath());
    return catalog;
  }
}
