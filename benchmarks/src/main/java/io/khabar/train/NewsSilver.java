package io.khabar.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.ner.ArabicNameFinder;
import io.khabar.ner.Entity;
import io.khabar.ner.Mention;
import io.khabar.ner.MentionKind;
import io.khabar.ner.NameSpan;
import io.khabar.testdata.NewsSet;
import io.khabar.testdata.conll.TaggedSentence;
import io.khabar.token.AnalyzedText;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.zip.GZIPInputStream;
import opennlp.tools.util.Span;

/**
 * Self-training data from unlabelled real news: sentences of {@code news_ant} articles tagged by
 * the whole recogniser (knowledge base, rules and the bundled name finder), kept only where two
 * of its sources agree, for {@link NerTrainer#trainAugmented} as a domain of their own ({@code
 * nw:}).
 *
 * <p>A sentence is kept when (1) every PERS/LOC/ORG span the name finder finds in it, reading the
 * sentence alone, is a {@code NAME} mention of the recogniser with the same tokens and type, and
 * (2) every such mention of the recogniser is either found so by the name finder or resolved to a
 * knowledge-base entity. So the silver labels are the name finder's own where nothing contradicts
 * it, plus the knowledge base's names it missed (what the model can learn from them); sentences
 * where the recogniser dropped, cut or retyped a span of the model, or added one of its rules
 * alone, are uncertain and left out. The name finder's MISC spans are kept as MISC when they
 * overlap no mention. Two labellings the recogniser gets right in place but the model must not
 * learn leave a sentence out too: a PERS/ORG span that is a place of the knowledge base (a
 * national team named by its country) and a label on an indefinite accusative word (an adverb or
 * حال after a name). A sentence needs at least one entity, 5 to 60 tokens and no token longer
 * than a name token can be (48 chars).
 *
 * <p>The articles are those of the economy, sport, technology and culture sections (the real-news
 * evaluation's domains), every {@code stride}-th in file order, never one listed in either news
 * gold index ({@code testdata/.../news/index.tsv}, {@code news-ner/index.tsv}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.khabar.train.NewsSilver --shared ../shared
 *      [--articles 1200] [--out /tmp/silver.conll]
 * </pre>
 */
public final class NewsSilver {

  static final List<String> SECTIONS = List.of("economy", "sport", "technology", "culture");
  private static final int STRIDE = 10;
  private static final int MIN_TOKENS = 5;
  private static final int MAX_TOKENS = 60;
  private static final int MAX_NAME_TOKEN = 48;
  private static final int ATTESTED = 5;
  private static final Set<String> MAIN = Set.of("PERS", "LOC", "ORG");
  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsSilver() {}

