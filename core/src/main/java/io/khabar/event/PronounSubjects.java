package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * Verbs whose subject is a pronoun or no one, so that no name near them may be read as their
 * subject. Three forms of news grammar:
 * <ul>
 *   <li>a particle carrying the subject pronoun right before the verb (لكنها حذرت، ولكنه أكد):
 *       the pronoun points back to the subject already told, never to a name inside what was
 *       said before it (وقالت لاغارد إن … مثل الولايات المتحدة، لكنها حذرت: Lagarde warns);</li>
 *   <li>a relative pronoun whose gender the verb after it does not share (الوضع … في اليمن، الذي
 *       قالت إنه): the antecedent is what is spoken about, not the subject, which follows the verb
 *       (المنطقة التي أعلن ولي العهد) or is a pronoun (masculine الذي before a feminine verb,
 *       feminine التي before a masculine one);</li>
 *   <li>ما، فيما before a speech verb with بـ at once and no subject between (في ما وصف بأنه
 *       "حادث مأساوي"): the impersonal "what was described as", which names no speaker.</li>
 * </ul>
 * The words are the PRONOUN_SUBJECT and IMPERSONAL_WHAT roles of {@code argument-cues.tsv}.
 */
final class PronounSubjects {

  private final Set<String> pronounCarriers;
  private final Set<String> impersonalWhat;

  PronounSubjects(TriggerLexicon lexicon) {
    this.pronounCarriers = lexicon.cues("PRONOUN_SUBJECT");
    this.impersonalWhat = lexicon.cues("IMPERSONAL_WHAT");
  }

  /** A particle right before the verb carries its subject pronoun (لكنها حذرت). */
  boolean carriedBefore(AnalyzedText text, Found f, int sentenceStart) {
    return f.start() > sentenceStart && pronounCarriers.contains(text.form(f.start() - 1));
  }

  /** The relative pronoun right before the verb does not agree with it in gender (الذي قالت). */
  static boolean relativeDisagrees(AnalyzedText text, Found f, int sentenceStart) {
    if (f.start() <= sentenceStart || !DescribedNoun.afterRelative(text, f, sentenceStart)
        || f.stripped() > 0) {
      return false;
    }
    String relative = text.form(f.start() - 1);
    String verb = text.form(f.start());
    TriggerLexicon.Pos pos = f.trigger().pos();
    boolean feminine = pos == TriggerLexicon.Pos.PERFECT && verb.endsWith("ت")
        && f.trigger().form().endsWith("ت") && !verb.endsWith("تت")
        || pos == TriggerLexicon.Pos.IMPERFECT && verb.startsWith("ت") && !verb.endsWith("ون");
    boolean masculine = pos == TriggerLexicon.Pos.PERFECT && !verb.endsWith("ت")
        && !verb.endsWith("ا") || pos == TriggerLexicon.Pos.IMPERFECT && verb.startsWith("ي")
        && !verb.endsWith("ون") && !verb.endsWith("ان");
    return relative.equals("الذي") && feminine || relative.equals("التي") && masculine;
  }

  /** ما وصف بأنه: a speech verb after ما with بـ at once is impersonal. */
  boolean impersonal(AnalyzedText text, EntityLayer layer, Found f, int sentenceStart) {
    if (f.trigger().type() != EventType.STATEMENT || !f.trigger().isVerb()
        || f.start() <= sentenceStart || f.stripped() > 0 || f.end() >= text.size()
        || !impersonalWhat.contains(text.form(f.start() - 1))) {
      return false;
    }
    String next = text.form(f.end());
    // بأنه، بأن، بـ"…"، بالإرهابيين; not a name that begins with the letter (ما أوضح باتريك)
    return layer.entityAt(f.end()) < 0 && (next.equals("ب") || next.startsWith("بان")
        || next.startsWith("بأن") || next.startsWith("بال"));
  }
}
