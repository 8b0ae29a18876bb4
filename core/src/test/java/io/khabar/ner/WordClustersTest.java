package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustersTest {

  private static WordClusters table() {
    return WordClusters.of("proclitic", 2,
        Map.of("بغداد", new short[] {3, 51}, "دمشق", new short[] {3, 52}),
        Map.of("بغداد", new short[] {3, 51}, "حلب", new short[] {3, 53}));
  }

  @Test
  void theSerializerWritesWhatItReads() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WordClusters.Serializer().serialize(table(), out);
    WordClusters back = new WordClusters.Serializer().create(
        new ByteArrayInputStream(out.toByteArray()));
    assertEquals(2, back.size());
    assertEquals(2, back.stemCount());
    assertEquals("proclitic", back.stemmer());
    assertArrayEquals(new short[] {3, 52}, back.ofForm("دمشق"));
    assertArrayEquals(new short[] {3, 53}, back.ofStem("حلب"));
    assertNull(back.ofForm("القاهرة"));
  }

  /** Any strings (NUL, surrogates, Arabic, ASCII) and ids survive the binary form. */
  @net.jqwik.api.Property(tries = 200)
  void anyTableSurvivesTheBinaryForm(
      @net.jqwik.api.ForAll Map<String, @net.jqwik.api.constraints.Size(2) List<Short>> forms,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.StringLength(max = 40) String stem)
      throws Exception {
    Map<String, short[]> f = new java.util.HashMap<>();
    forms.forEach((k, v) -> f.put(k, new short[] {v.get(0), v.get(1)}));
    WordClusters table = WordClusters.of("proclitic", 2, f, Map.of(stem, new short[] {-1, 7}));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table.write(out);
    WordClusters back = WordClusters.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(f.size(), back.size());
    f.forEach((k, v) -> assertArrayEquals(v, back.ofForm(k), k));
    assertArrayEquals(new short[] {-1, 7}, back.ofStem(stem));
  }

  @Test
  void theOlderTextTableIsReadAsFormClasses() throws Exception {
    String table = "بغداد\t3|51|200\nدمشق\t3|51|201\n";
    WordClusters c = WordClusters.read(
        new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    assertEquals(3, c.levels());
    assertEquals(c.ofForm("بغداد")[1], c.ofForm("دمشق")[1]);
    assertTrue(c.ofForm("بغداد")[2] != c.ofForm("دمشق")[2]);
    assertEquals("none", c.stemmer());
  }

  @Test
  void anAttachedConjunctionFindsTheStemClassOfAnUnclusteredForm() {
    ArabicFeatureGenerator g = new ArabicFeatureGenerator(ArabicFeatureGenerator.Options.defaults(),
        StemFunction.byName("article"), Gazetteer.byName("none"), null,
        new ArabicFeatureGenerator.ClassFeatures(table(), new int[] {1}, 1, true));
    List<String> f = new ArrayList<>();
    g.createFeatures(f, new String[] {"وصل", "إلى", "وحلب", "أمس"}, 2, null);
    assertTrue(f.contains("cs1=53"), f.toString()); // وحلب: no form class, the stem حلب has one
    assertTrue(f.stream().noneMatch(s -> s.startsWith("cl1=")), f.toString());
  }
}
