package io.khabar.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;

class NameShapeFeaturesTest {

  private static List<String> features(AdaptiveFeatureGenerator g, String[] tokens, int i) {
    List<String> f = new ArrayList<>();
    g.createFeatures(f, tokens, i, new String[tokens.length]);
    return f;
  }

  @Test
  void nameShapeFeaturesComeFromTheModelArtifact() throws Exception {
    String xml = """
        <featureGenerators cache="true" name="nameFinder">
          <generator class="io.khabar.experiment.NameShapeFeatures$Factory">
            <str name="model">ner-ar-shape.nameshape</str>
            <str name="stemmer">article</str>
            <int name="window">1</int>
            <str name="bin">0.5</str>
          </generator>
        </featureGenerators>
        """;
    // a toy model: names of people on one side, ordinary words on the other
    NameShapeModel m = NameShapeModel.builder(3)
        .add(NameShapeModel.PERS, "ميشال", 1).add(NameShapeModel.PERS, "ميشيل", 1)
        .add(NameShapeModel.PERS, "عون", 1)
        .add(NameShapeModel.O, "حكومه", 1).add(NameShapeModel.O, "رئيس", 1)
        .add(NameShapeModel.O, "قال", 1).build();
    AdaptiveFeatureGenerator g = GeneratorFactory.create(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        name -> name.equals(NameShapeModel.ARTIFACT) ? m : null);
    String[] sentence = {"وقال", "الرئيس", "اللبناني", "ميشال", "عون", "في", "بيروت"};
    List<String> f = features(g, sentence, 3); // ميشال
    assertTrue(f.contains("ns=PERS"), f.toString());
    assertTrue(f.stream().anyMatch(s -> s.startsWith("ns,PERS=")), f.toString());
    assertTrue(f.stream().anyMatch(s -> s.startsWith("ns-1=")), f.toString()); // اللبناني
    List<String> latin = features(g, new String[] {"Aoun", "قال"}, 0);
    assertFalse(latin.stream().anyMatch(s -> s.startsWith("ns=")), latin.toString());
  }
}
