package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import io.khabar.token.StemLexicon;
import io.khabar.token.TokenType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Document consistency for the names {@link BodyPhrases} reads after a head: a body named once
 * with its head (شركة أبل، مجموعة "واندا") is named again without it. Its rule is on
 * {@link #addTo}.
 */
final class RepeatedBodyNames {

  private RepeatedBodyNames() {}

  /**
   * A body's own name that a phrase gave (شركة أبل، مجموعة "واندا"، دار أرتكوريال: the name
   * without its head) is the body's wherever its words stand again untagged in the document,
   * quoted or bare, a proclitic on the first word left outside (وتخوض "واندا"، لأرتكوريال). A
   * one-word name spreads only when written in Latin letters, or quoted where the phrase gave
   * it and a word news text never has (a company called «الأمل» does not make every hope a
   * company; an unquoted word after a head is as often its adjective: شركة ناشئة، ميليشيات
   * موالية). Adds to {@code accepted}, kept in text order.
   */
  static void addTo(AnalyzedText text, List<Candidate> accepted) {
    List<Candidate> own = new ArrayList<>();
    for (Candidate c : accepted) {
      if (c.source() == Candidate.Source.PHRASE && c.type() == EntityType.ORGANIZATION
          && c.stripped() == 0 && c.start() > 0 && !BodyHeads.isBodyOrQuoted(
              bareHead(text.form(c.start()))) && !text.form(c.start()).startsWith("ال")
          && (c.length() > 1 || text.type(c.start()) == TokenType.LATIN
              || quoted(text, c.start()) && StemLexicon.loadDefault().count(
                  text.form(c.start())) == 0)) {
        own.add(c);
      }
    }
    if (own.isEmpty()) {
      return;
    }
    boolean[] taken = Candidate.covering(text.size(), accepted);
    List<Candidate> added = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (taken[i] || !text.isWord(i)) {
        continue;
      }
      for (Candidate c : own) {
        int n = c.length();
        if (i + n > text.size()) {
          continue;
        }
        String first = text.form(i);
        String name = text.form(c.start());
        int stripped = first.equals(name) ? 0
            : first.length() == name.length() + 1 && first.endsWith(name)
                && ProcliticStripper.isProcliticLetter(first.charAt(0)) ? 1 : -1;
        boolean same = stripped >= 0;
        for (int t = 1; t < n && same; t++) {
          same = !taken[i + t] && text.form(i + t).equals(text.form(c.start() + t));
        }
        if (same) {
          added.add(new Candidate(i, i + n, stripped, Candidate.Source.PHRASE, c.entities(),
              EntityType.ORGANIZATION, c.score()));
          Arrays.fill(taken, i, i + n, true);
          break;
        }
      }
    }
    if (!added.isEmpty()) {
      accepted.addAll(added);
      accepted.sort(Comparator.comparingInt(Candidate::start));
    }
  }

  /** Whether token {@code t} follows an opening quote. */
  private static boolean quoted(AnalyzedText text, int t) {
    return t > 0 && switch (text.surface(t - 1)) {
      case "«", "\"", "“" -> true;
      default -> false;
    };
  }

  private static String bareHead(String form) {
    return form.startsWith("ال") ? form.substring(2) : form;
  }
}
