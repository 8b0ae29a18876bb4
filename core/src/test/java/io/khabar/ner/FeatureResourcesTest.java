package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FeatureResourcesTest {

  @Test
  void bundledModelWasTrainedWithTheBundledKnowledgeBaseAndLexicon() throws IOException {
    String sidecar;
    try (InputStream in = getClass().getResourceAsStream("/io/khabar/models/ner-ar.md")) {
      assertNotNull(in, "the model's sidecar ner-ar.md is missing from khabar-models");
      sidecar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile("fingerprint `([0-9a-f]{16})`").matcher(sidecar);
    assertTrue(m.find(), "ner-ar.md records no feature-resource fingerprint");
    // a model whose descriptor (recorded in the sidecar) reads the name-token lexicon covers it
    boolean nameTokens = sidecar.contains(
        "<str name=\"nameTokens\">" + NameTokenLexicon.BUNDLED + "</str>");
    assertEquals(m.group(1), FeatureResources.fingerprint(nameTokens),
        "the knowledge base or the given-name lexicon changed since ner-ar.bin was trained: "
            + "retrain it with the command in ner-ar.md (io.khabar.train.TrainNer)");
  }

  @Test
  void theNameTokenLexiconChangesTheFingerprintOfAModelThatReadsIt() {
    assertNotEquals(FeatureResources.fingerprint(false), FeatureResources.fingerprint(true));
  }

  @Test
  void fingerprintIsStable() {
    assertEquals(FeatureResources.fingerprint(), FeatureResources.fingerprint());
  }
}
