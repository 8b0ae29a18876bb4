package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.token.AnalyzedText;
import io.khabar.token.Segment;
import io.khabar.token.SegmentKind;
import io.khabar.token.StemLexicon;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A person's name the knowledge base does not know runs on over the words that can only be parts of
 * a name: the name finder often tags a foreign name in part (هارفي of هارفي واينستين، كاري of جيم
 * كاري، إيلين جونسون of إيلين جونسون سيرليف). An unknown person's span gains, on either side,
 * untagged words of the same sentence that are person-name tokens ({@link NameWords#isNameToken}:
 * Wikidata's spellings of name parts) and rare in news text, or, on the right, words the word
 * lexicon has never seen, up to {@value #MAX_WORDS} words in all. It never gains a word with a
 * proclitic (وقال، ومحمد: a conjunct or the next clause; a name token that starts with و, وارن,
 * is no conjunct and joins the name, also when the name finder made it a name of its own), an unknown word in the indefinite
 * accusative (مخالفاً: a circumstantial after the name), an unknown word shaped as an imperfect verb (آبي يضحك) or carrying an enclitic
 * pronoun (العتيبي علمه), a title, a country's adjective, a word
 * with the article that is not a name token, or a place or body the knowledge base knows. Its
 * leading definite words that are no rare name tokens (الممثل الكوميدي جيم كاري) describe the
 * person: a name starts with a given name, never with the article, so they become a title mention
 * of the same person; a leading function word written with ى (على محمد صلاح) is never part of it,
 * whatever the matching form folds it to (علي). The word الله ends a theophoric compound
 * (عبد الله، نصر الله، الحمد الله): the definite word before it is the compound's first half,
 * never a description, and الله is never a person's name alone, so a person the name finder
 * reads as الله alone takes the word before it when that is a name token or definite (not a
 * verb: إن شاء الله). Immutable and thread-safe.
 */
final class PersonNameExtent {

  private static final int MAX_WORDS = 4;

  /**
   * A name token seen more often than this in the word lexicon's news text (186k words) is
   * also a common word there (كان، في، عودة، جاب are spellings of name parts too): it is no
   * evidence of a name.
   */
  private static final int MAX_NAME_TOKEN_COUNT = 1;

  private final KnowledgeBase kb;
  private final NameWords words;

  PersonNameExtent(KnowledgeBase kb, NameWords words) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.words = Objects.requireNonNull(words, "words");
  }

  /** Extends the unknown people of {@code accepted} (in text order, no overlaps) in place. */
  void apply(AnalyzedText text, List<Candidate> accepted) {
    boolean[] taken = Candidate.covering(text.size(), accepted);
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.type() != EntityType.PERSON || !c.entities().isEmpty() || c.isTitle()
          || c.source() != Candidate.Source.MODEL) {
        continue;
      }
      if (c.length() > 1 && functionWord(text, c.start(), c.stripped())) {
        // على محمد صلاح: على is the preposition, never the name علي it folds to
        c = c.withSpan(c.start() + 1, c.end(), 0);
        accepted.set(k, c);
      }
      int first = c.start();
      while (first < c.end() - 1 && describes(text, first, first == c.start() ? c.stripped() : 0)
          && !isAllah(text.form(first + 1))) {
        first++;
      }
      if (first > c.start()) {
        // الممثل الكوميدي جيم كاري: the words before the name describe the person
        accepted.add(k, new Candidate(c.start(), first, c.stripped(), Candidate.Source.TITLE,
            ImmutableList.of(), EntityType.PERSON, c.score()));
        k++;
        c = c.withSpan(first, c.end(), 0);
        accepted.set(k, c);
      }
      if (k + 1 < accepted.size()) {
        Candidate next = accepted.get(k + 1);
        if (next.start() == c.end() && next.type() == EntityType.PERSON && !next.isTitle()
            && next.entities().isEmpty() && next.source() == Candidate.Source.MODEL
            && c.end() - c.start() + next.length() <= MAX_WORDS
            && text.sentenceOf(next.start()) == text.sentenceOf(c.start())
            && (startsWithWaw(text, next.start()) || next.length() == 1
                && next.stripped() == 0 && words.procliticChars(text, next.start()) == 0
                && !text.form(next.start()).startsWith("و"))) {
          // إليزابيث | وارن: the name finder cut the name at a و that is its first letter;
          // بيريت ريس | أندرسون: a family name the name finder tagged alone right after a name
          // is its end (two people are not written side by side without و or a comma)
          accepted.remove(k + 1);
          c = c.withSpan(c.start(), next.end(), c.stripped());
          accepted.set(k, c);
        }
      }
      if (c.length() == 1 && c.stripped() == 0 && isAllah(text.form(c.start()))
          && c.start() > 0 && !taken[c.start() - 1] && text.isWord(c.start() - 1)
          && text.sentenceOf(c.start() - 1) == text.sentenceOf(c.start())
          && words.procliticChars(text, c.start() - 1) == 0
          && (text.form(c.start() - 1).startsWith("ال")
              || words.isNameToken(text.form(c.start() - 1)))) {
        // الحمد | الله، نصر | الله: the compound's first half the name finder left out
        int before = c.start() - 1;
        c = c.withSpan(before, c.end(), 0);
        taken[before] = true;
        accepted.set(k, c);
      }
      int start = c.start();
      int end = c.end();
      while (end - start < MAX_WORDS && end < text.size() && !taken[end]
          && text.sentenceOf(end) == text.sentenceOf(c.start()) && namePart(text, end)) {
        end++;
      }
      // on the left only when the span's first word carries no proclitic of its own, and never
      // over a definite word before a given name (المغني محمد فوزي: a role, not a family name)
      while (c.stripped() == 0 && end - start < MAX_WORDS && start > 0 && !taken[start - 1]
          && text.sentenceOf(start - 1) == text.sentenceOf(c.start())
          && namePart(text, start - 1) && words.isNameToken(text.form(start - 1))
          && StemLexicon.loadDefault().count(text.form(start - 1)) <= MAX_NAME_TOKEN_COUNT
          && !(text.form(start - 1).startsWith("ال") && givenNameAt(text, start))) {
        start--;
      }
      if (start != c.start() || end != c.end()) {
        Arrays.fill(taken, start, end, true);
        accepted.set(k, c.withSpan(start, end, start == c.start() ? c.stripped() : 0));
      }
    }
  }

  /**
   * Whether token {@code t} (its first {@code stripped} chars a proclitic) is a definite word
   * that is no rare name token: a role or an adjective before a name (الممثل، الكوميدي), since
   * a person's name starts with a given name, never with the article.
   */
  private boolean describes(AnalyzedText text, int t, int stripped) {
    String f = text.form(t).substring(Math.min(stripped, text.form(t).length()));
    // the article as written: the matching form folds أ to ا, and ألفريد has no article
    String written = text.surface(t);
    boolean article = written.length() > stripped && written.startsWith("ال", stripped);
    return article && f.startsWith("ال") && f.length() > 3
        && !(words.isNameToken(f) && StemLexicon.loadDefault().count(f) <= MAX_NAME_TOKEN_COUNT)
        && CueWords.of(f) != CueWords.Cue.GIVEN_NAME;
  }

  /**
   * Whether token {@code t} is a given name: a definite word before it is no family name, which
   * follows the given name, but a role or a nisba (المغني محمد فوزي، الويلزي غاريث بيل), also
   * where Wikidata lists it as a name part.
   */
  private static boolean givenNameAt(AnalyzedText text, int t) {
    return text.isWord(t) && CueWords.of(text.form(t)) == CueWords.Cue.GIVEN_NAME;
  }

  /** Whether {@code form} (matching form) is the word الله. */
  private static boolean isAllah(String form) {
    return form.equals("الله");
  }

  /** Whether token {@code t} is a function word written with ى (على، إلى، حتى). */
  private static boolean functionWord(AnalyzedText text, int t, int stripped) {
    String f = text.form(t).substring(Math.min(stripped, text.form(t).length()));
    return text.surface(t).endsWith("ى") && DocumentConsistency.isFunctionWord(f);
  }

  /** Whether token {@code t} is a name starting with the letter و ({@link NameWords}). */
  private boolean startsWithWaw(AnalyzedText text, int t) {
    return words.startsWithWaw(text.form(t));
  }

  /** Whether token {@code t} can only be part of a person's name. */
  private boolean namePart(AnalyzedText text, int t) {
    if (!text.isWord(t) || !KnowledgeBase.hasArabicLetter(text.form(t))
        || words.procliticChars(text, t) > 0 && !startsWithWaw(text, t)) {
      return false;
    }
    String f = text.form(t);
    if (f.length() < 2 || CueWords.of(f) == CueWords.Cue.TITLE || kb.demonyms().containsKey(f)
        || CategoryHeads.isHead(f) || BodyHeads.isBodyOrQuoted(f)) {
      return false;
    }
    for (KbEntity e : kb.names().get(f)) {
      if (e.type() != EntityType.PERSON) {
        return false;
      }
    }
    int count = StemLexicon.loadDefault().count(f);
    boolean nameToken = words.isNameToken(f) && count <= MAX_NAME_TOKEN_COUNT;
    if (f.startsWith("ال")) {
      return nameToken;
    }
    return nameToken || count == 0 && !indefiniteAccusative(text.surface(t))
        && !imperfectVerb(f) && !arabicWordShape(text.surface(t), f) && !withPronoun(text, t);
  }

  /**
   * Whether a word the lexicon does not know has a shape of Arabic nouns and verbs that foreign
   * names, spelt letter by letter, do not take: the feminine ending ة as written (تغريدة: a
   * foreign name ends in ا or ه, an Arabic woman's name is a given name and taken before), three
   * letters (برر، قال: a past verb's root; short foreign name parts are name tokens), four
   * letters ending in ت (رحلت: a past verb with the feminine subject) or the passive participle
   * مفعول (محبوب، مشهور). After a name such a word is its predicate or the next phrase (كلير
   * بولدين تغريدة، فيليب بودكين برر فعلته، مي رحلت).
   */
  private static boolean arabicWordShape(String surface, String form) {
    int n = form.length();
    return surface.endsWith("ة") || n == 3 || n == 4 && form.charAt(3) == 'ت'
        || n == 5 && form.charAt(0) == 'م' && form.charAt(3) == 'و';
  }

  /**
   * Whether a word the lexicon does not know has the shape of a third person's imperfect verb,
   * يفعل or تفعل of four or five letters (يضحك، ينقلب، يتحمل): after a subject's name the verb
   * follows (وشوهد آبي يضحك، كوهين ينقلب عليه). A foreign name starting with ي or ت is mostly a
   * person-name token, taken before this is asked, or longer (يونس بك يفكوروف).
   */
  private static boolean imperfectVerb(String form) {
    return form.length() >= 4 && form.length() <= 5
        && (form.charAt(0) == 'ي' || form.charAt(0) == 'ت');
  }

  /**
   * Whether the segmenter reads token {@code t} with an enclitic pronoun (علمه، رواتبهم): a
   * noun or verb with its object or possessor, the predicate or object after the name, never a
   * part of it. A final يه is read as a name's ending, not as a pronoun: French and other
   * foreign names end so (لينغليه، ديودونيه), and the ه after ي is mostly the function words'
   * (عليه، فيه), which the lexicon knows.
   */
  private boolean withPronoun(AnalyzedText text, int t) {
    if (text.form(t).endsWith("يه")) {
      return false;
    }
    List<Segment> segments = words.segmenter().segment(text.text(), text.start(t), text.end(t));
    return segments.get(segments.size() - 1).kind() == SegmentKind.PRONOUN;
  }

  /**
   * Whether a word the lexicon does not know ends in the indefinite accusative's alif
   * (مخالفاً، مهووسا، تدخلا): after a name it is a circumstantial or an object (وقف غوندوغان
   * مخالفاً), never a part of the name; a foreign name ending in ا (سيلفا، أوليفيرا) is a
   * person-name token and is taken before this is asked.
   */
  private static boolean indefiniteAccusative(String surface) {
    // the tanwin is written on the alif or on the letter before it (مخالفاً، مخالفًا)
    String w = surface.replace("\u064B", "");
    return w.length() >= 4 && w.endsWith("ا");
  }
}
