package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void demoPrintsNumberedSentencesAndCountsPerType() {
    assertEquals(0, run("demo"));
    String o = out.toString();
    assertTrue(o.startsWith("1\tالشرع يستقبل وزير الخارجية التركي"), o);
    assertTrue(o.contains("\nARABIC\t"), o);
    assertTrue(o.contains("\nNUMBER\t"), o);
    assertTrue(o.contains("\nABBREVIATION\t"), o);
  }

  @Test
  void tokensPrintsOneTokenPerLineWithOffsets(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("a.txt");
    String text = "وصل الوفد إلى أنقرة (أ.ف.ب).";
    Files.writeString(f, text, StandardCharsets.UTF_8);
    assertEquals(0, run("tokens", f.toString()));
    String[] lines = out.toString().split("\\R");
    assertEquals("0\t3\tARABIC\tوصل", lines[0]);
    assertEquals("21\t26\tABBREVIATION\tأ.ف.ب", lines[5]);
    for (String line : lines) {
      String[] cols = line.split("\t");
      assertEquals(cols[3], text.substring(Integer.parseInt(cols[0]), Integer.parseInt(cols[1])));
    }
  }

  @Test
  void badArgumentsExitWithTwoAndUsage() {
    assertEquals(2, run());
    assertEquals(2, run("frobnicate"));
    assertEquals(2, run("tokens"));
    assertEquals(2, run("demo", "extra"));
    assertTrue(err.toString().contains("usage:"));
  }

  @Test
  void unreadableFileExitsWithOne(@TempDir Path dir) {
    assertEquals(1, run("tokens", dir.resolve("missing.txt").toString()));
  }
}
