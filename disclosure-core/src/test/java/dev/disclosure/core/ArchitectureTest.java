package dev.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shape of the module, checked on its source: the base package depends on no domain package,
 * and regime differences are read from each domain's rules table, never branched on elsewhere.
 * Comments are ignored; code and string literals are not.
 */
class ArchitectureTest {

  private static final Path MAIN = sourceRoot();
  private static final Path CORE = MAIN.resolve("dev/disclosure/core");

  /** The domain packages under the base package; {@code internal} holds only the style. */
  private static final List<String> DOMAINS =
      List.of("accountability", "exemption", "fee", "proactive", "report", "request");

  /** A table is the one place a domain turns a regime into data: {@code ExemptionRules} etc. */
  private static final Pattern TABLE = Pattern.compile("[A-Z]\\w*Rules\\.java");

  /**
   * Branching on a regime: {@code regime.equals(…)} (except {@code regime.equals(other.regime)},
   * the field comparison of a value's own {@code equals}), {@code == Regime.…}, {@code !=
   * Regime.…}, {@code Regime.OGI_….equals(…)} and {@code equals(Regime.…)}.
   */
  private static final Pattern REGIME_BRANCH =
      Pattern.compile(
          "\\bregime\\s*\\.\\s*equals\\s*\\((?!\\s*other\\s*\\.\\s*regime\\s*\\))"
              + "|[=!]=\\s*Regime\\s*\\."
              + "|\\bRegime\\s*\\.\\s*\\w+\\s*(?:[=!]=|\\.\\s*equals\\s*\\()"
              + "|\\bequals\\s*\\(\\s*Regime\\s*\\.");

  /**
   * In the exemption, fee and report packages a regime is only named ({@code regime.id()}) or
   * compared as a value; everything else it means is read from the domain's table.
   */
  private static final Pattern REGIME_QUERY =
      Pattern.compile("\\bregime\\s*\\.\\s*(?!id\\s*\\(|equals\\s*\\(|hashCode\\s*\\()\\w+");

  @Test
  @DisplayName(
      "EX-1, EX-3: the base package dev.disclosure.core imports nothing of"
          + " dev.disclosure.core.exemption (nor of any other domain package)")
  void basePackageDependsOnNoDomain() {
    List<String> found = new ArrayList<>();
    for (Path file : javaFiles(CORE, false)) {
      String code = code(file);
      for (String domain : DOMAINS) {
        if (code.contains("dev.disclosure.core." + domain + ".")) {
          found.add(MAIN.relativize(file) + " uses dev.disclosure.core." + domain);
        }
      }
    }
    assertThat(javaFiles(CORE, false)).isNotEmpty();
    assertThat(found).as("the base package must not depend on a domain package").isEmpty();
  }

  @Test
  @DisplayName(
      "REQ-7, RPT-1, EX-1: no main source outside the rules tables branches on a regime"
          + " (regime.equals(…), == Regime.…)")
  void noRegimeBranchesOutsideTables() {
    List<String> found = new ArrayList<>();
    for (Path file : javaFiles(MAIN, true)) {
      if (TABLE.matcher(file.getFileName().toString()).matches()) {
        continue;
      }
      found.addAll(matches(file, REGIME_BRANCH));
    }
    assertThat(found).as("read the domain's rules table instead").isEmpty();
  }

  @Test
  @DisplayName(
      "EX-6, REQ-8, RPT-2, REQ-9: exemptions, fees, reports and requests ask the regime nothing but"
          + " its id; the rest comes from their tables")
  void domainsReadTheirTables() {
    List<String> found = new ArrayList<>();
    for (String domain : List.of("exemption", "fee", "report", "request")) {
      for (Path file : javaFiles(CORE.resolve(domain), false)) {
        if (!TABLE.matcher(file.getFileName().toString()).matches()) {
          found.addAll(matches(file, REGIME_QUERY));
        }
      }
    }
    assertThat(found).as("move the regime data into the domain's rules table").isEmpty();
  }

  @Test
  @DisplayName("the checks see a branch when there is one, and not in comments")
  void patternsWork() {
    assertThat(REGIME_BRANCH.matcher("if (regime.equals(Regime.OGI_2008)) {").find()).isTrue();
    assertThat(REGIME_BRANCH.matcher("return regime == Regime.OGI_2019 ? a : b;").find()).isTrue();
    assertThat(REGIME_BRANCH.matcher("Regime.OGI_2008.equals(regime)").find()).isTrue();
    assertThat(REGIME_BRANCH.matcher("Objects.equals(Regime.OGI_2008, r)").find()).isTrue();
    assertThat(REGIME_BRANCH.matcher("&& regime.equals(other.regime)").find()).isFalse();
    assertThat(REGIME_QUERY.matcher("regime.feeRule() == FeeRule.X").find()).isTrue();
    assertThat(REGIME_QUERY.matcher("\"FeeCalculator[\" + regime.id() + \"]\"").find()).isFalse();
    assertThat(strip("a /* regime.equals(Regime.OGI_2008) */ b // == Regime.X\nc \"//x\""))
        .isEqualTo("a  b \nc \"//x\"");
  }

  private static List<String> matches(Path file, Pattern pattern) {
    List<String> found = new ArrayList<>();
    String[] lines = code(file).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = pattern.matcher(lines[i]);
      if (matcher.find()) {
        found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
      }
    }
    return found;
  }

  private static List<Path> javaFiles(Path dir, boolean recursive) {
    try (Stream<Path> files = recursive ? Files.walk(dir) : Files.list(dir)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String code(Path file) {
    try {
      return strip(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes comments, keeping line breaks (so line numbers hold) and string literals. */
  private static String strip(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      char next = i + 1 < n ? source.charAt(i + 1) : '\0';
      if (c == '/' && next == '/') {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && next == '*') {
        i += 2;
        while (i < n && !(source.charAt(i) == '*' && i + 1 < n && source.charAt(i + 1) == '/')) {
          if (source.charAt(i) == '\n') {
            out.append('\n');
          }
          i++;
        }
        i += 2;
      } else if (c == '"' || c == '\'') {
        out.append(c);
        i++;
        while (i < n && source.charAt(i) != c && source.charAt(i) != '\n') {
          if (source.charAt(i) == '\\' && i + 1 < n) {
            out.append(source.charAt(i++));
          }
          out.append(source.charAt(i++));
        }
        if (i < n && source.charAt(i) == c) {
          out.append(c);
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static Path sourceRoot() {
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    Path main = module.resolve("src/main/java");
    if (!Files.isDirectory(main.resolve("dev/disclosure/core"))) {
      main = module.resolve("disclosure-core/src/main/java");
    }
    assertThat(main.resolve("dev/disclosure/core")).as("the core module's sources").isDirectory();
    return main;
  }
}
