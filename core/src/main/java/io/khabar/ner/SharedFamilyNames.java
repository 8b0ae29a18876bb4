package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import io.khabar.token.StemLexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * People who share a family name are one person only when nothing in the text tells them apart.
 * The knowledge base knows a person by the family name alone (باول for Colin Powell, ترامب for
 * Donald Trump), but a given name written before it names someone else: جيروم باول and دينا
 * باول are two people, the ترامب of ميلانيا ترامب is not Donald Trump. So:
 *
 * <ol>
 *   <li>a one-word knowledge-base person right after a given name of the lexicon ({@link
 *       CueWords.Cue#GIVEN_NAME}), or at the end of a person's span of the name finder of up to
 *       three words whose other words are given names or person-name tokens, is an unknown person
 *       named by the whole when that given name is not the first word of any of the known
 *       person's own names; so is one at the start of such a span whose other words are
 *       person-name tokens or words the lexicon does not know, when it is no first word of the known person's names either (نوفاك
 *       جوكوفيتش is not Alexander Novak: his family name does not come first);
 *   <li>a bare family name is the known person only when the text names no one else with it in
 *       full: otherwise it is an unknown person's name, which the merging step joins to the one
 *       person the text names in full with it, or leaves apart when there are several.
 * </ol>
 * Stateless and thread-safe.
 */
final class SharedFamilyNames {

  private SharedFamilyNames() {}

  /**
   * Step 1, on the proposed candidates (before overlaps are resolved): the family names that a
   * different given name makes someone else's. {@code proclitics} gives a token's proclitic
   * chars.
   */
  static void separate(AnalyzedText text, List<Candidate> candidates,
      IntUnaryOperator proclitics, Predicate<String> nameToken) {
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      if (c.source() != Candidate.Source.KB || c.length() != 1 || c.entities().isEmpty()
          || c.stripped() > 0
          || c.entities().stream().anyMatch(e -> e.type() != EntityType.PERSON)) {
        continue;
      }
      Set<String> ownFirst = firstWords(c.entities());
      Candidate longer = null;
      for (Candidate m : candidates) {
        if (m.source() == Candidate.Source.MODEL && m.type() == EntityType.PERSON
            && m.start() < c.start() && m.end() == c.end() && m.start() >= c.start() - 2) {
          longer = m;
        }
      }
      Candidate following = null;
      for (Candidate m : candidates) {
        if (m.source() == Candidate.Source.MODEL && m.type() == EntityType.PERSON
            && m.start() == c.start() && m.end() > c.end() && m.end() <= c.end() + 2) {
          following = m;
        }
      }
      if (following != null && !ownFirst.contains(firstWord(text, c.start(), 0))) {
        boolean names = true;
        for (int i = c.end(); i < following.end(); i++) {
          names &= proclitics.applyAsInt(i) == 0 && (nameToken.test(text.form(i))
              || StemLexicon.loadDefault().count(text.form(i)) == 0);
        }
        if (names) {
          // نوفاك جوكوفيتش: the known family name is someone else's given name here
          candidates.set(k, new Candidate(c.start(), following.end(), 0, Candidate.Source.MODEL,
              ImmutableList.of(), EntityType.PERSON, following.score()));
          continue;
        }
      }
      int given = c.start() - 1;
      if (longer != null) {
        String first = firstWord(text, longer.start(), longer.stripped());
        boolean givenNames = true;
        for (int i = longer.start(); i < c.start(); i++) {
          String w = i == longer.start() ? first : text.form(i);
          givenNames &= CueWords.of(w) == CueWords.Cue.GIVEN_NAME || nameToken.test(w);
        }
        if (!ownFirst.contains(first) && givenNames) {
          candidates.set(k, new Candidate(longer.start(), c.end(), longer.stripped(),
              Candidate.Source.MODEL, ImmutableList.of(), EntityType.PERSON, longer.score()));
        }
        continue;
      }
      if (given < 0 || !text.isWord(given) || text.sentenceOf(given) != text.sentenceOf(c.start())) {
        continue;
      }
      int stripped = proclitics.applyAsInt(given);
      String word = firstWord(text, given, stripped);
      if (CueWords.of(word) == CueWords.Cue.GIVEN_NAME && !ownFirst.contains(word)) {
        candidates.set(k, new Candidate(given, c.end(), stripped, Candidate.Source.MODEL,
            ImmutableList.of(), EntityType.PERSON, c.score()));
      }
    }
  }

  /**
   * Step 2, on the accepted candidates: a bare known family name whose person the text does not
   * name in full, while it names someone else in full with it, loses its link.
   */
  static void unlinkBareNames(AnalyzedText text, List<Candidate> accepted) {
    Set<String> namedInFull = new HashSet<>();
    Set<String> othersLastWords = new HashSet<>();
    for (Candidate c : accepted) {
      if (c.type() != EntityType.PERSON || c.isTitle() || c.length() < 2) {
        continue;
      }
      if (c.entities().size() == 1) {
        namedInFull.add(c.entities().get(0).key());
      } else if (c.entities().isEmpty()) {
        othersLastWords.add(text.form(c.end() - 1));
      }
    }
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.length() != 1 || c.type() != EntityType.PERSON || c.isTitle()
          || c.entities().isEmpty()
          || c.entities().stream().anyMatch(e -> namedInFull.contains(e.key()))) {
        continue;
      }
      if (othersLastWords.contains(firstWord(text, c.start(), c.stripped()))) {
        accepted.set(k, c.withEntities(ImmutableList.of(), EntityType.PERSON));
      }
    }
  }

  /** The first words of the entities' multi-word names, in matching form. */
  private static Set<String> firstWords(List<KbEntity> entities) {
    Set<String> out = new HashSet<>();
    ArabicNormalizer norm = ArabicNormalizer.get();
    for (KbEntity e : entities) {
      for (String a : e.aliases()) {
        String f = norm.matchingForm(a).strip();
        int space = f.indexOf(' ');
        if (space > 0) {
          out.add(f.substring(0, space));
        }
      }
    }
    return out;
  }

  private static String firstWord(AnalyzedText text, int i, int stripped) {
    String f = text.form(i);
    return f.substring(Math.min(stripped, f.length()));
  }
}
