package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A speaker named by a definite description the document has already tied to a name: وقال
 * الوزير after وزير الشؤون الإسلامية عبد اللطيف آل الشيخ, وقال الصندوق after صندوق النقد الدولي,
 * وقال البنك after بنك «مورغان ستانلي». News writing names a speaker in full once, then refers
 * back to him by the head of his title or of his body's name.
 * <ul>
 *   <li>The description is the definite noun right after the speech verb (across a date or a
 *       comma) with no name of its own in reach, and what was said follows it at once (وقال
 *       الوزير إن، وقال الصندوق: «…»); a definite noun with no reported content after it is the
 *       object (وانتقد الحكومة). A plural (الباحثون) or an unnamed agent (المسؤول، البيان)
 *       describes no one named.</li>
 *   <li>Its referent is the nearest earlier actor whose name begins with the noun or follows
 *       it as the body's kind (شركة «أبل»), with the description's adjective its own (الاتحاد
 *       الإنجليزي is not الاتحاد الجزائري لكرة القدم); or, for a title, the person it introduces
 *       (وزير الشؤون الإسلامية في البلاد، X) or who carries it in apposition (فكرت أوزار، سفير
 *       تركيا). The noun must head the title: in نائب الرئيس X the title is نائب. A title never
 *       describes the state in its genitive (سفير تركيا), nor a name after a preposition
 *       (باحثون في معهد X).</li>
 *   <li>Or the noun names the referent's kind (المصنع الأمريكي, المدرب): see
 *       {@link KindDescriptions}.</li>
 *   <li>A name read on into a date (المنظمة الدولية الخميس) is no referent.</li>
 * </ul>
 * Stateless.
 */
final class DescribedSpeakers {

  /** Tokens after the verb before the description: a date or a comma (وقال، الأحد، الوزير). */
  private static final int SUBJECT_REACH = 3;
  /** Words between a title's head and the name it introduces: وزير الشؤون الإسلامية في البلاد، X. */
  private static final int TITLE_WORDS = 4;
  /** Words after the description that must carry no name: الوزير السعودي عادل الجبير is named. */
  private static final int OWN_NAME_REACH = 4;

  /** Tokens from the description to what was said (إن، أن، a colon, a quotation). */
  private static final int CONTENT_REACH = 7;

  private final Cues cues;
  private final KindDescriptions kinds;

  DescribedSpeakers(Cues cues, KindDescriptions kinds) {
    this.cues = cues;
    this.kinds = kinds;
  }

