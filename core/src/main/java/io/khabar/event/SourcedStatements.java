package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Optional;
import java.util.Set;

/**
 * A statement told as the source of a report: بحسب بيان لوزارة البترول، وفق تصريح للمتحدث،
 * جاء في بيان للخارجية. The noun after the attribution cue is no event of its own clause, but
 * the body or person it belongs to (its genitive, written with لـ or without) made a statement:
 * it is told with that speaker. With no named speaker right after the noun (بحسب بيان، وفق
 * خطابه) nothing is told. The verbs that introduce a quoted source (جاء، ورد) are the role
 * SOURCE_VERB of {@code argument-cues.tsv}.
 */
final class SourcedStatements {

  /** Adjectives between the noun and its speaker: بيان صحفي لوزارة، بيان رسمي صادر عن. */
  private static final int SPEAKER_REACH = 3;

  private final Frames frames;
  private final Obliques obliques;
  private final Set<String> sourceVerbs;

  SourcedStatements(TriggerLexicon lexicon, Frames frames, Obliques obliques) {
    this.frames = frames;
    this.obliques = obliques;
    this.sourceVerbs = lexicon.cues("SOURCE_VERB");
  }

  /**
   * The statement noun at {@code f} is a report's source: after بحسب / وفق, or the phrase في بيان
   * after جاء / ورد.
   */
  boolean sourced(AnalyzedText text, Found f, int sentenceStart) {
    if (f.trigger().type() != EventType.STATEMENT || !frames.nominal(text, f, sentenceStart)
        && !f.trigger().form().startsWith("في ")) {
      return false;
    }
    if (f.start() > sentenceStart && frames.attributed(text, f.start(), sentenceStart)) {
      return true;
    }
    // وجاء في بيان: the phrase في بيان, or the noun after في, right after the source verb
    int verb = f.trigger().form().startsWith("في ") ? f.start() - 1
        : f.start() - 2 >= sentenceStart && text.form(f.start() - 1).equals("في") ? f.start() - 2
        : -1;
    if (verb < sentenceStart) {
      return false;
    }
    String w = text.form(verb);
    return sourceVerbs.contains(w) || w.length() > 3 && w.charAt(0) == 'و'
        && sourceVerbs.contains(w.substring(1));
  }

  /** The person or body whose statement it is: the noun's genitive right after it. */
  Optional<Integer> speaker(AnalyzedText text, EntityLayer layer, Found f, Clause c) {
    for (Occurrence o : Tokens.occurrences(layer, f.end(),
        Math.min(c.sentenceEnd(), f.end() + SPEAKER_REACH + 1))) {
      String cue = obliques.cueBefore(text, layer, o.start(), o.start());
      if (!text.isWord(o.start() - 1) && o.start() > f.end()
          || !(cue.isEmpty() || cue.equals("ل"))
          || !EntityKinds.speakerIsNamed(layer, Set.of(o.entity()))) {
        return Optional.empty();
      }
      for (int i = f.end(); i < o.start(); i++) {
        if (!text.isWord(i) || layer.entityAt(i) >= 0) {
          return Optional.empty();
        }
      }
      return Optional.of(o.entity());
    }
    return Optional.empty();
  }
}
