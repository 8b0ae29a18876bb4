package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.token.AnalyzedText;
import io.khabar.token.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * A team sheet names each player's club in brackets after his name: «عصام الحضري (التعاون)،
 * محمد الشناوي (الأهلي)، محمود حسن (قاسم باشا، اسطنبول)». Where a document has at least
 * {@value #MIN_PLAYERS} people's names each followed directly by a bracket, the bracket's first
 * words (up to a comma or the closing bracket, at most {@value #MAX_WORDS}) are a club: an
 * organisation when nothing else covers them and they start with the article (التعاون; not
 * معتزل "retired"), or when
 * the name finder read them as a person; a known city there is its club. A place the name
 * finder read stays a place, and a country stays a country (a national team is named by its country), and brackets after a single name (an
 * alias, a role, a translation) are left alone. Stateless and thread-safe.
 */
final class TeamSheets {

  private static final int MIN_PLAYERS = 3;
  private static final int MAX_WORDS = 4;

  private TeamSheets() {}

  /** Reads the brackets of a team sheet in {@code accepted} (text order, no overlaps). */
  static void apply(AnalyzedText text, List<Candidate> accepted) {
    List<int[]> brackets = new ArrayList<>(); // {open, end of the club's words}
    for (Candidate c : accepted) {
      if (c.type() != EntityType.PERSON || c.isTitle() || c.end() >= text.size()
          || !text.surface(c.end()).equals("(")) {
        continue;
      }
      int t = c.end() + 1;
      while (t < text.size() && t - c.end() - 1 < MAX_WORDS && text.isWord(t)
          && text.type(t) != TokenType.NUMBER) {
        t++;
      }
      if (t > c.end() + 1 && t < text.size()
          && (text.surface(t).equals(")") || text.surface(t).equals("،")
              || text.surface(t).equals(","))) {
        brackets.add(new int[] {c.end() + 1, t});
      }
    }
    if (brackets.size() < MIN_PLAYERS) {
      return;
    }
    List<Candidate> added = new ArrayList<>();
    int k = 0;
    for (int[] b : brackets) {
      while (k < accepted.size() && accepted.get(k).end() <= b[0]) {
        k++;
      }
      Candidate inside = k < accepted.size() && accepted.get(k).start() < b[1]
          ? accepted.get(k) : null;
      if (inside == null) {
        if (!withoutArticle(text, b[0], b[1])) {
          added.add(new Candidate(b[0], b[1], 0, Candidate.Source.PHRASE, ImmutableList.of(),
              EntityType.ORGANIZATION, 0.8));
        }
      } else if (inside.start() == b[0] && inside.end() == b[1] && !inside.isTitle()
          && (inside.entities().isEmpty() && inside.type() == EntityType.PERSON
              || isCity(inside))) {
        accepted.set(k, inside.withEntities(ImmutableList.of(), EntityType.ORGANIZATION));
      }
    }
    if (!added.isEmpty()) {
      accepted.addAll(added);
      accepted.sort(java.util.Comparator.comparingInt(Candidate::start));
    }
  }

  /**
   * Whether the bracket's words start without the article: a name without it is the name
   * finder's to find (برايتون); a word it leaves is as often the player's state (معتزل
   * "retired"), while the clubs named by common words are written with it (التعاون، الهلال).
   */
  private static boolean withoutArticle(AnalyzedText text, int from, int to) {
    return !text.surface(from).startsWith("ال");
  }

  private static boolean isCity(Candidate c) {
    if (c.entities().size() != 1 || c.type() != EntityType.LOCATION) {
      return false;
    }
    KbEntity e = c.entities().get(0);
    return e.subtype().filter(s -> s.equals("city") || s.equals("capital") || s.equals("town"))
        .isPresent();
  }
}
