package io.khabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The real-news scoring rules on small hand-made documents. */
class NewsScorerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String ENTITIES = "\"entities\": [{\"key\": \"a\", \"type\": \"PERSON\","
      + " \"canonical\": \"A\", \"aliases\": [\"أحمد\"]}]";
  private static final String SYS_ENTITIES = "\"entities\": [{\"id\": \"E1\", \"type\": \"PERSON\","
      + " \"name\": \"A\", \"mentions\": [{\"text\": \"أحمد\"}]}]";

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s);
  }

  private static String sys(String modality, String date) {
    return "{" + SYS_ENTITIES + ", \"events\": [{\"type\": \"STATEMENT\", \"participants\":"
        + " [{\"entity\": \"E1\", \"role\": \"SPEAKER\"}], \"date\": " + date
        + ", \"modality\": \"" + modality + "\"}]}";
  }

  @Test
  void aNegatedGoldEventIsLeftOutAndAnAssertedSystemEventForItIsAFalsePositive() throws Exception {
    JsonNode gold = json("{" + ENTITIES + ", \"events\": [{\"type\": \"STATEMENT\","
        + " \"participants\": [\"a\"], \"modality\": \"NEGATED\"}]}");
    GoldScorer.Counts c = NewsScorer.score("d", gold, json(sys("ASSERTED", "null"))).all().counts();
    assertEquals(0, c.eventTp());
    assertEquals(1, c.eventFp());
    assertEquals(0, c.eventFn());
  }

  @Test
  void aSystemEventNotAssertedIsLeftOut() throws Exception {
    JsonNode gold = json("{" + ENTITIES + ", \"events\": []}");
    GoldScorer.Counts c = NewsScorer.score("d", gold, json(sys("EXHORTED", "null"))).all().counts();
    assertEquals(0, c.eventFp());
  }

  @Test
  void aNullGoldDateIsRightOnlyWithoutASystemDate() throws Exception {
    JsonNode gold = json("{" + ENTITIES + ", \"events\": [{\"type\": \"STATEMENT\","
        + " \"participants\": [\"a\"], \"date\": null}]}");
    assertEquals(1, NewsScorer.score("d", gold, json(sys("ASSERTED", "null"))).all().counts()
        .dateOk());
    assertEquals(0, NewsScorer.score("d", gold, json(sys("ASSERTED", "\"2018-01-02\""))).all()
        .counts().dateOk());
  }
}
