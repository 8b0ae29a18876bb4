package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KnowledgeBase;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import io.khabar.token.Segment;
import io.khabar.token.SegmentKind;
import io.khabar.token.StemLexicon;
import io.khabar.token.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The statistical name finder's spans as candidates, for the names the knowledge base lacks,
 * bounded by Arabic grammar the model does not always respect: a person's age after the name
 * is not part of it, a person's or place's name does not run on across و, a nationality is in
 * apposition before a name and never inside one, a definite body's head noun takes no
 * indefinite complement (المنظمة بيتر ويلسون) and a field with ل and the article ends a body's name
 * (لجنة نوبل للسلام بيريت ريس أندرسون: the person follows), an adverb or a negated verb is no part of a name
 * ({@link NonNameEdges}), and words that are never a name alone (head nouns, title adjectives,
 * communities) are dropped. Immutable and thread-safe.
 */
final class ModelCandidates {

  /**
   * Below this the name finder's span is not reported. The perceptron's scores are not
   * calibrated probabilities (good spans score 0.25–0.4); the floor was tuned on khabar's own
   * annotated articles, see README.
   */
  static final double MIN_MODEL_PROBABILITY = Double.parseDouble(
      System.getProperty("khabar.ner.minProbability", "0.2"));

  private static final int MODEL_WINDOW = 200;
  private static final int MAX_NAME_TOKEN = 48;
  private static final String LONG_TOKEN = new String("…");

  private final KnowledgeBase kb;
  private final NameWords words;

