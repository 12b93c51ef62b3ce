package dev.disclosure.buildsupport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Fails the test run of a module when a test class runs zero tests: a class selected for testing in
 * which no engine finds a test (e.g. {@code @Test} forgotten, tests in a class not marked {@code
 * @Nested}; Maven Surefire selects every {@code *Test} class and would skip it silently), or a class
 * whose tests all were skipped or aborted, or that produced no dynamic test (an empty {@code
 * @TestFactory}).
 *
 * <p>Registered by {@link java.util.ServiceLoader} as a {@link LauncherSessionListener}, so it is
 * active wherever this artifact is on the test classpath (Maven Surefire opens one launcher session
 * per test JVM). It watches discovery and execution of the session and, when the session closes,
 * throws {@link ZeroTestsException} naming every such class: the exception ends the test JVM's run
 * with an error, so the build fails. A listener of test execution alone could not do it: the
 * launcher logs and ignores what such listeners throw.
 *
 * <p>A class whose container failed (e.g. in {@code @BeforeAll}) is already reported as failed and
 * is not named again.
 */
public final class ZeroTestsGuard
    implements LauncherSessionListener, LauncherDiscoveryListener, TestExecutionListener {

  /** Thrown when the session closes, naming the test classes that ran zero tests. */
  public static final class ZeroTestsException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ZeroTestsException(Map<String, String> classes) {
      super(message(classes));
    }

    private static String message(Map<String, String> classes) {
      StringBuilder message =
          new StringBuilder(classes.size() + " test class(es) ran zero tests; a test class that runs no test is a bug:");
      classes.forEach((name, why) -> message.append("\n  - ").append(name).append(": ").append(why));
      return message.toString();
    }
  }

  /** The classes selected by unfiltered discovery requests. */
  private final Set<String> selectedClasses = new HashSet<>();
  /** The classes in the test plans executed. */
  private final Set<String> plannedClasses = new HashSet<>();
  /** Tests that ran (succeeded or failed), per class container. */
  private final Map<String, Integer> testsRun = new HashMap<>();
  /** The classes found to run zero tests, with the reason. */
  private final Map<String, String> zeroTests = new TreeMap<>();

  private TestPlan plan;

  /** Creates the guard; called by the {@link java.util.ServiceLoader}. */
  public ZeroTestsGuard() {}

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    session.getLauncher().registerLauncherDiscoveryListeners(this);
    session.getLauncher().registerTestExecutionListeners(this);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    for (String name : selectedClasses) {
      // a nested class is selected on its own only by a pattern such as -Dtest=Foo*; nested test
      // classes (@Nested) run inside their outer class
      if (!plannedClasses.contains(name) && !name.contains("$")) {
        zeroTests.putIfAbsent(name, "selected, but no engine found a test in it");
      }
    }
    if (!zeroTests.isEmpty()) {
      throw new ZeroTestsException(zeroTests);
    }
  }

  /**
   * Records the classes a discovery request selects. A request with filters (a method or tag
   * filter such as {@code -Dtest=Class#method}) is left out: a class it selects may rightly run
   * nothing.
   */
  @Override
  public void launcherDiscoveryFinished(LauncherDiscoveryRequest request) {
    if (request.getPostDiscoveryFilters().isEmpty() && request.getEngineFilters().isEmpty()) {
      for (ClassSelector selector : request.getSelectorsByType(ClassSelector.class)) {
        selectedClasses.add(selector.getClassName());
      }
    }
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    Deque<TestIdentifier> pending = new ArrayDeque<>(testPlan.getRoots());
    while (!pending.isEmpty()) {
      TestIdentifier identifier = pending.pop();
      className(identifier).ifPresent(plannedClasses::add);
      pending.addAll(testPlan.getChildren(identifier));
    }
  }

  @Override
  public void executionSkipped(TestIdentifier identifier, String reason) {
    className(identifier).ifPresent(name -> zeroTests.put(name, "skipped: " + reason));
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
    if (identifier.isTest()) {
      if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
        for (TestIdentifier container : ancestors(identifier)) {
          className(container).ifPresent(name -> testsRun.merge(name, 1, Integer::sum));
        }
      }
      return;
    }
    Optional<String> name = className(identifier);
    if (name.isPresent() && result.getStatus() != TestExecutionResult.Status.FAILED) {
      if (testsRun.getOrDefault(name.get(), 0) == 0) {
        zeroTests.put(
            name.get(),
            result.getStatus() == TestExecutionResult.Status.ABORTED
                ? "aborted: " + result.getThrowable().map(Throwable::getMessage).orElse("")
                : "every test was skipped or aborted, or none was generated");
      }
    }
  }

  private List<TestIdentifier> ancestors(TestIdentifier identifier) {
    List<TestIdentifier> ancestors = new ArrayList<>();
    Optional<TestIdentifier> parent = plan == null ? Optional.empty() : plan.getParent(identifier);
    while (parent.isPresent()) {
      ancestors.add(parent.get());
      parent = plan.getParent(parent.get());
    }
    return ancestors;
  }

  private static Optional<String> className(TestIdentifier identifier) {
    return identifier
        .getSource()
        .filter(ClassSource.class::isInstance)
        .map(source -> ((ClassSource) source).getClassName());
  }
}
