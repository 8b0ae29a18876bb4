package io.khabar.event;

import io.khabar.event.TriggerLexicon.SplitTrigger;
import io.khabar.event.TriggerLexicon.Trigger;
import io.khabar.kb.PhraseMatch;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds the triggers of a text: every contiguous trigger of the lexicon (proclitics tolerated:
 * واتفقا، بزيارة، لقائه) and every verb–object pair split by a subject (فرضت واشنطن عقوبات), then
 * the longest readings that do not overlap. A form is no trigger when its letters belong to
 * another word: a verb reached through the article (الجدد is not جدد) or through ب/ك (وبحث is
 * و + بحث), a verb form after a preposition with no noun reading in the lexicon (على وقع), a weak
 * form outside its phrase, or a first-person imperfect speech verb (نرحب: the writer's voice).
 * A meeting held by telephone (بحث هاتفياً مع) is a call.
 */
final class TriggerFinder {

  /** How many tokens after a meeting's trigger an adverb of the telephone may stand. */
  private static final int PHONE_ADVERB_REACH = 4;

  private final TriggerLexicon lexicon;
  private final Cues cues;
  private final Frames frames;

  TriggerFinder(TriggerLexicon lexicon, Cues cues, Frames frames) {
    this.lexicon = lexicon;
    this.cues = cues;
    this.frames = frames;
  }

  /**
   * Every trigger, contiguous or split (verb … object), then the longest readings that do not
   * overlap: أعادت المملكة فتح سفارتها is one RESTORE (the split reading spans more than the
   * contiguous فتح سفارتها inside it), إعادة فتح سفارتها one RESTORE (the contiguous phrase spans
   * more than the split فتح … سفارتها).
   */
  List<Found> find(AnalyzedText text) {
    List<Found> candidates = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (!text.isWord(i)) {
        continue;
      }
      Optional<PhraseMatch<SplitTrigger>> m = lexicon.splitVerbs().matchAt(text, i);
      if (m.isEmpty() || articleOnVerb(text, m.get().start(), m.get().strippedChars(), true)) {
        continue;
      }
      // the verb's object is the nearest one, read as the longest object row there: جمدت
      // السعودية العلاقات التجارية is a trade freeze (SANCTIONS), not جمدت … العلاقات (DIPLOMATIC)
      Found best = null;
      int bestAt = Integer.MAX_VALUE;
      for (SplitTrigger st : m.get().values()) {
        int objectAt = findObject(text, m.get().end(), st);
        int reach = objectAt + st.object().size();
        if (objectAt >= 0 && (objectAt < bestAt || objectAt == bestAt && reach > best.reach())) {
          best = new Found(i, m.get().end(), m.get().strippedChars(), st.trigger(), reach);
          bestAt = objectAt;
        }
      }
      if (best != null) {
        candidates.add(best);
      }
    }
    for (PhraseMatch<Trigger> m : lexicon.triggers().findAll(text)) {
      if (!text.isWord(m.start())) {
        continue;
      }
      Trigger t = m.values().get(0);
      if (t.pos() == TriggerLexicon.Pos.PERFECT && frames.afterPreposition(text, m.start(),
          m.strippedChars(), 0)) {
        // على وقع: after a preposition the word is a noun; without a noun reading of this form
        // in the lexicon it is another noun (وقع "impact", not "signed")
        Optional<Trigger> noun = m.values().stream()
            .filter(v -> v.pos() == TriggerLexicon.Pos.MASDAR || v.pos() == TriggerLexicon.Pos.NOUN)
            .findFirst();
        if (noun.isEmpty()) {
          continue;
        }
        t = noun.get();
      }
      if (t.weak() || articleOnVerb(text, m.start(), m.strippedChars(), t.isVerb())) {
        continue; // weak forms (نشر "publish", وقع "happened") count only in a phrase
      }
      if (t.isVerb() && prepositionOnVerb(text, m.start(), m.strippedChars(), t.pos())) {
        continue; // وبحث is و + بحث "discussed", not و + ب + حث "urged"
      }
      if (t.type() == EventType.STATEMENT && t.pos() == TriggerLexicon.Pos.IMPERFECT
          && (t.form().startsWith("ن") || t.form().startsWith("سن"))) {
        continue; // نرحب، سنرى: the writer's own voice, or words inside a quotation already told
      }
      candidates.add(new Found(m.start(), m.end(), m.strippedChars(), t, m.end()));
    }
    gluedParticiples(text, candidates);
    candidates.sort((a, b) -> a.reach() - a.start() != b.reach() - b.start()
        ? Integer.compare(b.reach() - b.start(), a.reach() - a.start())
        : Integer.compare(a.start(), b.start()));
    boolean[] taken = new boolean[text.size()];
    List<Found> out = new ArrayList<>();
    outer:
    for (Found f : candidates) {
      for (int k = f.start(); k < f.reach(); k++) {
        if (taken[k]) {
          continue outer;
        }
      }
      Arrays.fill(taken, f.start(), f.reach(), true);
      out.add(f);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    for (int k = 0; k < out.size(); k++) {
      Found f = out.get(k);
      if (f.trigger().type() == EventType.MEETING && byPhone(text, f)) {
        Trigger t = f.trigger();
        out.set(k, new Found(f.start(), f.end(), f.stripped(), new Trigger(EventType.PHONE_CALL,
            t.subtype(), t.pos(), t.form(), t.modality(), t.weak()), f.reach()));
      }
    }
    return out;
  }

  /** The complementizers a participle in ـا may run into when the space is dropped. */
  private static final List<String> GLUED_THAT = List.of("انها", "انهم", "انه", "ان");

  /**
   * قائلاإنه، مضيفاأن: the alif of an accusative participle does not join the next letter, so a
   * dropped space leaves the participle and its complementizer one word on screen and in the
   * text. The participle before the complementizer is the trigger.
   */
  private void gluedParticiples(AnalyzedText text, List<Found> candidates) {
    for (int i = 0; i < text.size(); i++) {
      if (!text.isWord(i)) {
        continue;
      }
      String form = text.form(i);
      int at = i;
      for (String that : GLUED_THAT) {
        if (form.length() > that.length() + 3 && form.endsWith(that)) {
          String participle = form.substring(0, form.length() - that.length());
          if (participle.endsWith("ا")) {
            lexicon.triggers().get(participle).stream()
                .filter(t -> t.type() == EventType.STATEMENT
                    && t.pos() == TriggerLexicon.Pos.PARTICIPLE)
                .findFirst()
                .ifPresent(t -> candidates.add(new Found(at, at + 1, 0, t, at + 1)));
          }
          break;
        }
      }
    }
  }

  /**
   * بحث هاتفياً مع نظيره، يبحث مع روبيو هاتفياً: a meeting held by telephone is a call. The adverb
   * stands inside the trigger or just after it, in the same clause.
   */
  private boolean byPhone(AnalyzedText text, Found f) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    int limit = Math.min(sentenceEnd, f.reach() + PHONE_ADVERB_REACH);
    for (int i = f.end(); i < limit; i++) {
      if (Tokens.isBreak(text, i)) {
        return false;
      }
      if (cues.phoneAdverbs.contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Prepositions never attach to verbs: a verb reached by stripping ب or ك, or ل from a perfect
   * (ل before an imperfect is "in order to": ليزور), is another word.
   */
  private static boolean prepositionOnVerb(AnalyzedText text, int token, int stripped,
      TriggerLexicon.Pos pos) {
    String proclitics = Tokens.proclitics(text, token, stripped);
    return proclitics.indexOf('ب') >= 0 || proclitics.indexOf('ك') >= 0
        || proclitics.indexOf('ل') >= 0 && pos != TriggerLexicon.Pos.IMPERFECT;
  }

  /**
   * A verb reached by dropping ال is another word (الجدد is not جدد). Of the verbs whose stem
   * begins with ال, التأم "convened" written bare with no conjunction before it is the adjective
   * التامّ "complete" (تضامنها التام، الرفض التام): the verb keeps its hamza or opens a clause
   * (والتأم، فالتام).
   */
  private static boolean articleOnVerb(AnalyzedText text, int token, int stripped, boolean verb) {
    if (!verb) {
      return false;
    }
    String form = text.form(token);
    String rest = form.substring(Math.min(stripped, form.length()));
    if (rest.startsWith("التام")) {
      return stripped == 0 && text.surface(token).indexOf('أ') < 0;
    }
    return rest.startsWith("ال") && !rest.startsWith("التق");
  }

  /**
   * Where the split trigger's object starts within its gap after the verb, or −1. The gap is the
   * subject (الرئيس اللبناني جوزاف عون اليوم): a trigger inside it means the object belongs to
   * that event instead (يبحثان تنفيذ الاتفاق النووي مع إيران; بحث في اتصال هاتفي مع), so
   * the search stops there, as it does at sentence punctuation.
   */
  private int findObject(AnalyzedText text, int from, SplitTrigger st) {
    int sentence = text.sentenceOf(from - 1);
    int sentenceEnd = text.sentenceEnd(sentence);
    int limit = Math.min(sentenceEnd, from + st.maxGap() + 1);
    for (int i = from; i < limit; i++) {
      if (Tokens.isBreak(text, i)) {
        return -1;
      }
      if (i + st.object().size() <= sentenceEnd && objectAt(text, i, st.object())) {
        return i;
      }
      if (text.isWord(i) && lexicon.triggers().matchAt(text, i)
          .filter(t -> !t.values().get(0).weak()).isPresent()) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean objectAt(AnalyzedText text, int i, List<String> object) {
    for (int k = 0; k < object.size(); k++) {
      String form = text.form(i + k);
      String want = object.get(k);
      boolean ok = form.equals(want)
          || k == 0 && form.length() > want.length() + 1 && form.endsWith(want)
              && "وفبلك".indexOf(form.charAt(0)) >= 0 && form.length() - want.length() <= 2;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