  ModelCandidates(KnowledgeBase kb, NameWords words) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.words = Objects.requireNonNull(words, "words");
  }

  /**
   * The name finder reads each sentence in windows of at most {@value #MODEL_WINDOW} tokens (a
   * "sentence" of scraped text can be a whole page), and a token longer than
   * {@value #MAX_NAME_TOKEN} chars is shown to it as a placeholder and never becomes a name:
   * the model's work stays linear in the text, whatever its shape. The windows are tagged as one
   * document ({@link ArabicNameFinder#findInDocument}): a name the model found in one sentence is
   * also a candidate where it recurs untagged, as sure as its surest tagging.
   */
  void add(AnalyzedText text, ArabicNameFinder finder, List<Candidate> out) {
    // where a place or body the knowledge base found ends: the word after it is no name alone
    boolean[] knownEndsBefore = new boolean[text.size() + 1];
    for (Candidate c : out) {
      if (c.source() == Candidate.Source.KB && c.type() != EntityType.PERSON) {
        knownEndsBefore[c.end()] = true;
      }
    }
    List<String[]> windows = new ArrayList<>();
    List<Integer> firsts = new ArrayList<>();
    for (int s = 0; s < text.sentenceCount(); s++) {
      int sentenceEnd = text.sentenceEnd(s);
      for (int first = text.sentenceStart(s); first < sentenceEnd; first += MODEL_WINDOW) {
        int last = Math.min(sentenceEnd, first + MODEL_WINDOW);
        String[] tokens = new String[last - first];
        for (int i = first; i < last; i++) {
          tokens[i - first] = text.end(i) - text.start(i) > MAX_NAME_TOKEN ? LONG_TOKEN
              : text.surface(i);
        }
        windows.add(tokens);
        firsts.add(first);
      }
    }
    // the whole document at once: a name found in one sentence is also found where it recurs
    List<List<NameSpan>> found = finder.findInDocument(windows);
    // where a person the model found ends: a word after it may open a coordinated name (X وY)
    boolean[] personEndsBefore = new boolean[text.size() + 1];
    for (int w = 0; w < windows.size(); w++) {
      for (NameSpan span : found.get(w)) {
        if (typeOf(span.type()).orElse(null) == EntityType.PERSON) {
          personEndsBefore[firsts.get(w) + span.end()] = true;
        }
      }
    }
    for (int w = 0; w < windows.size(); w++) {
      String[] tokens = windows.get(w);
      int first = firsts.get(w);
      for (NameSpan span : found.get(w)) {
        Optional<EntityType> type = typeOf(span.type());
        if (type.isEmpty() || span.probability() < MIN_MODEL_PROBABILITY) {
          continue;
        }
        int start = first + span.start();
        int end = first + span.end();
        if (!text.isWord(start) || containsLongToken(tokens, span)) {
          continue;
        }
        while (type.get() == EntityType.PERSON && end - start > 1
            && text.type(end - 1) == TokenType.NUMBER) {
          end--; // روكسان محمد 37 عاماً: a person's age follows the name
        }
        if (type.get() != EntityType.ORGANIZATION) {
          int and = conjunctionInside(text, start, end);
          if (and > 0) {
            // قرطاج ويدعو، وطارق السعيد وحسن مصطفى: a person's or place's name does not run on
            // across و; a conjunct of two words or more is a second name, one word is not
            if (end - and >= 2) {
              addSpan(text, and, end, type.get(), span.probability(), knownEndsBefore, personEndsBefore, out);
            }
            end = and;
          }
        }
        addSpan(text, start, end, type.get(), span.probability(), knownEndsBefore, personEndsBefore, out);
      }
    }
  }

  /**
   * A span of the model, cut at a nationality inside a person's name (see below), and after a
   * definite head noun of a body that an indefinite word follows: a definite noun takes no
   * indefinite genitive or adjective, so in «وقالت المنظمة بيتر ويلسون» the name ends before
   * بيتر (المنظمة refers back to a body named before) and what follows is a person's name when
   * it starts with a given name or a person-name token.
   */
  private void addSpan(AnalyzedText text, int start, int end, EntityType type,
      double probability, boolean[] knownEndsBefore, boolean[] personEndsBefore,
      List<Candidate> out) {
    // هاتفياً بمرسي، ولم ترد: an adverb or a negated verb at the edge is no part of the name
    start = NonNameEdges.trimStart(text, start, end);
    end = NonNameEdges.trimEnd(text, start, end);
    if (start >= end) {
      return;
    }
    if (type == EntityType.ORGANIZATION && end - start >= 2 && text.isWord(start + 1)) {
      String head = text.form(start).substring(Math.min(words.procliticChars(text, start),
          text.form(start).length()));
      String next = text.form(start + 1);
      if (head.startsWith("ال") && QuotedBodies.isBodyHead(head.substring(2))
          && !next.startsWith("ال") && !next.startsWith("لل") && !next.startsWith("ل")
          && KnowledgeBase.hasArabicLetter(next)) {
        if (words.isKnownNameWord(next)) {
          addSpan(text, start + 1, end, EntityType.PERSON, probability, knownEndsBefore, personEndsBefore, out);
        }
        return;
      }
    }
    if (type == EntityType.ORGANIZATION) {
      int cut = definiteEnd(text, start, end);
      if (cut > 0) {
        // لجنة نوبل للسلام بيريت ريس: a body's field (للسلام) ends its name; an indefinite
        // person-name word after it starts the person who heads it
        addSpan(text, cut, end, EntityType.PERSON, probability, knownEndsBefore, personEndsBefore, out);
        end = cut;
      }
    }
    if (type == EntityType.PERSON) {
      while (end - start > 1 && functionWord(text, end - 1)) {
        end--; // جمعة بن حسن إن: the complementiser after the name opens what he says
      }
      int with = prepositionInside(text, start, end);
      if (with > 0) {
        // هاستينغز بجهود جوناثان فريدلاند، آبي لنواب البرلمان: a word with a preposition
        // proclitic is no part of a person's name; after it a name of two words or more that
        // starts with a known name word is someone else's
        if (end - with >= 3 && words.isKnownNameWord(text.form(with + 1))) {
          addSpan(text, with + 1, end, type, probability, knownEndsBefore, personEndsBefore, out);
        }
        end = with;
      }
      int cut = nationalityBefore(text, start, end);
      if (cut >= 0) {
        // مالكوم والصربي ألكسندر ميتروفيتش: a nationality is in apposition before a name,
        // never inside one, so the span holds two people (or a nationality and a name)
        if (cut > start) {
          addCandidate(text, start, cut, type, probability, knownEndsBefore, personEndsBefore, out);
        }
        start = cut + 1;
      }
    }
    if (start < end) {
      addCandidate(text, start, end, type, probability, knownEndsBefore, personEndsBefore, out);
    }
  }

  /**
   * The first token of {@code [start + 2, end)} that follows a body's field, ل and the article
   * (للسلام، للتجارة), and is an indefinite given name or person-name token no name of the
   * knowledge base has, or −1: the definite field closes the body's name, so such a word is no
   * part of it. A definite genitive may be a title in a body named after a person (جامعة الملك
   * سعود) or a common noun before an agency's own name (وكالة الأنباء دوغان): not a field.
   */
  private int definiteEnd(AnalyzedText text, int start, int end) {
    for (int i = start + 2; i < end; i++) {
      String before = text.form(i - 1);
      String f = text.form(i);
      if (before.startsWith("لل") && before.length() > 4 && text.isWord(i) && !f.startsWith("ال") && !f.startsWith("ل")
          && KnowledgeBase.hasArabicLetter(f) && words.procliticChars(text, i) == 0
          && (CueWords.of(f) == CueWords.Cue.GIVEN_NAME || words.isNameToken(f))
          && kb.names().get(f).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first token after {@code start} in {@code [start, end)} that starts with the conjunction
   * و, or −1: a name that starts with the letter (وارن، ويليامز; {@link
   * NameWords#startsWithWaw}) is none, whatever the segmenter says.
   */
  private int conjunctionInside(AnalyzedText text, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      String f = text.form(i);
      if (words.startsWithWaw(f)) {
        continue;
      }
      if (f.startsWith("و")) {
        List<Segment> segments =
            words.segmenter().segment(text.text(), text.start(i), text.end(i));
        if (segments.size() > 1 && segments.get(0).kind() == SegmentKind.CONJUNCTION) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Whether token {@code t} stands where a coordinated name may start: after a comma or right
   * after a person's name (the model's, or a known name word): «داني ألفيس ومارسيلو»،
   * «الشعراوي، وباتريك تشيك».
   */
  private boolean coordinated(AnalyzedText text, int t, boolean[] personEndsBefore) {
    if (t == 0) {
      return false;
    }
    String before = text.surface(t - 1);
    return personEndsBefore[t] || before.equals("،") || before.equals(",")
        || text.isWord(t - 1) && words.isKnownNameWord(text.form(t - 1));
  }

  /**
   * Whether token {@code t} is the complementiser إن or أن, written with its hamza (آن is
   * Anne): after a speaker's name it opens the reported speech (وقال X إن …).
   */
  private static boolean functionWord(AnalyzedText text, int t) {
    String w = text.surface(t).replace("\u0651", "").replace("\u064E", "").replace("\u0650", "");
    return w.equals("إن") || w.equals("أن");
  }

  /**
   * The first token after {@code start} in {@code [start, end)} that the segmenter reads as the
   * preposition ب or ل on a word of the lexicon's news text (بجهود، لنواب، بتهم), or −1. A
   * known name word is none (لطفي، بشار، بلال), nor a word whose stem is one (لمحمد), nor one
   * whose stem the lexicon has seen at most once: foreign family names start with these
   * letters (باوار، لوفن، بالديز), and Maghrebi ones with بو (بوعنان، بوتفليقة).
   */
  private int prepositionInside(AnalyzedText text, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      String f = text.form(i);
      if (f.length() < 4 || words.isKnownNameWord(f) || words.startsWithWaw(f)
          || f.startsWith("بو") || !(f.startsWith("ب") || f.startsWith("ل"))) {
        continue;
      }
      List<Segment> segments =
          words.segmenter().segment(text.text(), text.start(i), text.end(i));
      if (segments.size() > 1 && segments.get(0).kind() == SegmentKind.PREPOSITION) {
        Segment stem = segments.stream().filter(g -> g.kind() == SegmentKind.STEM).findFirst()
            .orElse(null);
        String stemForm = stem == null ? ""
            : ArabicNormalizer.get().matchingForm(stem.textOf(text.text()));
        if (stemForm.length() >= 3 && !words.isKnownNameWord(stemForm)
            && StemLexicon.loadDefault().count(stemForm) >= 2) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The last token of {@code [start, end - 1)} that is a country's adjective (after one
   * conjunction: والصربي), or −1. The last token is left out: a nisba ends many family names
   * (محمد شياع السوداني).
   */
  private int nationalityBefore(AnalyzedText text, int start, int end) {
    for (int i = end - 2; i >= start; i--) {
      String f = text.form(i);
      if (kb.demonyms().containsKey(f)
          || kb.demonyms().containsKey(ProcliticStripper.withoutConjunction(f, 4))) {
        return i;
      }
    }
    return -1;
  }

  private void addCandidate(AnalyzedText text, int start, int end, EntityType type,
      double probability, boolean[] knownEndsBefore, boolean[] personEndsBefore,
      List<Candidate> out) {
    if (!text.isWord(start)) {
      return;
    }
    int proclitics = UnknownNameClitics.procliticChars(text.form(start),
        words.procliticChars(text, start), words::isKnownNameWord,
        w -> StemLexicon.loadDefault().count(w) > 0, coordinated(text, start, personEndsBefore));
    String word = text.form(start).substring(Math.min(proclitics, text.form(start).length()));
    if (end - start == 1 && (NEVER_A_NAME_ALONE.contains(word) || knownEndsBefore[start]
        || kb.demonyms().containsKey(word) || CueWords.of(word) == CueWords.Cue.TITLE
        || word.startsWith("ال") && word.endsWith("يه") && type != EntityType.PERSON)) {
      // كجهاز انتقالي، الممثل السامي: a head noun, a title (وكيل الوزارة) or a title's
      // adjective; قاعدة حميميم الجوية، غرب الفرات بالكامل: the word after a known name
      // qualifies it; a country's adjective (مصدر روسي) or a feminine nisba (الجوية، البحرية)
      // alone is an adjective
      return;
    }
    out.add(new Candidate(start, end, proclitics, Candidate.Source.MODEL,
        ImmutableList.of(), type, probability));
  }

  /**
   * Words the model sometimes tags alone that are never a name by themselves: the head nouns of
   * bodies (جهاز، مجلس، هيئة) without the rest of the name, the indefinite head nouns of places
   * (قاعدة حميميم، مطار دمشق: القاعدة is al-Qaeda, قاعدة never), the adjectives of titles
   * (الممثل السامي، المبعوث الخاص، الأمين العام) and title nouns the cue words lack (وكيل
   * الوزارة; those they have are dropped as well), and religious and ethnic communities (زعيم
   * دروز إسرائيل، الأكراد): a people, not a person, place or body. In matching form, proclitics
   * removed.
   */
  static final Set<String> NEVER_A_NAME_ALONE =
      ArabicNormalizer.get().matchingForms(
      "جهاز", "الجهاز", "مجلس", "المجلس", "هيئة", "الهيئة", "لجنة", "اللجنة", "وزارة", "الوزارة",
      "مكتب", "المكتب", "مؤسسة", "المؤسسة", "منظمة", "المنظمة", "حكومة", "الحكومة", "سلطة",
      "السلطة", "قوات", "القوات", "السامي", "السامية", "الأعلى", "العليا", "الخاص", "الخاصة",
      "العام", "العامة", "الدائم", "الدائمة", "الأممي", "الأممية", "الدولي", "الدولية",
      "التنفيذي", "التنفيذية", "الانتقالي", "الانتقالية", "الفخري", "المؤقت", "المؤقتة",
      "قاعدة", "مطار", "ميناء", "معبر", "مخيم", "سجن", "محافظة", "مدينة", "بلدة", "قرية", "منطقة",
      "وكيل", "الوكيل", "وكيلة", "الوكيلة",
      "دروز", "الدروز", "علويون", "العلويون", "العلويين", "أكراد", "الأكراد", "الكرد", "الشيعة",
      "المسيحيون", "المسيحيين", "الأقباط", "أقباط", "الإيزيديون", "الإيزيديين", "الأيزيديين",
      "التركمان", "الشركس", "الآشوريون", "الآشوريين", "السريان", "الأرمن", "الموارنة", "البدو",
      "الإسماعيليون", "الإسماعيليين");

  private static boolean containsLongToken(String[] tokens, NameSpan span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (tokens[i] == LONG_TOKEN) {
        return true;
      }
    }
    return false;
  }

  private static Optional<EntityType> typeOf(String modelType) {
    switch (modelType) {
      case "PERS":
      case "PER":
      case "PERSON":
        return Optional.of(EntityType.PERSON);
      case "LOC":
      case "LOCATION":
        return Optional.of(EntityType.LOCATION);
      case "ORG":
      case "ORGANIZATION":
        return Optional.of(EntityType.ORGANIZATION);
      default:
        return Optional.empty();
    }
  }
}
