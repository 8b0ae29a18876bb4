package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import java.util.List;

/**
 * A person's name never begins with the head noun of a body: a person the name finder proposes
 * that starts with one (ميليشيات الحوثي، جماعة أنصار الله، حزب العمال) is the group or body named
 * after what follows, an ORGANIZATION. The heads are {@link BodyHeads}'. Knowledge-base entities
 * keep their curated type. Stateless and thread-safe.
 */
final class GroupHeads {

  private GroupHeads() {}

  /** Retypes the unknown people among {@code candidates} that start with a body's head noun. */
  static void apply(AnalyzedText text, List<Candidate> candidates) {
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      if (c.type() != EntityType.PERSON || !c.entities().isEmpty() || c.isTitle()
          || c.length() < 2) {
        continue;
      }
      String w = c.firstWord(text);
      String bare = AliasChoice.withoutArticle(w);
      if (BodyHeads.kind(bare).isPresent()) {
        candidates.set(k, c.withEntities(c.entities(), EntityType.ORGANIZATION));
      }
    }
  }
}
