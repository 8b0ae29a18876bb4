package io.khabar.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.Extractor;
import io.khabar.eval.GoldScorer;
import io.khabar.eval.NewsScorer;
import io.khabar.event.EventAcceptor;
import io.khabar.event.LogisticModel;
import io.khabar.testdata.AnnotatedDocuments;
import io.khabar.testdata.NewsSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Trains the {@link EventAcceptor}'s logistic model on the real-news development set and prints
 * its 5-fold cross-validation by document. Run from the repository root:
 * {@code java -cp benchmarks/target/benchmarks.jar io.khabar.train.TrainEventAcceptor
 * [--out FILE] [--threshold T|best] [--l2 L] [--cutoff C] [--sweep]}.
 *
 * <p>The extractor without acceptor reads every dev article; a recording judge keeps the
 * {@code EventFeatures} of each asserted or planned event. Each such event is labelled by what
 * it does to the score of {@link NewsScorer} (the rule {@code ExtractionEval --news} scores by):
 * right when leaving it out loses a true positive, wrong when leaving it out removes a false
 * positive, and left out of training when neither (a duplicate of another event, or the match
 * of an optional gold event). Test articles are never read: only the {@code dev} split is loaded,
 * and the run stops if any test id reaches it.
 *
 * <p>Cross-validation: the documents are shuffled (fixed seed) into five folds; each fold's events
 * are judged by a model trained on the other four, and each threshold's filtered outputs are
 * scored again by {@link NewsScorer}: event P/R/F1 without and with the acceptor, and per type.
 * The model written is trained on all dev articles with threshold 0.35 (a calibrated model
 * raises the expected F1 by dropping an event only below F1/2), or the one given, or with
 * {@code best} the threshold of the best cross-validated F1; {@code --sweep} only prints the
 * cross-validation of a grid of L2 weights and feature cutoffs.
 */
public final class TrainEventAcceptor {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double[] THRESHOLDS =
      {0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6};
  private static final int FOLDS = 5;
  private static final long SEED = 13;

  private TrainEventAcceptor() {}

  /** One dev article: its gold, the system JSON, and per JSON event its features and label. */
  record Doc(String id, JsonNode gold, ObjectNode system, List<List<String>> features,
      int[] labels) {}

