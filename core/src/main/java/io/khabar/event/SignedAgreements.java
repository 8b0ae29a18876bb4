package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An agreement noun followed by the clause of its signing tells that agreement, not a reference
 * back to one told before: a participle (الاتفاق النووي الموقع بين إيران والقوى العالمية في 2015،
 * الاتفاقية المبرمة مع تركيا) or a relative clause (اتفاق السلام الذي وقع في 2015 مع الحركة،
 * الاتفاقية التي وقعتها مصر مع قبرص). That clause names the parties: the relative verb's subject,
 * both sides after بين … و, the sides after مع (مع السعودية والإمارات والكويت). They replace
 * whatever the words around the noun gave (ترامب الذي انسحب من الاتفاق المبرم مع إيران: not the one who now leaves it); a participle
 * or a passive relative verb naming no side leaves the agreement with no party known, while an
 * active one with its subject unnamed (الاتفاق الذي أبرمه مع كيم) keeps the subject told before. The participles and the
 * relative clause's verbs are the SIGNED role of {@code argument-cues.tsv}.
 */
final class SignedAgreements {

  /** Words (adjectives, a genitive) between the agreement noun and its signing clause. */
  private static final int BEFORE_CLAUSE = 3;
  /** Tokens of the signing clause read for its parties: الموقع في فيينا عام 2015 بين إيران و… */
  private static final int CLAUSE_REACH = 10;
  /** Tokens between the relative verb and its subject: الذي وقعته في 2015 مصر. */
  private static final int SUBJECT_REACH = 3;

  private final Obliques obliques;
  private final Set<String> signed;

  SignedAgreements(TriggerLexicon lexicon, Obliques obliques) {
    this.obliques = obliques;
    this.signed = lexicon.cues("SIGNED");
  }

  /** The token of the signing participle or relative verb after agreement noun {@code f}, or −1. */
  int signing(AnalyzedText text, EntityLayer layer, Found f, Clause c) {
    if (f.trigger().type() != EventType.AGREEMENT || f.trigger().isVerb()) {
      return -1;
    }
    for (int i = f.reach(); i < Math.min(c.sentenceEnd(), f.reach() + BEFORE_CLAUSE + 1); i++) {
      String w = text.form(i);
      if (signed.contains(w) && (w.startsWith("ال")
          || i > f.reach() && Tokens.isRelativePronoun(text.form(i - 1)))) {
        return i;
      }
      if (Tokens.isQuote(w)) {
        continue; // الاتفاق "النووي" الموقع: a quotation mark around the agreement's name
      }
      if (!text.isWord(i) || layer.entityAt(i) >= 0) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The roles with the parties the signing clause at {@code at} names, the relative verb's
   * subject (else the first side) acting; unchanged when it names none.
   */
  Arguments.Roles complete(AnalyzedText text, EntityLayer layer, Clause c, int at,
      Arguments.Roles roles) {
    List<Integer> parties = new ArrayList<>();
    boolean between = false;
    int to = Math.min(c.sentenceEnd(), at + 1 + CLAUSE_REACH);
    for (Occurrence o : Tokens.occurrences(layer, at + 1, to)) {
      if (stopsBefore(text, at + 1, o.start()) || !EntityKinds.isActor(layer, o.entity())) {
        break;
      }
      String cue = obliques.cueBefore(text, layer, o.start(), at + 1);
      boolean subject = cue.isEmpty() && active(text.form(at))
          && o.start() - at - 1 <= SUBJECT_REACH && parties.isEmpty();
      if (cue.equals("بين") || cue.equals("مع")) {
        between = true; // وقعتها المملكة مع السعودية والإمارات والكويت: each joined by و signed
      }
      if (subject || cue.equals("بين") || cue.equals("مع") || between && cue.equals("و")) {
        parties.add(o.entity());
      } else {
        break;
      }
    }
    if (parties.isEmpty() && active(text.form(at))) {
      return roles; // الاتفاق الذي أبرمه مع كيم: he who concluded it is told before
    }
    roles.agent().clear();
    roles.others().clear();
    roles.recipients().clear();
    roles.targets().clear();
    if (!parties.isEmpty()) { // a participle or a passive with no side named: no one known
      roles.agent().add(parties.get(0));
      roles.others().addAll(parties.subList(1, parties.size()));
    }
    return roles;
  }

  /**
   * A relative verb with the agreement as its object pronoun (وقعته، أبرمها) is active: its
   * subject signed, named after it or told before (الاتفاق الذي أبرمه مع كيم); a participle
   * (الموقع) or a verb with no pronoun (الذي وقع، أبرم في 2015) is passive and names no signer.
   */
  private static boolean active(String signingWord) {
    return !signingWord.startsWith("ال")
        && (signingWord.endsWith("ه") || signingWord.endsWith("ها"));
  }

  /** A break or a comma stands in [from, to): the signing clause ended before. */
  private static boolean stopsBefore(AnalyzedText text, int from, int to) {
    return Tokens.clauseEnd(text, from, to) < to;
  }
}
