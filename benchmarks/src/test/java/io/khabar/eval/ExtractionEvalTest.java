package io.khabar.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extractor;
import io.khabar.testdata.AnnotatedDocuments;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the measured extraction quality: thresholds are the figures measured when they were
 * set, less a small margin, so a change that makes extraction worse fails here.
 */
class ExtractionEvalTest {

  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.createDefault();
  }

  @Test
  void ownAnnotatedArticlesKeepTheirScores() {
    GoldScorer.Score s = ExtractionEval.evaluate(extractor, ExtractionEval.ownDocuments());
    ExtractionEval.report("own annotated articles", s, false);
    assertTrue(s.entityF1() >= 0.90, "entity F1 " + s.entityF1());
    assertTrue(s.eventF1() >= 0.77, "event F1 " + s.eventF1());
    assertTrue(s.dateAccuracy() >= 0.82, "date accuracy " + s.dateAccuracy());
    assertTrue(s.placeAccuracy() >= 0.51, "place accuracy " + s.placeAccuracy());
  }

  @Test
  void seedGoldKeepsItsScores() {
    List<ExtractionEval.GoldDocument> seed =
        ExtractionEval.seedDocuments(AnnotatedDocuments.sharedDir());
    Assumptions.assumeFalse(seed.isEmpty(),
        "needs ../shared/gold and ../shared/corpus/seed (set -Dkhabar.shared=...)");
    GoldScorer.Score s = ExtractionEval.evaluate(extractor, seed);
    ExtractionEval.report("seed gold", s, false);
    assertTrue(s.entityF1() >= 0.94, "entity F1 " + s.entityF1());
    assertTrue(s.eventF1() >= 0.93, "event F1 " + s.eventF1());
    assertTrue(s.dateAccuracy() >= 0.90, "date accuracy " + s.dateAccuracy());
  }
}
