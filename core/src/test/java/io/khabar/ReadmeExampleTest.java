package io.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's Java example is the class the consumer integration test ({@code src/it/consumer})
 * compiles and runs against the installed khabar-core, byte for byte: so the build proves that
 * what a user copies compiles and runs as written.
 */
class ReadmeExampleTest {

  private static final Path README = Path.of("../README.md");
  private static final Path QUICKSTART =
      Path.of("src/it/consumer/src/main/java/example/Quickstart.java");

  @Test
  void theReadmesJavaExampleIsTheClassTheConsumerBuildCompilesAndRuns() throws IOException {
    String readme = Files.readString(README);
    int section = readme.indexOf("## Use khabar from Java");
    assertTrue(section >= 0, "README has no 'Use khabar from Java' section");
    int start = readme.indexOf("```java\n", section);
    int end = readme.indexOf("\n```", start);
    assertTrue(start >= 0 && end > start, "no ```java block in that section");
    String example = readme.substring(start + "```java\n".length(), end + 1);
    assertEquals(Files.readString(QUICKSTART), example);
    assertTrue(example.contains("public final class Quickstart"), example);
  }
}
