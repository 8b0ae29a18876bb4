package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordClustersTest {

  @Test
  void theSerializerWritesWhatItReads() throws Exception {
    String table = "بغداد\t3|51|200\nدمشق\t3|51|201\n";
    WordClusters c = WordClusters.read(
        new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WordClusters.Serializer().serialize(c, out);
    WordClusters back = new WordClusters.Serializer().create(
        new ByteArrayInputStream(out.toByteArray()));
    assertEquals(2, back.size());
    assertArrayEquals(new String[] {"3", "51", "201"}, back.of("دمشق"));
    assertNull(back.of("القاهرة"));
  }
}
