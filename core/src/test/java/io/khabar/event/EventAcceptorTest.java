package io.khabar.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import io.khabar.Extractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * The learned event acceptor: the features it reads from sentences written for them, that it
 * only ever drops events (never adds or changes one), and that its bundled model loads.
 */
class EventAcceptorTest {

  /** The judge the shared extractor asks; each test or try sets its own. */
  private static final AtomicReference<EventAcceptor.Judge> JUDGE =
      new AtomicReference<>(f -> 1.0);
  private static final AtomicReference<Double> THRESHOLD = new AtomicReference<>(0.0);
  private static final Extractor JUDGED = Extractor.builder()
      .eventAcceptor(EventAcceptor.of(f -> JUDGE.get().probability(f) >= THRESHOLD.get() ? 1 : 0,
          0.5))
      .build();
  private static final Extractor ALL = Extractor.builder().withoutEventAcceptor().build();

  private static final List<String> TEXTS = List.of(
      "قال وزير الخارجية المصري سامح شكري إن القاهرة ترفض أي تدخل في شؤون ليبيا.",
      "التقى الرئيس عبد الفتاح السيسي رئيس الوزراء العراقي في القاهرة يوم الأحد.",
      "وشنت طائرات إسرائيلية غارات على مواقع في جنوب لبنان، وقال الجيش إنها استهدفت مخازن أسلحة.",
      "وأعلنت وزارة الخارجية الروسية أن الوزير سيرغي لافروف سيزور أنقرة الأسبوع المقبل.",
      "هل التقى ترامب بوتين في هلسنكي؟ قال المتحدث باسم البيت الأبيض إن اللقاء لم يحدث.",
      "ووقعت مصر والسودان اتفاقا للتعاون في مجال الطاقة، بحسب ما أعلنت وكالة الأنباء الرسمية.");

  /** The features of each asserted or planned event of {@code text}, in order. */
  private static List<List<String>> features(String text) {
    List<List<String>> out = new ArrayList<>();
    JUDGE.set(f -> {
      out.add(f);
      return 1.0;
    });
    THRESHOLD.set(0.0);
    JUDGED.extract(text, EventTestTexts.PUBLISHED);
    return out;
  }

  @Test
  void aStatementIsKnownByItsVerbSpeakerAndLead() {
    List<List<String>> fs = features(TEXTS.get(0));
    assertEquals(1, fs.size(), fs.toString());
    List<String> f = fs.get(0);
    assertTrue(f.contains("type=STATEMENT"), f.toString());
    assertTrue(f.contains("form=قال"), f.toString());
    assertTrue(f.contains("pos=PERFECT"), f.toString());
    assertTrue(f.contains("main=SPEAKER:PERSON"), f.toString());
    assertTrue(f.contains("sent=0"), f.toString());
    assertTrue(f.contains("prev=<s>"), f.toString());
    assertTrue(f.contains("next=وزير"), f.toString());
    // the title وزير الخارجية المصري is the speaker's mention nearest the verb
    assertTrue(f.contains("dist=a0-1") && f.contains("mkind=TITLE"), f.toString());
    assertFalse(f.contains("question"), f.toString());
    assertFalse(f.contains("quoted"), f.toString());
  }

  @Test
  void aQuestionIsMarkedOnlyInItsOwnSentence() {
    List<List<String>> fs = features(TEXTS.get(4));
    assertTrue(fs.stream().anyMatch(f -> f.contains("type=MEETING") && f.contains("question")
        && f.contains("sent=0")), fs.toString());
    assertTrue(fs.stream().filter(f -> f.contains("type=STATEMENT"))
        .noneMatch(f -> f.contains("question")), fs.toString());
  }

  @Test
  void aVerbalNounKeepsItsArticleAndProclitics() {
    List<List<String>> fs = features(
        "وأكد الوزير أن الاجتماع المقبل سيعقد في عمان. وجاء اللقاء بين الملك عبد الله الثاني "
            + "والرئيس الفلسطيني محمود عباس في قصر الحسينية.");
    assertTrue(fs.stream().anyMatch(f -> f.contains("type=MEETING") && f.contains("def")
        && f.contains("sent=1")), fs.toString());
  }

