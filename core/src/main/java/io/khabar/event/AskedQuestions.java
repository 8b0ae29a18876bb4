package io.khabar.event;

import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Set;

/**
 * A question asked before the answer: in وعندما سئل عما إذا كان يزور فيروز، قال the names after
 * the passive سئل (or the noun سؤال: ردا على سؤال عن X، قال) up to the speech verb are what was
 * asked about, inside the question, and never the one who answers. Only the passive verb's own
 * subject, right after it (وسئل لافروف عن الاتفاق فقال), is the one asked, who answers; with no
 * subject there, the one asked was told before (the speaker going on). The cue words are the
 * ASKED (passive verbs) and QUESTION (nouns) roles of {@code argument-cues.tsv}, matched with or
 * without a proclitic و / ف.
 */
final class AskedQuestions {

  /** Tokens between the passive verb and its subject: a title (وزير الخارجية الروسي) or a time. */
  private static final int SUBJECT_REACH = 4;

  private final Set<String> asked;
  private final Set<String> questions;

  AskedQuestions(TriggerLexicon lexicon) {
    this.asked = lexicon.cues("ASKED");
    this.questions = lexicon.cues("QUESTION");
  }

  /**
   * The names before the speech verb at {@code f} that are not inside a question asked in its
   * sentence before it.
   */
  List<Occurrence> outsideQuestions(AnalyzedText text, Found f, int sentenceStart,
      List<Occurrence> before) {
    if (f.trigger().type() != EventType.STATEMENT) {
      return before;
    }
    for (int i = sentenceStart; i < f.start(); i++) {
      String w = text.form(i);
      boolean passive = among(asked, w);
      if (passive || among(questions, w)) {
        int question = i;
        // وسئل لافروف: the first name right after the passive verb is its subject, asked
        int asker = !passive ? -1 : before.stream().filter(o -> o.start() > question)
            .findFirst().filter(o -> o.start() - question <= SUBJECT_REACH)
            .map(Occurrence::start).orElse(-1);
        return before.stream().filter(o -> o.start() < question || o.start() == asker).toList();
      }
    }
    return before;
  }

  private static boolean among(Set<String> cues, String w) {
    return cues.contains(w) || (w.startsWith("و") || w.startsWith("ف")) && w.length() > 3
        && cues.contains(w.substring(1));
  }
}
