package io.khabar.event;

import io.khabar.kb.EntityType;
import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * Where a statement was made, as the text says it: a place is the statement's only in the
 * setting of the saying — after the verb and its subject, before what was said (قال للصحفيين
 * في أوسلو إن …، أعلن أمام صحافيين في بكين أن …). A place inside what was said (after إن / أن,
 * a colon or a quotation: قال إن إيران تحاول فتح جبهة في الجولان) is part of the words; a place
 * right after the name of a body is the body's seat (أعلنت الهيئة الوطنية للانتخابات في مصر);
 * a place fronted before the verb is its setting only when its في opens the clause (وفي واشنطن،
 * قال المتحدث), not when it ends a clause before (لعملية تسميم في إنجلترا، اتهمت السلطات).
 */
final class SpeechPlaces {

  /** Words a place noun may add between في and the name: في مدينة، في العاصمة. */
  private static final int PLACE_NOUNS = 2;

  private final Cues cues;

  SpeechPlaces(Cues cues) {
    this.cues = cues;
  }

  /**
   * The place at {@code start}, after the speech verb ending at {@code from}, lies in what was
   * said (a complementizer, a colon or a quotation mark stands between) or is the seat of the
   * speaking body named right before its preposition.
   */
  boolean notWhereSaid(AnalyzedText text, EntityLayer layer, Set<Integer> speakers, int from,
      int start) {
    for (int i = from; i < start; i++) {
      String w = text.form(i);
      if (cues.complementizers.contains(w) || w.equals(":") || Tokens.isQuote(w)) {
        return true;
      }
    }
    int cue = cueToken(text, start);
    if (cue <= from || !text.form(cue).equals("في")) {
      return false;
    }
    int e = layer.entityAt(cue - 1);
    // يلقي كلمة أمام الجمعية العامة في نيويورك: the audience's place is where he speaks
    return e >= 0 && speakers.contains(e)
        && layer.entities().get(e).type() == EntityType.ORGANIZATION;
  }

  /**
   * The place at {@code start} before the verb is governed by a في that opens the clause at
   * {@code left} (وفي واشنطن، في باريس، قال …).
   */
  boolean frontedSetting(AnalyzedText text, int left, int start) {
    int cue = cueToken(text, start);
    if (cue < 0) {
      return false;
    }
    String w = text.form(cue);
    boolean opens = cue == left || cue == left + 1 && isConjunction(text.form(left));
    return opens && (w.equals("في") || w.equals("وفي") || w.equals("ففي"));
  }

  /** The token of the preposition before the place at {@code start}, across place nouns; −1. */
  private int cueToken(AnalyzedText text, int start) {
    for (int i = start - 1; i >= Math.max(0, start - 1 - PLACE_NOUNS); i--) {
      String w = text.form(i);
      if (w.equals("في") || w.equals("وفي") || w.equals("ففي")) {
        return i;
      }
      if (!text.isWord(i) || !cues.placeNouns.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isConjunction(String w) {
    return w.equals("و") || w.equals("ثم") || w.equals("،") || w.equals(",");
  }
}
