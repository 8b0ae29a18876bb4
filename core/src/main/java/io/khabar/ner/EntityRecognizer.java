package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.khabar.text.ArabicNormalizer;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.NameTransliterator;
import io.khabar.kb.PhraseMatch;
import io.khabar.kb.Role;
import io.khabar.kb.RoleType;
import io.khabar.kb.TitleMatch;
import io.khabar.kb.TitleResolver;
import io.khabar.kb.TitleSense;
import io.khabar.text.Span;
import io.khabar.token.AnalyzedText;
import io.khabar.token.CliticSegmenter;
import io.khabar.token.Segment;
import io.khabar.token.SegmentKind;
import io.khabar.token.StemLexicon;
import io.khabar.token.TokenType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the entities of one document and merges their mentions.
 *
 * <p>Three sources propose mentions: the knowledge base's names (one {@link
 * io.khabar.kb.PhraseTrie}, proclitic-tolerant), title references resolved through roles at the
 * publication date ("الرئيس السوري" is whoever held the office then), and the statistical name
 * finder for the names the base lacks; a body's name in quotes («قوات الحرس الوطني») is a
 * fourth. Where they overlap the longer span wins and, at equal length, the knowledge base (it
 * decides identity; the model only finds). The model's one-word spans that are never a name
 * alone (جهاز، السامي) are dropped; an organisation alone in parentheses at the end of a line is
 * a photo credit, not an entity; once a known person is named in full, the family name alone is
 * that person (جوزاف عون … عون).
 *
 * <p>Context decides between readings: a quoted ambiguous name prefers the organisation
 * («الشرق الأوسط» the newspaper), and a seat of power (البيت الأبيض) is a place when every
 * mention only says where.
 *
 * <p>Merging: mentions linked to one knowledge-base entity form one entity; unknown mentions
 * with the same matching form and type form one; a one-word unknown person mention that is the
 * family name of exactly one multi-word person of the document joins that person (أحمد الشرع …
 * الشرع). Ids follow the order of first mention. Immutable and thread-safe.
 *
 * <p>The naming rules of Arabic news are steps of their own, each stated in its class: {@link
 * SharedFamilyNames} (people who share a family name), {@link OrdinaryWordNames} (names that are
 * also ordinary words), {@link NasabChain} (X بن Y آل Z is one name), {@link TitlePrefix}
 * (titles are TITLE mentions, never inside a name), {@link FamilyNames} (a known person's
 * family name alone), {@link CategoryHeads} (diseases, currencies … are MISC), {@link Kingdom}
 * (المملكة) and {@link UnknownNameClitics} (where an unknown name starts in its first token).
 */
public final class EntityRecognizer {

  /**
   * Below this the name finder's span is not reported. The perceptron's scores are not
   * calibrated probabilities (good spans score 0.25–0.4); the floor was tuned on khabar's own
   * annotated articles, see README.
   */
  static final double MIN_MODEL_PROBABILITY = Double.parseDouble(
      System.getProperty("khabar.ner.minProbability", "0.2"));

  private final KnowledgeBase kb;
  private final TitleResolver titles;
  private final Optional<ArabicNameFinder> model;
  private final CliticSegmenter segmenter;
  private final NameTransliterator transliterator;