  @Test
  void aTriggerInsideAQuotationIsMarked() {
    List<List<String>> fs = features(
        "وقال المتحدث باسم الجيش الإسرائيلي: «قصفت طائراتنا مواقع لحركة حماس في غزة الليلة».");
    assertTrue(fs.stream().anyMatch(f -> f.contains("type=ATTACK") && f.contains("quoted")),
        fs.toString());
    assertTrue(fs.stream().filter(f -> f.contains("type=STATEMENT"))
        .noneMatch(f -> f.contains("quoted")), fs.toString());
  }

  @Test
  void aPlannedEventCarriesItsModality() {
    List<List<String>> fs = features(TEXTS.get(3));
    assertTrue(fs.stream().anyMatch(f -> f.contains("type=VISIT")
        && f.contains("modality=PLANNED")), fs.toString());
  }

  /** Whatever the judge says, the acceptor keeps a subsequence of the events, each unchanged. */
  @Property(tries = 40)
  void theAcceptorNeverAddsNorChangesAnEvent(@ForAll("texts") String text,
      @ForAll long seed, @ForAll @DoubleRange(min = 0, max = 1) double threshold) {
    List<Event> all = ALL.extract(text, EventTestTexts.PUBLISHED).events();
    Random random = new Random(seed);
    JUDGE.set(f -> random.nextDouble());
    THRESHOLD.set(threshold);
    Extraction judged = JUDGED.extract(text, EventTestTexts.PUBLISHED);
    int at = 0;
    for (Event e : judged.events()) {
      while (at < all.size() && !all.get(at).equals(e)) {
        assertTrue(EventAcceptor.judges(all.get(at).core().modality()),
            "an unjudged event was dropped: " + all.get(at));
        at++;
      }
      assertTrue(at < all.size(), "not among the rules' events, in order: " + e);
      at++;
    }
  }

  @Test
  void aJudgeOfNothingDropsEveryAssertedEventAndKeepsTheUnasserted() {
    String text = TEXTS.get(0) + " لم تشن روسيا أي غارات على مدينة إدلب.";
    List<Event> all = ALL.extract(text, EventTestTexts.PUBLISHED).events();
    assertTrue(all.stream().anyMatch(e -> EventAcceptor.judges(e.core().modality())), all.toString());
    assertTrue(all.stream().anyMatch(e -> !EventAcceptor.judges(e.core().modality())),
        all.toString());
    JUDGE.set(f -> 0.0);
    THRESHOLD.set(0.5);
    List<Event> kept = JUDGED.extract(text, EventTestTexts.PUBLISHED).events();
    assertEquals(all.stream().filter(e -> !EventAcceptor.judges(e.core().modality())).toList(),
        kept);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(TEXTS).list().ofMinSize(1).ofMaxSize(3)
        .map(l -> String.join(" ", l));
  }

  @Test
  void theBundledModelLoadsWithAThresholdAndWeights() throws IOException {
    LogisticModel m = LogisticModel.resource(EventAcceptor.RESOURCE);
    assertTrue(m.threshold() >= 0 && m.threshold() <= 1);
    assertFalse(m.weights().isEmpty());
    assertTrue(m.weights().keySet().stream().anyMatch(k -> k.startsWith("type=")));
    LogisticModel again = LogisticModel.read(new ByteArrayInputStream(
        m.write("round trip").getBytes(StandardCharsets.UTF_8)));
    assertEquals(m.threshold(), again.threshold(), 1e-6);
    assertEquals(m.bias(), again.bias(), 1e-6);
    assertEquals(m.weights().keySet(), again.weights().keySet());
    assertTrue(EventAcceptor.loadDefault() != null);
  }

  @Test
  void aModelWeighsOnlyTheFeaturesItKnows() {
    LogisticModel m = new LogisticModel(0, 0.5, Map.of("type=ATTACK", -2.0));
    assertEquals(0.5, m.probability(List.of("type=STATEMENT", "form=قال")), 1e-9);
    assertTrue(m.probability(List.of("type=ATTACK")) < 0.2);
  }
}
