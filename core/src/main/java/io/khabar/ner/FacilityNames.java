package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.WordListResource;
import io.khabar.token.AnalyzedText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * A place built by people, or a body on one site, is named by its head noun and the name it
 * governs, with the adjectives after: ميناء حمد الدولي، مطار لوس أنجليس الدولي، قاعة ألبرت الملكية،
 * مركز بيو ريسيرتش. The heads are the resource {@value #RESOURCE}. When an indefinite head stands
 * right before a name the recogniser accepted (a person's, a city's or an unknown one, with no
 * proclitic of its own), the head, the name and up to {@value #MAX_ADJECTIVES} definite
 * adjectives after it (not a country's: مركز بيو ريسيرتش الأميركي) and a body's field (مركز
 * الملك سلمان للإغاثة والأعمال الإنسانية; never a place's: مطار الحديدة للتقدم) become one
 * mention: a place for a place's head, an organisation for a body's. A person inside is no
 * mention of its own (مطار الملك عبدالعزيز الدولي); a city the knowledge base knows keeps its
 * link (مطار القامشلي is read as a mention of القامشلي, as the seed gold reads it), and a body's
 * head before one is left alone (مستشفى دمشق). A body the knowledge base knows after a head
 * keeps its own mention (مركز الأمم المتحدة is as often a description). Runs on the accepted candidates (in text order, no overlaps). Stateless and
 * thread-safe.
 */
final class FacilityNames {

  static final String RESOURCE = "/io/khabar/kb/facility-heads.txt";

  private static final int MAX_ADJECTIVES = 2;

  private static final Map<String, EntityType> HEADS = new HashMap<>();

  static {
    ArabicNormalizer n = ArabicNormalizer.get();
    for (String[] f : WordListResource.rows(FacilityNames.class, RESOURCE)) {
      if (f.length != 2) {
        continue;
      }
      switch (f[0]) {
        case "place" -> HEADS.put(n.matchingForm(f[1]), EntityType.LOCATION);
        case "body" -> HEADS.put(n.matchingForm(f[1]), EntityType.ORGANIZATION);
        default -> throw new IllegalStateException(
            RESOURCE + ": unknown line " + String.join(" ", f));
      }
    }
  }

  private FacilityNames() {}

  /**
   * Joins the facility heads before the accepted names in place; {@code proclitics} gives a
   * token's proclitic chars, {@code demonym} tells a country's adjective.
   */
  static void apply(AnalyzedText text, List<Candidate> accepted, IntUnaryOperator proclitics,
      Predicate<String> demonym) {
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      int h = c.start() - 1;
      if (c.isTitle() || c.stripped() != 0 || h < 0 || !text.isWord(h)
          || text.sentenceOf(h) != text.sentenceOf(c.start())
          || k > 0 && accepted.get(k - 1).end() > h
          || c.type() == EntityType.MISC
          || c.type() == EntityType.ORGANIZATION && !c.entities().isEmpty()) {
        continue;
      }
      String form = text.form(h);
      if (!HEADS.containsKey(ProcliticStripper.withoutOneProclitic(form, 2))
          && !HEADS.containsKey(form)) {
        continue; // cheap test first: the segmenter runs only on a likely head
      }
      int p = proclitics.applyAsInt(h);
      EntityType type = HEADS.get(form.substring(Math.min(p, form.length())));
      if (type == null) {
        continue;
      }
      int end = c.end();
      int next = k + 1 < accepted.size() ? accepted.get(k + 1).start() : text.size();
      while (end < next && end - c.end() < MAX_ADJECTIVES && text.isWord(end)
          && text.sentenceOf(end) == text.sentenceOf(h) && adjective(text.form(end))
          && !demonym.test(text.form(end))) {
        end++;
      }
      if (type == EntityType.ORGANIZATION && end < next && text.isWord(end) && text.sentenceOf(end) == text.sentenceOf(h)
          && text.form(end).startsWith("لل") && text.form(end).length() > 4) {
        // مركز الملك سلمان للإغاثة والأعمال الإنسانية: the field the body serves
        int field = end + 1;
        while (field < next && field - end <= MAX_ADJECTIVES && text.isWord(field)
            && text.sentenceOf(field) == text.sentenceOf(h)
            && (text.form(field).startsWith("وال") || adjective(text.form(field)))
            && !demonym.test(text.form(field))) {
          field++;
        }
        end = field;
      }
      boolean knownPlace = c.type() == EntityType.LOCATION && !c.entities().isEmpty();
      if (knownPlace && type != EntityType.LOCATION) {
        continue; // مستشفى دمشق: the city's hospital, as often a description
      }
      // ميناء حمد الدولي: one place, حمد no person of its own; مطار القامشلي: the known city's
      // airport stays a mention of the city, as news about it reads it
      accepted.set(k, new Candidate(h, end, p, Candidate.Source.PHRASE,
          knownPlace ? c.entities() : ImmutableList.of(), type, c.score()));
    }
  }

  /** A definite nisba adjective (الدولي، الملكية، العسكري) in matching form. */
  private static boolean adjective(String form) {
    return form.startsWith("ال") && form.length() > 4 && (form.endsWith("ي") || form.endsWith("يه"));
  }
}