  /** The entity the definite subject of the speech verb {@code f} refers back to, if any. */
  Optional<Integer> speaker(AnalyzedText text, EntityLayer layer, boolean[] inTimex, Found f,
      Clause c) {
    int head = -1;
    for (int i = f.end(); i < Math.min(c.right(), f.end() + SUBJECT_REACH); i++) {
      if (inTimex[i] || Tokens.isComma(text.form(i))) {
        continue;
      }
      head = i;
      break;
    }
    if (head < 0 || !text.isWord(head) || layer.entityAt(head) >= 0) {
      return Optional.empty();
    }
    String w = text.form(head);
    if (!w.startsWith("ال") || w.length() < 5) {
      return Optional.empty();
    }
    String noun = w.substring(2);
    if (cues.unnamedAgents.contains(noun) || cues.unnamedAgents.contains(w)
        || noun.endsWith("ون")) {
      return Optional.empty(); // وقال الباحثون: a plural names no one body or person
    }
    if (c.right() >= c.sentenceEnd() || c.right() - head > CONTENT_REACH) {
      return Optional.empty(); // وانتقد الحكومة: with no reported content after it, an object
    }
    for (int i = head + 1; i < Math.min(c.sentenceEnd(), head + OWN_NAME_REACH); i++) {
      if (layer.entityAt(i) >= 0) {
        return Optional.empty(); // the subject names itself: not this rule's to read
      }
    }
    List<Occurrence> earlier = Tokens.occurrences(layer, 0, f.start());
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Occurrence o = earlier.get(k);
      if (EntityKinds.speakerIsNamed(layer, Set.of(o.entity())) && !runsIntoDate(layer, inTimex, o)
          && ((isNoun(text.form(o.start()), noun) || kindBefore(text, layer, o, noun))
              && sameQualifier(text, head, o) || titled(text, layer, o, w, noun)
              || kinds.fits(text, layer, head, noun, o))) {
        return Optional.of(o.entity());
      }
    }
    return Optional.empty();
  }

  /**
   * A name the knowledge base does not know that ends in a date (المنظمة الدولية الخميس) was
   * read on into the date: no name to tell. A known name keeps a date-like word of its own (دي
   * مايو).
   */
  static boolean runsIntoDate(EntityLayer layer, boolean[] inTimex, Occurrence o) {
    return inTimex[o.end() - 1] && layer.linked(o.entity()).isEmpty();
  }

  /** The word is the noun, with or without the article or a one-letter proclitic. */
  private static boolean isNoun(String word, String noun) {
    return word.equals(noun) || word.endsWith("ال" + noun) && word.length() <= noun.length() + 3
        || word.endsWith(noun) && word.length() == noun.length() + 1;
  }

  /**
   * The noun is the title of the person named: وزير الشؤون الإسلامية في البلاد، X; X، سفير
   * تركيا. Another noun before a name is its genitive (حارس يوفنتوس), not its description.
   */
  private boolean titled(AnalyzedText text, EntityLayer layer, Occurrence o, String w,
      String noun) {
    return cues.titleWords.contains(w) && EntityKinds.isPerson(layer, o.entity())
        && (introducedBy(text, layer, o, noun) || appendedTo(text, o, noun));
  }

  /** The noun names the body's kind right before its name: شركة «فولكس فاغن». */
  private boolean kindBefore(AnalyzedText text, EntityLayer layer, Occurrence o, String noun) {
    int k = o.start() - 1;
    while (k > 0 && Tokens.isQuote(text.form(k))) {
      k--;
    }
    return k >= 0 && isNoun(text.form(k), noun) && !EntityKinds.isPlace(layer, o.entity())
        && !EntityKinds.isPerson(layer, o.entity());
  }

  /**
   * The description's adjective, if any, is the body's own, in its name or right after it:
   * الاتحاد الإنجليزي is not الاتحاد الجزائري لكرة القدم, الحارس الأسطوري not حارس يوفنتوس.
   */
  private static boolean sameQualifier(AnalyzedText text, int head, Occurrence o) {
    if (head + 1 >= text.size() || !text.form(head + 1).startsWith("ال")) {
      return true;
    }
    String adjective = text.form(head + 1);
    for (int i = o.start(); i < Math.min(text.size(), o.end() + 2); i++) {
      if (text.form(i).equals(adjective)) {
        return true;
      }
    }
    return false;
  }

  /** The noun opens the title in apposition after the name: فكرت أوزار، سفير تركيا في قطر. */
  private static boolean appendedTo(AnalyzedText text, Occurrence o, String noun) {
    return o.end() + 1 < text.size() && Tokens.isComma(text.form(o.end()))
        && isNoun(text.form(o.end() + 1), noun);
  }

  /** The noun heads a title standing before the name, across its words (وزير الشؤون … X). */
  private boolean introducedBy(AnalyzedText text, EntityLayer layer, Occurrence o, String noun) {
    int sentenceStart = text.sentenceStart(text.sentenceOf(o.start()));
    int words = 0;
    for (int i = o.start() - 1; i >= sentenceStart && words <= TITLE_WORDS; i--) {
      String w = text.form(i);
      if (Tokens.isQuote(w)) {
        continue;
      }
      if (Tokens.isComma(w)) {
        continue; // وزير الشؤون الإسلامية في البلاد، عبد اللطيف آل الشيخ
      }
      if (!text.isWord(i) || layer.entityAt(i) >= 0) {
        return false;
      }
      if (isNoun(w, noun)) {
        return i == sentenceStart || !cues.titleWords.contains(text.form(i - 1));
      }
      if (words == 0 && cues.cuePrepositions.contains(w)
          || !w.startsWith("ال") && !w.equals("في") && !cues.titleWords.contains(w)) {
        return false; // باحثون في معهد X، دراسة نشرتها صحيفة X: an oblique, or a clause
      }
      words++;
    }
    return false;
  }
}