  /** The kept sentences of the first {@code articles} selected articles, in article order. */
  public static List<TaggedSentence> read(Path shared, int articles) throws IOException {
    Set<String> held = goldIds();
    Map<String, Integer> words = wordCounts(shared.resolve(NewsSet.CORPUS));
    ToIntFunction<String> count = w -> words.getOrDefault(w, 0);
    Extractor extractor = Extractor.createDefault();
    ArabicNameFinder finder = ArabicNameFinder.loadDefault();
    Tokenizer tokenizer = Tokenizer.get();
    List<TaggedSentence> out = new ArrayList<>();
    int seen = 0;
    int used = 0;
    int sentences = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        Files.newInputStream(shared.resolve(NewsSet.CORPUS)), 1 << 16), StandardCharsets.UTF_8))) {
      for (String line; used < articles && (line = r.readLine()) != null; ) {
        JsonNode a = JSON.readTree(line);
        if (!SECTIONS.contains(a.path("category").asText()) || held.contains(a.path("id").asText())
            || seen++ % STRIDE != 0) {
          continue;
        }
        used++;
        String text = a.path("text").asText();
        if (text.isBlank()) {
          continue;
        }
        LocalDate date = a.hasNonNull("published") ? LocalDate.parse(a.path("published").asText())
            : null;
        AnalyzedText analysed = AnalyzedText.of(text, tokenizer);
        sentences += analysed.sentenceCount();
        out.addAll(agreed(analysed, extractor.extract(text, date), finder, count));
      }
    }
    System.err.printf("news silver: %d articles, %d sentences, %d kept (%d tokens)%n", used,
        sentences, out.size(), out.stream().mapToInt(TaggedSentence::size).sum());
    return out;
  }

  /**
   * Counts of the word forms (matching form, split at every non-letter) of the selected sections
   * of {@code news_ant}: the news word list that tells an ordinary word from a name.
   */
  static Map<String, Integer> wordCounts(Path corpus) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    ArabicNormalizer n = ArabicNormalizer.get();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode a = JSON.readTree(line);
        if (!SECTIONS.contains(a.path("category").asText())) {
          continue;
        }
        for (String w : n.matchingForm(a.path("text").asText()).split("[^\\p{L}]+")) {
          if (!w.isEmpty()) {
            counts.merge(w, 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  /** The sentences of one article where the recogniser and the name finder agree (see above). */
  static List<TaggedSentence> agreed(AnalyzedText text, Extraction x, ArabicNameFinder finder) {
    return agreed(text, x, finder, w -> 0);
  }

  /** As above, with the news word counts ({@link #wordCounts}) for the accusative check. */
  static List<TaggedSentence> agreed(AnalyzedText text, Extraction x, ArabicNameFinder finder,
      ToIntFunction<String> words) {
    List<TaggedSentence> out = new ArrayList<>();
    List<int[]> mentions = new ArrayList<>(); // start char, end char, type index, kb 0/1
    List<String> types = List.of("PERS", "LOC", "ORG");
    for (Entity e : x.entities()) {
      int type = types.indexOf(switch (e.type()) {
        case PERSON -> "PERS";
        case LOCATION -> "LOC";
        case ORGANIZATION -> "ORG";
        default -> "";
      });
      for (Mention m : e.mentions()) {
        if (type >= 0 && m.kind() == MentionKind.NAME) {
          mentions.add(new int[] {m.span().start(), m.span().end(), type,
              e.kbId().isPresent() ? 1 : 0});
        }
      }
    }
    for (int s = 0; s < text.sentenceCount(); s++) {
      int first = text.sentenceStart(s);
      int last = text.sentenceEnd(s);
      int n = last - first;
      if (n < MIN_TOKENS || n > MAX_TOKENS) {
        continue;
      }
      String[] tokens = new String[n];
      int[] starts = new int[n];
      boolean tooLong = false;
      for (int i = 0; i < n; i++) {
        tokens[i] = text.surface(first + i);
        starts[i] = text.start(first + i);
        tooLong |= text.end(first + i) - starts[i] > MAX_NAME_TOKEN;
      }
      if (tooLong) {
        continue;
      }
      Set<Span> recognised = new HashSet<>();
      Set<Span> known = new HashSet<>();
      int sentenceEnd = text.end(last - 1);
      for (int[] m : mentions) {
        if (m[0] < starts[0] || m[0] >= sentenceEnd) {
          continue;
        }
        int a = lastAtOrBefore(starts, m[0]);
        int b = lastAtOrBefore(starts, m[1] - 1);
        Span span = new Span(a, b + 1, types.get(m[2]));
        recognised.add(span);
        if (m[3] == 1) {
          known.add(span);
        }
      }
      Set<Span> found = new HashSet<>();
      List<Span> misc = new ArrayList<>();
      for (NameSpan f : finder.find(tokens)) {
        Span span = new Span(f.start(), f.end(), f.type());
        if (MAIN.contains(f.type())) {
          found.add(span);
        } else if (f.type().equals("MISC")) {
          misc.add(span);
        }
      }
      if (recognised.isEmpty() || !recognised.containsAll(found)) {
        continue;
      }
      boolean agree = true;
      for (Span r : recognised) {
        agree &= found.contains(r) || known.contains(r);
      }
      String[] tags = new String[n];
      Arrays.fill(tags, "O");
      for (Span r : recognised) {
        for (int i = r.getStart(); i < r.getEnd(); i++) {
          agree &= tags[i].equals("O"); // overlapping mentions: no consistent labelling
          tags[i] = (i == r.getStart() ? "B-" : "I-") + r.getType();
        }
      }
      if (!agree || readsAPlaceAsABody(tokens, recognised) || labelsAnAccusative(tokens, tags, words)) {
        continue;
      }
      for (Span m : misc) {
        boolean free = true;
        for (int i = m.getStart(); i < m.getEnd(); i++) {
          free &= tags[i].equals("O");
        }
        for (int i = m.getStart(); free && i < m.getEnd(); i++) {
          tags[i] = (i == m.getStart() ? "B-" : "I-") + "MISC";
        }
      }
      out.add(TaggedSentence.of(List.of(tokens), List.of(tags)));
    }
    return out;
  }

  /**
   * Whether a PERS or ORG label covers exactly a name the knowledge base knows as a place: the
   * sport pages name a national team by its country (فازت الأوروغواي), and the recogniser's team
   * reading is right there but teaches the model that the country's name itself is a body, so it
   * no longer reads the country as a place in the next sentence. Such sentences are left out.
   */
  static boolean readsAPlaceAsABody(String[] tokens, Set<Span> recognised) {
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    for (Span r : recognised) {
      if (r.getType().equals("LOC")) {
        continue;
      }
      String phrase = String.join(" ", Arrays.asList(tokens).subList(r.getStart(), r.getEnd()));
      for (String form : List.of(phrase, withoutConjunction(phrase))) {
        for (KbEntity e : kb.names().get(form)) {
          if (e.type() == EntityType.LOCATION) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a label covers a word in the shape of an indefinite accusative (tanween fath: final
   * ًا, or the bare final alif of news spelling) that is an ordinary word without it (مهووسا from
   * مهووس, هاتفيا from هاتفي): an adverb or a circumstantial adjective (حال) after a name, never
   * part of it. Names ending in alif are kept when the knowledge base knows the word as a name
   * (روسيا، أمريكا) or the word without its alif is no ordinary word of news ({@code words}: its
   * count in the news word list, at least {@value #ATTESTED}).
   */
  static boolean labelsAnAccusative(String[] tokens, String[] tags, ToIntFunction<String> words) {
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    ArabicNormalizer n = ArabicNormalizer.get();
    for (int i = 0; i < tokens.length; i++) {
      if (tags[i].equals("O")) {
        continue;
      }
      String form = n.matchingForm(tokens[i]);
      boolean tanween = tokens[i].indexOf('\u064B') >= 0;
      if (form.length() < 4 || !form.endsWith("ا") || form.startsWith("ال")) {
        continue;
      }
      String bare = form.substring(0, form.length() - 1);
      if ((tanween || words.applyAsInt(bare) >= ATTESTED) && kb.names().get(form).isEmpty()
          && kb.names().get(withoutConjunction(form)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The phrase without a leading و/ف/ب/ل proclitic and article (والأوروغواي → أوروغواي), or itself
   * when it has neither: the knowledge base's names are stored bare.
   */
  private static String withoutConjunction(String phrase) {
    String p = phrase.length() > 3 && "وفبل".indexOf(phrase.charAt(0)) >= 0
        && !phrase.startsWith("ال") ? phrase.substring(1) : phrase;
    return p.length() > 4 && p.startsWith("ال") ? p.substring(2) : p;
  }

  /** Index of the last token starting at or before {@code offset}, 0 if none. */
  private static int lastAtOrBefore(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return Math.max(0, i >= 0 ? i : -i - 2);
  }

  /** The ids of every article of the two news gold sets (events and name mentions). */
  static Set<String> goldIds() throws IOException {
    Set<String> ids = new HashSet<>();
    for (String index : List.of("/io/khabar/testdata/news/index.tsv",
        "/io/khabar/testdata/news-ner/index.tsv")) {
      try (InputStream in = NewsSilver.class.getResourceAsStream(index)) {
        if (in == null) {
          throw new IOException("missing " + index);
        }
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String id = line.strip().split("\t")[0];
          if (!id.isEmpty() && !id.startsWith("#")) {
            ids.add(id);
          }
        }
      }
    }
    return ids;
  }

  public static void main(String[] args) throws IOException {
    NerCorpus corpus = NerCorpus.fromArgs(args);
    int articles = Integer.parseInt(io.khabar.eval.NerEval.argOr(args, "--articles", "1200"));
    List<TaggedSentence> silver = read(corpus.shared(), articles);
    String out = io.khabar.eval.NerEval.argOr(args, "--out", null);
    if (out != null) {
      StringBuilder sb = new StringBuilder();
      for (TaggedSentence t : silver) {
        for (int i = 0; i < t.size(); i++) {
          sb.append(t.tokens().get(i)).append(' ').append(t.tags().get(i)).append('\n');
        }
        sb.append('\n');
      }
      Files.writeString(Path.of(out), sb.toString());
    }
  }
}
