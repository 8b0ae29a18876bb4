package io.khabar.testdata.wojood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WojoodReaderTest {

  @Test
  void readsNestedTagsIntoSpansOfTheJoinedText() throws IOException {
    String sample = String.join("\n",
        "افتتح O",
        "مؤتمر B-EVENT",
        "القاهرة I-EVENT B-GPE",
        "في O",
        "عام B-DATE",
        "2019 I-DATE",
        "$#$ O",
        "",
        "اليوم B-DATE",
        "$#$ O");
    ImmutableList<WojoodReader.Sentence> sentences = WojoodReader.read(new StringReader(sample));
    assertEquals(2, sentences.size());
    WojoodReader.Sentence s = sentences.get(0);
    assertEquals("افتتح مؤتمر القاهرة في عام 2019", s.text());
    assertEquals(3, s.entities().size());
    WojoodReader.Entity date = s.entities("DATE").get(0);
    assertEquals("عام 2019", date.text());
    assertEquals(date.text(), s.text().substring(date.start(), date.end()));
    assertEquals("مؤتمر القاهرة", s.entities("EVENT").get(0).text());
    assertEquals("القاهرة", s.entities("GPE").get(0).text());
    assertEquals("اليوم", sentences.get(1).entities("DATE").get(0).text());
  }

  @Test
  void readsSharedSampleWhenPresent() throws IOException {
    assumeTrue(Files.exists(WojoodReader.samplePath("val")),
        "needs ../shared/data/wojood_sample/val.txt: the Wojood public sample");
    ImmutableList<WojoodReader.Sentence> val =
        WojoodReader.read(WojoodReader.samplePath("val"));
    assertTrue(val.size() > 50);
    long dates = val.stream().mapToLong(s -> s.entities("DATE").size()).sum();
    assertTrue(dates > 50, "DATE entities: " + dates);
  }
}
