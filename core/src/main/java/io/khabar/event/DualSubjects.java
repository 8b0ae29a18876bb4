package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A reciprocal act whose subject is "the two sides" names no one by itself: اتصل الملك سلمان
 * بالرئيس أردوغان … واتفق الطرفان على تشكيل فريق تحقيق، وتبادل الاثنان المعلومات واتفقا على
 * مواصلة التعاون. The two are the parties of the last act of two parties the article told (a
 * call, a meeting, talks, an agreement, a visit with its host) in the same sentence or one of
 * the two before it. The subject is a dual noun right after the verb (the DUAL_SUBJECT role of
 * {@code argument-cues.tsv}: الطرفان، الجانبان، الزعيمان) or the verb's own dual ending with no
 * name read as its subject (واتفقا، يلتقيان). Only the verb is read so: a noun (اتفاق الطرفين)
 * refers back to an agreement already told.
 */
final class DualSubjects {

  /** Acts of two parties each of whom acts: the ones "the two sides" may do. */
  private static final Set<EventType> RECIPROCAL = EnumSet.of(EventType.AGREEMENT,
      EventType.MEETING, EventType.NEGOTIATION, EventType.PHONE_CALL);
  /** Acts whose parties "the two sides" may point back to. */
  private static final Set<EventType> TWO_PARTY = EnumSet.of(EventType.AGREEMENT,
      EventType.MEETING, EventType.NEGOTIATION, EventType.PHONE_CALL, EventType.VISIT);
  /** How many sentences back the two parties may have been told. */
  private static final int SENTENCES_BACK = 2;
  /** Tokens after the verb where the dual subject may stand (a date between: اتفق أمس الطرفان). */
  private static final int SUBJECT_REACH = 2;

  private final Set<String> dualNouns;

  DualSubjects(TriggerLexicon lexicon) {
    this.dualNouns = lexicon.cues("DUAL_SUBJECT");
  }

  /**
   * The entity indices of the two parties verb {@code f} points back to, agent first, or empty
   * when its subject is no dual or no act of two parties was told just before; a dual ending
   * alone counts only when no subject was named ({@code subjectNamed} false).
   */
  Optional<List<Integer>> parties(AnalyzedText text, EntityLayer layer, Found f, Clause c,
      boolean subjectNamed, List<Dating.Told> told) {
    if (!f.trigger().isVerb() || !RECIPROCAL.contains(f.trigger().type())
        || !dualNounAfter(text, f, c) && (subjectNamed || !dualEnding(f.trigger().form()))) {
      return Optional.empty();
    }
    for (int k = told.size() - 1; k >= 0; k--) {
      Dating.Told t = told.get(k);
      if (t.sentence() < c.sentence() - SENTENCES_BACK) {
        break;
      }
      if (t.sentence() > c.sentence() || !TWO_PARTY.contains(t.event().type())) {
        continue;
      }
      List<Integer> parties = new ArrayList<>();
      for (Participant p : t.event().core().participants()) {
        int i = layer.indexOf(p.entity());
        if (i >= 0 && !parties.contains(i) && EntityKinds.isActor(layer, i)
            && p.role() != ParticipantRole.TARGET) {
          parties.add(i);
        }
      }
      if (parties.size() >= 2) {
        return Optional.of(List.copyOf(parties));
      }
    }
    return Optional.empty();
  }

  private boolean dualNounAfter(AnalyzedText text, Found f, Clause c) {
    for (int i = f.end(); i < Math.min(c.sentenceEnd(), f.end() + SUBJECT_REACH); i++) {
      if (dualNouns.contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dual of the perfect (اتفقا، التقيا) or of the imperfect (يتفقان، يلتقيان), not the plural
   * (اتفقوا) nor a stem ending in ا.
   */
  private static boolean dualEnding(String form) {
    return form.endsWith("ا") && !form.endsWith("وا") && form.length() > 3
        || (form.startsWith("ي") || form.startsWith("ت")) && form.endsWith("ان");
  }
}
