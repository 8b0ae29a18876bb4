package io.khabar.time;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.khabar.testdata.AnnotatedDocument;
import io.khabar.testdata.AnnotatedDocuments;
import io.khabar.testdata.SharedData;
import io.khabar.testdata.wojood.WojoodReader;
import io.khabar.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pins what {@link TimexRecognizer} finds (offsets, type, value, direction) on four sources
 * against committed expected files in {@code src/test/resources/io/khabar/time/golden/}: the 24
 * annotated {@code testdata} articles, our own sentences ({@code sentences.tsv}), and, when
 * {@code ../shared} is present, the seed corpus and the Wojood sample's test split (each
 * sentence passed as one sentence, published 2026-01-29). A change of behaviour shows up as a
 * diff of those files; intended changes are written with {@code -Dkhabar.golden.update=true}
 * and committed with a note saying which outputs changed and why.
 *
 * <p>Rows are {@code doc, start, end, type, value, future, text}; for the shared corpora the
 * text column is left out so that no corpus text is copied into the repository (a failure
 * message still shows it).
 */
class TimexGoldenTest {

  private static final boolean UPDATE = Boolean.getBoolean("khabar.golden.update");
  private static final Path DIR = Path.of("src/test/resources/io/khabar/time/golden");
  private static final LocalDate WOJOOD_PUBLISHED = LocalDate.of(2026, 1, 29);

  private final TimexRecognizer recognizer = TimexRecognizer.create();

  /** One found timex: the committed row and the row shown in a failure message. */
  private record Row(String line, String shown) {}

  @Test
  void ownArticlesAreUnchanged() {
    List<Row> rows = new ArrayList<>();
    for (AnnotatedDocument d : AnnotatedDocuments.load()) {
      rows.addAll(rows(d.name(), d.text(), d.published(), true));
    }
    check("articles.expected.tsv", rows);
  }

  @Test
  void ownSentencesAreUnchanged() throws IOException {
    List<Row> rows = new ArrayList<>();
    int n = 0;
    try (InputStream in = getClass().getResourceAsStream("golden/sentences.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        n++;
        String[] f = line.split("\t", 2);
        rows.addAll(rows("s" + n, f[1], LocalDate.parse(f[0]), true));
      }
    }
    check("sentences.expected.tsv", rows);
  }

  @Test
  void seedCorpusIsUnchanged() {
    Path gold = SharedData.root().resolve("gold");
    Path corpus = SharedData.root().resolve("corpus/seed");
    assumeTrue(Files.isDirectory(gold) && Files.isDirectory(corpus),
        "skipped: no shared seed corpus at " + SharedData.root());
    List<Row> rows = new ArrayList<>();
    for (AnnotatedDocument d : AnnotatedDocuments.loadGoldDir(gold, corpus)) {
      rows.addAll(rows(d.name(), d.text(), d.published(), false));
    }
    check("seed.expected.tsv", rows);
  }

  @Test
  void wojoodTestSplitIsUnchanged() throws IOException {
    Path file = WojoodReader.samplePath("test");
    assumeTrue(Files.isRegularFile(file), "skipped: no Wojood sample at " + file);
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (WojoodReader.Sentence s : WojoodReader.read(file)) {
      n++;
      for (Timex t : recognizer.find(s.text(), List.of(new Span(0, s.text().length())),
          WOJOOD_PUBLISHED)) {
        rows.add(row("w" + n, t, false));
      }
    }
    check("wojood-test.expected.tsv", rows);
  }

  private List<Row> rows(String doc, String text, LocalDate published, boolean withText) {
    List<Row> rows = new ArrayList<>();
    for (Timex t : recognizer.find(text, published)) {
      rows.add(row(doc, t, withText));
    }
    return rows;
  }

  private static Row row(String doc, Timex t, boolean withText) {
    String base = doc + "\t" + t.span().start() + "\t" + t.span().end() + "\t" + t.type() + "\t"
        + t.value().orElse("-") + "\t" + (t.future() ? "future" : "-");
    String text = t.text().replace('\n', ' ').replace('\t', ' ');
    return new Row(withText ? base + "\t" + text : base, base + "\t" + text);
  }

  private static void check(String file, List<Row> rows) {
    Path path = DIR.resolve(file);
    List<String> actual = rows.stream().map(Row::line).toList();
    try {
      if (UPDATE) {
        Files.createDirectories(DIR);
        Files.writeString(path, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        return;
      }
      assumeTrue(Files.isRegularFile(path), "no golden file " + path
          + "; write it with -Dkhabar.golden.update=true");
      List<String> expected = Files.readAllLines(path, StandardCharsets.UTF_8);
      if (expected.equals(actual)) {
        return;
      }
      Set<String> exp = new LinkedHashSet<>(expected);
      Set<String> act = new LinkedHashSet<>(actual);
      StringBuilder msg = new StringBuilder(file + " differs (rerun with"
          + " -Dkhabar.golden.update=true if the change is intended):\n");
      int shown = 0;
      for (String e : expected) {
        if (!act.contains(e) && shown++ < 30) {
          msg.append("  - ").append(e).append('\n');
        }
      }
      for (Row r : rows) {
        if (!exp.contains(r.line()) && shown++ < 60) {
          msg.append("  + ").append(r.shown()).append('\n');
        }
      }
      if (shown == 0) {
        msg.append("  same rows, different order or duplicates\n");
      }
      fail(msg.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
