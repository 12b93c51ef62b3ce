package dev.disclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every Java snippet of {@code README.md} and checks the values its comments show, so the
 * README cannot drift from the library. The conventions (stated at the top of the README):
 *
 * <ul>
 *   <li>every {@code ```java} block, and every hidden block written as an HTML comment whose first
 *       line is {@code <!-- java}, runs in document order in one JShell session: a block sees what
 *       earlier blocks declared, and a later declaration of a name replaces the earlier one;
 *   <li>{@code // => value} after a statement asserts that the statement's value, printed with
 *       {@code String.valueOf}, is exactly {@code value}; comment lines {@code // => …} directly
 *       below continue a value of several lines; {@code …} stands for any text;
 *   <li>{@code // throws Name: message} asserts that the statement throws an exception of simple
 *       class name {@code Name} whose message matches {@code message} ({@code …} for any text);
 *   <li>any other comment is prose and is not checked.
 * </ul>
 */
class ReadmeSnippetsTest {

  private static final Pattern ELLIPSIS = Pattern.compile("…");

  private static JShell shell;

  /** One snippet block of the README: its first line (1-based) and its lines. */
  record Block(int firstLine, List<String> lines, boolean hidden) {}

  @TestFactory
  @DisplayName("README.md: every Java snippet compiles, runs and shows true values")
  Stream<DynamicTest> readme() throws IOException {
    List<Block> blocks = blocks(Files.readAllLines(readmeFile(), StandardCharsets.UTF_8));
    assertThat(blocks).as("Java snippets in README.md").isNotEmpty();
    return blocks.stream()
        .map(
            block ->
                DynamicTest.dynamicTest(
                    "README.md line " + block.firstLine() + (block.hidden() ? " (hidden)" : ""),
                    () -> run(block)));
  }

  @Test
  @DisplayName(
      "the README harness sees a wrong value, a wrong exception, an unexpected one and code that"
          + " does not compile")
  void harnessCanFail() {
    assertThat(run("1 + 1;  // => 3")).hasSize(1);
    assertThat(run("\"a\\nb\";", "// => a", "// => c")).hasSize(1);
    assertThat(run("Integer.parseInt(\"x\");  // throws IllegalStateException: …")).hasSize(1);
    assertThat(run("Integer.parseInt(\"x\");")).hasSize(1);
    assertThat(run("int harnessCheck = \"x\";")).hasSize(1);
    assertThat(run("1 + 1;  // => 2")).isEmpty();
    assertThat(run("\"a\\nb\";", "// => a", "// => b")).isEmpty();
    assertThat(run("java.util.List.of(1, 2,", "    3);  // => [1, …]")).isEmpty();
    assertThat(run("Integer.parseInt(\"x\");  // throws NumberFormatException: …\"x\"")).isEmpty();
  }

  /** Runs lines in the session; they declare nothing the README uses. */
  private static List<String> run(String... lines) {
    return run(new Block(1, List.of(lines), false), shell());
  }

  @AfterAll
  static void close() {
    if (shell != null) {
      shell.close();
    }
  }

  private static void run(Block block) {
    List<String> failures = run(block, shell());
    assertThat(failures).as("README.md line %d", block.firstLine()).isEmpty();
  }

  /** Runs the block's statements one by one; returns the failures, one line each. */
  private static List<String> run(Block block, JShell jshell) {
    List<String> failures = new ArrayList<>();
    SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
    String text = String.join("\n", block.lines()) + "\n";
    int[] lineStarts = lineStarts(text);
    int offset = 0;
    while (offset < text.length()) {
      String rest = text.substring(offset);
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      int used = rest.length() - info.remaining().length();
      int endLine = codeEndLine(text, lineStarts, offset, offset + used);
      int line = block.firstLine() + endLine;
      if (!info.completeness().isComplete()) {
        failures.add("line " + line + ": incomplete Java: " + rest.strip());
        break;
      }
      Expectation expected = expectation(block.lines(), endLine);
      failures.addAll(check(jshell, info.source(), expected, line));
      offset += used;
    }
    return failures;
  }

  /** What the comments after a statement assert: a value, an exception, or nothing. */
  record Expectation(String value, String thrown) {
    static final Expectation NONE = new Expectation(null, null);
  }

  private static Expectation expectation(List<String> lines, int endLine) {
    String comment = comment(lines.get(endLine));
    if (comment != null && comment.startsWith("throws ")) {
      return new Expectation(null, comment.substring("throws ".length()).strip());
    }
    List<String> value = new ArrayList<>();
    if (comment != null && comment.startsWith("=>")) {
      value.add(comment.substring(2).strip());
    }
    for (int i = endLine + 1; i < lines.size(); i++) {
      String next = lines.get(i).strip();
      if (!next.startsWith("// =>")) {
        break;
      }
      value.add(next.substring("// =>".length()).strip());
    }
    return value.isEmpty() ? Expectation.NONE : new Expectation(String.join("\n", value), null);
  }

  private static List<String> check(JShell jshell, String source, Expectation expected, int line) {
    List<String> failures = new ArrayList<>();
    String code = code(source);
    for (SnippetEvent event : jshell.eval(source)) {
      if (event.causeSnippet() != null) {
        continue;
      }
      Snippet snippet = event.snippet();
      if (event.status() == Snippet.Status.REJECTED) {
        failures.add(
            "line "
                + line
                + ": does not compile: "
                + code
                + " — "
                + jshell.diagnostics(snippet)
                    .map(d -> d.getMessage(null))
                    .collect(Collectors.joining("; ")));
        continue;
      }
      JShellException exception = event.exception();
      if (expected.thrown() != null) {
        String actual = exception == null ? null : thrown(exception);
        if (actual == null || !matches(expected.thrown(), actual)) {
          failures.add(
              "line " + line + ": expected to throw " + expected.thrown() + " but "
                  + (actual == null ? "it returned " + event.value() : "it threw " + actual));
        }
      } else if (exception != null) {
        failures.add("line " + line + ": threw " + thrown(exception) + ": " + code);
      } else if (expected.value() != null) {
        String actual = printed(event.value());
        if (!matches(expected.value(), actual)) {
          failures.add(
              "line " + line + ": " + code + "\n  shown:  " + expected.value()
                  + "\n  actual: " + actual);
        }
      }
    }
    return failures;
  }

  /** The statement without its comment-only lines, for messages. */
  private static String code(String source) {
    return source
        .lines()
        .filter(l -> !l.strip().startsWith("//"))
        .collect(Collectors.joining("\n"))
        .strip();
  }

  private static String thrown(JShellException exception) {
    String name =
        exception instanceof EvalException eval
            ? eval.getExceptionClassName()
            : exception.getClass().getName();
    return name.substring(name.lastIndexOf('.') + 1) + ": " + exception.getMessage();
  }

  /** {@code …} in what the README shows stands for any text, newlines included. */
  static boolean matches(String shown, String actual) {
    String regex =
        Stream.of(ELLIPSIS.split(shown, -1)).map(Pattern::quote).collect(Collectors.joining(".*?"));
    return Pattern.compile(regex, Pattern.DOTALL).matcher(actual).matches();
  }

  /** JShell prints a String result as a Java literal; the README shows its text. */
  static String printed(String value) {
    if (value == null || value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
      return value;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < value.length() - 1; i++) {
      char c = value.charAt(i);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char e = value.charAt(++i);
      switch (e) {
        case 'n' -> text.append('\n');
        case 't' -> text.append('\t');
        case 'r' -> text.append('\r');
        case 'b' -> text.append('\b');
        case 'f' -> text.append('\f');
        case 'u' -> {
          text.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> {
          if (e >= '0' && e <= '7') {
            int end = i;
            while (end < i + 3 && end < value.length() - 1 && value.charAt(end) >= '0' && value.charAt(end) <= '7') {
              end++;
            }
            text.append((char) Integer.parseInt(value.substring(i, end), 8));
            i = end - 1;
          } else {
            text.append(e);
          }
        }
      }
    }
    return text.toString();
  }

  /** The text after {@code //} on a line, outside string and character literals; or null. */
  static String comment(String line) {
    int at = commentStart(line);
    return at < 0 ? null : line.substring(at + 2).strip();
  }

  private static int commentStart(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        return i;
      }
    }
    return -1;
  }

  /** The 0-based line, within the block, of the last code (not comment) character in [from, to). */
  private static int codeEndLine(String text, int[] lineStarts, int from, int to) {
    int first = lineOf(lineStarts, from);
    int last = lineOf(lineStarts, Math.max(from, to - 1));
    for (int l = last; l >= first; l--) {
      int start = Math.max(lineStarts[l], from);
      int end = Math.min(l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length(), to);
      String part = text.substring(start, end);
      int comment = commentStart(part);
      String code = comment < 0 ? part : part.substring(0, comment);
      if (!code.isBlank()) {
        return l;
      }
    }
    return last;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length()) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineOf(int[] lineStarts, int offset) {
    int line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
      line++;
    }
    return line;
  }

  /** The README's blocks in document order. */
  static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      boolean visible = line.equals("```java");
      boolean hidden = line.equals("<!-- java");
      if (!visible && !hidden) {
        continue;
      }
      String end = visible ? "```" : "-->";
      List<String> body = new ArrayList<>();
      int j = i + 1;
      while (j < lines.size() && !lines.get(j).strip().equals(end)) {
        body.add(lines.get(j));
        j++;
      }
      if (j == lines.size()) {
        throw new IllegalStateException("README.md line " + (i + 1) + ": block never closed");
      }
      blocks.add(new Block(i + 2, body, hidden));
      i = j;
    }
    return blocks;
  }

  /** The one JShell session of the class: starting one costs seconds, a snippet milliseconds. */
  private static synchronized JShell shell() {
    if (shell == null) {
      shell = JShell.builder().executionEngine("local").build();
      for (String entry : classPath()) {
        shell.addToClasspath(entry);
      }
    }
    return shell;
  }

  /** The test's own class path: the library modules, the testkit and their dependencies. */
  private static List<String> classPath() {
    String path = System.getProperty("surefire.test.class.path");
    if (path == null || path.isBlank()) {
      path = System.getProperty("java.class.path");
    }
    return List.of(path.split(Pattern.quote(File.pathSeparator)));
  }

  private static Path readmeFile() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path readme = dir.resolve("README.md");
      if (Files.exists(readme) && Files.exists(dir.resolve("disclosure-examples"))) {
        return readme;
      }
    }
    throw new IllegalStateException("no README.md above " + here);
  }
}
