package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.kb.KnowledgeBase;
import io.khabar.token.AnalyzedText;
import io.khabar.token.StemLexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * What {@link FamilyNames} does for the knowledge base's people, for the people the name finder
 * finds: news names a person in full once (فيليب ألستون، فنسنت فان غوخ، سيرينا وليامز) and then
 * by the family name or, for artists and athletes, the first name alone (رد ألستون، أعمال فان
 * غوخ، وبلغت سيرينا). After an unknown person's full name, a bare occurrence of its last word is
 * that person, with the words of the full name before it that stand there too (فان غوخ, not
 * غوخ); and a one-word name the name finder reads there as a place or body (سيرينا as a place)
 * is that person. The last word must be a word of a name: known as a name or unknown to the
 * lexicon (a span that took the next verb, فيليب بودكين برر, spreads nothing), without the
 * article (ملاعب الغولف: a definite word alone is as often a common noun or a nisba). The
 * first name is read only where the name finder found a name. Stateless and thread-safe.
 */
final class UnknownFamilyNames {

  private static final int MIN_WORD = 3;

  private UnknownFamilyNames() {}

  /**
   * Adds the bare family names of unknown people to {@code accepted} (kept in text order) and
   * retypes the name finder's one-word names that are a person's first or last name; {@code
   * known} tells the words the name lexicons know.
   */
  static void apply(AnalyzedText text, List<Candidate> accepted, IntUnaryOperator proclitics,
      Predicate<String> known) {
    Map<String, Candidate> family = new HashMap<>();
    Map<String, Candidate> first = new HashMap<>();
    for (Candidate c : accepted) {
      if (c.type() == EntityType.PERSON && c.entities().isEmpty() && !c.isTitle()
          && c.source() == Candidate.Source.MODEL && c.length() >= 2
          && text.sentenceOf(c.start()) == text.sentenceOf(c.end() - 1)) {
        String last = text.form(c.end() - 1);
        if (nameWord(last, known)) {
          family.putIfAbsent(last, c);
        }
        String given = c.firstWord(text);
        if (nameWord(given, known)) {
          first.putIfAbsent(given, c);
        }
      }
    }
    if (family.isEmpty()) {
      return;
    }
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.length() != 1 || c.type() == EntityType.PERSON || c.type() == EntityType.MISC
          || c.isTitle() || c.source() != Candidate.Source.MODEL || !c.entities().isEmpty()) {
        continue;
      }
      String bare = c.firstWord(text);
      Candidate full = family.containsKey(bare) ? family.get(bare) : first.get(bare);
      if (full != null && full.start() < c.start()) {
        accepted.set(k, c.withEntities(c.entities(), EntityType.PERSON));
      }
    }
    boolean[] taken = Candidate.covering(text.size(), accepted);
    List<Candidate> added = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (taken[i] || !text.isWord(i)) {
        continue;
      }
      int stripped = proclitics.applyAsInt(i);
      String form = text.form(i);
      Candidate full = family.get(form);
      if (full == null) {
        full = family.get(form.substring(Math.min(stripped, form.length())));
      } else {
        stripped = 0; // وليامز: the whole word is the name
      }
      if (full == null || full.end() > i) {
        continue;
      }
      String bare = form.substring(Math.min(stripped, form.length()));
      if (text.surface(i).endsWith("ى") && DocumentConsistency.isFunctionWord(bare)) {
        continue; // على is the preposition, never the name علي the normaliser folds it into
      }
      if (bare.startsWith("ال") && bare.endsWith("ي")
          && !(i > 0 && FamilyNames.announcesName(text, i - 1))) {
        continue; // السوداني: an adjective unless a verb or a title announces a name
      }
      int start = i;
      int s = stripped;
      // فنسنت فان غوخ … فان غوخ: the words of the full name before its last that stand here
      for (int j = full.end() - 2; j > full.start() && start > 0 && !taken[start - 1]
          && s == 0 && text.isWord(start - 1) && text.form(start - 1).equals(text.form(j)); j--) {
        start--;
      }
      if (start < i) {
        s = 0;
      }
      added.add(new Candidate(start, i + 1, start < i ? 0 : s, Candidate.Source.MODEL,
          full.entities(), EntityType.PERSON, 0.8));
      Arrays.fill(taken, start, i + 1, true);
    }
    if (!added.isEmpty()) {
      accepted.addAll(added);
      accepted.sort(Comparator.comparingInt(Candidate::start));
    }
  }

  /** Whether a word can stand alone for a person: a known name word or none of the lexicon's. */
  private static boolean nameWord(String f, Predicate<String> known) {
    return f.length() >= MIN_WORD && KnowledgeBase.hasArabicLetter(f) && !f.startsWith("ال")
        && !DocumentConsistency.isFunctionWord(f)
        && (known.test(f) || StemLexicon.loadDefault().count(f) == 0);
  }
}
