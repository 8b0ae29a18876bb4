package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.PhraseMatch;
import io.khabar.token.AnalyzedText;
import io.khabar.token.StemLexicon;
import io.khabar.token.TokenType;
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
 * الإدارة is no body) or a country's adjective after its common noun (مجلس الشورى المصري), and a {@code descriptor} before a body's own name is in apposition, as
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
    boolean[] modelPerson = new boolean[n]; // مجلس الشيوخ "روي بلنت": a quoted person
    for (Candidate c : candidates) {
      for (int t = c.start(); t < c.end(); t++) {
        if (c.source() == Candidate.Source.MODEL) {
          modelName[t] = true;
          modelPerson[t] |= c.type() == EntityType.PERSON;
        } else {
          covered[t] = true;
        }
      }
    }
    int known = candidates.size();
    for (int k = 0; k < known; k++) {
      Candidate c = candidates.get(k);
      if (c.source() == Candidate.Source.KB && c.type() == EntityType.ORGANIZATION
          && c.stripped() == 0 && c.length() > 1 && headsAName(text.form(c.start()))
          && !afterTitleNoun(text, c.start())) {
        int full = fieldComplement(text, c.start(), c.end(), covered);
        if (full > c.end()) {
          // الاتحاد الأوروبي لكرة القدم: another body than the one the base knows by its start
          candidates.add(new Candidate(c.start(), full, c.stripped(), Candidate.Source.PHRASE,
              ImmutableList.of(), EntityType.ORGANIZATION, SCORE));
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
        int full = last > i + 1 ? fieldComplement(text, i, last, covered) : last;
        if (full > last && !inTitle) {
          // الاتحاد الدولي لكرة القدم، الهيئة العامة للرياضة: a field names the body
          candidates.add(new Candidate(i, full, proclitics, Candidate.Source.PHRASE,
              ImmutableList.of(), EntityType.ORGANIZATION, SCORE));
          i = full - 1;
          continue;
        }
        if (last > i + 1 && BodyHeads.isAdjective(text.form(i + 1)) && !inTitle) {
          // النيابة العامة السعودية، المحكمة العليا: an adjective that makes a body's name
          candidates.add(new Candidate(i, last, proclitics, Candidate.Source.PHRASE,
              ImmutableList.of(), EntityType.ORGANIZATION, SCORE));
          i = last - 1;
          continue;
        }
        if (last > i + 2 && !inTitle && isDemonym(text.form(last - 1), kb)
            && !demonymsOnly(text, i + 1, last) && namesWithNisbas(kind.get())) {
          // المجلس التشريعي الفلسطيني، اللجنة الاقتصادية اليمنية: the field's nisba and the
          // country's adjective name the country's one body of that field
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
      if (kind.get() == BodyHeads.Kind.DESCRIPTOR || kind.get() == BodyHeads.Kind.NAMED) {
        // شركة "إيني"، تطبيق «واتساب»: the quoted words are the body's own name; after a
        // named head (مجموعة "واندا") or a head and its genitive (دار النشر "بيكادور") only
        // words of a name, since a quoted common word there is a quoted word (مركز "الوصيف")
        int open = i + 1;
        if (inPhrase(text, i, open) && text.isWord(open) && text.form(open).startsWith("ال")
            && !hasProclitic(text, open) && !covered[open]) {
          open++;
        }
        int close = quotedName(text, i, open);
        if (close > 0 && (open == i + 1 && kind.get() == BodyHeads.Kind.DESCRIPTOR
            || !covered[open + 1] && quotedNameLike(text, open + 1, close, modelName)
            && !modelPerson[open + 1])) {
          candidates.add(new Candidate(open + 1, close, 0, Candidate.Source.PHRASE,
              ImmutableList.of(), EntityType.ORGANIZATION, SCORE));
          i = close;
          continue;
        }
      }
      Optional<Genitive> g = genitive(text, i, i + 1, covered, modelName);
      if (kind.get() == BodyHeads.Kind.OWNER
          && (g.isEmpty() || g.get().what() != Complement.NOUN)) {
        // حكومة جيبوتي، حكومة ماي: the genitive is the mention, the head describes it; a
        // common noun names the government itself (حكومة الوفاق الوطني)
        continue;
      }
      if (g.isPresent() && kind.get() == BodyHeads.Kind.NAMED
          && g.get().what() == Complement.NOUN) {
        int last = adjectives(text, i, g.get().end());
        if (last > g.get().end() && demonymsOnly(text, g.get().end(), last) && !inTitle) {
          // مجلس الشورى المصري، مجلس النواب الأمريكي: a country's adjective makes the
          // common noun's phrase that country's body
          candidates.add(new Candidate(i, last, proclitics, Candidate.Source.PHRASE,
              ImmutableList.of(), EntityType.ORGANIZATION, SCORE));
          i = last - 1;
        }
        continue; // مجلس الإدارة، مركز الصدارة: no body's name
      }
      if (g.isEmpty()) {
        continue; // شركة كبيرة: no body's name
      }
      if (kind.get() == BodyHeads.Kind.DESCRIPTOR) {
        // شركة أبل، نادي نيوبورت: the head is in apposition, the name alone is the body's; a
        // place's name or a common noun after it (نادي ليفربول، قناة المحور، شركة الطيران) is
        // the knowledge base's or the name finder's to read
        if (g.get().what() == Complement.NAME) {
          candidates.add(new Candidate(i + 1, g.get().end(), 0, Candidate.Source.PHRASE,
              ImmutableList.of(), EntityType.ORGANIZATION, SCORE));
        } else if (g.get().what() == Complement.PLACE && !inTitle) {
          int full = fieldComplement(text, i, g.get().end(), covered);
          if (full > g.get().end()) {
            // مؤسسة الصين للاستثمار: a body named by a place and its field
            candidates.add(new Candidate(i, full, proclitics, Candidate.Source.PHRASE,
                ImmutableList.of(), EntityType.ORGANIZATION, SCORE));
            i = full - 1;
            continue;
          }
        }
        i = g.get().end() - 1;
        continue;
      }
      int last = adjectives(text, i, coordinated(text, i, g.get().end(), covered));
      last = fieldComplement(text, i, last, covered);
      if (inTitle) {
        i = last - 1;
        continue; // رئيس هيئة الأركان، مدير مكتب الارتباط: the body is part of a person's title
      }
      candidates.add(new Candidate(i, last, proclitics, Candidate.Source.PHRASE,
          ImmutableList.of(), EntityType.ORGANIZATION, SCORE));
      i = last - 1;
    }
  }

  /**
   * A name a body's phrase gives is the body's wherever the name finder reads it alone in the
   * same document: after «شركة بريكين» or «مجموعة كرو», «قالت بريكين» is the company, not a
   * person. The name finder's unknown people and places whose words are the name of such a
   * phrase (all of them, or those after a head that names a body only with a proper name:
   * مجموعة كرو) become that organisation.
   */
  static void agreeInDocument(AnalyzedText text, List<Candidate> accepted) {
    java.util.Set<String> bodies = new java.util.HashSet<>();
    for (Candidate c : accepted) {
      if (c.source() == Candidate.Source.PHRASE && c.type() == EntityType.ORGANIZATION) {
        bodies.add(words(text, c.start(), c.end(), c.stripped()));
        String first = text.form(c.start()).substring(Math.min(c.stripped(),
            text.form(c.start()).length()));
        if (c.length() > 1 && BodyHeads.kind(first).orElse(null) == BodyHeads.Kind.NAMED) {
          // مجموعة كرو; منتخب الأوروغواي leaves الأوروغواي the country
          bodies.add(words(text, c.start() + 1, c.end(), 0));
        }
      }
    }
    if (bodies.isEmpty()) {
      return;
    }
    RepeatedBodyNames.addTo(text, accepted);
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.source() == Candidate.Source.MODEL && c.type() != EntityType.ORGANIZATION
          && c.entities().isEmpty() && bodies.contains(words(text, c.start(), c.end(),
              c.stripped()))) {
        accepted.set(k, c.withEntities(ImmutableList.of(), EntityType.ORGANIZATION));
      }
    }
  }

  private static String words(AnalyzedText text, int from, int to, int stripped) {
    StringBuilder sb = new StringBuilder();
    for (int t = from; t < to; t++) {
      String f = text.form(t);
      sb.append(t == from ? f.substring(Math.min(stripped, f.length())) : f).append(' ');
    }
    return sb.toString();
  }

  /**
   * Whether a known body's first word is a head noun that a field can complement (الاتحاد
   * الأوروبي لكرة القدم): a body's head, not a force's (الجيش المصري للبلاد) nor another noun
   * (الأمم المتحدة للإعلام).
   */
  private static boolean headsAName(String first) {
    String bare = first.startsWith("ال") ? first.substring(2) : first;
    return BodyHeads.kind(bare).filter(k -> k != BodyHeads.Kind.QUOTED).isPresent();
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
    if (!inPhrase(text, head, j) || hasProclitic(text, j)) {
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
    if (constructNoun(text, j) && inPhrase(text, head, j + 1) && !covered[j + 1]
        && !hasProclitic(text, j + 1)
        && (text.form(j + 1).startsWith("ال") && !isAdjective(text.form(j + 1))
            && !BodyHeads.isBodyOrQuoted(text.form(j + 1).substring(2))
            || constructNoun(text, j + 1))) {
      // غرفة صناعة السينما، هيئة رعاية الأسرة: a noun in the construct state, then its genitive
      // (a body's head there makes an organ of that body: مجلس إدارة الاتحاد)
      return genitive(text, head, j + 1, covered, modelName)
          .map(g -> new Genitive(g.end(), Complement.NOUN));
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

  /**
   * Whether the indefinite token {@code t} is a noun in the construct state by its shape: written
   * with ة, which no verb carries (لجنة تضم الخبراء is a verb's clause), and no adjective's
   * shape, a nisba (…ية: عالمية، عسكرية, where the verbal nouns of weak roots write اية or
   * start with ت: رعاية، تنمية), فعيلة (كبيرة، جديدة), فاعلة
   * (خاصة، كاملة) or a derived participle (مستقلة، متخصصة), which qualifies the head (لجنة
   * خاصة) rather than governing a genitive.
   */
  private boolean constructNoun(AnalyzedText text, int t) {
    String f = text.form(t);
    if (!text.isWord(t) || f.startsWith("ال") || !text.surface(t).endsWith("ة")
        || f.length() < 4 || words.procliticChars(text, t) > 0) {
      return false;
    }
    String stem = f.substring(0, f.length() - 1);
    if (stem.endsWith("ي") && stem.charAt(stem.length() - 2) != 'ا' && f.charAt(0) != 'ت') {
      return false; // a nisba (عسكرية، جزئية); رعاية and تنمية are verbal nouns
    }
    if (f.length() == 5 && f.charAt(2) == 'ي' || f.charAt(1) == 'ا' && f.length() <= 5
        || f.startsWith("مست") || f.startsWith("مت") && f.length() >= 6) {
      return false; // فعيلة، فاعلة (خاصة، كاملة) and the participles مستقلة، متخصصة
    }
    return true;
  }

  /**
   * Whether a definite head of kind {@code kind} is named by nisbas and a country's adjective:
   * a body's or a named head's (المجلس، اللجنة), not a descriptor's (الشركة الحكومية الصينية
   * describes a company) nor a government's (الحكومة الانتقالية الليبية).
   */
  private static boolean namesWithNisbas(BodyHeads.Kind kind) {
    return kind == BodyHeads.Kind.BODY || kind == BodyHeads.Kind.NAMED;
  }

  /**
   * Whether token {@code t} starts with a proclitic: the segmenter's reading, unless the word is
   * a name that starts with the letter و (جامعة ويست أنجليا: West, not و + يست).
   */
  private boolean hasProclitic(AnalyzedText text, int t) {
    return words.procliticChars(text, t) > 0 && !words.startsWithWaw(text.form(t));
  }

  /** A word of an unknown name: not the article's, no proclitic, read as a name or unknown. */
  private boolean nameLike(AnalyzedText text, int t, boolean[] modelName) {
    String f = text.form(t);
    if (text.type(t) == TokenType.LATIN) {
      return Character.isUpperCase(text.surface(t).charAt(0)); // شركة Apple
    }
    if (f.startsWith("ال") || f.length() < 2 || hasProclitic(text, t)
        || !KnowledgeBase.hasArabicLetter(f) || CueWords.of(f) == CueWords.Cue.GIVEN_NAME) {
      return false;
    }
    return modelName[t] || StemLexicon.loadDefault().count(f) == 0;
  }

  /**
   * The end of a field complement after a body's name ending at {@code end}, or {@code end}: ل
   * with a definite noun (الهيئة العامة للرياضة، المجلس الأعلى للقضاء) or with an indefinite
   * noun and its definite genitive (الاتحاد الأوروبي لكرة القدم، المرصد السوري لحقوق
   * الإنسان), then up to {@value #MAX_ADJECTIVES} adjectives or coordinated definite nouns
   * (للأمن السيبراني والبرمجة). The ل of a verb's indirect object is not a field: people are
   * spoken to (قال الاتحاد للصحفيين), bodies and outlets too (لوكالة الأنباء، لشبكة سي إن
   * إن: no definite genitive), and a purpose infinitive governs من (يسعى الاتحاد للحد من،
   * للتأكد من، للاستفادة من): nor is a complement that من follows. Other prepositions are as
   * often the main verb's (أعلنت الهيئة العامة للرياضة عن، أعرب المجلس الأعلى للقضاء عن).
   */
  private int fieldComplement(AnalyzedText text, int head, int end, boolean[] covered) {
    if (!inPhrase(text, head, end) || covered[end] || text.type(end) != TokenType.ARABIC) {
      return end;
    }
    String f = text.form(end);
    int next;
    String noun;
    if (f.startsWith("لل") && f.length() > 4) {
      noun = f.substring(2); // للرياضة: ل and the article, its alif elided
      if (noun.endsWith("ين") || noun.endsWith("ون")) {
        return end; // للصحفيين، للمواطنين: the people spoken to
      }
      next = end + 1;
    } else if (f.startsWith("ل") && f.length() > 3 && !f.startsWith("لا")
        && words.procliticChars(text, end) == 1 && inPhrase(text, head, end + 1)
        && !covered[end + 1] && text.form(end + 1).startsWith("ال")
        && text.form(end + 1).length() > 3) {
      noun = f.substring(1);
      if (verbalNounWithObject(noun)) {
        return end; // يسعى البنك لتحقيق النجاح: a purpose infinitive and its object
      }
      next = end + 2; // لكرة القدم، لحقوق الإنسان
    } else {
      return end;
    }
    if (BodyHeads.isBodyOrQuoted(noun) || CueWords.of(noun) == CueWords.Cue.TITLE
        || CueWords.of("ال" + noun) == CueWords.Cue.TITLE || noun.equals("مره")) {
      return end; // لوكالة …، للرئيس: an outlet or a person spoken to; للمرة: an adverb
    }
    int last = next;
    while (last < next + MAX_ADJECTIVES && inPhrase(text, head, last) && !covered[last]) {
      String w = text.form(last);
      boolean adjective = words.procliticChars(text, last) == 0 && isAdjective(w);
      boolean conjunct = w.startsWith("وال") && w.length() > 5
          && !BodyHeads.isBodyOrQuoted(w.substring(3)) && words.procliticChars(text, last) == 1;
      if (!adjective && !conjunct) {
        break;
      }
      last++;
    }
    if (last < text.size() && text.isWord(last) && text.form(last).equals("من")) {
      return end;
    }
    return last;
  }

  /**
   * Whether an indefinite noun has the shape of the verbal noun of a derived verb, تفعيل
   * (تحقيق، تعزيز، تطوير) or استفعال (استعادة، استكمال): with a definite noun after it, it is a
   * purpose infinitive and its object (لتحقيق النجاح), not the field of a body.
   */
  private static boolean verbalNounWithObject(String noun) {
    return noun.length() == 5 && noun.charAt(0) == 'ت' && noun.charAt(3) == 'ي'
        || noun.startsWith("است") && noun.length() >= 6;
  }

  /**
   * The token index of the closing quote of one to {@value #MAX_NAME_WORDS} words quoted right
   * after a descriptor head at {@code head} («واتساب»، "إيني"), or −1.
   */
  private static int quotedName(AnalyzedText text, int head, int j) {
    if (!inPhrase(text, head, j + 1)) {
      return -1;
    }
    String open = text.surface(j);
    String close = switch (open) {
      case "«" -> "»";
      case "\"" -> "\"";
      case "“" -> "”";
      default -> null;
    };
    if (close == null) {
      return -1;
    }
    int t = j + 1;
    while (t < j + 1 + MAX_NAME_WORDS && t < text.size() && text.isWord(t)) {
      t++;
    }
    return t > j + 1 && t < text.size() && text.surface(t).equals(close) ? t : -1;
  }

  /** Whether the quoted words [from, to) are all words of a name ({@link #nameLike}). */
  private boolean quotedNameLike(AnalyzedText text, int from, int to, boolean[] modelName) {
    for (int t = from; t < to; t++) {
      if (!nameLike(text, t, modelName)) {
        return false;
      }
    }
    return true;
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
