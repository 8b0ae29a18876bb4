package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A speech verb joined by و / ف with no subject of its own (وأضاف أن …، وتابع: «…»، وأوضح
 * قائلا) is the speaker just told going on: its speaker is the last statement's, told in the
 * same or the previous sentence. The subject is known to be left out only when what was said
 * follows the verb at once (a complementizer, a colon, a quotation, a participle of saying),
 * after at most a time expression or a comma; a name the recogniser missed (وتدعي مايورغا أن)
 * stands there otherwise, and nothing is guessed.
 */
final class ContinuedSpeech {

  /** Sentences back the statement continued may stand. */
  private static final int SENTENCE_REACH = 1;
  /** Tokens between the verb and what was said: a date, a comma. */
  private static final int GAP = 3;

  private final Cues cues;

  ContinuedSpeech(Cues cues) {
    this.cues = cues;
  }

  Optional<Set<Integer>> speaker(AnalyzedText text, EntityLayer layer, boolean[] inTimex, Found f,
      Clause c, Optional<Dating.Told> last) {
    String proclitics = Tokens.proclitics(text, f);
    if (last.isEmpty() || !f.trigger().isVerb()
        || !(proclitics.startsWith("و") || proclitics.startsWith("ف"))
        || c.sentence() - last.get().sentence() > SENTENCE_REACH
        || c.sentence() < last.get().sentence() || !saidFollows(text, layer, inTimex, f, c)) {
      return Optional.empty();
    }
    Set<Integer> speakers = new LinkedHashSet<>();
    for (Participant p : last.get().event().core().participants()) {
      int e = p.role() == ParticipantRole.SPEAKER ? layer.indexOf(p.entity()) : -1;
      if (e >= 0) {
        speakers.add(e);
      }
    }
    return speakers.isEmpty() ? Optional.empty() : Optional.of(speakers);
  }

  /** A complementizer, a colon, a quotation or a participle of saying follows the verb. */
  private boolean saidFollows(AnalyzedText text, EntityLayer layer, boolean[] inTimex, Found f,
      Clause c) {
    for (int i = f.end(); i < Math.min(c.sentenceEnd(), f.end() + GAP); i++) {
      String w = text.form(i);
      if (cues.complementizers.contains(w) || w.equals(":") || Tokens.isQuote(w)
          || w.equals("قائلا") || w.equals("قائله")) {
        return true;
      }
      if (layer.entityAt(i) >= 0 || text.isWord(i) && !inTimex[i] && !cues.timeCues.contains(w)) {
        return false;
      }
    }
    return false;
  }
}
