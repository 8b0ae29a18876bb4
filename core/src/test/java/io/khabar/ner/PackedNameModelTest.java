package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.khabar.pack.PackedReader;
import io.khabar.pack.PackedWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packed name-finder tables, which the build writes from the bundled model and a cold start
 * reads, decode as the tables made from the OpenNLP model do.
 */
class PackedNameModelTest {

  @Test
  void theBuildPacksTheBundledModel() {
    assumeTrue(ArabicNameFinder.defaultModelAvailable(), "no bundled model");
    assertTrue(PackedNameModel.readDefault().isPresent(), PackedNameModel.RESOURCE + " missing");
  }

  @Test
  void packedTablesAreTheModelsTables() throws Exception {
    assumeTrue(ArabicNameFinder.defaultModelAvailable(), "no bundled model");
    DecoderTables fromModel = NameDecoder.tables(
        ArabicNameFinder.loadDefault().model()).orElseThrow();
    DecoderTables packed = PackedNameModel.readDefault().orElseThrow();
    assertArrayEquals(bytes(fromModel), bytes(packed));
  }

  @Test
  void packedDecoderFindsWhatTheModelDecoderFinds() throws Exception {
    assumeTrue(ArabicNameFinder.defaultModelAvailable(), "no bundled model");
    ArabicNameFinder packed = ArabicNameFinder.packed(PackedNameModel.readDefault().orElseThrow());
    ArabicNameFinder fromModel = ArabicNameFinder.of(ArabicNameFinder.loadDefault().model());
    for (String s : List.of(
        "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا ستدعم لبنان .",
        "واستقبل وزير الخارجية السعودي فيصل بن فرحان نظيره الأردني أيمن الصفدي في الرياض .",
        "أعلنت شركة أرامكو السعودية عن أرباحها أمس .")) {
      String[] t = s.split(" ");
      assertEquals(fromModel.find(t), packed.find(t), s);
    }
  }

  private static byte[] bytes(DecoderTables t) {
    PackedWriter w = new PackedWriter();
    t.writeTo(w);
    byte[] b = w.toByteArray();
    DecoderTables again = DecoderTables.read(new PackedReader(b), () -> null);
    PackedWriter w2 = new PackedWriter();
    again.writeTo(w2);
    assertArrayEquals(b, w2.toByteArray());
    return b;
  }
}
