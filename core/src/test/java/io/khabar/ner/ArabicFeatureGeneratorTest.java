package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;

class ArabicFeatureGeneratorTest {

  // "وقال الرئيس اللبناني ميشال عون في بيروت إن الحكومة ستجتمع غداً"
  private static final String[] SENTENCE =
      {"وقال", "الرئيس", "اللبناني", "ميشال", "عون", "في", "بيروت", "إن", "الحكومة", "ستجتمع",
          "غداً"};

  private static List<String> features(AdaptiveFeatureGenerator g, String[] tokens, int i) {
    List<String> f = new ArrayList<>();
    g.createFeatures(f, tokens, i, new String[tokens.length]);
    return f;
  }

  private static ArabicFeatureGenerator defaults() {
    return new ArabicFeatureGenerator(ArabicFeatureGenerator.Options.defaults());
  }

  @Test
  void emitsMatchingFormAndStemOfCliticisedToken() {
    List<String> f = features(defaults(), new String[] {"وبأميركا", "قال"}, 0);
    assertTrue(f.contains("w=وباميركا"), f.toString());
    assertTrue(f.contains("s=اميركا"), f.toString());
    assertTrue(f.contains("pc=وب"), f.toString());
  }

  @Test
  void marksDefiniteArticleAndNisbaSuffix() {
    List<String> f = features(defaults(), SENTENCE, 2);
    assertTrue(f.contains("al"));
    assertTrue(f.contains("s=لبناني"), f.toString());
    assertTrue(f.contains("x1=ي"));
    assertTrue(f.contains("p3=لبن"));
  }

  @Test
  void firesTitleCueBeforePersonName() {
    List<String> f = features(defaults(), SENTENCE, 3); // ميشال, two after الرئيس
    assertTrue(f.contains("cue-2=TITLE"), f.toString());
    assertTrue(f.contains("s-2=رئيس"), f.toString());
    assertTrue(f.contains("s+1=عون"), f.toString());
    List<String> atTitle = features(defaults(), SENTENCE, 1);
    assertTrue(atTitle.contains("cue=TITLE"));
    assertTrue(atTitle.contains("cue-1=SPEECH"), atTitle.toString()); // وقال → قال
  }

  @Test
  void classifiesScriptAndShape() {
    assertEquals("ar", TokenShape.of("بيروت"));
    assertEquals("lat", TokenShape.of("Reuters"));
    assertEquals("num", TokenShape.of("٢٠٢٤"));
    assertEquals("punct", TokenShape.of("«"));
    assertEquals("mixed", TokenShape.of("BBCعربي"));
    assertEquals("ar+num", TokenShape.of("ف16"));
    assertEquals("ar", TokenShape.of("غداً"));
  }

  @Test
  void padsNeighboursAtSentenceEdges() {
    List<String> f = features(defaults(), new String[] {"دمشق"}, 0);
    assertTrue(f.contains("s-1=BOS"));
    assertTrue(f.contains("s+2=EOS"));
  }

  @Test
  void switchedOffGroupsEmitNothing() {
    var o = new ArabicFeatureGenerator.Options(true, false, false, false, false, 0, false, false,
        "proclitic", "none", "none");
    List<String> f = features(new ArabicFeatureGenerator(o), SENTENCE, 6);
    assertEquals(List.of("w=بيروت"), f);
  }

  @Test
  void gazetteerMarksMultiWordEntry() {
    Gazetteer gaz = new Gazetteer() {
      @Override
      public Optional<String> typeOf(List<String> stems) {
        return stems.equals(List.of("ميشال", "عون")) ? Optional.of("PERS") : Optional.empty();
      }
    };
    var g = new ArabicFeatureGenerator(ArabicFeatureGenerator.Options.defaults(),
        ProcliticStripper.INSTANCE, gaz);
    assertTrue(features(g, SENTENCE, 3).contains("gz=B-PERSn"));
    assertTrue(features(g, SENTENCE, 4).contains("gz=I-PERSn"));
    assertFalse(features(g, SENTENCE, 5).stream().anyMatch(s -> s.startsWith("gz=")));
  }

  @Test
  void usesPluggedStemFunction() {
    StemFunction upToLastLetter = w -> w.length() > 1
        ? new Stem(w.substring(0, 1), w.substring(1), false) : Stem.bare(w);
    var g = new ArabicFeatureGenerator(ArabicFeatureGenerator.Options.defaults(), upToLastLetter,
        Gazetteer.NONE);
    assertTrue(features(g, new String[] {"بيروت"}, 0).contains("s=يروت"));
  }

  @Test
  void isCreatedFromXmlDescriptor() throws Exception {
    String xml = """
        <featureGenerators cache="true" name="nameFinder">
          <generator class="io.khabar.ner.ArabicFeatureGeneratorFactory">
            <int name="window">1</int>
            <bool name="charNgrams">false</bool>
          </generator>
        </featureGenerators>
        """;
    AdaptiveFeatureGenerator g = GeneratorFactory.create(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
    assertNotNull(g);
    List<String> f = features(g, SENTENCE, 8);
    assertTrue(f.contains("s=حكومه"), f.toString());
    assertFalse(f.stream().anyMatch(s -> s.startsWith("ng=") || s.startsWith("s-2=")), f.toString());
  }

  @Test
  void shippedDescriptorParses() throws Exception {
    try (var in = getClass().getResourceAsStream("/io/khabar/ner/ner-ar-features.xml")) {
      WordFrequencies none = WordFrequencies.count(List.of());
      assertNotNull(GeneratorFactory.create(in, name -> none));
    }
  }

  @Property
  void neverThrowsOnArbitraryTokens(@ForAll @Size(min = 1, max = 6) List<String> tokens) {
    String[] t = tokens.toArray(new String[0]);
    AdaptiveFeatureGenerator g = defaults();
    for (int i = 0; i < t.length; i++) {
      List<String> f = features(g, t, i);
      assertFalse(f.isEmpty());
      assertTrue(f.stream().allMatch(s -> s != null && !s.isEmpty()));
    }
  }
}
