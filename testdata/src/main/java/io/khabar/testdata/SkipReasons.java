package io.khabar.testdata;

import java.io.PrintStream;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test did not run, one line each, on the build's console: a disabled test's reason
 * and a failed assumption's message (e.g. {@code needs ../shared/data/anercorp/train.txt: not
 * present}). Surefire counts skipped tests but does not say why; a test that skips without
 * {@code ../shared} should say so where the user looks. Registered for the JUnit Platform
 * through {@code META-INF/services}, so every module whose tests have khabar-testdata on their
 * class path prints them.
 */
public final class SkipReasons implements TestExecutionListener {

  private final PrintStream out;

  public SkipReasons() {
    this(System.out);
  }

  SkipReasons(PrintStream out) {
    this.out = out;
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    print(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      print(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  private void print(TestIdentifier test, String reason) {
    String name = test.getSource()
        .filter(MethodSource.class::isInstance)
        .map(MethodSource.class::cast)
        .map(m -> simpleName(m.getClassName()) + "." + m.getMethodName())
        .orElse(test.getDisplayName());
    out.println("[skipped] " + name + ": " + Optional.ofNullable(reason).orElse("no reason given"));
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
