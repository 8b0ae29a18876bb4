package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.kb.KnowledgeBase;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import io.khabar.token.Segment;
import io.khabar.token.SegmentKind;
import io.khabar.token.StemLexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Shapes of common words that no person's name has, for the name finder's people the knowledge
 * base does not know: the name finder, reading news far from its training text, tags nouns and
 * verbs as people (لارتباطه بحفل، التهاب كبد فيروسي، يعتبر حاسبا وجهازا محمولا). A span is no
 * person's name when
 * <ul>
 *   <li>it is one word the segmenter reads with an enclitic pronoun on a stem of news text
 *       (ارتباطه، كلينا): a name carries no possessor;</li>
 *   <li>it is one word with the article that is no person-name token (الأنظار): a name starts
 *       with a given name;</li>
 *   <li>its words all end in the alif of the indefinite accusative (جهازا محمولا): a noun and
 *       its adjective as an object or a predicate;</li>
 *   <li>it ends in an indefinite nisba adjective of a noun of news text and has no name word
 *       (فيروسي، بورم سرطاني): an adjective qualifying the noun before it; a nisba of a place
 *       the knowledge base knows is a family name;</li>
 *   <li>it is one definite word right after a definite common noun (عيد الفطر السعيد، المذاق
 *       الفريد، الوفد الحوثي): an adjective agreeing with that noun, even when the word is a
 *       given name or a name token; a title or honorific before it (الأمير الوليد، الشيخ) or a
 *       known name (محمد السعيد) makes it a name;</li>
 *   <li>it is one indefinite word right after a first-person pronoun or after إنّ/أنّ with an
 *       attached pronoun (أنا سعيد، قال إنه سعيد، بأنه فريد): the predicate of a nominal
 *       sentence, an adjective; هو and هي are left alone, as they also introduce a name (هو
 *       محمد);</li>
 *   <li>its first word is a word of news text that no name list has (وجود، ارتقى، عكس): a noun
 *       or a verb, where a name starts with a given name; when a name word or two more words
 *       follow, the name starts after it (أبرزهم فاروق صبري، عكس هازارد).</li>
 * </ul>
 * One word alone stays a name where a person's name of two words or more in the document ends
 * with it (عمرو الحداد … قال الحداد): a family name stands alone once the person is named.
 * A word that is a given name, a person-name token or a name of the knowledge base is never
 * judged by its shape. Immutable and thread-safe.
 */
final class CommonWordPersons {

  /**
   * The news text's count (the word lexicon's 186k words) from which a word that no name list
   * has is a common word: below it, foreign given names the lists lack (روبيرتو) are as frequent.
   */
  private static final int COMMON_COUNT = 3;

  /**
   * Pronouns a predicate follows, in matching form (hamza folded): أنا، نحن، and إنّ/أنّ with
   * an attached pronoun, alone or after و or ب.
   */
  private static final Set<String> PREDICATE_PRONOUNS = Set.of("انا", "وانا", "نحن", "ونحن",
      "انه", "انها", "انني", "اننا", "بانه", "بانها", "وانه", "وانها");

  private final KnowledgeBase kb;
  private final NameWords words;

