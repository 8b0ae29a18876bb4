package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KnowledgeBase;
import io.khabar.token.AnalyzedText;
import io.khabar.token.Segment;
import io.khabar.token.SegmentKind;
import io.khabar.token.StemLexicon;
import java.util.List;
import java.util.Objects;

/**
 * Conjuncts are of one kind: a word that news has not seen (the word lexicon's count is zero) and
 * that is no name word, joined by و or أو to a company, bank, agency or club the knowledge base
 * knows, is an organisation too (فيسبوك أو انستغرام، فيسبوك وانستغرام، انستغرام وتويتر، كوالكوم
 * وإنتل). This is how news lists companies, apps, outlets and teams the base lacks beside those
 * it has. Only one bare word, right next to the known body and in the same sentence: a word the
 * lexicon knows (فيسبوك ومؤسسها، تويتر وغيرها), a name word, a word with the article (an
 * adjective: المكسيكي), with a pronoun or the future's س (حلفاؤها، ستعمل) or shaped as an
 * imperfect verb of four or five letters (تفند) is left alone, and so are the conjuncts of
 * parties and armed groups (حماس وحلفاؤها), which news coordinates with anything.
 * Immutable and thread-safe.
 */
final class CoordinatedBodies {

  private static final double SCORE = 0.7;

  /** The subtypes of bodies news lists with others of their kind. */
  private static final java.util.Set<String> LISTED_WITH_OTHERS =
      java.util.Set.of("company", "bank", "agency", "sports-club", "exchange");

  private final NameWords words;

  CoordinatedBodies(NameWords words) {
    this.words = Objects.requireNonNull(words, "words");
  }

  /** Adds to {@code candidates} the unknown words coordinated with a known organisation. */
  void add(AnalyzedText text, List<Candidate> candidates) {
    int n = text.size();
    boolean[] known = new boolean[n];
    for (Candidate c : candidates) {
      if (c.source() != Candidate.Source.MODEL || c.length() > 1) {
        // a longer span of the name finder holds the word in a name (وفرجاني ساسي)
        for (int t = c.start(); t < c.end(); t++) {
          known[t] = true;
        }
      }
    }
    int proposed = candidates.size();
    for (int k = 0; k < proposed; k++) {
      Candidate c = candidates.get(k);
      if (c.source() != Candidate.Source.KB || c.type() != EntityType.ORGANIZATION
          || c.entities().isEmpty() || !c.entities().stream().allMatch(e -> e.subtype()
              .filter(LISTED_WITH_OTHERS::contains).isPresent())) {
        continue;
      }
      int after = c.end();
      // فيسبوك أو انستغرام
      if (after + 1 < n && text.form(after).equals("او") && text.surface(after).startsWith("أ")
          && sameSentence(text, c.start(), after + 1) && unknown(text, after + 1, 0, known)) {
        candidates.add(body(after + 1, 0));
      }
      // فيسبوك وانستغرام
      int and = conjunctionChars(text, after);
      if (after < n && and > 0 && sameSentence(text, c.start(), after)
          && unknown(text, after, and, known)) {
        candidates.add(body(after, and));
      }
      // انستغرام وتويتر، انستغرام أو تويتر
      int before = c.start() - 1;
      boolean conjunct = c.stripped() > 0 && text.form(c.start()).startsWith("و")
          && conjunctionChars(text, c.start()) == 1;
      // a list goes on before it: تويوتا ونيسان ومازدا
      int beforeAnd = conjunctionChars(text, before);
      if (conjunct && before >= 0 && sameSentence(text, before, c.start())
          && unknown(text, before, beforeAnd, known)) {
        candidates.add(body(before, beforeAnd));
      } else if (!conjunct && before >= 1 && text.form(before).equals("او")
          && text.surface(before).startsWith("أ") && sameSentence(text, before - 1, c.start())
          && unknown(text, before - 1, 0, known)) {
        candidates.add(body(before - 1, 0));
      }
    }
    if (candidates.size() > proposed) {
      dropModelReadings(candidates, proposed);
    }
  }

  /** The name finder's one-word reading of a word added here yields to it. */
  private static void dropModelReadings(List<Candidate> candidates, int proposed) {
    java.util.Set<Integer> added = new java.util.HashSet<>();
    for (int k = proposed; k < candidates.size(); k++) {
      added.add(candidates.get(k).start());
    }
    candidates.removeIf(c -> c.source() == Candidate.Source.MODEL && c.length() == 1
        && added.contains(c.start()));
  }

  private static Candidate body(int t, int stripped) {
    return new Candidate(t, t + 1, stripped, Candidate.Source.PHRASE, ImmutableList.of(),
        EntityType.ORGANIZATION, SCORE);
  }

  /** Chars of the conjunction و the segmenter reads on token {@code t}; 0 if none. */
  private int conjunctionChars(AnalyzedText text, int t) {
    if (t < 0 || t >= text.size() || !text.isWord(t) || !text.form(t).startsWith("و")
        || words.startsWithWaw(text.form(t))) {
      return 0;
    }
    List<Segment> segments = words.segmenter().segment(text.text(), text.start(t), text.end(t));
    return segments.size() > 1 && segments.get(0).kind() == SegmentKind.CONJUNCTION ? 1 : 0;
  }

  /**
   * Whether token {@code t}, its first {@code stripped} chars a conjunction, is a word of three
   * letters or more that no other source proposed, the lexicon has not seen and no name word.
   */
  private boolean unknown(AnalyzedText text, int t, int stripped, boolean[] known) {
    if (t < 0 || t >= text.size() || !text.isWord(t) || known[t]) {
      return false;
    }
    String w = text.form(t).substring(Math.min(stripped, text.form(t).length()));
    if (w.length() < 3 || !KnowledgeBase.hasArabicLetter(w) || w.startsWith("ال")
        || StemLexicon.loadDefault().count(w) > 0 || words.isKnownNameWord(w)
        || DocumentConsistency.isFunctionWord(w)
        || w.length() <= 5 && "يتنا".indexOf(w.charAt(0)) >= 0) {
      return false;
    }
    for (Segment g : words.segmenter().segment(text.text(), text.start(t), text.end(t))) {
      if (g.kind() == SegmentKind.PRONOUN || g.kind() == SegmentKind.FUTURE
          || g.kind() == SegmentKind.ARTICLE) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameSentence(AnalyzedText text, int a, int b) {
    return text.sentenceOf(a) == text.sentenceOf(b);
  }
}
