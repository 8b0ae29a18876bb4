package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.WordListResource;
import io.khabar.token.AnalyzedText;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * News names one armed group or paper after several head nouns that mean the same (ميليشيات
 * الحوثي، مليشيات الحوثي and جماعة الحوثي; جريدة and صحيفة): an unknown body or person the
 * recogniser proposes that starts with such a head is the known body whose name is a synonym
 * head and the same following words. The longest such name wins and the mention ends with it,
 * since the words after a complete name describe the body (ميليشيات الحوثي الانقلابية). The sets
 * of synonyms are the resource {@value #RESOURCE}. Stateless and thread-safe.
 */
final class HeadSynonyms {

  static final String RESOURCE = "/io/khabar/kb/head-synonyms.txt";

  /** Each head (matching form, no article) and the heads it may stand for, itself included. */
  private static final Map<String, List<String>> SYNONYMS = new HashMap<>();

  static {
    ArabicNormalizer n = ArabicNormalizer.get();
    for (String[] row : WordListResource.rows(HeadSynonyms.class, RESOURCE)) {
      Set<String> set = new LinkedHashSet<>();
      for (String w : row) {
        set.add(n.matchingForm(w));
      }
      List<String> written = List.of(row);
      for (String w : set) {
        SYNONYMS.put(w, written);
      }
    }
  }

  private HeadSynonyms() {}

  /**
   * Whether {@code bare} (matching form, no article) is a head news swaps for a synonym, so a
   * generic word before a body's own name rather than part of it (حركة حماس، تنظيم داعش).
   */
  static boolean isGeneric(String bare) {
    return SYNONYMS.containsKey(bare);
  }

  /** Links the unknown bodies of {@code accepted} that start with a synonym head, in place. */
  static void apply(AnalyzedText text, List<Candidate> accepted, KnowledgeBase kb) {
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (!c.entities().isEmpty() || c.isTitle() || c.length() < 2
          || c.type() != EntityType.ORGANIZATION && c.type() != EntityType.PERSON) {
        continue;
      }
      List<String> heads = SYNONYMS.get(c.firstWord(text));
      if (heads == null) {
        continue;
      }
      for (int end = c.end(); end > c.start() + 1; end--) {
        StringBuilder rest = new StringBuilder();
        for (int i = c.start() + 1; i < end; i++) {
          rest.append(' ').append(text.surface(i));
        }
        ImmutableList<KbEntity> named = bodiesNamed(kb, heads, rest.toString());
        if (named.size() == 1) {
          accepted.set(k, c.withSpan(c.start(), end, c.stripped())
              .withEntities(named, EntityType.ORGANIZATION));
          break;
        }
      }
    }
  }

  private static ImmutableList<KbEntity> bodiesNamed(KnowledgeBase kb, List<String> heads,
      String rest) {
    Set<KbEntity> found = new LinkedHashSet<>();
    for (String h : heads) {
      for (KbEntity e : kb.names().get(h + rest)) {
        if (e.type() == EntityType.ORGANIZATION) {
          found.add(e);
        }
      }
    }
    return ImmutableList.copyOf(found);
  }
}
