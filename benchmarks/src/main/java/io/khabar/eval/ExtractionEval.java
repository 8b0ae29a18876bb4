package io.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.testdata.AnnotatedDocument;
import io.khabar.testdata.AnnotatedDocuments;
import io.khabar.testdata.NewsSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores whole extraction against gold annotations with {@link GoldScorer} (the Java twin of
 * {@code score_events.py}): our own annotated articles in khabar-testdata, and the seed gold in
 * {@code ../shared/gold} when present. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar io.khabar.eval.ExtractionEval [-v]}; with
 * {@code --news dev|test [--out DIR] [--errors]} the real-news set of khabar-testdata instead
 * (see {@link NewsScorer}), DIR receiving each article's system JSON; {@code --errors} lists
 * every missed and spurious event, and every matched one with a wrong date, basis or place, with its
 * participants and sentence, then counts them by kind (false positives that are events of another
 * modality, date errors by kind: see {@link EventErrorListing}). {@code --acceptor} and
 * {@code --no-acceptor} score with and without the learned {@link io.khabar.event.EventAcceptor},
 * whatever the default.
 */
public final class ExtractionEval {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionEval() {}

  /** Gold JSON with the text it annotates. */
  public record GoldDocument(String name, String text, JsonNode gold) {}

  /** Our own annotated articles (khabar-testdata). */
  public static List<GoldDocument> ownDocuments() {
    List<GoldDocument> out = new ArrayList<>();
    for (AnnotatedDocument d : AnnotatedDocuments.load()) {
      try (InputStream in = ExtractionEval.class.getResourceAsStream(
          AnnotatedDocuments.RESOURCE_DIR + d.name() + ".json")) {
        out.add(new GoldDocument(d.name(), d.text(),
            JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The seed gold of the shared folder, or an empty list when it is absent. */
  public static List<GoldDocument> seedDocuments(Path shared) {
    Path gold = shared.resolve("gold");
    Path corpus = shared.resolve("corpus/seed");
    if (!Files.isDirectory(gold) || !Files.isDirectory(corpus)) {
      return List.of();
    }
    List<GoldDocument> out = new ArrayList<>();
    for (AnnotatedDocument d : AnnotatedDocuments.loadGoldDir(gold, corpus)) {
      try {
        out.add(new GoldDocument(d.name(), d.text(),
            JSON.readTree(Files.readString(gold.resolve(d.name() + ".json")))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Extracts every document with its gold publication date and scores the set. */
  public static GoldScorer.Score evaluate(Extractor extractor, List<GoldDocument> docs) {
    List<GoldScorer.DocScore> scores = new ArrayList<>();
    for (GoldDocument d : docs) {
      String published = d.gold().path("published").asText(null);
      Extraction x = extractor.extract(d.text(),
          published == null ? null : java.time.LocalDate.parse(published));
      try {
        scores.add(GoldScorer.scoreDocument(d.name(), d.gold(), assertedOnly(x.toJson())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    GoldScorer.Counts total = scores.stream().map(GoldScorer.DocScore::counts)
        .reduce(new GoldScorer.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), GoldScorer.Counts::plus);
    return new GoldScorer.Score(total, scores);
  }

  /**
   * The system JSON without the events it does not report as fact (negated, exhorted, expected,
   * feared, conditional, hypothetical): the seed and our own golds annotate asserted and planned
   * events only, so an unasserted event there is neither credited nor penalised.
   */
  static JsonNode assertedOnly(String json) throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode root =
        (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(json);
    com.fasterxml.jackson.databind.node.ArrayNode kept = JSON.createArrayNode();
    for (JsonNode e : root.path("events")) {
      String m = e.path("modality").asText("ASSERTED");
      if (m.equals("ASSERTED") || m.equals("PLANNED")) {
        kept.add(e);
      }
    }
    root.set("events", kept);
    return root;
  }

  public static void main(String[] args) {
    boolean verbose = List.of(args).contains("-v");
    // --acceptor, --no-acceptor: with or without the learned event acceptor, whatever the default
    Extractor extractor = List.of(args).contains("--acceptor")
        ? Extractor.builder().eventAcceptor(io.khabar.event.EventAcceptor.loadDefault()).build()
        : List.of(args).contains("--no-acceptor")
            ? Extractor.builder().withoutEventAcceptor().build() : Extractor.createDefault();
    int news = List.of(args).indexOf("--news");
    if (news >= 0) {
      int out = List.of(args).indexOf("--out");
      newsReport(extractor, args[news + 1], out >= 0 ? Path.of(args[out + 1]) : null, verbose,
          List.of(args).contains("--errors"));
      return;
    }
    if (List.of(args).contains("--errors")) {
      for (GoldDocument d : ownDocuments()) {
        String published = d.gold().path("published").asText(null);
        Extraction x = extractor.extract(d.text(),
            published == null ? null : java.time.LocalDate.parse(published));
        try {
          EventErrorListing.print(d.name(), d.text(), d.gold(), assertedOnly(x.toJson()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    report("own annotated articles (testdata)", evaluate(extractor, ownDocuments()), verbose);
    List<GoldDocument> seed = seedDocuments(AnnotatedDocuments.sharedDir());
    if (seed.isEmpty()) {
      System.out.println("seed gold: skipped, needs ../shared/gold and ../shared/corpus/seed");
    } else {
      report("seed gold (../shared/gold)", evaluate(extractor, seed), verbose);
    }
  }

  /**
   * Scores the real-news set's {@code split} (dev or test) with {@link NewsScorer}: totals, per
   * event type, date and basis agreement; writes each system JSON to {@code outDir} if given.
   */
  static void newsReport(Extractor extractor, String split, Path outDir, boolean verbose,
      boolean errors) {
    List<NewsSet.Article> articles = NewsSet.load(split, AnnotatedDocuments.sharedDir());
    if (articles.isEmpty()) {
      System.out.println("news " + split + ": skipped, needs ../shared/" + NewsSet.CORPUS);
      return;
    }
    GoldScorer.Counts zero = new GoldScorer.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    GoldScorer.Counts total = zero;
    GoldScorer.Counts basis = zero;
    java.util.Map<String, GoldScorer.Counts> byType = new java.util.TreeMap<>();
    List<GoldScorer.DocScore> docs = new ArrayList<>();
    java.util.Map<String, Integer> errorKinds = new java.util.TreeMap<>();
    for (NewsSet.Article a : articles) {
      Extraction x = extractor.extract(a.document().text(), a.document().published());
      try {
        String json = x.toPrettyJson();
        if (outDir != null) {
          Files.createDirectories(outDir);
          Files.writeString(outDir.resolve(a.entry().id() + ".json"), json);
        }
        NewsScorer.NewsScore s = NewsScorer.score(a.entry().id(), JSON.readTree(a.goldJson()),
            JSON.readTree(json));
        if (errors) {
          EventErrorListing.print(a.entry().id(), a.document().text(),
              JSON.readTree(a.goldJson()), JSON.readTree(json))
              .forEach((k, n) -> errorKinds.merge(k, n, Integer::sum));
        }
        docs.add(s.all());
        total = total.plus(s.all().counts());
        basis = basis.plus(s.withBasis());
        s.byType().forEach((t, c) -> byType.merge(t, c, GoldScorer.Counts::plus));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    report("news " + split + " (asserted and planned events)", new GoldScorer.Score(total, docs),
        verbose);
    System.out.printf("  date and dateBasis both right: %.3f (%d)%n",
        basis.dateTotal() == 0 ? 0.0 : (double) basis.dateOk() / basis.dateTotal(),
        basis.dateTotal());
    if (errors) {
      System.out.println("  errors by kind: " + errorKinds);
    }
    for (var e : byType.entrySet()) {
      GoldScorer.Score t = new GoldScorer.Score(e.getValue(), List.of());
      GoldScorer.Counts c = e.getValue();
      System.out.printf("  %-18s tp=%3d fp=%3d fn=%3d P=%.3f R=%.3f F1=%.3f date %d/%d place %d/%d%n",
          e.getKey(), c.eventTp(), c.eventFp(), c.eventFn(), t.eventPrecision(),
          t.eventRecall(), t.eventF1(), c.dateOk(), c.dateTotal(), c.placeOk(), c.placeTotal());
    }
  }

  static void report(String title, GoldScorer.Score s, boolean verbose) {
    System.out.printf("%s, %d documents%n", title, s.documents().size());
    if (verbose) {
      for (GoldScorer.DocScore d : s.documents()) {
        System.out.printf("  %s %s missed=%s spurious=%s missedEvents=%s%n", d.name(),
            d.counts(), d.missedEntities(), d.spuriousEntities(), d.missedEvents());
      }
    }
    System.out.printf("  entity P=%.3f R=%.3f F1=%.3f | event P=%.3f R=%.3f F1=%.3f | "
            + "date acc=%.3f (%d) | place acc=%.3f (%d)%n",
        s.entityPrecision(), s.entityRecall(), s.entityF1(), s.eventPrecision(),
        s.eventRecall(), s.eventF1(), s.dateAccuracy(), s.counts().dateTotal(),
        s.placeAccuracy(), s.counts().placeTotal());
  }
}
