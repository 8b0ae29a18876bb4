package io.khabar.ner;

import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of the data the name finder's features read at tagging time: the bundled
 * knowledge base ({@link KbGazetteer}), the given-name lexicon ({@link CueWords}) and, for a model
 * whose descriptor reads it, the Arabic tokens of the name-token lexicon ({@link
 * NameTokenLexicon}; not their English spellings, which the features never see). A model
 * scores what it was trained with, so the training command records the fingerprint in the
 * model's sidecar and a test fails when either resource changed without the model being
 * retrained: an edit to the knowledge base silently shifts every knowledge-base feature.
 */
public final class FeatureResources {

  private FeatureResources() {}

  /** Sixteen hex digits of a SHA-256 over the bundled knowledge base's names and the lexicon. */
  public static String fingerprint() {
    return fingerprint(false);
  }

  /**
   * {@link #fingerprint()}, covering also the name-token lexicon's Arabic tokens when {@code
   * nameTokens} (a model trained with {@code nameTokens=}{@value NameTokenLexicon#BUNDLED}).
   */
  public static String fingerprint(boolean nameTokens) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      List<KbEntity> entities = new ArrayList<>(KnowledgeBase.loadDefault().entities());
      entities.sort(Comparator.comparing(KbEntity::key));
      for (KbEntity e : entities) {
        update(sha, e.key() + '\t' + e.type() + '\t' + e.name() + '\t'
            + String.join("|", e.aliases()) + '\t' + String.join("|", e.abbreviations()) + '\n');
      }
      // the names as CueWords reads them: comments and layout do not change what features see
      for (String name : CueWords.givenNames()) {
        update(sha, name + '\n');
      }
      if (nameTokens) {
        update(sha, "name-tokens\n");
        for (String token : NameTokenLexicon.bundled().sorted()) {
          update(sha, token + '\n');
        }
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
  }
}
