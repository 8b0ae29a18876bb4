package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who speaks in a participle of circumstance (حال: مؤكدا، مشيرا، مطالبا) or a speech frame (في
 * مقابلة مع، في تغريدة): the subject of the sentence's main clause, the stretch before its first
 * complementizer or quotation (from the last حيث, which opens a clause of its own). A speech verb read there gives its speaker (قال ظريف إن … ترامب …،
 * مؤكدا is Zarif's, even when its subject is only a pronoun); else the first person named there
 * that no preposition governs and no object holds in its genitive ({@link ObjectGenitives}; وجه
 * قرقاش رسالة … بعد استقبال نصرالله …، مطالبا is Gargash's),
 * or, with no person, the first body or state. A name inside a quotation or inside what was said
 * (وأضاف "… فيغو …"، مشيرا) or in an aside between parentheses never speaks for the participle.
 */
final class MainClause {

  private final Cues cues;
  private final Frames frames;
  private final Obliques obliques;
  private final ObjectGenitives objectGenitives;

  MainClause(Cues cues, Frames frames, Obliques obliques, ObjectGenitives objectGenitives) {
    this.objectGenitives = objectGenitives;
    this.cues = cues;
    this.frames = frames;
    this.obliques = obliques;
  }

  /** The speaker of the participle or frame at {@code f}, empty when the main clause names none. */
  Set<Integer> subject(AnalyzedText text, EntityLayer layer, Optional<Governor> governor, Found f,
      int sentence, int sentenceStart, SubjectHead head) {
    // حيث opens a clause with its own subject (استقبل الرئيس البابا، حيث دعا الحبر الأعظم …،
    // مؤكدا): the participle goes with the last such clause
    int where = sentenceStart;
    for (int i = sentenceStart; i < f.start(); i++) {
      if (cues.where.contains(text.form(i))) {
        where = i + 1;
      }
    }
    int start = where;
    int end = start;
    while (end < f.start() && !frames.isComplementizer(text, end) && !Tokens.isBreak(text, end)) {
      end++;
    }
    if (governor.isPresent() && governor.get().sentence() == sentence
        && governor.get().event().type() == EventType.STATEMENT
        && governor.get().triggerEnd() > start && governor.get().triggerEnd() <= end
        && !governor.get().agents().isEmpty()) {
      return governor.get().agents();
    }
    List<Occurrence> main = Tokens.occurrences(layer, start, end).stream()
        .filter(o -> {
          String cue = obliques.cueBefore(text, layer, o.start(), start);
          return (cue.isEmpty() || cue.equals("و")) && !parenthesised(text, o)
              // وأشار إلى أصول صندوق الاحتياطي، موضحا: the object's genitive does not speak
              && !objectGenitives.governedGenitive(text, layer, start, o.start());
        }).toList();
    for (Occurrence o : main) {
      if (EntityKinds.isPerson(layer, o.entity())) {
        return Set.of(head.of(main, o).entity());
      }
    }
    for (Occurrence o : main) {
      if (EntityKinds.isActor(layer, o.entity()) && !EntityKinds.isCountry(layer, o.entity())) {
        return Set.of(o.entity());
      }
    }
    return main.stream().filter(o -> EntityKinds.isActor(layer, o.entity())).findFirst()
        .map(o -> Set.of(o.entity())).orElse(Set.of());
  }

  /**
   * Where the first trigger of the main clause before the participle at {@code f} starts, -1
   * when the main clause holds none: its subject slot tells whether the subject is named.
   */
  int firstTrigger(AnalyzedText text, Found f, int sentenceStart, int[] triggerStarts) {
    int start = sentenceStart;
    for (int i = sentenceStart; i < f.start(); i++) {
      if (cues.where.contains(text.form(i))) {
        start = i + 1;
      }
    }
    for (int i = start; i < f.start() && !frames.isComplementizer(text, i)
        && !Tokens.isBreak(text, i); i++) {
      if (Arrays.binarySearch(triggerStarts, i) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The occurrence stands between parentheses: an aside, an abbreviation or a credit. */
  static boolean parenthesised(AnalyzedText text, Occurrence o) {
    return o.start() > 0 && o.end() < text.size() && text.form(o.start() - 1).equals("(")
        && text.form(o.end()).equals(")");
  }

  /** The head's name of a title in apposition (مستشار الرئيس ترامب للأمن القومي، جون بولتون). */
  interface SubjectHead {
    Occurrence of(List<Occurrence> occurrences, Occurrence named);
  }
}