  CommonWordPersons(KnowledgeBase kb, NameWords words) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.words = Objects.requireNonNull(words, "words");
  }

  /**
   * Removes from {@code candidates} the name finder's unknown people whose shape no person's
   * name has; a definite word alone stays when some person's name of two words or more in the
   * document ends with it (عمرو الحداد … قال الحداد).
   */
  void filter(AnalyzedText text, List<Candidate> candidates) {
    Set<String> familyNames = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.PERSON && c.length() >= 2) {
        familyNames.add(text.form(c.end() - 1));
      }
    }
    for (int k = candidates.size() - 1; k >= 0; k--) {
      Candidate c = candidates.get(k);
      if (c.source() != Candidate.Source.MODEL || c.type() != EntityType.PERSON
          || !c.entities().isEmpty()) {
        continue;
      }
      if (c.length() >= 2 && commonFirst(text, c.start(), c.stripped())
          && (c.length() >= 3 || nameAlone(text.form(c.start() + 1)))) {
        // أبرزهم فاروق صبري، وحضرت داكوورث: the name starts after the common word
        c = c.withSpan(c.start() + 1, c.end(), 0);
        candidates.set(k, c);
      }
      if (isNoName(text, c.start(), c.end(), c.stripped(), familyNames)) {
        candidates.remove(k);
      }
    }
  }

  /**
   * Whether the name finder's person {@code [start, end)} (the first {@code stripped} chars of
   * its first word proclitics) has a shape no person's name has.
   */
  boolean isNoName(AnalyzedText text, int start, int end, int stripped,
      Set<String> familyNames) {
    String first = text.form(start).substring(Math.min(stripped, text.form(start).length()));
    if (end - start == 1 && !familyNames.contains(first)
        && (agreeingAdjective(text, start, stripped) || predicateOfPronoun(text, start, stripped))) {
      return true;
    }
    if (end - start == 1) {
      return !words.isKnownNameWord(first) && !familyNames.contains(first)
          && (withPronoun(text, start, first) || definiteCommon(text, start, stripped, first)
          || nisbaOfNoun(first) || commonFirst(text, start, stripped));
    }
    // the segmenter's reading of the first word: بورم is a preposition on ورم "tumour"
    String segmented = text.form(start).substring(
        Math.min(words.procliticChars(text, start), text.form(start).length()));
    if (accusativePair(text, start, end, segmented)) {
      return true;
    }
    if (nisbaOfNoun(text.form(end - 1)) && noNameWord(text, start, end, segmented)) {
      return true;
    }
    return commonFirst(text, start, stripped);
  }

  /** Whether no word of the span is a given name, a name token or a name of the base. */
  private boolean noNameWord(AnalyzedText text, int start, int end, String first) {
    if (words.isKnownNameWord(first)) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (words.isKnownNameWord(text.form(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the first word (proclitics removed) is a word of news text that no name list has,
   * without the article: titles and definite words before a name (الرئيس، الممثل الكوميدي) are
   * left to {@link TitlePrefix} and {@link PersonNameExtent}, which make them a title mention.
   */
  private boolean commonFirst(AnalyzedText text, int start, int stripped) {
    String first = text.form(start).substring(Math.min(stripped, text.form(start).length()));
    if (words.isKnownNameWord(first) || first.length() < 3 || first.startsWith("ال")
        || CueWords.of(first) == CueWords.Cue.TITLE || TitlePrefix.isHonorificWord(first)) {
      return false;
    }
    int count = StemLexicon.loadDefault().count(first);
    // a verb's final ى (ارتقى) or a pronoun (أبرزهم) tells a rarer word of news text too
    return count >= COMMON_COUNT
        || count >= 1 && (text.surface(start).endsWith("ى") || withPronoun(text, start, first));
  }

  /**
   * One word the segmenter reads as a stem of at least three letters, which news text has,
   * and an enclitic pronoun; a final يه is a foreign name's ending (ديودونيه). A person-name
   * token counts only when news text never has it whole (لينا is a name, كلينا "both of us").
   */
  private boolean withPronoun(AnalyzedText text, int t, String form) {
    if (form.endsWith("يه")) {
      return false;
    }
    List<Segment> segments = words.segmenter().segment(text.text(), text.start(t), text.end(t));
    Segment lastSegment = segments.get(segments.size() - 1);
    if (segments.size() < 2 || lastSegment.kind() != SegmentKind.PRONOUN) {
      return false;
    }
    Segment stem = segments.get(segments.size() - 2);
    if (stem.kind() != SegmentKind.STEM) {
      return false;
    }
    String stemForm = ArabicNormalizer.get().matchingForm(
        stem.textOf(text.text()));
    StemLexicon lexicon = StemLexicon.loadDefault();
    return stemForm.length() >= 3 && lexicon.count(stemForm) >= 1
        && (!words.isNameToken(form) || lexicon.count(form) == 0
        && lexicon.count(stemForm) >= 2);
  }

  /**
   * Whether token {@code t}, written with the article and no proclitic, follows a definite word
   * that is no name word, title, honorific or name of the knowledge base: a noun the definite
   * word qualifies as its adjective, for a definite noun takes no definite genitive name after
   * it without a title.
   */
  private boolean agreeingAdjective(AnalyzedText text, int t, int stripped) {
    if (stripped > 0 || t == 0 || !text.isWord(t - 1) || !text.surface(t).startsWith("ال")
        || text.form(t).length() <= 4) {
      return false;
    }
    String before = text.form(t - 1).substring(
        Math.min(words.procliticChars(text, t - 1), text.form(t - 1).length()));
    return before.length() > 4 && before.startsWith("ال") && !words.isKnownNameWord(before)
        && CueWords.of(before) != CueWords.Cue.TITLE && !TitlePrefix.isHonorificWord(before)
        && kb.names().get(before).isEmpty() && kb.demonyms().get(before) == null;
  }

  /**
   * Whether token {@code t}, indefinite and without proclitic, follows a pronoun that opens a
   * nominal sentence whose predicate it is.
   */
  private boolean predicateOfPronoun(AnalyzedText text, int t, int stripped) {
    if (stripped > 0 || t == 0 || !text.isWord(t - 1) || text.form(t).startsWith("ال")) {
      return false;
    }
    return PREDICATE_PRONOUNS.contains(text.form(t - 1));
  }

  /** One word written with the article (not only folded to it) that no name list has. */
  private boolean definiteCommon(AnalyzedText text, int t, int stripped, String form) {
    String written = text.surface(t);
    return form.length() > 3 && form.startsWith("ال") && written.length() > stripped
        && written.startsWith("ال", stripped) && kb.names().get(form).isEmpty();
  }

  /** An indefinite nisba (…ي) whose noun (the word without ي) news text has: فيروسي. */
  private boolean nisbaOfNoun(String form) {
    if (form.length() < 4 || !form.endsWith("ي") || form.startsWith("ال")) {
      return false;
    }
    // a nisba of a place (خراساني) is a common family name
    String noun = form.substring(0, form.length() - 1);
    return noun.length() >= 3 && StemLexicon.loadDefault().count(noun) >= 1
        && kb.names().get(noun).isEmpty();
  }

  /**
   * Two words or more, each ending in the indefinite accusative's alif and none a name word, one
   * of them without the alif a common word of news text (جهازا: جهاز): foreign names end in ا
   * too (أنتونيا، جيانتا), but their stems are no words.
   */
  private boolean accusativePair(AnalyzedText text, int start, int end, String first) {
    StemLexicon lexicon = StemLexicon.loadDefault();
    boolean common = false;
    for (int i = start; i < end; i++) {
      String w = text.surface(i).replace("\u064B", "");
      String f = i == start ? first : text.form(i);
      if (w.length() < 4 || !w.endsWith("ا") || words.isKnownNameWord(f)) {
        return false;
      }
      common |= lexicon.count(f.substring(0, f.length() - 1)) >= COMMON_COUNT;
    }
    return common;
  }

  /**
   * Whether a word after a common one is a name by itself: a given name or a name of the
   * knowledge base, or a person-name token news text never has (هازارد; جار "neighbour" and
   * ملكي "royal" are name tokens too).
   */
  private boolean nameAlone(String form) {
    return CueWords.of(form) == CueWords.Cue.GIVEN_NAME || !kb.names().get(form).isEmpty()
        || words.isNameToken(form) && StemLexicon.loadDefault().count(form) == 0;
  }
}
