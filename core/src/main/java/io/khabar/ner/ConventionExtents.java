package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KnowledgeBase;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.WordListResource;
import io.khabar.token.AnalyzedText;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Words at a name's edges that describe the named thing rather than name it, cut off the
 * mention (the entity it denotes stays the same):
 * <ul>
 *   <li>a nationality adjective after a club's or company's own name (بازل السويسري، ليون
 *       الفرنسي), or any masculine nisba after a known club's (ليفربول الإنجليزي): a
 *       description, so the mention is بازل. A body whose name begins with a head
 *       noun keeps it (وزارة الصحة السعودية، البنك المركزي المصري are official names), and so
 *       does a definite one (الجيش السوري، للحكومة السورية: the adjective is the name's);
 *   <li>a geographic head before a place's name (نهر دجلة، بحيرة طبريا), from the resource
 *       {@value #HEADS}, when the rest alone names the same known place or the place is unknown
 *       to the knowledge base; جبل طارق keeps its جبل, since طارق alone is no name of Gibraltar;
 *   <li>a body's generic head before the knowledge-base name of the same body in apposition
 *       (تنظيم داعش، حركة حماس، جماعة بوكو حرام: the mention is داعش): a {@code descriptor} head
 *       of {@link BodyHeads} or one of {@link HeadSynonyms}' whose rest alone names the same
 *       entity; a force's head is part of its name (قوات الدعم السريع). A name
 *       that ends in an adjective agreeing with the head keeps it, since the adjective then
 *       describes the head and the head is the name's (منظمة العفو الدولية); one agreeing with
 *       the rest does not hold it (تنظيم الدولة الإسلامية: the mention is الدولة الإسلامية);
 *   <li>a relative tail «التابع لـ X» / «التابعة لـ X» (مجلس حقوق الإنسان التابع للأمم المتحدة):
 *       it says whom the body belongs to, and X is a name of its own.
 * </ul>
 * Stateless and thread-safe.
 */
final class ConventionExtents {

  static final String HEADS = "/io/khabar/kb/outer-heads.txt";

  private static final Set<String> GEOGRAPHIC_HEADS = new HashSet<>();
  private static final Set<String> BELONGING = Set.of("التابع", "التابعة", "التابعين", "التابعان");

  static {
    ArabicNormalizer n = ArabicNormalizer.get();
    for (String[] f : WordListResource.rows(ConventionExtents.class, HEADS)) {
      GEOGRAPHIC_HEADS.add(n.matchingForm(f[0]));
    }
  }

  private ConventionExtents() {}

  /**
   * Cuts the descriptive words off the mentions of {@code accepted} in place; {@code
   * demonym} tells a nationality adjective (matching form). Returns the generic heads cut off
   * bodies' names, each token with its proclitic chars: still inside the noun phrase that later
   * stages read ({@link MentionMerger}).
   */
  static Map<Integer, Integer> apply(AnalyzedText text, List<Candidate> accepted,
      KnowledgeBase kb, Predicate<String> demonym) {
    Map<Integer, Integer> heads = new HashMap<>();
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.isTitle() || c.length() < 2) {
        continue;
      }
      Candidate cut = belongingTail(text, c);
      if (cut.type() == EntityType.ORGANIZATION) {
        cut = nationalityTail(text, cut, demonym);
        Candidate whole = cut;
        cut = genericHead(text, cut, kb);
        if (cut.start() > whole.start()) {
          heads.put(whole.start(), whole.stripped());
        }
      } else if (cut.type() == EntityType.LOCATION) {
        cut = geographicHead(text, cut, kb);
      }
      accepted.set(k, cut);
    }
    return heads;
  }

  private static Candidate belongingTail(AnalyzedText text, Candidate c) {
    for (int i = c.start() + 1; i < c.end() - 1; i++) {
      if (BELONGING.contains(text.form(i)) && text.form(i + 1).startsWith("ل")) {
        return c.withSpan(c.start(), i, c.stripped());
      }
    }
    return c;
  }

  private static Candidate nationalityTail(AnalyzedText text, Candidate c,
      Predicate<String> demonym) {
    String last = text.form(c.end() - 1);
    String written = text.form(c.start());
    int stripped = Math.min(c.stripped(), written.length());
    String first = written.substring(stripped);
    // لل is ل + ال: للجيش، وللحكومة are definite whatever the mention keeps of them
    boolean definite = first.startsWith("ال")
        || stripped > 0 && written.charAt(stripped - 1) == 'ل' && first.startsWith("ل");
    boolean nationality = last.startsWith("ال") && demonym.test(last)
        || Nisbas.isMasculine(last) && isClub(c);
    if (c.length() == 2 && nationality && !definite && BodyHeads.kind(first).isEmpty()
        && !demonym.test(first)) {
      return c.withSpan(c.start(), c.end() - 1, c.stripped());
    }
    return c;
  }

  /**
   * Whether the mention is of a sports club of the knowledge base: a club's name takes no
   * adjective, so any masculine nisba after it describes it, also one of a people that is no
   * country's (ليفربول الإنجليزي، برشلونة الكتالوني).
   */
  private static boolean isClub(Candidate c) {
    return !c.entities().isEmpty() && c.entities().stream()
        .allMatch(e -> e.subtype().filter("sports-club"::equals).isPresent());
  }

  private static Candidate genericHead(AnalyzedText text, Candidate c, KnowledgeBase kb) {
    if (c.entities().isEmpty() || c.length() < 2) {
      return c;
    }
    String bare = AliasChoice.withoutArticle(c.firstWord(text));
    // a descriptor (شركة، صحيفة) or a head news swaps for its synonyms (حركة، جماعة، تنظيم) is
    // generic; a force's head is its name's (قوات الدعم السريع، جيش الإسلام)
    if (BodyHeads.kind(bare).filter(BodyHeads.Kind.DESCRIPTOR::equals).isEmpty()
        && !HeadSynonyms.isGeneric(bare)) {
      return c;
    }
    String last = text.form(c.end() - 1);
    if (c.length() > 2 && (Nisbas.isDefinite(last) || BodyHeads.isAdjective(last))
        && last.endsWith("ه") == takesFeminine(bare)) {
      return c;
    }
    return namesSame(text, c, kb) ? c.withSpan(c.start() + 1, c.end(), 0) : c;
  }

  /**
   * Whether a head takes a feminine adjective: a feminine singular (…ة، ميليشيا) or a plural of
   * things (قوات، كتائب، سرايا), which Arabic agrees in the feminine singular.
   */
  private static boolean takesFeminine(String bare) {
    return bare.endsWith("ه") || bare.endsWith("ات") || bare.endsWith("ا")
        || bare.endsWith("ائب");
  }

  /** Whether the mention without its first word is a knowledge-base name of its entity. */
  private static boolean namesSame(AnalyzedText text, Candidate c, KnowledgeBase kb) {
    StringBuilder rest = new StringBuilder();
    for (int i = c.start() + 1; i < c.end(); i++) {
      rest.append(i > c.start() + 1 ? " " : "").append(text.surface(i));
    }
    return kb.names().get(rest.toString()).stream().anyMatch(c.entities()::contains);
  }

  private static Candidate geographicHead(AnalyzedText text, Candidate c, KnowledgeBase kb) {
    String head = c.firstWord(text);
    if (!GEOGRAPHIC_HEADS.contains(head)) {
      return c;
    }
    if (!c.entities().isEmpty() && !namesSame(text, c, kb)) {
      return c;
    }
    return c.withSpan(c.start() + 1, c.end(), 0);
  }
}
