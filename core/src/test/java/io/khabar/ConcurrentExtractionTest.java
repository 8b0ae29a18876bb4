package io.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared extractor, many threads: every result equals the serial one, byte for byte. */
class ConcurrentExtractionTest {

  private static List<String> documents() throws IOException {
    String sample;
    try (InputStream in = ConcurrentExtractionTest.class.getResourceAsStream(
        "/io/khabar/sample/sample-article.txt")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> docs = new ArrayList<>();
    String[] paragraphs = sample.split("\n\n");
    for (int i = 0; i < paragraphs.length; i++) {
      docs.add(paragraphs[i]);
      docs.add(paragraphs[i] + "\n\n" + paragraphs[(i + 1) % paragraphs.length]);
    }
    docs.add(sample);
    docs.add("قال بوتين إن روسيا والولايات المتحدة ستعقدان محادثات في جنيف الأسبوع المقبل.");
    docs.add("");
    return docs;
  }

  @Test
  void sharedExtractorGivesTheSerialJsonFromEightThreads() throws Exception {
    Extractor extractor = ExtractorTest.EXTRACTOR;
    LocalDate published = LocalDate.of(2026, 1, 29);
    List<String> docs = documents();
    List<String> serial = new ArrayList<>();
    for (String d : docs) {
      serial.add(extractor.extract(d, published).toJson());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 6; round++) {
        for (String d : docs) {
          futures.add(pool.submit(() -> extractor.extract(d, published).toJson()));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(serial.get(i % docs.size()), futures.get(i).get(2, TimeUnit.MINUTES),
            "document " + (i % docs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
