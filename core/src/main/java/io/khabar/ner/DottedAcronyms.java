package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.LatinLetterNames;
import io.khabar.token.AnalyzedText;
import java.util.List;

/**
 * An acronym written as the names of Latin letters joined by dots (سي.بي.إس، إن.بي.سي نيوز،
 * بي.إف.إم) is one name. The tokeniser splits it at the dots, so the knowledge base and the name
 * finder see its letters one by one and propose «بي» alone or «سي نيوز». Every candidate that
 * overlaps such a run is replaced by one candidate over the run and whatever those candidates
 * covered beyond it (إن.بي.سي نيوز), an ORGANIZATION: in news an acronym names a body, a network
 * or a company. With no candidate on it, a run right after a body's head noun (شبكة، تلفزيون،
 * وكالة، شركة; {@link BodyHeads}) is proposed as one. Letter names: {@link LatinLetterNames}.
 * Stateless and thread-safe.
 */
final class DottedAcronyms {

  private DottedAcronyms() {}

  /** Joins the candidates on each dotted acronym of {@code text} into one. */
  static void apply(AnalyzedText text, List<Candidate> candidates) {
    for (int i = 0; i < text.size(); i++) {
      int end = runEnd(text, i);
      if (end < 0) {
        continue;
      }
      int from = i;
      int to = end;
      int stripped = LatinLetterNames.isLetterName(text.form(i)) ? 0 : 1; // وسي.بي.إس: the و is outside
      boolean any = false;
      for (int k = candidates.size() - 1; k >= 0; k--) {
        Candidate c = candidates.get(k);
        if (c.start() < end && c.end() > i && !c.isTitle()) {
          any = true;
          if (c.start() < from) {
            stripped = c.stripped();
          }
          from = Math.min(from, c.start());
          to = Math.max(to, c.end());
          candidates.remove(k);
        }
      }
      if (any || i > 0 && text.sentenceOf(i - 1) == text.sentenceOf(i) && headBefore(text, i)) {
        candidates.add(new Candidate(from, to, stripped,
            Candidate.Source.PHRASE, ImmutableList.of(), EntityType.ORGANIZATION, 1.0));
      }
      i = end - 1;
    }
  }

  /**
   * The end (exclusive) of the dotted run of letter names starting at token {@code i}: at least
   * two letter names, each joined to the next by one dot with no space; −1 when none starts here.
   */
  static int runEnd(AnalyzedText text, int i) {
    if (!isLetter(text, i, i == 0 || text.end(i - 1) < text.start(i) ? 1 : 0)) {
      return -1;
    }
    int k = i;
    int letters = 1;
    while (k + 2 < text.size() && text.surface(k + 1).equals(".")
        && text.end(k) == text.start(k + 1) && text.end(k + 1) == text.start(k + 2)
        && isLetter(text, k + 2, 0)) {
      k += 2;
      letters++;
    }
    return letters >= 2 ? k + 1 : -1;
  }

  /** Whether token {@code i} is a letter name, allowing one proclitic on a run's first letter. */
  private static boolean isLetter(AnalyzedText text, int i, int maxClitic) {
    if (!text.isWord(i)) {
      return false;
    }
    String f = text.form(i);
    if (LatinLetterNames.isLetterName(f)) {
      return true;
    }
    return maxClitic > 0 && f.length() > 2 && ProcliticStripper.isProcliticLetter(f.charAt(0))
        && LatinLetterNames.isLetterName(f.substring(1));
  }

  private static boolean headBefore(AnalyzedText text, int i) {
    if (!text.isWord(i - 1)) {
      return false;
    }
    String f = ProcliticStripper.withoutOneProclitic(text.form(i - 1), 3);
    String bare = AliasChoice.withoutArticle(f);
    return BodyHeads.kind(bare).isPresent();
  }
}
