package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.time.FutureForms;
import io.khabar.time.Timex;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Optional;

/**
 * Whether an event is told as planned: the words governing it decide first (a modal cue gives
 * its own modality), else the trigger's form (سيزور is PLANNED), a future cue before it, a date
 * after publication, or a relative clause of a future verb make it PLANNED. A past verb is
 * never planned by a future word, and a participle of speech keeps its main verb's tense.
 */
final class PlannedEvents {

  private final Cues cues;

  PlannedEvents(Cues cues) {
    this.cues = cues;
  }

  /**
   * The event's modality: {@code modal} when the words governing it make it unasserted, else
   * the trigger's own (سيزور is PLANNED), and PLANNED after a future cue or with a future date.
   */
  Modality modality(AnalyzedText text, EntityLayer layer, List<Timex> timexes,
      boolean[] afterPublication, Found f, Clause c, Optional<Integer> timex, Modality modal) {
    if (modal != Modality.ASSERTED) {
      return modal;
    }
    Modality modality = f.trigger().modality();
    // a past verb is no plan, whatever future word stands before it (وتمويل صفقة انتقال نيمار
    // المنتظرة، وأشارت ماركا), and its date never lies after publication (timexOf); a
    // participle of speech (مشيرا) has the tense of its main verb, not of what it says
    boolean past = f.trigger().pos() == TriggerLexicon.Pos.PERFECT;
    if (f.trigger().type() == EventType.STATEMENT
        && f.trigger().pos() == TriggerLexicon.Pos.PARTICIPLE) {
      return modality;
    }
    if (modality == Modality.ASSERTED && (!past && futureCue(text, c.left(), f.start())
        || timex.map(t -> past ? afterPublication[t] : timexes.get(t).future()).orElse(false)
        || relativeOfFuture(text, layer, f, c))) {
      modality = Modality.PLANNED;
    }
    return modality;
  }

  /** Tokens between a future verb and the relative pronoun of its object's clause. */
  private static final int RELATIVE_REACH = 6;

  /**
   * An imperfect in a relative clause whose head is governed by a future verb (ستتسلم المواقع
   * التي تخليها القوات) is as planned as that verb: the present tense of a relative clause takes
   * its time from the clause it describes. A word of a name (ستيفاني كليفورد، التي تقول) is no
   * future verb however it is spelt.
   */
  private static boolean relativeOfFuture(AnalyzedText text, EntityLayer layer, Found f,
      Clause c) {
    int rel = f.start() - 1;
    if (f.trigger().pos() != TriggerLexicon.Pos.IMPERFECT || rel <= c.sentenceStart()
        || !Tokens.isRelativePronoun(text.form(rel))) {
      return false;
    }
    for (int i = rel - 1; i >= Math.max(c.sentenceStart(), rel - RELATIVE_REACH); i--) {
      if (Tokens.isBreak(text, i)) {
        return false;
      }
      String w = text.form(i);
      if (layer.entityAt(i) < 0 && FutureForms.futureVerbWithOptionalConjunction(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean futureCue(AnalyzedText text, int from, int trigger) {
    for (int i = Math.max(from, trigger - 5); i < trigger; i++) {
      if (cues.futureCues.contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }
}
