package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.text.ArabicNormalizer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;

class NameTokenFeaturesTest {

  // "وأشاد العالم ستيفن هوكينغ بالبحث" (the scientist Stephen Hawking praised the research)
  private static final String[] PRAISED = {"وأشاد", "العالم", "ستيفن", "هوكينغ", "بالبحث"};

  // "وقال لهوكينغ إن الأمل كبير" (and he told Hawking that the hope is great)
  private static final String[] TOLD = {"وقال", "لهوكينغ", "إن", "الأمل", "كبير"};

  private static final NameTokenLexicon LEXICON =
      NameTokenLexicon.of(Set.of("ستيفن", "هوكينغ", "امل"));

  private static ArabicFeatureGenerator generator(NameTokenLexicon lexicon,
      WordFrequencies frequencies) {
    return new ArabicFeatureGenerator(ArabicFeatureGenerator.Options.defaults(),
        StemFunction.byName("article"), Gazetteer.NONE, frequencies, null, lexicon);
  }

  private static List<String> features(AdaptiveFeatureGenerator g, String[] tokens, int i) {
    List<String> f = new ArrayList<>();
    g.createFeatures(f, tokens, i, new String[tokens.length]);
    return f;
  }

  private static List<String> nameTokenFeatures(List<String> f) {
    return f.stream().filter(s -> s.startsWith("nt")).toList();
  }

  @Test
  void aKnownNameTokenAndItsNeighboursAreMarked() {
    ArabicFeatureGenerator g = generator(LEXICON, null);
    List<String> given = features(g, PRAISED, 2);
    assertTrue(given.contains("nt=w"), given.toString());
    assertTrue(given.contains("nt+1=w"), given.toString()); // هوكينغ after it
    assertFalse(given.contains("nt-1=w"), given.toString()); // العالم is no name token
    List<String> family = features(g, PRAISED, 3);
    assertTrue(family.contains("nt-1=w"), family.toString());
    assertEquals(List.of(), nameTokenFeatures(features(g, PRAISED, 0))); // وأشاد
  }

  @Test
  void aProcliticBeforeANameTokenIsCut() {
    List<String> f = features(generator(LEXICON, null), TOLD, 1);
    assertTrue(f.contains("nt=s"), f.toString()); // لهوكينغ: ل + هوكينغ
  }

  @Test
  void aNameTokenThatIsAlsoACommonWordCarriesItsRarity() {
    // الأمل (the hope) is frequent in the training text, هوكينغ is not in it at all
    List<String[]> text = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      text.add(new String[] {"إن", "الأمل", "كبير"});
    }
    ArabicFeatureGenerator g = generator(LEXICON, WordFrequencies.count(text));
    List<String> hope = features(g, TOLD, 3);
    assertTrue(hope.contains("nt=s"), hope.toString()); // الأمل: the article cut
    assertTrue(hope.contains("nt,fq=shigh"), hope.toString());
    List<String> hawking = features(g, TOLD, 1);
    assertTrue(hawking.contains("nt,fq=srare"), hawking.toString());
  }

  @Test
  void theRaritySplitCanBeSwitchedOffToMeasureIt() {
    List<String[]> text = List.<String[]>of(new String[] {"إن", "الأمل", "كبير"});
    var g = new ArabicFeatureGenerator(ArabicFeatureGenerator.Options.defaults(),
        StemFunction.byName("article"), Gazetteer.NONE, WordFrequencies.count(text), null,
        LEXICON, false);
    List<String> f = features(g, TOLD, 3);
    assertTrue(f.contains("nt=s"), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.startsWith("nt,fq=")), f.toString());
  }

  @Test
  void withoutALexiconNoNameTokenFeatureFires() {
    assertEquals(List.of(), nameTokenFeatures(features(generator(null, null), PRAISED, 2)));
  }

  @Test
  void theDescriptorNamesTheBundledLexicon() throws Exception {
    String xml = """
        <featureGenerators cache="true" name="nameFinder">
          <generator class="io.khabar.ner.ArabicFeatureGeneratorFactory">
            <str name="stemmer">article</str>
            <str name="nameTokens">kb-name-tokens</str>
          </generator>
        </featureGenerators>
        """;
    AdaptiveFeatureGenerator g = GeneratorFactory.create(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
    // ستيفن is a Wikidata name token; the bundled table holds tens of thousands of them
    assertTrue(features(g, PRAISED, 2).contains("nt=w"));
    assertTrue(NameTokenLexicon.bundled().size() > 40_000);
  }

  @Test
  void theBundledLexiconHoldsMatchingForms() {
    ArabicNormalizer n = ArabicNormalizer.get();
    for (String t : NameTokenLexicon.bundled().sorted().subList(0, 2000)) {
      assertEquals(t, n.matchingForm(t));
    }
  }

  @Test
  void onlyTheArabicColumnIsRead() {
    assertEquals(Set.of("ستيفن", "هوكينغ"),
        NameTokenLexicon.arabicColumn("ستيفن\tStephen\nهوكينغ\tHawking\nno tab here\n"));
  }

  @Property
  void featuresDependOnTheTokenNotOnItsSpellingVariant(
      @ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.constraints.StringLength(min = 1,
          max = 6) @net.jqwik.api.constraints.Chars({'ا', 'أ', 'ي', 'ى', 'ن', 'ف', 'ت', 'س'})
          String> words) {
    // أ/ا and ى/ي share the matching form, so they share the name-token features
    String[] raw = words.toArray(String[]::new);
    String[] plain = words.stream().map(w -> w.replace('أ', 'ا').replace('ى', 'ي'))
        .toArray(String[]::new);
    NameTokenLexicon lex = NameTokenLexicon.of(Set.of("ستيفن", "انس", "يسا"));
    for (int i = 0; i < raw.length; i++) {
      assertEquals(nameTokenFeatures(features(generator(lex, null), raw, i)),
          nameTokenFeatures(features(generator(lex, null), plain, i)));
    }
  }
}
