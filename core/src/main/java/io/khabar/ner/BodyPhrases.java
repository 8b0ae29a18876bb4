package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.PhraseMatch;
import io.khabar.token.AnalyzedText;
import io.khabar.token.StemLexicon;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A body's name is a noun phrase of Arabic grammar: a head noun of a body ({@link BodyHeads}:
 * وزارة، شركة، نادي، مجلس، بنك …) in the construct state followed by its genitive and then its
 * adjectives. The genitive is a definite noun (وزارة الصحة), a place or body the knowledge base
 * knows (شرطة لندن، مجموعة بنك الكويت الوطني), a nested head (مجموعة بنك …) or one to three
 * words the lexicon does not know or the name finder reads as a name (شركة أبل، مركز بيو
 * ريسيرتش); one coordinated definite noun may follow it (وزارة الاقتصاد والمالية); the
 * adjectives are definite nisbas or listed ones (السعودية، الدولي، العامة). The phrase ends at
 * anything else: a verb, a preposition, a number, a person's name, a sentence's end. An
 * indefinite head with no genitive is an ordinary noun (شركة كبيرة), a genitive that is a title
 * makes an office (مكتب الرئيس), and a head the knowledge base's match covers is left to it.
 * The head's kind decides the rest: a {@code named} head needs a proper name after it (مجلس
 * الإدارة is no body), and a {@code descriptor} before a body's own name is in apposition, as
 * مدينة before a city's: in شركة أبل or نادي نيوبورت the name alone is the organisation.
 *
 * A body in the construct after a title noun is part of a person's title (رئيس هيئة الأركان).
 *
 * <p>A definite head takes no genitive: with only countries' adjectives after it (الشرطة
 * البريطانية، الحكومة المغربية، الجيش المصري) it describes a body rather than names it, and its
 * mentions are of kind {@link MentionKind#TITLE} (see {@link #describes}), whoever proposed them;
 * a {@code quoted} head is not proposed so (القوات الإسرائيلية are a country's forces). With a
 * listed adjective of bodies' names first (العامة، العليا) it names one: النيابة العامة السعودية.
 * Immutable and thread-safe.
 */
final class BodyPhrases {

  private static final int MAX_NAME_WORDS = 3;
  private static final int MAX_ADJECTIVES = 3;
  private static final double SCORE = 0.8;

  private final KnowledgeBase kb;
  private final NameWords words;

  BodyPhrases(KnowledgeBase kb, NameWords words) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.words = Objects.requireNonNull(words, "words");
  }

  /** What a construct head's genitive is. */
  private enum Complement { PLACE, BODY, NOUN, NAME }

  /** The genitive ending at {@code end}. */
  private record Genitive(int end, Complement what) {}

  /** Adds the bodies' noun phrases of {@code text} to {@code candidates}. */
  void add(AnalyzedText text, List<Candidate> candidates) {
    int n = text.size();
    boolean[] covered = new boolean[n];
    boolean[] modelName = new boolean[n];
    for (Candidate c : candidates) {
      for (int t = c.start(); t < c.end(); t++) {
        if (c.source() == Candidate.Source.MODEL) {
          modelName[t] = true;
        } else {
          covered[t] = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!text.isWord(i) || covered[i]) {
        continue;
      }
      int proclitics = words.procliticChars(text, i);
      String form = text.form(i);
      String head = form.substring(Math.min(proclitics, form.length()));
      boolean definite = head.startsWith("ال");
      Optional<BodyHeads.Kind> kind = BodyHeads.kind(definite ? head.substring(2) : head);
      if (kind.isEmpty()) {
        continue;
      }
      boolean inTitle = afterTitleNoun(text, i);
      if (definite) {
        if (kind.get() == BodyHeads.Kind.QUOTED) {
          continue; // القوات الإسرائيلية: forces of a country, not one body
        }
        int last = adjectives(text, i, i + 1);
        if (last > i + 1 && BodyHeads.isAdjective(text.form(i + 1)) && !inTitle) {
          // النيابة العامة السعودية، المحكمة العليا: an adjective that makes a body's name
          candidates.add(new Candidate(i, last, proclitics, Candidate.Source.PHRASE,
              ImmutableList.of(), EntityType.ORGANIZATION, SCORE));
          i = last - 1;
          continue;
        }
        if (last > i + 1 && demonymsOnly(text, i + 1, last) && !inTitle) {
          // الشرطة البريطانية: a description, of kind TITLE (see describes)
          candidates.add(new Candidate(i, last, proclitics, Candidate.Source.PHRASE,
              ImmutableList.of(), EntityType.ORGANIZATION, SCORE));
          i = last - 1;
        }
        continue; // الشركة، الحزب الحاكم: a reference back or a description by its role
      }
      if (kind.get() == BodyHeads.Kind.QUOTED) {
        continue;
      }
      Optional<Genitive> g = genitive(text, i, i + 1, covered, modelName);
      if (g.isEmpty() || kind.get() == BodyHeads.Kind.NAMED && g.get().what() == Complement.NOUN) {
        continue; // شركة كبيرة، مجلس الإدارة: no body's name
      }
      if (kind.get() == BodyHeads.Kind.DESCRIPTOR) {
        // شركة أبل، نادي نيوبورت: the head is in apposition, the name alone is the body's; a
        // place's name or a common noun after it (نادي ليفربول، قناة المحور، شركة الطيران) is
        // the knowledge base's or the name finder's to read
        if (g.get().what() == Complement.NAME) {
          candidates.add(new Candidate(i + 1, g.get().end(), 0, Candidate.Source.PHRASE,
              ImmutableList.of(), EntityType.ORGANIZATION, SCORE));
        }
        i = g.get().end() - 1;
        continue;
      }
      int last = adjectives(text, i, coordinated(text, i, g.get().end(), covered));
      if (inTitle) {
        i = last - 1;
        continue; // رئيس هيئة الأركان، مدير مكتب الارتباط: the body is part of a person's title
      }
      candidates.add(new Candidate(i, last, proclitics, Candidate.Source.PHRASE,
          ImmutableList.of(), EntityType.ORGANIZATION, SCORE));
      i = last - 1;
    }
  }

  /** Whether the word before token {@code i} is a title noun in the construct state (رئيس). */
  private static boolean afterTitleNoun(AnalyzedText text, int i) {
    if (i == 0 || !text.isWord(i - 1) || text.sentenceOf(i - 1) != text.sentenceOf(i)) {
      return false;
    }
    String f = text.form(i - 1);
    return CueWords.of(f) == CueWords.Cue.TITLE && !f.startsWith("ال")
        || CueWords.of(ProcliticStripper.withoutOneProclitic(f, 3)) == CueWords.Cue.TITLE;
  }

  /**
   * Whether an organisation's mention only describes its body: a definite head noun of a body
   * followed by nothing but countries' adjectives (الحكومة المغربية، الجيش المصري).
   */
  static boolean describes(AnalyzedText text, Candidate c, KnowledgeBase kb) {
    if (c.type() != EntityType.ORGANIZATION || c.length() < 2) {
      return false;
    }
    String first = text.form(c.start());
    String head = first.substring(Math.min(c.stripped(), first.length()));
    if (first.startsWith("لل") && c.stripped() == 1) {
      head = "ال" + first.substring(2); // للجيش اللبناني: ل before the article drops its ا
    }
    if (!head.startsWith("ال") || BodyHeads.kind(head.substring(2)).isEmpty()) {
      return false;
    }
    for (int t = c.start() + 1; t < c.end(); t++) {
      if (!isDemonym(text.form(t), kb)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The genitive of the head at {@code head} starting at {@code j}: a place or body of the
   * knowledge base, a definite noun that is no title (مكتب الرئيس is an office, not a body), a
   * nested head and its genitive, or one to {@value #MAX_NAME_WORDS} name-like words.
   */
  private Optional<Genitive> genitive(AnalyzedText text, int head, int j, boolean[] covered,
      boolean[] modelName) {
    if (!inPhrase(text, head, j) || words.procliticChars(text, j) > 0) {
      return Optional.empty();
    }
    Optional<PhraseMatch<KbEntity>> known = kb.names().matchAt(text, j);
    if (known.isPresent() && known.get().strippedChars() == 0) {
      List<KbEntity> es = known.get().values();
      boolean place = es.stream().allMatch(e -> e.type() == EntityType.LOCATION);
      boolean body = es.stream().allMatch(e -> e.type() == EntityType.ORGANIZATION);
      if ((place || body) && inPhrase(text, head, known.get().end() - 1)) {
        return Optional.of(new Genitive(known.get().end(),
            place ? Complement.PLACE : Complement.BODY));
      }
      return Optional.empty();
    }
    if (covered[j]) {
      return Optional.empty(); // a title or a person the knowledge base knows
    }
    String f = text.form(j);
    if (f.startsWith("ال")) {
      boolean title = CueWords.of(f) == CueWords.Cue.TITLE
          || CueWords.of(f.substring(2)) == CueWords.Cue.TITLE;
      return f.length() > 3 && !title
          ? Optional.of(new Genitive(j + 1, Complement.NOUN)) : Optional.empty();
    }
    Optional<BodyHeads.Kind> nested = BodyHeads.kind(f);
    if (nested.isPresent() && nested.get() != BodyHeads.Kind.QUOTED) {
      return genitive(text, head, j + 1, covered, modelName)
          .map(g -> new Genitive(g.end(), Complement.BODY));
    }
    int end = j;
    while (end < j + MAX_NAME_WORDS && inPhrase(text, head, end) && !covered[end]
        && nameLike(text, end, modelName)) {
      end++;
    }
    if (end > j && inPhrase(text, head, end) && !covered[end]
        && text.form(end).startsWith("ال") && !isAdjective(text.form(end))) {
      // وكالة أنباء البحرين: an indefinite noun in a construct chain, not a name (an adjective
      // after a name qualifies it: وكالة مهر الإيرانية)
      return genitive(text, head, end, covered, modelName)
          .map(g -> new Genitive(g.end(), Complement.NOUN));
    }
    return end > j ? Optional.of(new Genitive(end, Complement.NAME)) : Optional.empty();
  }

  /** A word of an unknown name: not the article's, no proclitic, read as a name or unknown. */
  private boolean nameLike(AnalyzedText text, int t, boolean[] modelName) {
    String f = text.form(t);
    if (f.startsWith("ال") || f.length() < 2 || words.procliticChars(text, t) > 0
        || !KnowledgeBase.hasArabicLetter(f) || CueWords.of(f) == CueWords.Cue.GIVEN_NAME) {
      return false;
    }
    return modelName[t] || StemLexicon.loadDefault().count(f) == 0;
  }

  /** After the genitive, one coordinated definite noun that is no head: والمالية. */
  private int coordinated(AnalyzedText text, int head, int end, boolean[] covered) {
    if (!inPhrase(text, head, end) || covered[end]) {
      return end;
    }
    String f = text.form(end);
    if (f.startsWith("وال") && f.length() > 5 && !BodyHeads.isBodyOrQuoted(f.substring(3))
        && words.procliticChars(text, end) == 1) {
      return end + 1;
    }
    return end;
  }

  /** The end of up to {@value #MAX_ADJECTIVES} definite adjectives from {@code j}. */
  private int adjectives(AnalyzedText text, int head, int j) {
    int end = j;
    while (end < j + MAX_ADJECTIVES && inPhrase(text, head, end)
        && words.procliticChars(text, end) == 0 && isAdjective(text.form(end))) {
      end++;
    }
    return end;
  }

  private boolean isAdjective(String f) {
    return f.startsWith("ال") && f.length() > 4
        && (f.endsWith("ي") || f.endsWith("يه") || BodyHeads.isAdjective(f) || isDemonym(f, kb));
  }

  private boolean demonymsOnly(AnalyzedText text, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!isDemonym(text.form(t), kb)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDemonym(String f, KnowledgeBase kb) {
    return f.startsWith("ال") && kb.demonyms().containsKey(f);
  }

  /** Token {@code t} exists, is a word and is in the sentence of token {@code head}. */
  private static boolean inPhrase(AnalyzedText text, int head, int t) {
    return t < text.size() && text.isWord(t) && text.sentenceOf(t) == text.sentenceOf(head);
  }
}