  public static void main(String[] args) throws IOException {
    List<String> a = List.of(args);
    Path out = Path.of(option(a, "--out", "models/src/main/resources/io/khabar/events/event-acceptor.tsv"));
    double l2 = Double.parseDouble(option(a, "--l2", "1.0"));
    int cutoff = Integer.parseInt(option(a, "--cutoff", "3"));
    // Dropping an event of probability p raises the expected F1 only when p < F1/2 (a true
    // positive dropped costs twice what a false positive dropped gains): with F1 near .7, .35.
    String fixed = option(a, "--threshold", "0.35");
    long t0 = System.nanoTime();
    List<Doc> docs = read();
    int[] counts = new int[3];
    docs.forEach(d -> {
      for (int l : d.labels()) {
        counts[l + 1]++;
      }
    });
    System.out.printf("dev: %d articles, judged events: %d right, %d wrong, %d neutral "
        + "(read in %d ms)%n", docs.size(), counts[2], counts[1], counts[0],
        (System.nanoTime() - t0) / 1_000_000);

    if (a.contains("--sweep")) { // the regularisation and cutoff, each by its best CV F1
      for (double l : new double[] {0.3, 1, 3, 10}) {
        for (int c : new int[] {1, 2, 3}) {
          double[][] p = crossValidated(docs, l, c);
          Scored bestOne = null;
          double at = 0;
          for (double t : THRESHOLDS) {
            Scored s = scoreAll(docs, p, t);
            if (bestOne == null || s.f1() > bestOne.f1() + 1e-9) {
              bestOne = s;
              at = t;
            }
          }
          System.out.printf(Locale.ROOT, "  l2 %.1f cutoff %d: best at %.2f %s; at 0.35 %s%n", l,
              c, at, bestOne.line(), scoreAll(docs, p, 0.35).line());
        }
      }
      return;
    }
    double[][] probability = crossValidated(docs, l2, cutoff);
    System.out.printf("%d-fold cross-validation by document (l2 %.2f, cutoff %d):%n", FOLDS, l2,
        cutoff);
    double best = 0;
    double bestF1 = -1;
    for (double t : THRESHOLDS) {
      Scored s = scoreAll(docs, probability, t);
      System.out.printf(Locale.ROOT, "  threshold %.2f: %s%n", t, s.line());
      if (s.f1() > bestF1 + 1e-9) {
        bestF1 = s.f1();
        best = t;
      }
    }
    double threshold = fixed.equals("best") ? best : Double.parseDouble(fixed);
    System.out.printf(Locale.ROOT, "per type, without acceptor and with it at %.2f:%n", threshold);
    Map<String, GoldScorer.Counts> without = scoreAll(docs, probability, 0.0).byType();
    Map<String, GoldScorer.Counts> with = scoreAll(docs, probability, threshold).byType();
    for (String type : without.keySet()) {
      System.out.printf(Locale.ROOT, "  %-18s %s  ->  %s%n", type, counts(without.get(type)),
          counts(with.getOrDefault(type, without.get(type))));
    }
    LogisticModel model = fit(docs, l2, cutoff, threshold);
    String header = String.format(Locale.ROOT, "EventAcceptor model: logistic regression, L2 %.2f,"
        + " features seen >= %d times in %d dev articles (%d right, %d wrong events).%n"
        + "Trained by io.khabar.train.TrainEventAcceptor; see event-acceptor.md.", l2, cutoff,
        docs.size(), counts[2], counts[1]);
    Files.writeString(out, model.write(header));
    System.out.printf(Locale.ROOT, "wrote %s: %d weights, threshold %.2f (%d ms in all)%n", out,
        model.weights().size(), threshold, (System.nanoTime() - t0) / 1_000_000);
    List<Map.Entry<String, Double>> ws = new ArrayList<>(model.weights().entrySet());
    ws.sort(Map.Entry.comparingByValue());
    System.out.println("  most negative: " + ws.subList(0, Math.min(15, ws.size())).stream()
        .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", ")));
    Collections.reverse(ws);
    System.out.println("  most positive: " + ws.subList(0, Math.min(15, ws.size())).stream()
        .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", ")));
  }

  /** Each document's event probabilities from the model trained on the other folds. */
  private static double[][] crossValidated(List<Doc> docs, double l2, int cutoff) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(SEED));
    double[][] probability = new double[docs.size()][];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Doc> train = new ArrayList<>();
      for (int k = 0; k < order.size(); k++) {
        if (k % FOLDS != fold) {
          train.add(docs.get(order.get(k)));
        }
      }
      LogisticModel m = fit(train, l2, cutoff, 0.5);
      for (int k = fold; k < order.size(); k += FOLDS) {
        probability[order.get(k)] = judge(m, docs.get(order.get(k)));
      }
    }
    return probability;
  }

  private static String option(List<String> args, String name, String dflt) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : dflt;
  }

  /** Extracts every dev article with a recording judge, and labels each judged event. */
  static List<Doc> read() throws IOException {
    Set<String> testIds = NewsSet.index().stream().filter(e -> !e.split().equals("dev"))
        .map(NewsSet.Entry::id).collect(Collectors.toSet());
    List<NewsSet.Article> articles = NewsSet.load("dev", AnnotatedDocuments.sharedDir());
    if (articles.isEmpty()) {
      throw new IllegalStateException("needs ../shared/" + NewsSet.CORPUS);
    }
    for (NewsSet.Article a : articles) {
      if (!a.entry().split().equals("dev") || testIds.contains(a.entry().id())) {
        throw new IllegalStateException("not a dev article: " + a.entry());
      }
    }
    // each thread records the features its own extraction judges, in order
    ThreadLocal<List<List<String>>> recorded = ThreadLocal.withInitial(ArrayList::new);
    Extractor extractor = Extractor.builder().eventAcceptor(EventAcceptor.of(f -> {
      recorded.get().add(List.copyOf(f));
      return 1.0;
    }, 0.0)).build();
    List<Doc> docs = articles.parallelStream().map(a -> {
      recorded.get().clear();
      String json = extractor.extract(a.document().text(), a.document().published()).toJson();
      try {
        return doc(a, json, List.copyOf(recorded.get()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
    return docs;
  }

  /** One article's document: its JSON events aligned with the features recorded for them. */
  private static Doc doc(NewsSet.Article a, String json, List<List<String>> recorded)
      throws IOException {
    ObjectNode system = (ObjectNode) JSON.readTree(json);
    JsonNode gold = JSON.readTree(a.goldJson());
    List<List<String>> features = new ArrayList<>();
    int next = 0;
    for (JsonNode e : system.path("events")) {
      String m = e.path("modality").asText("ASSERTED");
      features.add(m.equals("ASSERTED") || m.equals("PLANNED") ? recorded.get(next++) : null);
    }
    if (next != recorded.size()) {
      throw new IllegalStateException(a.entry().id() + ": " + recorded.size()
          + " events judged, " + next + " asserted or planned in the JSON");
    }
    return new Doc(a.entry().id(), gold, system, features,
        labels(a.entry().id(), gold, system, features));
  }

  /** 1 right, 0 wrong, -1 neither or not judged: what leaving each event out does to the score. */
  private static int[] labels(String id, JsonNode gold, ObjectNode system,
      List<List<String>> features) {
    GoldScorer.Counts all = NewsScorer.score(id, gold, system).all().counts();
    int[] labels = new int[features.size()];
    for (int i = 0; i < features.size(); i++) {
      labels[i] = -1;
      if (features.get(i) == null) {
        continue;
      }
      boolean[] keep = new boolean[features.size()];
      java.util.Arrays.fill(keep, true);
      keep[i] = false;
      GoldScorer.Counts left = NewsScorer.score(id, gold, filtered(system, keep)).all().counts();
      if (left.eventTp() < all.eventTp()) {
        labels[i] = 1;
      } else if (left.eventFp() < all.eventFp()) {
        labels[i] = 0;
      }
    }
    return labels;
  }

  private static ObjectNode filtered(ObjectNode system, boolean[] keep) {
    ObjectNode copy = system.deepCopy();
    ArrayNode events = copy.putArray("events");
    int i = 0;
    for (JsonNode e : system.path("events")) {
      if (keep[i++]) {
        events.add(e.deepCopy());
      }
    }
    return copy;
  }

  private static double[] judge(LogisticModel m, Doc d) {
    double[] p = new double[d.features().size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = d.features().get(i) == null ? 1.0 : m.probability(d.features().get(i));
    }
    return p;
  }

  /** Totals and per-type counts of the outputs filtered at one threshold. */
  record Scored(GoldScorer.Counts total, Map<String, GoldScorer.Counts> byType) {
    double p() {
      return ratio(total.eventTp(), total.eventTp() + total.eventFp());
    }

    double r() {
      return ratio(total.eventTp(), total.eventTp() + total.eventFn());
    }

    double f1() {
      return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
    }

    String line() {
      return String.format(Locale.ROOT, "event P %.3f R %.3f F1 %.3f (%s)", p(), r(), f1(),
          counts(total));
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static String counts(GoldScorer.Counts c) {
    return "tp " + c.eventTp() + " fp " + c.eventFp() + " fn " + c.eventFn();
  }

  private static Scored scoreAll(List<Doc> docs, double[][] probability, double threshold) {
    GoldScorer.Counts total = new GoldScorer.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    Map<String, GoldScorer.Counts> byType = new TreeMap<>();
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      boolean[] keep = new boolean[probability[i].length];
      for (int k = 0; k < keep.length; k++) {
        keep[k] = probability[i][k] >= threshold;
      }
      NewsScorer.NewsScore s = NewsScorer.score(d.id(), d.gold(), filtered(d.system(), keep));
      total = total.plus(s.all().counts());
      s.byType().forEach((t, c) -> byType.merge(t, c, GoldScorer.Counts::plus));
    }
    return new Scored(total, byType);
  }

  /**
   * An L2-regularised logistic regression on the labelled events of {@code docs}, over the
   * features seen at least {@code cutoff} times there (minimised with {@link Lbfgs}).
   */
  static LogisticModel fit(List<Doc> docs, double l2, int cutoff, double threshold) {
    Map<String, Integer> seen = new TreeMap<>();
    List<List<String>> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (Doc d : docs) {
      for (int i = 0; i < d.labels().length; i++) {
        if (d.labels()[i] >= 0) {
          xs.add(d.features().get(i));
          ys.add(d.labels()[i]);
          for (String f : Set.copyOf(d.features().get(i))) {
            seen.merge(f, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, Integer> id = new TreeMap<>();
    seen.forEach((f, n) -> {
      if (n >= cutoff) {
        id.put(f, id.size() + 1); // 0 is the bias
      }
    });
    int[][] rows = new int[xs.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = Set.copyOf(xs.get(i)).stream().filter(id::containsKey).mapToInt(id::get)
          .toArray();
    }
    double[] w = new double[id.size() + 1];
    Lbfgs.minimize((x, g) -> {
      java.util.Arrays.fill(g, 0);
      double loss = 0;
      for (int i = 0; i < rows.length; i++) {
        double z = x[0];
        for (int f : rows[i]) {
          z += x[f];
        }
        double p = 1 / (1 + Math.exp(-z));
        int y = ys.get(i);
        loss -= y == 1 ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12));
        double d = p - y;
        g[0] += d;
        for (int f : rows[i]) {
          g[f] += d;
        }
      }
      for (int f = 1; f < x.length; f++) {
        loss += 0.5 * l2 * x[f] * x[f];
        g[f] += l2 * x[f];
      }
      return loss;
    }, w, null, Lbfgs.Settings.defaults(300), k -> { });
    Map<String, Double> weights = new TreeMap<>();
    id.forEach((f, k) -> {
      if (Math.abs(w[k]) > 1e-6) {
        weights.put(f, w[k]);
      }
    });
    return new LogisticModel(w[0], threshold, weights);
  }
}
