package io.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.ner.Entity;
import io.khabar.ner.Mention;
import io.khabar.ner.MentionKind;
import io.khabar.testdata.NewsSet;
import io.khabar.testdata.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the whole extractor's {@code NAME} mentions against mention-level gold for real news
 * outside the Middle East sections (economy, sport, technology, culture of {@code news_ant}):
 * precision, recall and F1 per type (PERSON, LOCATION, ORGANIZATION), a mention counting only
 * with its exact character span and type. MISC is not scored, on either side; TITLE mentions
 * are not names and are not scored.
 *
 * <p>The gold is in khabar-testdata ({@code io/khabar/testdata/news-ner/}, one {@code
 * ID.mentions.json} per article, {@code index.tsv} with the split); the texts and publication
 * dates are read from {@code ../shared/data/news_ant/ant-news.jsonl.gz} at run time.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.khabar.eval.NewsMentionEval
 * --split dev [--shared ../shared] [--gold DIR] [-v]}; {@code --gold} reads the mention files
 * from a folder instead of the bundled ones.
 */
public final class NewsMentionEval {

  static final String RESOURCE_DIR = "/io/khabar/testdata/news-ner/";
  private static final List<String> TYPES = List.of("PERSON", "LOCATION", "ORGANIZATION");
  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsMentionEval() {}

  /** One gold or found mention: offsets, type and text. */
  record Span(int start, int end, String type, String text) {}

  /** Counts for one type. */
  static final class Counts {
    int tp;
    int fp;
    int fn;

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static void main(String[] args) throws IOException {
    String split = "dev";
    Path goldDir = null;
    boolean verbose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--split" -> split = args[++i];
        case "--gold" -> goldDir = Path.of(args[++i]);
        case "-v" -> verbose = true;
        default -> { }
      }
    }
    Path corpus = SharedData.root(args).resolve(NewsSet.CORPUS);
    if (!Files.exists(corpus)) {
      System.out.println("skipped: needs " + corpus);
      return;
    }
    List<String> ids = new ArrayList<>();
    for (String line : readResource("index.tsv").split("\n")) {
      String[] f = line.split("\t");
      if (f.length >= 2 && f[1].strip().equals(split)) {
        ids.add(f[0].strip());
      }
    }
    Map<String, JsonNode> articles = NewsSet.corpusArticles(corpus, new HashSet<>(ids));
    Extractor extractor = Extractor.createDefault();
    Map<String, Counts> byType = new LinkedHashMap<>();
    TYPES.forEach(t -> byType.put(t, new Counts()));
    for (String id : ids) {
      JsonNode article = articles.get(id);
      if (article == null) {
        System.out.println(id + ": not in " + corpus);
        continue;
      }
      String text = article.get("text").asText();
      JsonNode gold = JSON.readTree(goldDir == null ? readResource(id + ".mentions.json")
          : Files.readString(goldDir.resolve(id + ".mentions.json")));
      Set<Span> expected = new HashSet<>();
      for (JsonNode m : gold.get("mentions")) {
        String type = m.get("type").asText();
        if (TYPES.contains(type)) {
          expected.add(new Span(m.get("start").asInt(), m.get("end").asInt(), type,
              m.get("text").asText()));
        }
      }
      Extraction x = extractor.extract(text, LocalDate.parse(article.get("published").asText()));
      Set<Span> found = new HashSet<>();
      for (Entity e : x.entities()) {
        String type = e.type().name();
        if (!TYPES.contains(type)) {
          continue;
        }
        for (Mention m : e.mentions()) {
          if (m.kind() == MentionKind.NAME) {
            found.add(new Span(m.span().start(), m.span().end(), type, m.text()));
          }
        }
      }
      Map<String, List<String>> errors = new TreeMap<>();
      for (Span s : found) {
        Counts c = byType.get(s.type());
        if (expected.contains(s)) {
          c.tp++;
        } else {
          c.fp++;
          errors.computeIfAbsent("spurious", k -> new ArrayList<>()).add(s.type() + ":" + s.text());
        }
      }
      for (Span s : expected) {
        if (!found.contains(s)) {
          byType.get(s.type()).fn++;
          errors.computeIfAbsent("missed", k -> new ArrayList<>()).add(s.type() + ":" + s.text());
        }
      }
      if (verbose) {
        System.out.println(id + " " + errors);
      }
    }
    Counts all = new Counts();
    System.out.printf("news_ant %s, %d articles, NAME mentions, exact span and type%n", split,
        ids.size());
    for (Map.Entry<String, Counts> e : byType.entrySet()) {
      Counts c = e.getValue();
      all.tp += c.tp;
      all.fp += c.fp;
      all.fn += c.fn;
      print(e.getKey(), c);
    }
    print("all", all);
  }

  private static void print(String name, Counts c) {
    System.out.printf("  %-12s P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)%n", name,
        c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn);
  }

  private static String readResource(String name) {
    try (InputStream in = NewsMentionEval.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + RESOURCE_DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
