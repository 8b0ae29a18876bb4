package io.khabar.ner;

import io.khabar.text.ArabicNormalizer;
import io.khabar.text.WordListResource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The head nouns of bodies' names (وزارة، شركة، نادي، مجلس …) and the non-nisba adjectives such
 * names keep (العامة، العليا، المتحدة), from the resource {@value #RESOURCE}. A {@code body}
 * head names a body in a construct phrase anywhere ({@link BodyPhrases}); a {@code descriptor}
 * stands before a body's own name as مدينة before a city's (شركة أبل); a {@code named} head
 * names one only with a proper name after it (مجموعة بنك الكويت); a {@code quoted} head only
 * inside quotes ({@link QuotedBodies}); an {@code agency} head is a descriptor whose field
 * (a common noun) and a country's adjective also name the country's body (وكالة الأنباء
 * الفرنسية، وكالة الفضاء الأميركية); an {@code army} head is a body head whose name takes no
 * field (الجيش الوطني اليمني، جيش النيجر); an {@code owner} head's genitive is whom the body
 * belongs to (حكومة جيبوتي، حكومة ماي), the mention being the genitive's own. Words in matching form without the article. Stateless
 * and thread-safe.
 */
final class BodyHeads {

  static final String RESOURCE = "/io/khabar/kb/body-heads.txt";

  /** How a head names a body; see the resource's header. */
  enum Kind { BODY, DESCRIPTOR, NAMED, QUOTED, OWNER }

  private static final Map<String, Kind> HEADS = new HashMap<>();
  private static final Set<String> ADJECTIVES = new HashSet<>();
  private static final Set<String> NAMED_BY_FIELD = new HashSet<>();
  private static final Set<String> WITHOUT_FIELD = new HashSet<>();

  static {
    ArabicNormalizer n = ArabicNormalizer.get();
    for (String[] f : WordListResource.rows(BodyHeads.class, RESOURCE)) {
      if (f.length != 2) {
        continue;
      }
      String w = n.matchingForm(f[1]);
      switch (f[0]) {
        case "body" -> HEADS.put(w, Kind.BODY);
        case "descriptor" -> HEADS.put(w, Kind.DESCRIPTOR);
        case "army" -> {
          HEADS.put(w, Kind.BODY);
          WITHOUT_FIELD.add(w);
        }
        case "agency" -> {
          HEADS.put(w, Kind.DESCRIPTOR);
          NAMED_BY_FIELD.add(w);
        }
        case "named" -> HEADS.put(w, Kind.NAMED);
        case "quoted" -> HEADS.put(w, Kind.QUOTED);
        case "owner" -> HEADS.put(w, Kind.OWNER);
        case "adjective" -> ADJECTIVES.add(w);
        default -> throw new IllegalStateException(
            RESOURCE + ": unknown line " + String.join(" ", f));
      }
    }
  }

  private BodyHeads() {}

  /** The kind of head {@code bare} (matching form, no article) is, if it is one. */
  static Optional<Kind> kind(String bare) {
    return Optional.ofNullable(HEADS.get(bare));
  }

  /**
   * Whether {@code bare} (matching form, no article) is a descriptor whose common-noun genitive
   * with a country's adjective names that country's body (وكالة الأنباء الفرنسية).
   */
  static boolean namedByField(String bare) {
    return NAMED_BY_FIELD.contains(bare);
  }

  /**
   * Whether {@code bare} (matching form, no article) is a body head whose name takes no field
   * complement (an army's: ل after الجيش المصري is a verb's, ما قدمه الجيش المصري للبلاد).
   */
  static boolean takesNoField(String bare) {
    return WITHOUT_FIELD.contains(bare);
  }

  /** Whether {@code bare} heads a body's name at least inside quotes. */
  static boolean isBodyOrQuoted(String bare) {
    return HEADS.containsKey(bare);
  }

  /** Whether a definite word (matching form, with the article) is a listed body adjective. */
  static boolean isAdjective(String definite) {
    return ADJECTIVES.contains(definite);
  }
}
