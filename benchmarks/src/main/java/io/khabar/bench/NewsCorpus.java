package io.khabar.bench;

import io.khabar.testdata.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Arabic news text for benchmarks, as a list of article-sized documents: ANERcorp and AQMAR
 * sentences (tokens re-joined with spaces, 40 sentences an article) and the seed corpus, read
 * from the shared folder when it is there, else the sample article bundled in khabar-core;
 * repeated until the UTF-8 size reaches what the benchmark asks for.
 */
public final class NewsCorpus {

  private static final int SENTENCES_PER_DOCUMENT = 40;

  private final List<String> documents;
  private final long utf8Bytes;
  private final String source;

  private NewsCorpus(List<String> documents, String source) {
    this.documents = List.copyOf(documents);
    this.utf8Bytes = documents.stream()
        .mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    this.source = source;
  }

  public List<String> documents() {
    return documents;
  }

  public long utf8Bytes() {
    return utf8Bytes;
  }

  public long chars() {
    return documents.stream().mapToLong(String::length).sum();
  }

  /** Where the text came from, for the benchmark log. */
  public String source() {
    return source;
  }

  /**
   * The shared folder as {@link SharedData#root} finds it, else {@code ../../shared} when the
   * benchmark runs from inside {@code benchmarks/}.
   */
  public static Path sharedDir() {
    Path root = SharedData.root();
    return Files.isDirectory(root) || System.getProperty("khabar.shared") != null ? root
        : Paths.get("../../shared");
  }

  public static NewsCorpus load(long minUtf8Bytes) {
    List<String> base = new ArrayList<>();
    Path shared = sharedDir();
    String source;
    try {
      readConll(shared.resolve("data/anercorp/train.txt"), base);
      readConll(shared.resolve("data/anercorp/test.txt"), base);
      Path aqmar = shared.resolve("data/aqmar/articles");
      if (Files.isDirectory(aqmar)) {
        try (Stream<Path> files = Files.list(aqmar)) {
          for (Path f : (Iterable<Path>) files.sorted()::iterator) {
            readConll(f, base);
          }
        }
      }
      Path seed = shared.resolve("corpus/seed");
      if (Files.isDirectory(seed)) {
        try (Stream<Path> files = Files.list(seed)) {
          for (Path f : (Iterable<Path>) files.sorted()::iterator) {
            base.add(Files.readString(f));
          }
        }
      }
      source = base.isEmpty() ? "bundled sample article" : "ANERcorp + AQMAR + seed corpus from " + shared;
      if (base.isEmpty()) {
        try (InputStream in = NewsCorpus.class.getResourceAsStream("/io/khabar/sample/sample-article.txt")) {
          if (in == null) {
            throw new IllegalStateException("no shared corpus and no bundled sample article");
          }
          base.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> docs = new ArrayList<>();
    long bytes = 0;
    while (bytes < minUtf8Bytes) {
      for (String d : base) {
        docs.add(d);
        bytes += d.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return new NewsCorpus(docs, source);
  }

  /** First column of a `token tag` file, sentences on blank lines, grouped into documents. */
  private static void readConll(Path file, List<String> out) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    StringBuilder doc = new StringBuilder();
    StringBuilder sentence = new StringBuilder();
    int sentences = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (sentence.length() > 0) {
          doc.append(sentence).append(sentences % 5 == 4 ? "\n\n" : " ");
          sentence.setLength(0);
          if (++sentences % SENTENCES_PER_DOCUMENT == 0) {
            out.add(doc.toString());
            doc.setLength(0);
          }
        }
        continue;
      }
      int sp = line.indexOf(' ');
      String token = sp < 0 ? line : line.substring(0, sp);
      if (sentence.length() > 0) {
        sentence.append(' ');
      }
      sentence.append(token);
    }
    if (sentence.length() > 0) {
      doc.append(sentence);
    }
    if (doc.length() > 0) {
      out.add(doc.toString());
    }
  }
}
