package dev.disclosure.buildsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The guard, run the way Maven Surefire runs it: a launcher session (the guard registered by the
 * {@link java.util.ServiceLoader}, as on every module's test classpath), tests executed, the session
 * closed. The fixtures are nested classes, or top-level classes named unlike tests, which Surefire
 * does not run by itself.
 */
class ZeroTestsGuardTest {

  /** A test factory that generates nothing, as an oracle test did when its data was missing. */
  static class EmptyFactory {
    @TestFactory
    Stream<DynamicTest> days() {
      return Stream.empty();
    }
  }

  /** Every test aborted by an assumption. */
  static class AllAborted {
    @Test
    void needsData() {
      Assumptions.assumeTrue(false, "the data is not present");
    }
  }

  /** Every test disabled. */
  static class AllDisabled {
    @Test
    @Disabled("later")
    void later() {}
  }

  /** One real test, and one aborted: runs a test. */
  static class OneTest {
    @Test
    void runs() {}

    @Test
    void needsData() {
      Assumptions.assumeTrue(false, "the data is not present");
    }
  }

  /** Runs the classes in a session of their own, as Surefire does, and closes it. */
  private static long run(Class<?>... classes) {
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    LauncherSession session = LauncherFactory.openSession();
    try {
      session
          .getLauncher()
          .execute(
              request()
                  .selectors(Stream.of(classes).map(c -> selectClass(c)).toList())
                  .build(),
              summary);
    } finally {
      session.close();
    }
    return summary.getSummary().getTestsSucceededCount();
  }

  @Test
  @DisplayName("a class with no test method fails the run when the session closes")
  void noTestMethods() {
    assertThatThrownBy(() -> run(NoTestMethodsFixture.class, OneTest.class))
        .isInstanceOf(ZeroTestsGuard.ZeroTestsException.class)
        .hasMessage(
            "1 test class(es) ran zero tests; a test class that runs no test is a bug:\n"
                + "  - dev.disclosure.buildsupport.NoTestMethodsFixture: selected, but no"
                + " engine found a test in it");
  }

  @Test
  @DisplayName("an empty test factory, all tests aborted, all tests disabled: each named")
  void dynamicZero() {
    assertThatThrownBy(() -> run(EmptyFactory.class, AllAborted.class, AllDisabled.class))
        .isInstanceOf(ZeroTestsGuard.ZeroTestsException.class)
        .hasMessageContaining("3 test class(es) ran zero tests")
        .hasMessageContaining("ZeroTestsGuardTest$EmptyFactory: every test was skipped or aborted, or none was generated")
        .hasMessageContaining("ZeroTestsGuardTest$AllAborted: every test was skipped or aborted")
        .hasMessageContaining("ZeroTestsGuardTest$AllDisabled: every test was skipped or aborted");
  }

  @Test
  @DisplayName("a nested class selected on its own (by a pattern such as -Dtest=Foo*) is not named")
  void nestedNonTestClass() {
    assertThatCode(() -> run(Helper.class, OneTest.class)).doesNotThrowAnyException();
  }

  /** Not a test: a helper nested in a test class. */
  static class Helper {}

  @Test
  @DisplayName("a run filtered by tag or method (-Dgroups, -Dtest=Class#method) may rightly run nothing")
  void filtered() {
    LauncherSession session = LauncherFactory.openSession();
    session
        .getLauncher()
        .execute(
            request()
                .selectors(selectClass(NoTestMethodsFixture.class), selectClass(OneTest.class))
                .filters(TagFilter.includeTags("slow"))
                .build());
    assertThatCode(session::close).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("a class that runs a test passes, the other tests of the run still run")
  void oneTest() {
    assertThatCode(() -> assertThat(run(OneTest.class)).isEqualTo(1)).doesNotThrowAnyException();
  }
}

/** A top-level class whose author forgot {@code @Test} (named unlike a test, so Surefire leaves it). */
class NoTestMethodsFixture {
  void checksSomething() {}
}