  public EntityRecognizer(KnowledgeBase kb, TitleResolver titles, Optional<ArabicNameFinder> model,
      CliticSegmenter segmenter, NameTransliterator transliterator) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.titles = Objects.requireNonNull(titles, "titles");
    this.model = Objects.requireNonNull(model, "model");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.transliterator = Objects.requireNonNull(transliterator, "transliterator");
  }

  /** The entities of {@code text}; {@code published} resolves titles and ambiguous names. */
  public EntityLayer recognize(AnalyzedText text, Optional<LocalDate> published) {
    List<Candidate> candidates = new ArrayList<>();
    for (PhraseMatch<KbEntity> m : kb.names().findAll(text)) {
      if (text.isWord(m.start()) && plausibleName(text, m)) {
        if (afterPlaceNoun(text, m.start())
            && m.values().stream().noneMatch(e -> e.type() == EntityType.LOCATION)) {
          // بلدة الصدر with no such place known: the noun before says a place is named
          candidates.add(new Candidate(m.start(), m.end(), m.strippedChars(), Candidate.Source.KB,
              ImmutableList.of(), EntityType.LOCATION, 1.0));
          continue;
        }
        candidates.add(withoutDescriptor(text, new Candidate(m.start(), m.end(), m.strippedChars(),
            Candidate.Source.KB, ImmutableList.copyOf(m.values()), m.values().get(0).type(), 1.0)));
      }
    }
    if (published.isPresent()) {
      for (TitleMatch tm : titles.findAll(text, published.get())) {
        if (tm.holder().isPresent()) {
          KbEntity holder = tm.holder().get();
          candidates.add(new Candidate(tm.start(), tm.end(), tm.strippedChars(), Candidate.Source.TITLE,
              ImmutableList.of(holder), holder.type(), 0.9));
        }
      }
      addCounterparts(text, published.get(), candidates);
    }
    model.ifPresent(finder -> addModelCandidates(text, finder, candidates));
    addQuotedBodies(text, candidates);
    SharedFamilyNames.separate(text, candidates, i -> procliticChars(text, i),
        transliterator::isNameToken);
    OrdinaryWordNames.filter(text, candidates, kb, i -> afterPlaceNoun(text, i),
        i -> i > 0 && text.sentenceOf(i - 1) == text.sentenceOf(i) && FamilyNames.announcesName(text, i - 1));
    TitlePrefix.titleComplements(text, candidates);
    NasabChain.extend(text, candidates);
    List<Candidate> accepted = resolveOverlaps(text.size(), candidates);
    accepted.removeIf(c -> c.type() == EntityType.ORGANIZATION && inCredit(text, c));
    accepted = TitlePrefix.split(text, accepted, titles.titles());
    FamilyNames.add(text, accepted, i -> procliticChars(text, i), NEVER_A_NAME_ALONE);
    SharedFamilyNames.unlinkBareNames(text, accepted);
    CategoryHeads.apply(text, accepted);
    Kingdom.resolve(text, accepted, kb);
    return merge(text, appositions(text, accepted), published);
  }

  /**
   * "نظيره اللبناني" after a known office holder in the same sentence is the holder of the same
   * office in that country at the publication date: التقى الرئيس الفرنسي إيمانويل ماكرون نظيره
   * اللبناني names Lebanon's president. The office is the state office the person mentioned
   * last before the phrase held on that date.
   */
  private void addCounterparts(AnalyzedText text, LocalDate date, List<Candidate> candidates) {
    List<Candidate> known = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.PERSON && c.entities().size() == 1) {
        known.add(c);
      }
    }
    if (known.isEmpty()) {
      return;
    }
    known.sort(Comparator.comparingInt(Candidate::end));
    int next = 0; // known[0, next) end before the phrase: both lists run in text order
    for (PhraseMatch<TitleSense> m : titles.titles().findAll(text)) {
      if (!m.values().get(0).isCounterpart() || !text.isWord(m.start())) {
        continue;
      }
      while (next < known.size() && known.get(next).end() <= m.start()) {
        next++;
      }
      Candidate before = next > 0 ? known.get(next - 1) : null;
      if (before == null || text.sentenceOf(before.start()) != text.sentenceOf(m.start())) {
        continue;
      }
      KbEntity person = before.entities().get(0);
      Optional<RoleType> office = person.roles().stream()
          .filter(r -> r.activeOn(date) && r.of().length() == 2
              && Character.isUpperCase(r.of().charAt(0)))
          .map(Role::role).findFirst();
      if (office.isEmpty()) {
        continue;
      }
      Optional<TitleMatch> tm = titles.resolveAt(text, m.start(), date, office);
      if (tm.isPresent() && tm.get().holder().isPresent()
          && !tm.get().holder().get().key().equals(person.key())) {
        KbEntity holder = tm.get().holder().get();
        candidates.add(new Candidate(tm.get().start(), tm.get().end(), tm.get().strippedChars(),
            Candidate.Source.TITLE, ImmutableList.of(holder), holder.type(), 0.9));
      }
    }
  }

  /**
   * A body's name in quotes, «قوات الحرس الوطني» or «اللجنة الوطنية لإدارة قطاع غزة»: two to
   * seven words whose first is the head noun of a body. The whole quoted name is one
   * organisation (a place inside it, قطاع غزة, is part of the name), unless the knowledge base
   * knows a name starting where the quoted one starts.
   */
  private void addQuotedBodies(AnalyzedText text, List<Candidate> candidates) {
    boolean[] knownStartsAt = new boolean[text.size()];
    for (Candidate c : candidates) {
      if (c.source() != Candidate.Source.MODEL) {
        knownStartsAt[c.start()] = true;
      }
    }
    for (int i = 0; i + 2 < text.size(); i++) {
      if (!text.form(i).equals("«") && !text.form(i).equals("\"")) {
        continue;
      }
      String close = text.form(i).equals("«") ? "»" : "\"";
      int end = i + 1;
      while (end < text.size() && end - i <= MAX_QUOTED_NAME && text.isWord(end)) {
        end++;
      }
      int words = end - i - 1;
      if (end >= text.size() || !text.form(end).equals(close) || words < 2
          || words > MAX_QUOTED_NAME) {
        continue;
      }
      String head = text.form(i + 1);
      head = head.startsWith("ال") ? head.substring(2) : head;
      if (!BODY_HEADS.contains(head)) {
        continue;
      }
      if (!knownStartsAt[i + 1]) { // else the knowledge base knows the body itself
        candidates.add(new Candidate(i + 1, end, 0, Candidate.Source.QUOTED, ImmutableList.of(),
            EntityType.ORGANIZATION, 0.8));
      }
    }
  }

  private static final int MAX_QUOTED_NAME = 7;

  /** Head nouns of bodies' names, without the article, in matching form. */
  private static final Set<String> BODY_HEADS =
      ArabicNormalizer.get().matchingForms(
      "لجنة", "مجلس", "هيئة", "حركة", "حزب", "جبهة", "منظمة", "وكالة", "مؤسسة", "مركز", "معهد",
      "جمعية", "اتحاد", "تحالف", "ائتلاف", "تجمع", "تيار", "قوات", "وحدات", "كتائب", "سرايا",
      "لواء", "فيلق", "جيش", "جماعة", "تنظيم", "مفوضية", "صندوق", "بعثة", "محكمة", "غرفة", "شركة",
      "مكتب", "برنامج", "منتدى", "رابطة", "نقابة", "اللجنة");

  /**
   * A photo or wire credit: an organisation alone in parentheses at the end of a line, as in a
   * caption "… 13 مارس (أ.ف.ب)" or "(سانا)". It names who took the picture, not anyone in the
   * news, so it is not an entity. A place in the same position is a dateline and stays.
   */
  private static boolean inCredit(AnalyzedText text, Candidate c) {
    if (c.start() == 0 || c.end() >= text.size() || !text.form(c.start() - 1).equals("(")
        || !text.form(c.end()).equals(")")) {
      return false;
    }
    String t = text.text();
    for (int i = text.end(c.end()); i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '\n' || ch == '\r') {
        return true;
      }
      if (ch != ' ' && ch != '\t' && ch != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /** The mention is exactly what a pair of quotes encloses: «الشرق الأوسط». */
  private static boolean quoted(AnalyzedText text, Candidate c) {
    if (c.start() == 0 || c.end() >= text.size()) {
      return false;
    }
    String open = text.form(c.start() - 1);
    String close = text.form(c.end());
    return open.equals("«") && close.equals("»") || open.equals("\"") && close.equals("\"")
        || open.equals("“") && close.equals("”");
  }

  /**
   * A seat of power (البيت الأبيض، الكرملين) is an organisation when it acts and a place when the
   * text only says where: every mention governed by في، داخل، إلى or من makes it a place.
   */
  private static boolean onlyLocative(AnalyzedText text, List<int[]> tokenRanges) {
    for (int[] r : tokenRanges) {
      int t = r[0];
      String own = text.form(t).substring(0, Math.max(0, Math.min(text.form(t).length(),
          r[2] - text.start(t))));
      boolean governed = own.endsWith("ب") || t > 0 && LOCATIVE.contains(text.form(t - 1));
      if (!governed) {
        return false;
      }
    }
    return !tokenRanges.isEmpty();
  }

  private static final ImmutableSet<String> LOCATIVE = ImmutableSet.of(
      "في", "داخل", "الي", "من", "وفي", "امام", "قرب");

  /** Generic place nouns that precede a name in apposition: مدينة حلب، محافظة السويداء، قاعدة حميميم. */
  private static final ImmutableSet<String> DESCRIPTORS = ImmutableSet.of(
      "مدينه", "محافظه", "بلده", "قريه", "قاعده", "مطار", "ميناء", "مرفا", "معبر", "منطقه", "حي",
      "مخيم", "جزيره", "ولايه", "اقليم", "قضاء", "ناحيه", "العاصمه", "القاعده", "مدينتي", "بلدتي");

  /**
   * A descriptor is not part of the name: "مدينة حلب" is a mention of حلب. The mention keeps the
   * name alone and links to the place that name denotes when the knowledge base knows it (قاعدة
   * طرطوس البحرية → طرطوس), else to what the whole phrase denoted.
   */
  private Candidate withoutDescriptor(AnalyzedText text, Candidate c) {
    if (c.length() < 2 || c.type() != EntityType.LOCATION) {
      return c;
    }
    String first = text.form(c.start()).substring(Math.min(c.stripped(),
        text.form(c.start()).length()));
    if (!DESCRIPTORS.contains(first)) {
      return c;
    }
    Optional<PhraseMatch<KbEntity>> named = kb.names().matchAt(text, c.start() + 1);
    if (named.isPresent() && named.get().end() <= c.end() && named.get().strippedChars() == 0) {
      PhraseMatch<KbEntity> m = named.get();
      // only a place: ولاية الجزيرة is the state, whatever else الجزيرة names (the channel)
      ImmutableList<KbEntity> places = m.values().stream()
          .filter(e -> e.type() == EntityType.LOCATION).collect(ImmutableList.toImmutableList());
      if (!places.isEmpty()) {
        return new Candidate(m.start(), m.end(), 0, Candidate.Source.KB, places, EntityType.LOCATION,
            c.score());
      }
    }
    return new Candidate(c.start() + 1, c.end(), 0, c.source(), c.entities(), c.type(), c.score());
  }

  /** Whether the word before token {@code i}, in its sentence, is a generic place noun. */
  private static boolean afterPlaceNoun(AnalyzedText text, int i) {
    if (i == 0 || text.sentenceOf(i - 1) != text.sentenceOf(i)) {
      return false;
    }
    String f = text.form(i - 1);
    return DESCRIPTORS.contains(f)
        || DESCRIPTORS.contains(ProcliticStripper.withoutOneProclitic(f, 3));
  }

  /**
   * Ministries that news names by an adjective alone (الخارجية الأمريكية، الداخلية السورية): the
   * adjective is the ministry only when it does not qualify a definite noun before it.
   */
  private static final Set<String> MINISTRY_ADJECTIVES =
      ArabicNormalizer.get().matchingForms("الخارجية", "الداخلية");

  /**
   * Single-letter and pure-article matches are noise, not names; so is a ministry's adjective
   * that qualifies the noun before it (السياسة الخارجية الأمريكية is a policy, قالت الخارجية
   * الأمريكية the ministry).
   */
  private static boolean plausibleName(AnalyzedText text, PhraseMatch<KbEntity> m) {
    int s = m.start();
    if (m.strippedChars() == 0 && MINISTRY_ADJECTIVES.contains(text.form(s)) && s > 0
        && text.isWord(s - 1) && text.form(s - 1).startsWith("ال")
        && text.form(s - 1).length() > 3) {
      return false;
    }
    if (m.length() > 1) {
      return true;
    }
    int len = text.form(m.start()).length() - m.strippedChars();
    return len >= 2;
  }

  /**
   * The name finder reads each sentence in windows of at most {@value #MODEL_WINDOW} tokens (a
   * "sentence" of scraped text can be a whole page), and a token longer than
   * {@value #MAX_NAME_TOKEN} chars is shown to it as a placeholder and never becomes a name:
   * the model's work stays linear in the text, whatever its shape. The windows are tagged as one
   * document ({@link ArabicNameFinder#findInDocument}): a name the model found in one sentence is
   * also a candidate where it recurs untagged, as sure as its surest tagging.
   */
  private void addModelCandidates(AnalyzedText text, ArabicNameFinder finder, List<Candidate> out) {
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
              addModelSpan(text, and, end, type.get(), span.probability(), knownEndsBefore, out);
            }
            end = and;
          }
        }
        addModelSpan(text, start, end, type.get(), span.probability(), knownEndsBefore, out);
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
  private void addModelSpan(AnalyzedText text, int start, int end, EntityType type,
      double probability, boolean[] knownEndsBefore, List<Candidate> out) {
    if (type == EntityType.ORGANIZATION && end - start >= 2 && text.isWord(start + 1)) {
      String head = text.form(start).substring(Math.min(procliticChars(text, start),
          text.form(start).length()));
      String next = text.form(start + 1);
      if (head.startsWith("ال") && BODY_HEADS.contains(head.substring(2))
          && !next.startsWith("ال") && !next.startsWith("لل") && !next.startsWith("ل")
          && KnowledgeBase.hasArabicLetter(next)) {
        if (isKnownNameWord(next)) {
          addModelSpan(text, start + 1, end, EntityType.PERSON, probability, knownEndsBefore,
              out);
        }
        return;
      }
    }
    if (type == EntityType.PERSON) {
      int cut = nationalityBefore(text, start, end);
      if (cut >= 0) {
        // مالكوم والصربي ألكسندر ميتروفيتش: a nationality is in apposition before a name,
        // never inside one, so the span holds two people (or a nationality and a name)
        if (cut > start) {
          addModelCandidate(text, start, cut, type, probability, knownEndsBefore, out);
        }
        start = cut + 1;
      }
    }
    if (start < end) {
      addModelCandidate(text, start, end, type, probability, knownEndsBefore, out);
    }
  }

  /** The first token after {@code start} in {@code [start, end)} that starts with و, or −1. */
  private int conjunctionInside(AnalyzedText text, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      if (text.form(i).startsWith("و")) {
        List<Segment> segments =
            segmenter.segment(text.text(), text.start(i), text.end(i));
        if (segments.size() > 1 && segments.get(0).kind() == SegmentKind.CONJUNCTION) {
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

  private void addModelCandidate(AnalyzedText text, int start, int end, EntityType type,
      double probability, boolean[] knownEndsBefore, List<Candidate> out) {
    if (!text.isWord(start)) {
      return;
    }
    int proclitics = UnknownNameClitics.procliticChars(text.form(start),
        procliticChars(text, start), this::isKnownNameWord,
        w -> StemLexicon.loadDefault().count(w) > 0);
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
  private static final Set<String> NEVER_A_NAME_ALONE =
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

  private static final int MODEL_WINDOW = 200;
  private static final int MAX_NAME_TOKEN = 48;
  private static final String LONG_TOKEN = new String("…");

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

  /** A given name, a person-name token or a one-word name of the knowledge base. */
  private boolean isKnownNameWord(String form) {
    return CueWords.of(form) == CueWords.Cue.GIVEN_NAME || transliterator.isNameToken(form)
        || !kb.names().get(form).isEmpty();
  }

  /** Matching-form chars of token {@code i}'s proclitics, by the segmenter (ال stays in). */
  private int procliticChars(AnalyzedText text, int i) {
    List<Segment> segments = segmenter.segment(text.text(), text.start(i), text.end(i));
    int nameStart = text.start(i);
    for (Segment seg : segments) {
      SegmentKind k = seg.kind();
      if (k == SegmentKind.CONJUNCTION || k == SegmentKind.PREPOSITION || k == SegmentKind.FUTURE) {
        nameStart = seg.span().end();
      } else {
        break;
      }
    }
    if (nameStart == text.start(i)) {
      return 0;
    }
    String form = text.form(i);
    for (int k = 0; k < form.length(); k++) {
      if (text.originalIndex(i, k) >= nameStart) {
        return k;
      }
    }
    return 0;
  }

  /**
   * Knowledge-base and title spans first, longest first (the base decides identity); then the
   * model's spans that touch none of them, longest first. No overlaps.
   */
  private static List<Candidate> resolveOverlaps(int tokenCount, List<Candidate> candidates) {
    candidates.sort(Comparator.comparing((Candidate c) -> c.source() == Candidate.Source.MODEL)
        .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
        .thenComparing(Candidate::source)
        .thenComparingInt(Candidate::start));
    boolean[] taken = new boolean[tokenCount];
    List<Candidate> accepted = new ArrayList<>();
    outer:
    for (Candidate c : candidates) {
      for (int i = c.start(); i < c.end(); i++) {
        if (taken[i]) {
          continue outer;
        }
      }
      Arrays.fill(taken, c.start(), c.end(), true);
      accepted.add(c);
    }
    accepted.sort(Comparator.comparingInt(Candidate::start));
    return accepted;
  }

  /**
   * A title followed at once by a person's name is that person's title, whoever the knowledge
   * base says held the office (المبعوث الأممي إلى سوريا غير بيدرسن; الرئيس الروسي فلاديمير بوتين):
   * the title mention joins the name's entity, or the name's unknown entity.
   */
  private static List<Candidate> appositions(AnalyzedText text, List<Candidate> accepted) {
    List<Candidate> out = new ArrayList<>(accepted);
    // from the end: a chain of titles (ولي العهد السعودي الأمير محمد) all join the name after
    for (int k = out.size() - 2; k >= 0; k--) {
      Candidate title = out.get(k);
      Candidate next = out.get(k + 1);
      if (!title.isTitle() || next.start() != title.end() || next.type() != EntityType.PERSON) {
        continue;
      }
      int name = next.isTitle() ? next.sameAs() : k + 1;
      if (name < 0) {
        continue;
      }
      Candidate named = out.get(name);
      out.set(k, new Candidate(title.start(), title.end(), title.stripped(), Candidate.Source.TITLE,
          named.entities(), EntityType.PERSON, title.score(), name));
    }
    // a given name in brackets before a person's name (الرئيس (فلاديمير) بوتين) is a mention
    // of that person, never a person of its own
    for (int k = 0; k + 1 < out.size(); k++) {
      Candidate c = out.get(k);
      Candidate next = out.get(k + 1);
      if (c.type() == EntityType.PERSON && !c.isTitle() && c.sameAs() < 0 && c.start() > 0
          && c.end() + 1 == next.start() && text.form(c.start() - 1).equals("(")
          && text.form(c.end()).equals(")") && next.type() == EntityType.PERSON
          && !next.isTitle()) {
        out.set(k, new Candidate(c.start(), c.end(), c.stripped(), c.source(), next.entities(),
            EntityType.PERSON, c.score(), k + 1));
      }
    }
    return out;
  }

  /** One entity under construction. */
  private static final class Group {
    final EntityType type;
    final Optional<KbEntity> kb;
    final List<Span> mentions = new ArrayList<>();
    /** The mentions that are names, not titles in apposition: an unknown entity is named by one. */
    final List<Span> names = new ArrayList<>();
    /** The mentions that describe the entity (الرئيس الروسي، الملك): kind TITLE. */
    final Set<Span> titles = new HashSet<>();
    final List<int[]> tokenRanges = new ArrayList<>();
    final Set<String> forms = new HashSet<>();
    Group mergedInto;

    Group(EntityType type, Optional<KbEntity> kb) {
      this.type = type;
      this.kb = kb;
    }

    Group root() {
      Group g = this;
      while (g.mergedInto != null) {
        g = g.mergedInto;
      }
      return g;
    }
  }

  private EntityLayer merge(AnalyzedText text, List<Candidate> accepted,
      Optional<LocalDate> published) {
    // keys named unambiguously anywhere in the document decide ambiguous mentions
    Set<String> namedKeys = new HashSet<>();
    for (Candidate c : accepted) {
      if (c.entities().size() == 1) {
        KbEntity e = c.entities().get(0);
        namedKeys.add(e.key());
        if (e.type() == EntityType.PERSON) {
          // a Jordanian minister named in the text supports Amman over Oman
          e.country().ifPresent(cc -> namedKeys.add("country-" + cc.toLowerCase(java.util.Locale.ROOT)));
        }
      }
    }
    Map<String, Group> byKey = new LinkedHashMap<>();
    Map<String, Group> byForm = new HashMap<>();
    List<Group> groups = new ArrayList<>();
    Group[] candidateGroup = new Group[accepted.size()];
    List<Integer> deferred = new ArrayList<>();
    for (int ci = 0; ci < accepted.size(); ci++) {
      Candidate c = accepted.get(ci);
      if (c.isTitle() && c.entities().isEmpty() && c.sameAs() < 0) {
        continue; // a title that names nobody (a model's span that was only a title)
      }
      if (c.sameAs() >= 0) {
        deferred.add(ci); // a title in apposition joins its name's entity, below
        continue;
      }
      Group g;
      String form = formOf(text, c);
      if (!c.entities().isEmpty()) {
        ImmutableList<KbEntity> options = c.entities();
        if (options.size() > 1 && quoted(text, c)) {
          // a quoted name is a body or a title, not a region: «الشرق الأوسط» is the newspaper
          ImmutableList<KbEntity> bodies = options.stream()
              .filter(k -> k.type() == EntityType.ORGANIZATION)
              .collect(ImmutableList.toImmutableList());
          options = bodies.isEmpty() ? options : bodies;
        }
        KbEntity e = choose(options, form, namedKeys, published);
        g = byKey.get(e.key());
        if (g == null) {
          g = new Group(e.type(), Optional.of(e));
          byKey.put(e.key(), g);
          groups.add(g);
        }
      } else {
        String formKey = c.type() + "|" + withoutArticle(form);
        g = byForm.get(formKey);
        if (g == null) {
          g = new Group(c.type(), Optional.empty());
          byForm.put(formKey, g);
          groups.add(g);
        }
      }
      Span span = text.span(c.start(), c.end(), c.stripped());
      g.mentions.add(span);
      if (c.isTitle()) {
        g.titles.add(span);
      } else {
        g.names.add(span);
      }
      g.tokenRanges.add(new int[] {c.start(), c.end(), span.start()});
      g.forms.add(form);
      candidateGroup[ci] = g;
    }
    for (int ci : deferred) {
      Candidate c = accepted.get(ci);
      Group g = candidateGroup[c.sameAs()];
      Span span = text.span(c.start(), c.end(), c.stripped());
      g.mentions.add(span);
      if (c.isTitle()) {
        g.titles.add(span);
      } else {
        g.names.add(span);
      }
      g.tokenRanges.add(new int[] {c.start(), c.end(), span.start()});
    }
    mergeFamilyNames(text, groups);

    // order by first mention, assign ids
    List<Group> roots = new ArrayList<>();
    for (Group g : groups) {
      if (g.mergedInto != null) {
        g.root().mentions.addAll(g.mentions);
        g.root().names.addAll(g.names);
        g.root().titles.addAll(g.titles);
        g.root().tokenRanges.addAll(g.tokenRanges);
      }
    }
    for (Group g : groups) {
      if (g.mergedInto == null) {
        roots.add(g);
      }
    }
    roots.sort(Comparator.comparingInt(g -> g.mentions.stream().mapToInt(Span::start).min().orElse(0)));
    Map<Group, Integer> index = new HashMap<>();
    ImmutableList.Builder<Entity> entities = ImmutableList.builder();
    int[] tokenEntity = new int[text.size()];
    Arrays.fill(tokenEntity, -1);
    int[] mentionStart = new int[text.size()];
    Arrays.fill(mentionStart, -1);
    for (int i = 0; i < roots.size(); i++) {
      Group g = roots.get(i);
      index.put(g, i);
      ImmutableList<Mention> mentions = g.mentions.stream().distinct().sorted()
          .map(s -> Mention.of(text.text(), s,
              g.titles.contains(s) && !g.names.contains(s) ? MentionKind.TITLE : MentionKind.NAME))
          .collect(ImmutableList.toImmutableList());
      String name = g.kb.map(KbEntity::name).orElseGet(() -> transliterator.transliterate(
          longestName(text.text(), g.names.isEmpty() ? g.mentions : g.names)));
      EntityType type = g.kb.flatMap(KbEntity::subtype).filter("seat"::equals).isPresent()
          && onlyLocative(text, g.tokenRanges) ? EntityType.LOCATION : g.type;
      entities.add(new Entity("E" + (i + 1), type, name,
          g.kb.flatMap(KbEntity::wikidata), g.kb.map(KbEntity::key), mentions));
      for (int[] r : g.tokenRanges) {
        Arrays.fill(tokenEntity, r[0], r[1], i);
        mentionStart[r[0]] = r[2];
      }
    }
    return new EntityLayer(entities.build(), tokenEntity, mentionStart,
        roots.stream().map(g -> g.kb).collect(ImmutableList.toImmutableList()));
  }

  /** The longest of the spans' texts; the first in the text of equal length. */
  private static String longestName(String text, List<Span> spans) {
    String best = "";
    for (Span s : spans.stream().sorted().toList()) {
      String t = text.substring(s.start(), s.end());
      if (t.length() > best.length()) {
        best = t;
      }
    }
    return best;
  }

  /**
   * An unknown person joins the one longer person whose name ends with its name: the family name
   * alone (الشرع after أحمد الشرع), or a family name of several words (عبد الرحمن after رامي عبد
   * الرحمن; a tail starting with بن، بنت or آل is a father's or a family's name, not the
   * person's); or, right after an honorific, the one whose given name it is (الشيخ صباح). With
   * two candidates it stays apart.
   */
  private static void mergeFamilyNames(AnalyzedText text, List<Group> groups) {
    Map<String, List<Group>> byLastWord = new HashMap<>();
    Map<String, List<Group>> byGivenName = new HashMap<>();
    for (Group g : groups) {
      if (g.type != EntityType.PERSON) {
        continue;
      }
      for (String f : g.forms) {
        String[] words = f.split(" ");
        for (int k = 1; k < words.length; k++) {
          if (!NASAB_LINKS.contains(words[k])) {
            byLastWord.computeIfAbsent(String.join(" ", List.of(words).subList(k, words.length)),
                x -> new ArrayList<>()).add(g);
          }
        }
        int first = 0;
        while (first < words.length && TitlePrefix.isHonorificWord(words[first])) {
          first++;
        }
        if (words.length - first > 1) {
          byGivenName.computeIfAbsent(words[first], k -> new ArrayList<>()).add(g);
        }
      }
    }
    for (Group g : groups) {
      if (g.type != EntityType.PERSON || g.kb.isPresent()) {
        continue;
      }
      boolean afterHonorific = g.tokenRanges.stream()
          .anyMatch(r -> r[0] > 0 && TitlePrefix.isHonorificWord(
              ProcliticStripper.withoutConjunction(text.form(r[0] - 1), 3)));
      Set<Group> targets = new HashSet<>();
      for (String f : g.forms) {
        List<Group> named = new ArrayList<>(byLastWord.getOrDefault(f, List.of()));
        if (afterHonorific) {
          named.addAll(byGivenName.getOrDefault(f, List.of()));
        }
        for (Group h : named) {
          if (h != g && h.forms.stream().noneMatch(g.forms::contains)) {
            targets.add(h.root());
          }
        }
      }
      if (targets.size() == 1) {
        g.mergedInto = targets.iterator().next();
      }
    }
  }

  /** Words that link a person's name to a father's or a family's (matching form; آل is ال). */
  private static final ImmutableSet<String> NASAB_LINKS = ImmutableSet.of("بن", "ابن", "بنت", "ال");

  private static String formOf(AnalyzedText text, Candidate c) {
    StringBuilder sb = new StringBuilder();
    for (int i = c.start(); i < c.end(); i++) {
      String f = text.form(i);
      if (i == c.start()) {
        f = f.substring(Math.min(c.stripped(), f.length()));
      }
      if (f.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(f);
    }
    return sb.toString();
  }

  private static String withoutArticle(String form) {
    return form.startsWith("ال") && form.length() > 4 ? form.substring(2) : form;
  }

  /**
   * Among entities sharing an alias: one the document names unambiguously elsewhere; else one
   * whose country or region the document names; else one
   * whose primary name this is (طرطوس is first the city, then the base named after it); else a
   * person holding an office on the publication date; else a country; else the first listed.
   */
  private static KbEntity choose(ImmutableList<KbEntity> entities, String form,
      Set<String> namedKeys, Optional<LocalDate> published) {
    if (entities.size() == 1) {
      return entities.get(0);
    }
    for (KbEntity e : entities) {
      if (namedKeys.contains(e.key())) {
        return e;
      }
    }
    for (KbEntity e : entities) {
      // the document names its country or region: عمان with الأردن around it is Amman
      if (e.parent().map(namedKeys::contains).orElse(false)
          || e.country().map(c -> namedKeys.contains("country-" + c.toLowerCase(java.util.Locale.ROOT)))
              .orElse(false) && e.countryCode().isEmpty()) {
        return e;
      }
    }
    ArabicNormalizer normalizer = ArabicNormalizer.get();
    String bare = withoutArticle(form);
    for (KbEntity e : entities) {
      if (!e.aliases().isEmpty()) {
        String primary = normalizer.matchingForm(e.aliases().get(0));
        if (primary.equals(form) || withoutArticle(primary).equals(bare)) {
          return e;
        }
      }
    }
    if (published.isPresent()) {
      for (KbEntity e : entities) {
        if (!e.rolesOn(published.get()).isEmpty()) {
          return e;
        }
      }
    }
    for (KbEntity e : entities) {
      if (e.countryCode().isPresent()) {
        return e;
      }
    }
    return entities.get(0);
  }
}
