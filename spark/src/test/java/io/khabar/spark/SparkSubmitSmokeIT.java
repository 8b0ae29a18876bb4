package io.khabar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.Extractor;
import io.khabar.testdata.AnnotatedDocument;
import io.khabar.testdata.AnnotatedDocuments;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users submit it, on class paths laid out like Spark distributions: the
 * {@code spark-submit} class ({@code org.apache.spark.deploy.SparkSubmit}) in a child JVM with
 * {@code --master local[1] --class io.khabar.spark.KhabarSparkJob}. On Spark 3.5, Guava 14 comes
 * first on the class path, as in a 3.5 distribution: the conflict khabar's relocated Guava
 * answers, seen by no other test. On Spark 4 (Scala 2.13, Guava 33, Jackson 2.21), the same jar.
 * Runs after {@code package} (the {@code spark-submit-smoke} surefire execution).
 */
class SparkSubmitSmokeIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeEach
  void afterPackageOnly() {
    // -Dtest=... would run it in the test phase too, before the shaded jar exists
    Assumptions.assumeTrue(Boolean.getBoolean("khabar.spark.smoke"),
        "skipped: runs in the spark-submit-smoke execution, after package");
  }

  @Test
  void shadedJarRunsUnderSparkSubmitOfSpark35WithGuava14First(@TempDir Path dir)
      throws Exception {
    Path home = Path.of(System.getProperty("khabar.spark.spark35Home"));
    Path guava14 = home.resolve("first/guava-14.0.1.jar");
    assertTrue(Files.exists(guava14), "no " + guava14 + ": run through mvn verify");
    submitAndCheck(home, guava14 + File.pathSeparator + home.resolve("jars") + File.separator + "*",
        dir);
  }

  @Test
  void shadedJarRunsUnderSparkSubmitOfSpark4(@TempDir Path dir) throws Exception {
    Path home = Path.of(System.getProperty("khabar.spark.spark4Home"));
    Assumptions.assumeTrue(Files.isDirectory(home.resolve("jars")),
        "skipped: no Spark 4 jars in " + home + " (made by the invoker run in mvn verify)");
    submitAndCheck(home, home.resolve("jars") + File.separator + "*", dir);
  }

  private void submitAndCheck(Path home, String classPath, Path dir) throws Exception {
    List<AnnotatedDocument> docs = AnnotatedDocuments.load().subList(0, 6);
    List<String> lines = new ArrayList<>();
    Map<String, String> expected = new LinkedHashMap<>();
    Extractor extractor = ExtractorHolder.get();
    for (AnnotatedDocument d : docs) {
      lines.add(JSON.writeValueAsString(Map.of("id", d.name(), "text", d.text(),
          "published", d.published().toString())));
      expected.put(d.name(), LocalSpark.expectedJson(extractor, d.name(), d.text(),
          d.published().toString()));
    }
    lines.add(3, "{\"id\": \"bad-date\", \"text\": \"خبر.\", \"published\": \"2026-02-30\"}");
    Path input = dir.resolve("articles.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);

    Path jar = Path.of(System.getProperty("khabar.spark.shadedJar"));
    assertTrue(Files.exists(jar), "no " + jar + ": run through mvn verify");
    Path log = dir.resolve("spark-submit.log");
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-Dlog4j2.configurationFile="
            + Path.of(getClass().getResource("/log4j2.properties").toURI())));
    cmd.addAll(List.of(javaModuleOptions(home).split("\\s+")));
    cmd.addAll(List.of("-cp", classPath, "org.apache.spark.deploy.SparkSubmit",
        "--master", "local[1]",
        "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.driver.host=127.0.0.1",
        "--conf", "spark.ui.enabled=false",
        "--class", "io.khabar.spark.KhabarSparkJob", jar.toString(),
        "--input", input.toString(),
        "--parquet", dir.resolve("out.parquet").toString(),
        "--json", dir.resolve("out-json").toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    String output = Files.readString(log);
    // one article has an impossible date: exit code 1, the others extracted
    assertEquals(1, p.exitValue(), output);
    assertTrue(output.contains("khabar-spark: 7 articles, 1 errors"), output);

    Map<String, String> actual = new LinkedHashMap<>();
    try (Stream<Path> parts = Files.list(dir.resolve("out-json"))) {
      for (Path part : parts.filter(f -> f.getFileName().toString().startsWith("part-"))
          .toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          actual.put(JSON.readTree(line).get("document").asText(), line);
        }
      }
    }
    assertEquals(7, actual.size(), actual.keySet().toString());
    assertEquals("published is not a date YYYY-MM-DD: \"2026-02-30\"",
        JSON.readTree(actual.remove("bad-date")).get("error").asText());
    assertEquals(expected, actual);
  }

  /** The distribution's own {@code --add-opens} list, as its spark-submit script passes it. */
  private static String javaModuleOptions(Path home) throws IOException, ReflectiveOperationException {
    Path launcher;
    try (Stream<Path> jars = Files.list(home.resolve("jars"))) {
      launcher = jars.filter(j -> j.getFileName().toString().startsWith("spark-launcher_"))
          .findFirst().orElseThrow(() -> new IOException("no spark-launcher jar in " + home));
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {launcher.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      return (String) loader.loadClass("org.apache.spark.launcher.JavaModuleOptions")
          .getMethod("defaultModuleOptions").invoke(null);
    }
  }
}
