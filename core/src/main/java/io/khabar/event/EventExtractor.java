package io.khabar.event;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.khabar.event.TriggerLexicon.SplitTrigger;
import io.khabar.event.TriggerLexicon.Trigger;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.PhraseMatch;
import io.khabar.ner.Entity;
import io.khabar.ner.EntityLayer;
import io.khabar.ner.ProcliticStripper;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.Span;
import io.khabar.time.Timex;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed events from triggers and the clause around them.
 *
 * <p>Triggers come from {@link TriggerLexicon} through the same phrase trie as names (proclitics
 * tolerated: واتفقا، بزيارة، لقائه), plus verb–object pairs split by a subject (فرضت واشنطن
 * عقوبات). A verb form right after a preposition is its verbal noun (على نشر، بعد انسحاب), and
 * is no trigger when the lexicon has no noun reading of it (على وقع). For each trigger the clause
 * is the stretch of its sentence up to the nearest strong break (؛ : a quotation, not a quoted
 * short name) on either side, bounded in tokens; the walk back stops at a bare أن/إن. Within it:
 * <ul>
 *   <li>the agent or speaker is the first actor (person, organisation, country; a capital as
 *       subject) right after the trigger (verb–subject order, and the genitive of a verbal noun:
 *       زيارة الشرع), else the nearest actor before it that no preposition governs (subject–verb
 *       order); a common noun in the subject slot (زار وفد، أكد مصدر، دعا الحبر الأعظم) means
 *       the subject is not named, and nothing else is made the subject;
 *   <li>a verbal noun takes the subject of the light verb before it (أجرى … اتصالا، قام بوغدانوف
 *       … بزيارة), of the clause it is the purpose of (تخطط أميركا لإعادة فتح سفارتها), or of the
 *       verb that governs it (اتفقتا على استئناف العلاقات، أعلن ترامب سحب القوات); a coordinated
 *       verb with no subject of its own shares the previous verb's (يستقبل السراج ويدعو);
 *   <li>co-participants follow مع، بين … و، the ب of اجتمع ب/التقى ب, or stand as the object of a
 *       meeting or message verb; recipients follow إلى / لـ; targets follow على / ضد; sources
 *       after وفق / بحسب are never actors;
 *   <li>the place is a location after في / إلى / ب (or the destination of a visit); a diplomatic
 *       event in a city adds the city's country when the document names it;
 *   <li>the date is the resolved time expression of the clause (one after بعد/قبل + noun dates
 *       that clause instead), else of the sentence; an event "during" the previous one, or a
 *       coordinated verb, takes its date; an undated statement takes the date of a dated event
 *       its speaker took part in, told in the same or the previous sentence.
 * </ul>
 * Negated triggers (لم يلتق) give nothing; a future cue or سـ makes the event PLANNED. An event
 * with no participant is dropped (nothing in the text says who), and so is one whose subject is
 * an unnamed common noun unless it acts on someone (an attack, aid, sanctions). The same event
 * read twice (repeated captions, a headline and its article) is reported once: same type,
 * overlapping participants, compatible dates. The closed classes it walks by are roles of
 * {@code argument-cues.tsv}. Immutable and thread-safe; every step is linear in the document.
 */
public final class EventExtractor {

  private static final int LEFT_WINDOW = 12;
  private static final int RIGHT_WINDOW = 14;
  /** Tokens between a verb and its subject: الرئيس السوري أحمد الشرع is reached by the entity itself. */
  private static final int SUBJECT_REACH = 4;
  /** Tokens between a subject and its object: التقى الأسد أمس الثلاثاء وزير الخارجية … */
  private static final int OBJECT_REACH = 4;

  private static final ImmutableSet<String> WITH = ImmutableSet.of("مع");
  private static final ImmutableSet<String> BETWEEN = ImmutableSet.of("بين");
  private static final ImmutableSet<String> TO = ImmutableSet.of("الي", "لدي");
  private static final ImmutableSet<String> AGAINST = ImmutableSet.of("علي", "ضد", "بحق");
  private static final ImmutableSet<String> PLACE_CUES = ImmutableSet.of(
      "في", "الي", "ب", "داخل", "قرب");

  private final TriggerLexicon lexicon;
  // closed-class words of argument-cues.tsv, by role
  /**
   * أن / إن without a pronoun: the reported clause names its own subject after it (قال كيربي إن
   * الوزيرين اتفقا), so nothing before it is the subject of a verb inside. With a pronoun (إنه)
   * the subject is the one who spoke, so the walk back goes on.
   */
  private final Set<String> bareThat;
  private final Set<String> complementizers;
  private final Set<String> particles;
  private final Set<String> governingPrepositions;
  private final Set<String> lightVerbs;
  private final Set<String> duringIt;
  private final Set<String> temporalClause;
  private final Set<String> cuePrepositions;
  private final Set<String> titleWords;
  private final Set<String> unnamedAgents;
  private final Set<String> timeCues;
  private final Set<String> attributionCues;

  /** Country ISO code of each demonym in matching form, definite and indefinite (الإسرائيلية، إسرائيلية). */
  private final ImmutableMap<String, String> demonyms;

  public EventExtractor(TriggerLexicon lexicon) {
    this(lexicon, ImmutableMap.of());
  }

  /**
   * With {@code demonyms} (see {@link io.khabar.kb.KnowledgeBase#demonyms}) an unnamed subject qualified by a country's
   * adjective acts for that country: قصفت طائرات إسرائيلية، غارات روسية.
   */
  public EventExtractor(TriggerLexicon lexicon, Map<String, String> demonyms) {
    this.demonyms = ImmutableMap.copyOf(demonyms);
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.bareThat = lexicon.cues("BARE_THAT");
    this.complementizers = lexicon.cues("COMPLEMENTIZER");
    this.particles = lexicon.cues("PARTICLE");
    this.governingPrepositions = lexicon.cues("GOVERNING");
    this.lightVerbs = lexicon.cues("LIGHT_VERB");
    this.duringIt = lexicon.cues("DURING_IT");
    this.temporalClause = lexicon.cues("TEMPORAL_CLAUSE");
    this.cuePrepositions = lexicon.cues("CUE_PREPOSITION");
    this.titleWords = lexicon.cues("TITLE_WORD");
    this.unnamedAgents = lexicon.cues("UNNAMED_AGENT");
    this.timeCues = lexicon.cues("TIME");
    this.attributionCues = lexicon.cues("ATTRIBUTION");
  }

  /**
   * A trigger found in the text: tokens [start, end), the first token's proclitics excluded;
   * {@code reach} is the end of its object for a split verb–object trigger, else {@code end}.
   */
  private record Found(int start, int end, int stripped, Trigger trigger, int reach) {}

  /**
   * The agents of the last event read from a verb, with where its trigger ends: a verbal noun
   * that the verb governs through a preposition (اتفقتا … على استئناف العلاقات) shares them.
   */
  private record Governor(int sentence, int triggerEnd, Set<Integer> agents, Event event) {}

  /**
   * A verbal noun standing as the direct object of a speech verb just read (أعلن ترامب الأربعاء
   * سحب القوات): the act announced, whose agent is the speaker. The statement is told as well:
   * one statement per speech act.
   */
  private boolean announcedAct(AnalyzedText text, Found f, Optional<Governor> governor,
      int[] triggerStarts) {
    if (governor.isEmpty() || governor.get().event().type() != EventType.STATEMENT) {
      return false;
    }
    int sentenceStart = text.sentenceStart(text.sentenceOf(f.start()));
    Governor g = governor.get();
    return nominal(text, f, sentenceStart) && !governedByPreposition(text, f, sentenceStart)
        && g.sentence() == text.sentenceOf(f.start()) && g.triggerEnd() <= f.start()
        && f.start() - g.triggerEnd() <= GOVERNOR_REACH
        && !clauseBoundaryBetween(text, g.triggerEnd(), f.start())
        && !anotherTriggerBetween(triggerStarts, g.triggerEnd() - 1, f.start())
        && lightVerbAt(text, f.start(), sentenceStart) < 0;
  }

  /** An event read, with the sentence it was read in. */
  private record Told(int sentence, Event event) {}

  /** Sentences back that a statement's setting may lie: the event's own and the one before. */
  private static final int SETTING_REACH = 1;

  /** Events looked back at for a setting: bounded, so a page-long "sentence" stays linear. */
  private static final int SETTING_EVENTS = 16;

  /**
   * An undated statement by someone who took part in a dated event told just before (in its
   * sentence or the previous one) was made there: وأكد إردوغان خلال الاتصال … takes the call's
   * date, وقال غروندبرغ في بيان the date of the truce he announced.
   */
  private static Event datedBySetting(Event statement, int sentence, List<Told> told) {
    Set<String> speakers = partyIds(statement);
    for (int k = told.size() - 1; k >= Math.max(0, told.size() - SETTING_EVENTS); k--) {
      Told t = told.get(k);
      if (sentence - t.sentence() > SETTING_REACH) {
        break;
      }
      EventCore c = t.event().core();
      if (c.date().isPresent() && c.modality() == statement.core().modality()
          && c.participants().stream().anyMatch(p -> speakers.contains(p.entity()))) {
        return rebuild(statement, statement.core().withDate(c.date(), c.timex(), DateBasis.TEXT));
      }
    }
    return statement;
  }

  /** Tokens between a verb and the verbal noun it governs: اتفقتا في بكين في 10 مارس على استئناف. */
  private static final int GOVERNOR_REACH = 16;

  /**
   * A relative pronoun, a complementizer or another verb's coordination (و + trigger) ends the
   * verb's reach; commas around a title in apposition do not.
   */
  private boolean clauseBoundaryBetween(AnalyzedText text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isComplementizer(text, i) || isBreak(text, i)) {
        return true;
      }
    }
    return false;
  }

  /** An entity occurrence: token range and entity index. */
  private record Occurrence(int start, int end, int entity) {}

  public List<Event> extract(AnalyzedText text, EntityLayer entities,
      List<Timex> timexes) {
    List<Found> found = new ArrayList<>();
    for (Found f : findTriggers(text)) {
      if (entities.entityAt(f.start()) < 0) {
        found.add(f); // inside a name it is part of the name: كيري is not ك + يري
      }
    }
    int[] timexToken = new int[timexes.size()];
    boolean[] inTimex = new boolean[text.size()];
    for (int i = 0; i < timexes.size(); i++) {
      Span s = timexes.get(i).span();
      timexToken[i] = text.tokenAtOrAfter(s.start());
      for (int k = timexToken[i]; k < text.size() && text.start(k) < s.end(); k++) {
        inTimex[k] = true;
      }
    }
    int[] triggerStarts = found.stream().mapToInt(Found::start).toArray(); // sorted
    Events events = new Events();
    Optional<EventCore> previous = Optional.empty();
    Optional<Governor> governor = Optional.empty();
    List<Told> told = new ArrayList<>();
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < entities.entities().size(); i++) {
      index.put(entities.entities().get(i).id(), i);
    }
    for (Found f : found) {
      Optional<Event> e = read(text, entities, timexes, timexToken, inTimex, triggerStarts,
          previous, governor, f);
      int sentence = text.sentenceOf(f.start());
      if (e.isPresent() && e.get().type() == EventType.STATEMENT
          && e.get().core().date().isEmpty()) {
        e = Optional.of(datedBySetting(e.get(), sentence, told));
      }
      if (e.isPresent()) {
        told.add(new Told(sentence, e.get()));
        events.add(e.get());
        previous = Optional.of(e.get().core());
        if (!nominal(text, f, text.sentenceStart(sentence))) {
          Set<Integer> agents = new LinkedHashSet<>();
          for (Participant p : e.get().core().participants()) {
            if (p.role() == ParticipantRole.AGENT || p.role() == ParticipantRole.SPEAKER) {
              agents.add(index.get(p.entity()));
            }
          }
          governor = Optional.of(new Governor(sentence, f.reach(), agents, e.get()));
        }
      }
    }
    return events.build(text.text());
  }

  /**
   * The country whose adjective qualifies the words from {@code from} (طائرات حربية إسرائيلية،
   * غارات روسية), if the document names that country.
   */
  private Optional<Integer> countryOfAdjective(AnalyzedText text, EntityLayer layer, int from,
      int to) {
    for (int i = from; i < Math.min(to, from + 3); i++) {
      if (!text.isWord(i) || layer.entityAt(i) >= 0) {
        return Optional.empty();
      }
      String code = demonyms.get(text.form(i));
      if (code != null) {
        return Optional.ofNullable(layer.countryEntity(code));
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ triggers

  /**
   * Every trigger, contiguous or split (verb … object), then the longest readings that do not
   * overlap: أعادت المملكة فتح سفارتها is one RESTORE (the split reading spans more than the
   * contiguous فتح سفارتها inside it), إعادة فتح سفارتها one RESTORE (the contiguous phrase spans
   * more than the split فتح … سفارتها).
   */
  private List<Found> findTriggers(AnalyzedText text) {
    List<Found> candidates = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (!text.isWord(i)) {
        continue;
      }
      Optional<PhraseMatch<SplitTrigger>> m = lexicon.splitVerbs().matchAt(text, i);
      if (m.isEmpty() || articleOnVerb(text, m.get().start(), m.get().strippedChars(), true)) {
        continue;
      }
      for (SplitTrigger st : m.get().values()) {
        int objectAt = findObject(text, m.get().end(), st, lexicon);
        if (objectAt >= 0) {
          candidates.add(new Found(i, m.get().end(), m.get().strippedChars(), st.trigger(),
              objectAt + st.object().size()));
          break;
        }
      }
    }
    for (PhraseMatch<Trigger> m : lexicon.triggers().findAll(text)) {
      if (!text.isWord(m.start())) {
        continue;
      }
      Trigger t = m.values().get(0);
      if (t.pos() == TriggerLexicon.Pos.PERFECT && afterPreposition(text, m.start(),
          m.strippedChars(), 0)) {
        // على وقع: after a preposition the word is a noun; without a noun reading of this form
        // in the lexicon it is another noun (وقع "impact", not "signed")
        Optional<Trigger> noun = m.values().stream()
            .filter(v -> v.pos() == TriggerLexicon.Pos.MASDAR || v.pos() == TriggerLexicon.Pos.NOUN)
            .findFirst();
        if (noun.isEmpty()) {
          continue;
        }
        t = noun.get();
      }
      if (t.weak() || articleOnVerb(text, m.start(), m.strippedChars(), t.isVerb())) {
        continue; // weak forms (نشر "publish", وقع "happened") count only in a phrase
      }
      if (t.isVerb() && prepositionOnVerb(text, m.start(), m.strippedChars(), t.pos())) {
        continue; // وبحث is و + بحث "discussed", not و + ب + حث "urged"
      }
      if (t.type() == EventType.STATEMENT && t.pos() == TriggerLexicon.Pos.IMPERFECT
          && (t.form().startsWith("ن") || t.form().startsWith("سن"))) {
        continue; // نرحب، سنرى: the writer's own voice, or words inside a quotation already told
      }
      candidates.add(new Found(m.start(), m.end(), m.strippedChars(), t, m.end()));
    }
    candidates.sort((a, b) -> a.reach() - a.start() != b.reach() - b.start()
        ? Integer.compare(b.reach() - b.start(), a.reach() - a.start())
        : Integer.compare(a.start(), b.start()));
    boolean[] taken = new boolean[text.size()];
    List<Found> out = new ArrayList<>();
    outer:
    for (Found f : candidates) {
      for (int k = f.start(); k < f.reach(); k++) {
        if (taken[k]) {
          continue outer;
        }
      }
      java.util.Arrays.fill(taken, f.start(), f.reach(), true);
      out.add(f);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    for (int k = 0; k < out.size(); k++) {
      Found f = out.get(k);
      if (f.trigger().type() == EventType.MEETING && byPhone(text, f)) {
        Trigger t = f.trigger();
        out.set(k, new Found(f.start(), f.end(), f.stripped(), new Trigger(EventType.PHONE_CALL,
            t.subtype(), t.pos(), t.form(), t.modality(), t.weak()), f.reach()));
      }
    }
    return out;
  }

  /** How many tokens after a meeting's trigger an adverb of the telephone may stand. */
  private static final int PHONE_ADVERB_REACH = 4;

  /**
   * بحث هاتفياً مع نظيره، يبحث مع روبيو هاتفياً: a meeting held by telephone is a call. The adverb
   * stands inside the trigger or just after it, in the same clause.
   */
  private static boolean byPhone(AnalyzedText text, Found f) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    int limit = Math.min(sentenceEnd, f.reach() + PHONE_ADVERB_REACH);
    for (int i = f.end(); i < limit; i++) {
      if (isBreak(text, i)) {
        return false;
      }
      if (PHONE_ADVERBS.contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /** هاتفياً and its synonyms, in matching form (the tanween folds away). */
  private static final Set<String> PHONE_ADVERBS =
      ArabicNormalizer.get().matchingForms("هاتفياً", "تلفونياً", "تليفونياً");

  /**
   * Prepositions never attach to verbs: a verb reached by stripping ب or ك, or ل from a perfect
   * (ل before an imperfect is "in order to": ليزور), is another word.
   */
  private static boolean prepositionOnVerb(AnalyzedText text, int token, int stripped,
      TriggerLexicon.Pos pos) {
    String proclitics = proclitics(text, token, stripped);
    return proclitics.indexOf('ب') >= 0 || proclitics.indexOf('ك') >= 0
        || proclitics.indexOf('ل') >= 0 && pos != TriggerLexicon.Pos.IMPERFECT;
  }

  /** A verb reached by dropping ال is another word (الجدد is not جدد). */
  private static boolean articleOnVerb(AnalyzedText text, int token, int stripped, boolean verb) {
    if (!verb) {
      return false;
    }
    String form = text.form(token);
    String rest = form.substring(Math.min(stripped, form.length()));
    return rest.startsWith("ال") && !rest.startsWith("التق") && !rest.startsWith("التام");
  }

  /**
   * Where the split trigger's object starts within its gap after the verb, or −1. The gap is the
   * subject (الرئيس اللبناني جوزاف عون اليوم): a trigger inside it means the object belongs to
   * that event instead (يبحثان تنفيذ الاتفاق النووي مع إيران; بحث في اتصال هاتفي مع), so
   * the search stops there, as it does at sentence punctuation.
   */
  private static int findObject(AnalyzedText text, int from, SplitTrigger st,
      TriggerLexicon lexicon) {
    int sentence = text.sentenceOf(from - 1);
    int sentenceEnd = text.sentenceEnd(sentence);
    int limit = Math.min(sentenceEnd, from + st.maxGap() + 1);
    for (int i = from; i < limit; i++) {
      if (isBreak(text, i)) {
        return -1;
      }
      if (i + st.object().size() <= sentenceEnd && objectAt(text, i, st.object())) {
        return i;
      }
      if (text.isWord(i) && lexicon.triggers().matchAt(text, i)
          .filter(t -> !t.values().get(0).weak()).isPresent()) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean objectAt(AnalyzedText text, int i, List<String> object) {
    for (int k = 0; k < object.size(); k++) {
      String form = text.form(i + k);
      String want = object.get(k);
      boolean ok = form.equals(want)
          || k == 0 && form.length() > want.length() + 1 && form.endsWith(want)
              && "وفبلك".indexOf(form.charAt(0)) >= 0 && form.length() - want.length() <= 2;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBreak(AnalyzedText text, int i) {
    String f = text.form(i);
    if (isQuote(f)) {
      return !quotesShortName(text, i);
    }
    return f.equals("؛") || f.equals(":") || f.equals(".") || f.equals("؟") || f.equals("!");
  }

  private static boolean isQuote(String f) {
    return f.equals("«") || f.equals("»") || f.equals("\"") || f.equals("“") || f.equals("”");
  }

  /** Longest name written in quotes inside a clause: لـ«مجلس السلام»، انسحاب "قسد". */
  private static final int QUOTED_NAME = 4;

  /**
   * The quote at {@code i} opens or closes a short run of words with no punctuation (a name or
   * a term: «مجلس السلام»، "قسد"), not a quotation, so the clause goes on through it.
   */
  private static boolean quotesShortName(AnalyzedText text, int i) {
    return quoteWithin(text, i, +1) || quoteWithin(text, i, -1);
  }

  private static boolean quoteWithin(AnalyzedText text, int i, int step) {
    int words = 0;
    for (int k = i + step; k >= 0 && k < text.size() && words <= QUOTED_NAME; k += step) {
      String f = text.form(k);
      if (isQuote(f)) {
        return words > 0;
      }
      if (!text.isWord(k)) {
        return false;
      }
      words++;
    }
    return false;
  }

  /**
   * A complementizer (إن، أن، بأن، وأن، إنه …) opens reported content: what follows is what was
   * said or agreed, not an argument of the trigger, and its dates are not the event's.
   */
  private boolean isComplementizer(AnalyzedText text, int i) {
    String f = text.form(i);
    return complementizers.contains(f);
  }

  /** The word after أن carries a pronoun pointing back (قالت قسد إن مقاتليها سينسحبون). */
  private static boolean pointsBack(AnalyzedText text, int i) {
    if (i >= text.size() || !text.isWord(i)) {
      return false;
    }
    String w = text.form(i);
    return w.length() > 4 && (w.endsWith("ها") || w.endsWith("هم") || w.endsWith("ه"));
  }

  // ------------------------------------------------------------------ arguments

  private Optional<Event> read(AnalyzedText text, EntityLayer layer, List<Timex> timexes,
      int[] timexToken, boolean[] inTimex, int[] triggerStarts, Optional<EventCore> previous,
      Optional<Governor> governor, Found f) {
    int sentence = text.sentenceOf(f.start());
    int sStart = text.sentenceStart(sentence);
    int sEnd = text.sentenceEnd(sentence);
    if (negated(text, f.start(), sStart)) {
      return Optional.empty();
    }
    int left = f.start();
    while (left > sStart && f.start() - left < LEFT_WINDOW && !isBreak(text, left - 1)
        && !(bareThat.contains(text.form(left - 1)) && !pointsBack(text, left))) {
      left--;
    }
    int right = f.end();
    while (right < sEnd && right - f.end() < RIGHT_WINDOW && !isBreak(text, right)
        && !isComplementizer(text, right)) {
      right++;
    }
    boolean nominal = nominal(text, f, sStart);
    // تخطط واشنطن لإعادة فتح سفارتها: a verbal noun of purpose takes the governing verb's subject
    boolean purpose = nominal && proclitics(text, f).indexOf('ل') >= 0;
    int nearestLightVerb = nominal ? lightVerbAt(text, f.start(), sStart) : -1;
    // بدأ الجيش الانتشار بعد انسحاب القوات: بدأ governs الانتشار, not انسحاب
    int lightVerb = nearestLightVerb >= 0
        && anotherTriggerBetween(triggerStarts, nearestLightVerb, f.start()) ? -1
        : nearestLightVerb;
    if (nominal && f.start() > sStart && attributed(text, f.start(), sStart)) {
      return Optional.empty(); // بحسب بيان للخارجية: the source of what is told, not an event
    }
    // بدأ الجيش الانتشار: a light verb makes its definite verbal noun the event; a possessed one
    // (وجه رسالته) still points back to an event told before
    if (nominal && !purpose && (definite(text, f) && lightVerb < 0 || possessed(text, f))
        && !explicitArguments(text, f.end(), right)) {
      return Optional.empty(); // اللقاء، رسالته: a reference back to an event told before
    }
    List<Occurrence> before = actorsOrPlaces(text, layer, left, f.start());
    List<Occurrence> after = actorsOrPlaces(text, layer, f.end(), right);

    EventType type = f.trigger().type();
    Set<Integer> agent = new LinkedHashSet<>();
    Set<Integer> others = new LinkedHashSet<>();
    Set<Integer> recipients = new LinkedHashSet<>();
    Set<Integer> targets = new LinkedHashSet<>();
    Optional<Integer> place = Optional.empty();

    boolean afterLightVerb = lightVerb >= 0;
    boolean unnamed = afterLightVerb
        ? unnamedSubject(text, layer, inTimex, lightVerb + 1, f.start(), type)
        : !nominal && f.trigger().pos() != TriggerLexicon.Pos.PARTICIPLE
            && unnamedSubject(text, layer, inTimex, f.end(), right, type);
    Optional<Occurrence> fronted = nominal ? Optional.empty()
        : lastActor(layer, before).filter(o -> frontedSubject(text, o.end(), f.start()));
    unnamed &= fronted.isEmpty(); // وكانت وزارة الخزانة قد خففت … بعض القيود
    int clauseLeft = left; // the clause's first token, for the lambdas below
    boolean complement = nominal && !afterLightVerb && !purpose
        && (governedByPreposition(text, f, sStart) && !afterTimePreposition(text, f, sStart)
            || announcedAct(text, f, governor, triggerStarts));
    Set<Integer> governing = governor
        .filter(g -> complement && g.sentence() == sentence
            && g.triggerEnd() >= clauseLeft && g.triggerEnd() <= f.start()
            && f.start() - g.triggerEnd() <= GOVERNOR_REACH
            && !clauseBoundaryBetween(text, g.triggerEnd(), f.start())
            && !anotherTriggerBetween(triggerStarts, g.triggerEnd() - 1, f.start()))
        .map(Governor::agents).orElse(Set.of());
    Optional<Occurrence> subjectBefore;
    if (fronted.isPresent()) {
      subjectBefore = fronted;
    } else if (unnamed || nominal && !afterLightVerb && !purpose) {
      subjectBefore = Optional.empty();
    } else if (afterLightVerb) {
      // قام ميخائيل بوغدانوف، نائب وزير الخارجية …، بزيارة: the light verb's own subject
      int from = Math.max(sStart, lightVerb - LEFT_WINDOW);
      subjectBefore = subjectAfter(text, layer, occurrences(layer, lightVerb + 1, f.start()),
          lightVerb + 1).or(() -> lastActor(layer, occurrences(layer, from, lightVerb)));
    } else if (purpose) {
      // أبلغت إدارة ترمب الكونغرس عزمها … لإعادة فتح السفارة: the main clause's subject, not its object
      subjectBefore = before.stream().filter(o -> isActor(layer, o.entity())
          && cueBefore(text, layer, o.start(), clauseLeft).isEmpty()).findFirst();
    } else {
      // an oblique (إلى أردوغان، في بيان للخارجية) is not the subject of a verb after it
      subjectBefore = lastActor(layer, before.stream().filter(o -> {
        String cue = cueBefore(text, layer, o.start(), clauseLeft);
        return cue.isEmpty() || cue.equals("و");
      }).toList());
    }
    boolean eventGenitive = nominal && Arrays.binarySearch(triggerStarts, f.end()) >= 0;
    Optional<Occurrence> subjectAfter = afterLightVerb && subjectBefore.isPresent() || unnamed
        || purpose && subjectBefore.isPresent() || eventGenitive || !governing.isEmpty()
        ? Optional.empty() : subjectAfter(text, layer, after, f.end());
    agent.addAll(governing); // اتفقتا على استئناف العلاقات: the two who agreed resume them
    Optional<Governor> coordinated = Optional.empty();
    if (!nominal && subjectAfter.isEmpty() && governing.isEmpty()
        && (proclitics(text, f).startsWith("و") || proclitics(text, f).startsWith("ف"))) {
      // سعيّد يستقبل السراج ويدعو إلى …: a coordinated verb with no subject of its own shares
      // the subject of the verb before it, and its time (التقى خلالها الأسد ووقّع معه …)
      coordinated = governor.filter(g -> g.sentence() == sentence && g.triggerEnd() <= f.start()
              && f.start() - g.triggerEnd() <= GOVERNOR_REACH && !g.agents().isEmpty());
      coordinated.ifPresent(g -> agent.addAll(g.agents()));
    }
    if (!agent.isEmpty()) {
      subjectBefore = Optional.empty();
    }
    if (f.trigger().pos() == TriggerLexicon.Pos.PARTICIPLE) {
      // مؤكدا، مشيرا: the speaker is the subject of the main clause, before the participle
      List<Occurrence> main = occurrences(layer, sStart, f.start());
      Optional<Occurrence> person = Optional.empty();
      for (Occurrence o : main) {
        if (layer.entities().get(o.entity()).type() == EntityType.PERSON) {
          person = Optional.of(o);
        }
      }
      person.or(() -> lastActor(layer, main.stream()
              .filter(o -> !cueBefore(text, layer, o.start(), sStart).equals("في")).toList()))
          .ifPresent(o -> agent.add(o.entity()));
    } else if (subjectBefore.isPresent() && !nominal
        && frontedSubject(text, subjectBefore.get().end(), f.start())) {
      agent.add(subjectBefore.get().entity()); // وكان الشرع قد التقى بوتين: subject before the verb
      subjectAfter = Optional.empty();
    } else if (subjectAfter.isPresent()) {
      agent.add(subjectAfter.get().entity());
    } else if (subjectBefore.isPresent()) {
      agent.add(subjectBefore.get().entity());
    }
    if (agent.isEmpty() && !demonyms.isEmpty() && (unnamed || nominal) && forceUsed(type)) {
      // قصفت طائرات إسرائيلية، غارات روسية على …: the country of the adjective acts
      int from = unnamed ? (afterLightVerb ? lightVerb + 1 : f.end()) : f.end();
      countryOfAdjective(text, layer, from, unnamed ? right : Math.min(right, f.end() + 1))
          .ifPresent(agent::add);
    }
    if (!nominal && subjectBefore.isPresent() && agent.contains(subjectBefore.get().entity())) {
      // الأردن وسوريا يتفقان: the whole coordinated subject before the verb acts
      agent.addAll(coordinatedBefore(text, layer, before, subjectBefore.get(), left));
    }

    int objectSlot = subjectAfter.filter(o -> agent.contains(o.entity())).map(Occurrence::end)
        .orElse(f.end());
    boolean inCoordination = false;
    // وقّعت السعودية وإيران اتفاقاً: a subject after the verb may be coordinated
    int coAgentEnd = subjectAfter.filter(o -> agent.contains(o.entity()))
        .map(Occurrence::end).orElse(-1);
    for (Occurrence o : after) {
      if (agent.contains(o.entity())) {
        continue;
      }
      String cue = cueBefore(text, layer, o.start(), f.end());
      if (cue.equals("و") && coAgentEnd >= 0 && o.start() <= coAgentEnd + 1
          && isActor(layer, o.entity()) && !isCapital(layer, o.entity())) {
        agent.add(o.entity());
        coAgentEnd = o.end();
        continue;
      }
      coAgentEnd = -1;
      boolean directObject = cue.isEmpty() && !nominal
          && objectGap(text, inTimex, objectSlot, o.start()) <= OBJECT_REACH
          && takesObject(type) && others.isEmpty();
      if (cue.isEmpty() && !directObject) {
        inCoordination = false;
        continue;
      }
      if (cue.equals("و") && !inCoordination && !betweenOpen(text, f.end(), o.start())) {
        continue;
      }
      // a capital acts only as a subject: after a cue it is the place, the target or the party
      // named by its country elsewhere (رفع العقوبات المفروضة على دمشق)
      boolean actor = isActor(layer, o.entity()) && !isCapital(layer, o.entity());
      boolean location = isPlace(layer, o.entity());
      if (location && isCountry(layer, o.entity())) {
        if (type == EventType.DIPLOMATIC
            && (cue.equals("في") || cue.equals("لدي") || cue.equals("مع"))) {
          others.add(o.entity()); // سفارتها في سوريا: the host country is the other party
          continue;
        }
        if ((type == EventType.AID || type == EventType.MESSAGE)
            && (TO.contains(cue) || cue.equals("ل"))) {
          recipients.add(o.entity()); // مساعدات إلى سوريا: the country receives
          continue;
        }
      }
      if (location && type == EventType.ATTACK && (AGAINST.contains(cue)
          || cue.isEmpty() && !nominal && o.start() - objectSlot <= OBJECT_REACH)) {
        targets.add(o.entity()); // غارات على غزة، استهدفت قاعدة عين الأسد: the place attacked
        continue;
      }
      if (location && place.isEmpty() && (PLACE_CUES.contains(cue)
          || type == EventType.VISIT && cue.equals("ل") // زيارة بابوية للعراق
          || type == EventType.VISIT && cue.isEmpty() && o.start() - objectSlot <= OBJECT_REACH)) {
        place = Optional.of(o.entity()); // في أنقرة، إلى بيروت، بدمشق، زار دمشق
        continue;
      }
      if (!actor) {
        continue;
      }
      if (AGAINST.contains(cue)) {
        targets.add(o.entity());
        inCoordination = true;
      } else if (type == EventType.ATTACK && cue.equals("ل")) {
        targets.add(o.entity()); // مواقع لحزب الله: the positions of whom was struck
        inCoordination = true;
      } else if (TO.contains(cue) || cue.equals("ل")) {
        recipients.add(o.entity());
        inCoordination = true;
      } else if (WITH.contains(cue) || BETWEEN.contains(cue) || cue.equals("و")
          || cue.equals("ب") && takesObject(type) || directObject) {
        others.add(o.entity());
        inCoordination = true;
      } else {
        inCoordination = false;
      }
    }
    if (place.isEmpty()) {
      place = placeBefore(text, layer, before, f.start(), left);
    }
    if (place.isEmpty()) {
      place = placeOfWhere(text, layer, sStart, f.start());
    }
    if (type == EventType.DIPLOMATIC && place.isPresent() && !isCountry(layer, place.get())) {
      hostCountry(layer, place.get()).ifPresent(others::add); // السفارة في دمشق: Syria hosts it
    }
    if (agent.isEmpty() && !others.isEmpty() && type != EventType.STATEMENT && !unnamed) {
      Integer first = others.iterator().next();
      others.remove(first);
      agent.add(first);
    }

    ImmutableList.Builder<Participant> participants = ImmutableList.builder();
    Set<Integer> used = new LinkedHashSet<>();
    ParticipantRole agentRole = type == EventType.STATEMENT ? ParticipantRole.SPEAKER
        : ParticipantRole.AGENT;
    for (Integer a : agent) {
      if (used.add(a)) {
        participants.add(new Participant(layer.entities().get(a).id(), agentRole));
      }
    }
    if (type != EventType.STATEMENT) {
      addAll(participants, used, layer, others, ParticipantRole.PARTICIPANT);
      addAll(participants, used, layer, recipients, ParticipantRole.RECIPIENT);
      addAll(participants, used, layer, targets, ParticipantRole.TARGET);
    }
    ImmutableList<Participant> ps = participants.build();
    if (ps.isEmpty()) {
      return Optional.empty();
    }
    if (unnamed && agent.isEmpty() && !actsOnSomeone(type)) {
      return Optional.empty(); // أبلغ مصدر «الشرق الأوسط»: who informed is not named
    }
    if (type == EventType.STATEMENT && !speakerIsNamed(layer, agent)) {
      return Optional.empty();
    }

    // date: the nearest resolved timex of the clause, else of the sentence
    Optional<Integer> timex = nearestTimex(text, timexes, timexToken, triggerStarts, f.start(),
        left, right);
    boolean during = previous.isPresent() && duringPrevious(text, f, left, right);
    if (timex.isEmpty() && type != EventType.STATEMENT && !during) {
      timex = nearestTimex(text, timexes, timexToken, triggerStarts, f.start(), sStart,
          f.start());
    }
    Modality modality = f.trigger().modality();
    if (modality == Modality.ASSERTED && (futureCue(text, left, f.start())
        || timex.map(t -> timexes.get(t).future()).orElse(false))) {
      modality = Modality.PLANNED;
    }
    Span sentenceSpan = text.sentences().get(sentence);
    Span trigger = text.span(f.start(), f.end(), f.stripped());
    Optional<String> placeId = place.map(p -> layer.entities().get(p).id());
    Optional<String> date = timex.flatMap(t -> timexes.get(t).value()).map(EventExtractor::calendarDate);
    Optional<String> timexId = timex.filter(t -> timexes.get(t).value().isPresent())
        .map(t -> "T" + (t + 1));
    if (during) {
      // والتقى خلالها …: during the visit just told, so its date and place; a date later in the
      // clause belongs to something else (الأسد، الذي يحكم منذ 2000)
      if (date.isEmpty() || previous.get().date().isPresent()) {
        date = previous.get().date();
        timexId = previous.get().timex();
      }
      if (placeId.isEmpty()) {
        placeId = previous.get().place();
      }
    }
    if (coordinated.isPresent() && coordinated.get().event().core().date().isPresent()
        && nearestTimex(text, timexes, timexToken, triggerStarts, f.start(), left, f.start())
            .isEmpty()) {
      date = coordinated.get().event().core().date();
      timexId = coordinated.get().event().core().timex();
    }
    double confidence = confidence(f.trigger(), ps, agent);
    EventCore core = new EventCore(trigger, sentenceSpan, ps, placeId, date, timexId,
        date.map(d -> DateBasis.TEXT), confidence, modality);
    return Optional.of(build(f.trigger(), core));
  }

  /** A place fronted before the trigger in its clause: وفي واشنطن، قال المتحدث … */
  private Optional<Integer> placeBefore(AnalyzedText text, EntityLayer layer,
      List<Occurrence> before, int trigger, int left) {
    for (int k = before.size() - 1; k >= 0; k--) {
      Occurrence o = before.get(k);
      if (isPlace(layer, o.entity()) && !isCountry(layer, o.entity())
          && cueBefore(text, layer, o.start(), left).equals("في")) {
        return Optional.of(o.entity());
      }
    }
    return Optional.empty();
  }

  /**
   * حيث ("where") right before the trigger points back to the place just named: وصل إلى بيروت
   * حيث التقى … — the meeting is in Beirut.
   */
  private static Optional<Integer> placeOfWhere(AnalyzedText text, EntityLayer layer,
      int sentenceStart, int trigger) {
    for (int i = trigger - 1; i >= Math.max(sentenceStart, trigger - 3); i--) {
      String f = text.form(i);
      if (f.equals("حيث") || f.equals("وحيث")) {
        for (int j = i - 1; j >= sentenceStart; j--) {
          int e = layer.entityAt(j);
          if (e >= 0 && isPlace(layer, e)) {
            return Optional.of(e);
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Only particles (قد، كان، سوف) stand between the entity and the verb: subject–verb order. */
  private boolean frontedSubject(AnalyzedText text, int entityEnd, int verb) {
    if (verb - entityEnd > 2) {
      return false;
    }
    for (int i = entityEnd; i < verb; i++) {
      if (!particles.contains(text.form(i))) {
        return false;
      }
    }
    return true;
  }

  /** The trigger is read as a noun: a verbal noun, or a verb form a preposition governs. */
  private boolean nominal(AnalyzedText text, Found f, int sentenceStart) {
    TriggerLexicon.Pos pos = f.trigger().pos();
    return pos == TriggerLexicon.Pos.MASDAR || pos == TriggerLexicon.Pos.NOUN
        || pos == TriggerLexicon.Pos.PHRASE && nounShape(text, f)
        || (pos == TriggerLexicon.Pos.PERFECT || pos == TriggerLexicon.Pos.PHRASE)
            && governedByPreposition(text, f, sentenceStart);
  }

  /**
   * A perfect-verb form right after a preposition (على نشر، بعد انسحاب، بنشر) is the homographic
   * verbal noun: prepositions govern nouns, never verbs.
   */
  private boolean governedByPreposition(AnalyzedText text, Found f, int sentenceStart) {
    return afterPreposition(text, f.start(), f.stripped(), sentenceStart);
  }

  /**
   * A preposition stands right before the word: written as its proclitic (ب، ل، ك) or as the
   * word before, at or after {@code floor}.
   */
  private boolean afterPreposition(AnalyzedText text, int token, int stripped, int floor) {
    String proclitics = proclitics(text, token, stripped);
    return proclitics.indexOf('ب') >= 0 || proclitics.indexOf('ل') >= 0
        || proclitics.indexOf('ك') >= 0
        || token > floor && governingPrepositions.contains(text.form(token - 1));
  }

  /**
   * بعد / قبل / منذ / خلال right before: the verbal noun dates the clause (ينتشر الجيش بعد انسحاب
   * القوات الإسرائيلية); it is not the verb's complement, and its own genitive names who acts.
   */
  private boolean afterTimePreposition(AnalyzedText text, Found f, int sentenceStart) {
    if (f.start() <= sentenceStart) {
      return false;
    }
    String prev = text.form(f.start() - 1);
    return temporalClause.contains(prev) || prev.equals("منذ") || prev.equals("خلال")
        || prev.equals("اثناء");
  }

  /** The proclitics stripped from the trigger's first word, in matching form. */
  private static String proclitics(AnalyzedText text, Found f) {
    return proclitics(text, f.start(), f.stripped());
  }

  /** The first {@code stripped} chars of token {@code token}'s matching form: its proclitics. */
  private static String proclitics(AnalyzedText text, int token, int stripped) {
    String form = text.form(token);
    return form.substring(0, Math.min(stripped, form.length()));
  }

  /**
   * A phrase trigger whose first word cannot be a verb: it ends in ة (زيارة، إعادة) or begins
   * with إ (إغلاق، إنشاء: the verbal noun of form IV). Read from the surface, since the matching
   * form folds both letters.
   */
  private static boolean nounShape(AnalyzedText text, Found f) {
    String surface = text.surface(f.start());
    int start = text.originalIndex(f.start(), f.stripped()) - text.start(f.start());
    int end = surface.length();
    while (end > start && ArabicNormalizer.isIgnorable(surface.charAt(end - 1))) {
      end--;
    }
    while (start < end && ArabicNormalizer.isIgnorable(surface.charAt(start))) {
      start++;
    }
    if (end <= start) {
      return false;
    }
    if (surface.charAt(end - 1) == 'ة' || surface.charAt(start) == 'إ') {
      return true;
    }
    // انسحاب، اجتماع، استئناف (and اتفاقا with the accusative alif): the verbal noun of forms
    // VII, VIII and X has an alif before its last letter, the verb (انسحب، اتفقا) never does
    String w = surface.substring(start, end);
    int n = w.length();
    return n >= 5 && w.charAt(0) == 'ا' && (w.charAt(n - 2) == 'ا'
        || w.charAt(n - 1) == 'ا' && w.charAt(n - 3) == 'ا');
  }

  /**
   * The verb's subject is there but names no one we know: a common noun (زار وفد، أكد مصدر،
   * تفيد التقارير) or, for a speech verb, a city standing for its government (أعربت موسكو).
   * Then no named entity elsewhere in the clause may be made its subject.
   */
  private boolean unnamedSubject(AnalyzedText text, EntityLayer layer, boolean[] inTimex,
      int from, int to, EventType type) {
    for (int i = from; i < Math.min(to, from + 4); i++) {
      if (inTimex[i] || text.form(i).equals("،") || text.form(i).equals(",")) {
        continue; // زار أمس وفد، أعلن، الخميس، مسؤول
      }
      if (!text.isWord(i)) {
        return false;
      }
      int e = layer.entityAt(i);
      if (e >= 0) {
        return type == EventType.STATEMENT && isPlace(layer, e) && !isCountry(layer, e)
            && cueBefore(text, layer, i, from).isEmpty();
      }
      String w = text.form(i);
      if (unnamedAgents.contains(w)
          || w.startsWith("ال") && unnamedAgents.contains(w.substring(2))) {
        return true;
      }
      if (type == EventType.STATEMENT && w.startsWith("ال") && w.length() > 3
          && !namedWithin(layer, i, to)) {
        return true; // دعا الحبر الأعظم: a speech verb's definite noun is its subject
      }
      if (!timeCues.contains(w)) {
        return false; // the object, or a preposition: the subject, if any, was named before
      }
    }
    return false;
  }

  /**
   * Tokens between a verb's subject and a candidate object, not counting a time expression or
   * a place phrase (في + up to three words) between them: استقبل الملك في قصر الحسينية أمس
   * الثلاثاء وزير الخارجية.
   */
  private static int objectGap(AnalyzedText text, boolean[] inTimex, int from, int to) {
    int gap = 0;
    int placePhrase = 0;
    for (int i = from; i < to; i++) {
      if (inTimex[i]) {
        continue;
      }
      if (text.form(i).equals("في")) {
        placePhrase = 3;
        continue;
      }
      if (placePhrase > 0 && text.isWord(i)) {
        placePhrase--;
        continue;
      }
      gap++;
    }
    return gap;
  }

  /** Actors joined by و to the subject before a verb, nearest first: مصر والأردن وسوريا اتفقت. */
  private List<Integer> coordinatedBefore(AnalyzedText text, EntityLayer layer,
      List<Occurrence> before, Occurrence subject, int left) {
    List<Integer> out = new ArrayList<>();
    int k = before.indexOf(subject);
    while (k > 0 && cueBefore(text, layer, before.get(k).start(), left).equals("و")) {
      Occurrence prev = before.get(k - 1);
      int joint = before.get(k).start() - prev.end();
      if (joint > 1 || !isActor(layer, prev.entity())) {
        break;
      }
      out.add(prev.entity());
      k--;
    }
    return out;
  }

  /**
   * بين opened the second conjunct's pair a few words before, its first conjunct naming no one we
   * know (بين مكتبه والسلطة الفلسطينية): the one after و is still a party.
   */
  private static boolean betweenOpen(AnalyzedText text, int from, int at) {
    for (int i = at - 1; i >= Math.max(from, at - 4); i--) {
      if (text.form(i).equals("بين")) {
        return true;
      }
      if (!text.isWord(i)) {
        return false;
      }
    }
    return false;
  }

  /** A person or body is named within a few tokens from {@code i}: the title before a name. */
  private static boolean namedWithin(EntityLayer layer, int i, int to) {
    for (int k = i; k < Math.min(to, i + SUBJECT_REACH + 2); k++) {
      int e = layer.entityAt(k);
      if (e >= 0 && isActor(layer, e)) {
        return true;
      }
    }
    return false;
  }

  /** The trigger word carries the article: a definite noun. */
  private static boolean definite(AnalyzedText text, Found f) {
    String form = text.form(f.start());
    return form.substring(Math.min(f.stripped(), form.length())).startsWith("ال")
        || form.startsWith("لل");
  }

  /** The trigger noun carries a possessive pronoun as written: رسالته، لقائه، زيارتها. */
  private static boolean possessed(AnalyzedText text, Found f) {
    String surface = text.surface(f.start()); // the head noun: رسالة بعث بها is not possessed
    int n = surface.length();
    while (n > 0 && ArabicNormalizer.isIgnorable(surface.charAt(n - 1))) {
      n--;
    }
    String w = surface.substring(0, n);
    return w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما");
  }

  /** A definite noun still opens an event when بين / مع name its parties right after it. */
  private boolean explicitArguments(AnalyzedText text, int from, int to) {
    for (int i = from; i < Math.min(to, from + 2); i++) {
      String f = text.form(i);
      if (f.equals("بين") || f.equals("مع")) {
        return true;
      }
    }
    return false;
  }

  /** How far back a light verb may stand: its subject may carry a long title in apposition. */
  private static final int LIGHT_VERB_REACH = 20;

  /**
   * The light verb governing a verbal noun (أجرى … اتصالا، عقد … اجتماعا، قام … بزيارة), whose
   * subject is the event's agent; -1 if none in the clause.
   */
  private int lightVerbAt(AnalyzedText text, int trigger, int sentenceStart) {
    for (int i = trigger - 1; i >= Math.max(sentenceStart, trigger - LIGHT_VERB_REACH); i--) {
      if (isBreak(text, i) || isComplementizer(text, i)) {
        return -1;
      }
      String f = text.form(i);
      if (lightVerbs.contains(f)
          || lightVerbs.contains(ProcliticStripper.withoutConjunction(f, 1))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Types where forces act and an adjective names whose they are (غارات إسرائيلية، قوات روسية);
   * a "Russian source" or "American mediation" does not make the country the speaker or party.
   */
  private static boolean forceUsed(EventType type) {
    return type == EventType.ATTACK || type == EventType.DEPLOYMENT
        || type == EventType.WITHDRAWAL;
  }

  /** Types worth telling without their agent: who was struck, helped, sanctioned, where troops went. */
  private static boolean actsOnSomeone(EventType type) {
    return type == EventType.ATTACK || type == EventType.AID || type == EventType.SANCTIONS
        || type == EventType.DEPLOYMENT || type == EventType.PRISONER_EXCHANGE;
  }

  /** Types whose verb takes the other party as its direct object (التقى الشرع بوتين). */
  private boolean takesObject(EventType type) {
    return type == EventType.MEETING || type == EventType.PHONE_CALL || type == EventType.MESSAGE
        || type == EventType.AGREEMENT || type == EventType.NEGOTIATION
        || type == EventType.ATTACK || type == EventType.VISIT;
  }

  /**
   * The subject after the trigger (verb–subject order, or the genitive of a verbal noun): the
   * first actor within reach, but a person named within reach wins over the body in his title
   * (متحدث الكرملين دميتري بيسكوف is Peskov, not the Kremlin).
   */
  private Optional<Occurrence> subjectAfter(AnalyzedText text, EntityLayer layer,
      List<Occurrence> after, int triggerEnd) {
    Optional<Occurrence> first = Optional.empty();
    for (Occurrence o : after) {
      if (o.start() - triggerEnd > SUBJECT_REACH + 3) {
        break;
      }
      if (!isActor(layer, o.entity())) {
        continue;
      }
      if (first.isEmpty()) {
        if (o.start() - triggerEnd > SUBJECT_REACH || precededBy(text, layer, o.start(), triggerEnd)) {
          return Optional.empty();
        }
        first = Optional.of(o);
        if (layer.entities().get(o.entity()).type() == EntityType.PERSON) {
          return first;
        }
      } else if (layer.entities().get(o.entity()).type() == EntityType.PERSON
          && o.start() - first.get().end() <= 2 && !precededBy(text, layer, o.start(), triggerEnd)) {
        return Optional.of(o);
      }
    }
    return first;
  }

  private static void addAll(ImmutableList.Builder<Participant> out, Set<Integer> used,
      EntityLayer layer, Set<Integer> entities, ParticipantRole role) {
    for (Integer e : entities) {
      if (used.add(e)) {
        out.add(new Participant(layer.entities().get(e).id(), role));
      }
    }
  }

  private static boolean speakerIsNamed(EntityLayer layer, Set<Integer> agent) {
    return agent.stream().anyMatch(a -> {
      EntityType t = layer.entities().get(a).type();
      return t == EntityType.PERSON || t == EntityType.ORGANIZATION;
    });
  }

  private static double confidence(Trigger t, List<Participant> ps, Set<Integer> agent) {
    double c = 0.55;
    if (!agent.isEmpty()) {
      c += 0.15;
    }
    if (ps.size() > 1) {
      c += 0.1;
    }
    if (t.pos() == TriggerLexicon.Pos.PHRASE || t.pos() == TriggerLexicon.Pos.PERFECT) {
      c += 0.1;
    }
    if (t.weak()) {
      c -= 0.2;
    }
    return Math.max(0.05, Math.min(0.95, c));
  }

  private boolean negated(AnalyzedText text, int trigger, int sentenceStart) {
    for (int i = trigger - 1; i >= Math.max(sentenceStart, trigger - 2); i--) {
      if (lexicon.negations().contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean futureCue(AnalyzedText text, int from, int trigger) {
    for (int i = Math.max(from, trigger - 5); i < trigger; i++) {
      if (lexicon.futureCues().contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The resolved calendar date nearest to the trigger at {@code at} within [from, to). A date
   * before the trigger frames everything after it in the sentence (وكان الشرع قد زار واشنطن في
   * نوفمبر 2025، التقى فيها … واتفقا); a date after it belongs to the nearest trigger before it
   * (in إعادة فتح السفارة بعد إغلاقها عام 2012 the year is the closing's).
   */
  private Optional<Integer> nearestTimex(AnalyzedText text, List<Timex> timexes,
      int[] timexToken, int[] triggerStarts, int at, int from, int to) {
    Optional<Integer> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (int i = lowerBound(timexToken, from); i < timexToken.length && timexToken[i] < to; i++) {
      int t = timexToken[i];
      if (!isCalendar(timexes.get(i))) {
        continue;
      }
      int d = Math.abs(t - at);
      if (t > at && (anotherTriggerBetween(triggerStarts, at, t)
          || temporalClauseBetween(text, at, t))) {
        continue;
      }
      if (d < bestDistance) {
        bestDistance = d;
        best = Optional.of(i);
      }
    }
    return best;
  }

  /**
   * A time expression that dates an event: a calendar date, or a time of a known day (مساء أمس
   * is 2026-01-28TEV); not a duration, a set or a vague reference.
   */
  private static boolean isCalendar(Timex t) {
    if (t.type() != io.khabar.time.TimexType.DATE && t.type() != io.khabar.time.TimexType.TIME) {
      return false;
    }
    return t.value().map(v -> v.length() >= 4 && Character.isDigit(v.charAt(0))
        && Character.isDigit(v.charAt(3))).orElse(false);
  }

  /**
   * The event's date from a time expression's value: a time of day dates the day
   * (2026-01-28TEV → 2026-01-28), a range its start (2017/2024 → 2017).
   */
  static String calendarDate(String value) {
    int slash = value.indexOf('/');
    String v = slash > 0 ? value.substring(0, slash) : value;
    int t = v.indexOf('T');
    return t > 0 ? v.substring(0, t) : v;
  }

  /** خلالها / خلاله ("during it") next to the trigger points back to the event just told. */
  private boolean duringPrevious(AnalyzedText text, Found f, int left, int right) {
    for (int i = Math.max(left, f.start() - 2); i < Math.min(right, f.end() + 3); i++) {
      if (duringIt.contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /** First index of sorted {@code a} whose value is ≥ {@code key}. */
  private static int lowerBound(int[] a, int key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * بعد / قبل / عقب / إثر followed by a noun opens a clause of its own between the trigger and a
   * later date: in فتح السفارة بعد إغلاقها عام 2012 the year dates the closing. (بعد right before
   * the date, as in بعد يومين، is part of the date.)
   */
  private boolean temporalClauseBetween(AnalyzedText text, int trigger, int timex) {
    for (int i = trigger + 1; i < timex - 1; i++) {
      if (temporalClause.contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /** A trigger strictly between two tokens ({@code triggerStarts} is sorted). */
  private static boolean anotherTriggerBetween(int[] triggerStarts, int at, int timexToken) {
    int lo = Math.min(at, timexToken);
    int hi = Math.max(at, timexToken);
    int i = lowerBound(triggerStarts, lo + 1);
    return i < triggerStarts.length && triggerStarts[i] < hi;
  }

  /** Entity occurrences whose first token lies in [from, to), in text order. */
  private static List<Occurrence> occurrences(EntityLayer layer, int from, int to) {
    List<Occurrence> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int e = layer.entityAt(i);
      if (e < 0) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to && layer.entityAt(j) == e) {
        j++;
      }
      out.add(new Occurrence(i, j, e));
      i = j;
    }
    return out;
  }

  /** Entity occurrences in [from, to) less the sources (ووفق «أسوشييتد برس»، بحسب وكالة سانا). */
  private List<Occurrence> actorsOrPlaces(AnalyzedText text, EntityLayer layer, int from, int to) {
    List<Occurrence> os = occurrences(layer, from, to);
    os.removeIf(o -> attributed(text, o.start(), from));
    return os;
  }

  private boolean attributed(AnalyzedText text, int start, int floor) {
    for (int i = start - 1; i >= Math.max(floor, start - 3); i--) {
      String w = text.form(i);
      if (isQuote(w) || w.equals("ل") || w.equals("لـ")) {
        continue;
      }
      return attributionCues.contains(w) || w.length() > 2 && w.charAt(0) == 'و'
          && attributionCues.contains(w.substring(1));
    }
    return false;
  }

  private static Optional<Occurrence> lastActor(EntityLayer layer, List<Occurrence> os) {
    for (int k = os.size() - 1; k >= 0; k--) {
      if (isActor(layer, os.get(k).entity())) {
        return Optional.of(os.get(k));
      }
    }
    return Optional.empty();
  }

  /**
   * Persons, organisations and countries act, and so does a capital standing for its government
   * (اتفقت بغداد وواشنطن، استقبلت دمشق الوفد) wherever a place cue has not already made it the
   * place; other cities and regions are places.
   */
  private static boolean isActor(EntityLayer layer, int entity) {
    EntityType t = layer.entities().get(entity).type();
    return t == EntityType.PERSON || t == EntityType.ORGANIZATION || isCountry(layer, entity)
        || isCapital(layer, entity);
  }

  private static boolean isCapital(EntityLayer layer, int entity) {
    return layer.linked(entity).flatMap(KbEntity::subtype).filter("capital"::equals).isPresent();
  }

  /** The document's entity for the country of a place, if the document names that country. */
  private static Optional<Integer> hostCountry(EntityLayer layer, int place) {
    Optional<String> code = layer.linked(place).flatMap(KbEntity::country);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(layer.countryEntity(code.get()));
  }

  private static boolean isPlace(EntityLayer layer, int entity) {
    return layer.entities().get(entity).type() == EntityType.LOCATION;
  }

  /** A state, present or past (the Soviet Union acts as Russia does). */
  private static boolean isCountry(EntityLayer layer, int entity) {
    return layer.linked(entity).filter(k -> k.countryCode().isPresent()
        || k.subtype().filter("historical-state"::equals).isPresent()).isPresent();
  }

  /** True when a preposition stands between the trigger and the entity at {@code start}. */
  private boolean precededBy(AnalyzedText text, EntityLayer layer, int start,
      int triggerEnd) {
    String cue = cueBefore(text, layer, start, triggerEnd);
    return !cue.isEmpty();
  }

  /**
   * The cue governing the entity at token {@code start}: its own proclitic (ب، ل، و) or the
   * preposition word right before it (مع، إلى، في، على، بين …); empty if none.
   */
  private String cueBefore(AnalyzedText text, EntityLayer layer, int start, int floor) {
    String own = ownProclitic(text, layer, start);
    if (!own.isEmpty()) {
      return own;
    }
    // the cue may stand before a title in apposition: مع نظيره الروسي سيرغي لافروف
    for (int i = start - 1; i >= Math.max(floor, start - TITLE_REACH); i--) {
      String prev = text.form(i);
      if (cuePrepositions.contains(prev)) {
        return prev;
      }
      if (prev.equals("و")) {
        return "و";
      }
      if (isQuote(prev)) {
        continue; // وقائد "قسد": a quoted name
      }
      if (!text.isWord(i)) {
        return "";
      }
      if (prev.length() > 3 && "بلو".indexOf(prev.charAt(0)) >= 0
          && isTitleWord(prev.substring(1))) {
        return prev.substring(0, 1); // بنظيره، لوزير، والرئيس
      }
      if (!isTitleWord(prev) && !isTitleWord(prev.startsWith("ال") ? prev.substring(2) : prev)
          && !prev.endsWith("ي") && !prev.endsWith("يه")) {
        return ""; // neither a title nor a nisba adjective (الروسي): the cue is not this entity's
      }
    }
    return "";
  }

  /**
   * The proclitic written on the entity's own first word (بدمشق، لموسكو، والشرع), read from where
   * the mention starts inside the token; the letter nearest the name decides (وبدمشق → ب).
   */
  private static String ownProclitic(AnalyzedText text, EntityLayer layer, int start) {
    int mention = layer.mentionStartAt(start);
    if (mention <= text.start(start)) {
      return "";
    }
    String stripped = ArabicNormalizer.get().matchingForm(
        text.text().substring(text.start(start), mention));
    return stripped.isEmpty() ? "" : stripped.substring(stripped.length() - 1);
  }

  private static final int TITLE_REACH = 4;

  /** A word of a title in apposition before a name: نظيره، الرئيس، وزير، الخارجية … */
  private boolean isTitleWord(String form) {
    return titleWords.contains(form);
  }

  private static Event build(Trigger t, EventCore core) {
    return create(t.type(), t.subtype(), core);
  }

  /** The event of {@code type} with {@code core}; {@code act} is the sanctions direction or diplomatic action. */
  private static Event create(EventType type, Optional<String> act, EventCore core) {
    switch (type) {
      case MEETING: return new Event.Meeting(core);
      case VISIT: return new Event.Visit(core);
      case PHONE_CALL: return new Event.PhoneCall(core);
      case MESSAGE: return new Event.Message(core);
      case STATEMENT: return new Event.Statement(core);
      case AGREEMENT: return new Event.Agreement(core);
      case NEGOTIATION: return new Event.Negotiation(core);
      case WITHDRAWAL: return new Event.Withdrawal(core);
      case DEPLOYMENT: return new Event.Deployment(core);
      case SANCTIONS: return new Event.Sanctions(core,
          SanctionsDirection.valueOf(act.orElse("IMPOSE")));
      case DIPLOMATIC: return new Event.Diplomatic(core,
          DiplomaticAction.valueOf(act.orElse("OPEN")));
      case ATTACK: return new Event.Attack(core);
      case PRISONER_EXCHANGE: return new Event.PrisonerExchange(core);
      case AID: return new Event.Aid(core);
      default: throw new AssertionError(type);
    }
  }

  // ------------------------------------------------------------------ one event, told twice

  /**
   * The events of a document in text order, each told once: an event with the same type and
   * act, participants, date and modality as an earlier one (a repeated caption, a headline and
   * its article) only adds a place the earlier lacked. Events that differ in date are different
   * events (a meeting in October and one today). Hash-keyed, so linear in the number of events.
   */
  private static final class Events {
    private final List<Event> list = new ArrayList<>();
    private final java.util.Map<List<Object>, Integer> index = new java.util.HashMap<>();
    private static List<Object> key(Event e) {
      EventCore c = e.core();
      return List.of(e.type(), act(e), partyIds(e), c.date(), c.modality());
    }

    void add(Event e) {
      EventCore c = e.core();
      List<Object> key = key(e);
      Integer k = index.get(key);
      if (k == null) {
        index.put(key, list.size());
        list.add(e);
        return;
      }
      Event old = list.get(k);
      EventCore core = old.core();
      if (core.place().isEmpty() && c.place().isPresent()) {
        core = core.withPlace(c.place());
      }
      list.set(k, rebuild(old, core.withConfidence(Math.max(core.confidence(), c.confidence()))));
    }

    /**
     * The events, with those read from a headline or caption line folded into the body event
     * they restate (same type, a shared participant, no conflicting date).
     */
    ImmutableList<Event> build(String text) {
      foldUndatedStatements();
      foldUndatedParts();
      foldPartsInOneSentence();
      List<Event> body = new ArrayList<>();
      List<Event> titles = new ArrayList<>();
      for (Event e : list) {
        (isTitleLine(text, e.core().sentence()) ? titles : body).add(e);
      }
      if (titles.isEmpty() || body.isEmpty()) {
        return ImmutableList.copyOf(list);
      }
      java.util.Map<Event, Event> replaced = new java.util.IdentityHashMap<>();
      java.util.Set<Event> folded = java.util.Collections.newSetFromMap(
          new java.util.IdentityHashMap<>());
      for (Event t : titles) {
        for (Event b : body) {
          Event current = replaced.getOrDefault(b, b);
          if (restates(t, current)) {
            EventCore core = current.core();
            if (core.place().isEmpty() && t.core().place().isPresent()) {
              replaced.put(b, rebuild(current, core.withPlace(t.core().place())));
            }
            folded.add(t);
            break;
          }
        }
      }
      ImmutableList.Builder<Event> out = ImmutableList.builder();
      for (Event e : list) {
        if (!folded.contains(e)) {
          out.add(replaced.getOrDefault(e, e));
        }
      }
      return out.build();
    }

    /**
     * A speaker's undated statement is part of what the same speaker said on a known date in
     * the same article (قال … وأضاف … مشيرا …): one speech act, told in pieces.
     */
    private void foldUndatedStatements() {
      Set<Set<String>> datedSpeakers = new java.util.HashSet<>();
      for (Event e : list) {
        if (e.type() == EventType.STATEMENT && e.core().date().isPresent()) {
          datedSpeakers.add(partyIds(e));
        }
      }
      if (!datedSpeakers.isEmpty()) {
        list.removeIf(e -> e.type() == EventType.STATEMENT && e.core().date().isEmpty()
            && datedSpeakers.contains(partyIds(e)));
      }
    }

    /**
     * An undated event whose parties are some of a dated event's of the same type and act is a
     * shorter telling of it (رسالة بوتين … after رسالة بوتين إلى الشرع of the Wednesday): folded
     * in. Equal parties are not folded, two meetings of the same leaders on different days being
     * common. Each undated event is checked against at most {@value #FOLD_CANDIDATES} dated ones.
     */
    private void foldUndatedParts() {
      java.util.Map<String, List<Event>> datedByParty = new java.util.HashMap<>();
      for (Event e : list) {
        if (e.type() != EventType.STATEMENT && e.core().date().isPresent()) {
          for (Participant p : e.core().participants()) {
            datedByParty.computeIfAbsent(p.entity(), k -> new ArrayList<>()).add(e);
          }
        }
      }
      if (datedByParty.isEmpty()) {
        return;
      }
      list.removeIf(e -> {
        if (e.type() == EventType.STATEMENT || e.core().date().isPresent()
            || e.core().participants().isEmpty()) {
          return false;
        }
        Set<String> parts = partyIds(e);
        List<Event> candidates = datedByParty.getOrDefault(
            e.core().participants().get(0).entity(), List.of());
        for (int i = 0; i < Math.min(candidates.size(), FOLD_CANDIDATES); i++) {
          Event d = candidates.get(i);
          Set<String> dParts = partyIds(d);
          if (d.type() == e.type() && act(d).equals(act(e)) && dParts.size() > parts.size()
              && dParts.containsAll(parts)) {
            return true;
          }
        }
        return false;
      });
    }

    /**
     * وقّع الجيش والدعم السريع … اتفاقاً: the verb and its verbal-noun object both read the same
     * event; the reading with fewer parties, in the same sentence, with no other date or
     * modality, is part of the fuller one.
     */
    private void foldPartsInOneSentence() {
      java.util.Map<io.khabar.text.Span, List<Event>> bySentence = new java.util.HashMap<>();
      for (Event e : list) {
        if (e.type() != EventType.STATEMENT) {
          bySentence.computeIfAbsent(e.core().sentence(), k -> new ArrayList<>()).add(e);
        }
      }
      java.util.Set<Event> folded = java.util.Collections.newSetFromMap(
          new java.util.IdentityHashMap<>());
      for (List<Event> events : bySentence.values()) {
        if (events.size() < 2) {
          continue;
        }
        for (int i = 0; i < events.size(); i++) {
          Event e = events.get(i);
          Set<String> parts = partyIds(e);
          if (parts.isEmpty()) {
            continue;
          }
          // the verb and its verbal noun are neighbours: a bounded look keeps this linear
          int to = Math.min(events.size(), i + FOLD_CANDIDATES + 1);
          for (int j = Math.max(0, i - FOLD_CANDIDATES); j < to; j++) {
            Event d = events.get(j);
            if (d == e || folded.contains(d) || d.type() != e.type() || !act(d).equals(act(e))
                || d.core().modality() != e.core().modality()
                || e.core().date().isPresent() && !e.core().date().equals(d.core().date())) {
              continue;
            }
            Set<String> dParts = partyIds(d);
            if (dParts.size() > parts.size() && dParts.containsAll(parts)) {
              folded.add(e);
              break;
            }
          }
        }
      }
      list.removeIf(folded::contains);
    }

    private static final int FOLD_CANDIDATES = 16;

    private static Object act(Event e) {
      return e instanceof Event.Sanctions s ? s.direction()
          : e instanceof Event.Diplomatic d ? d.action() : "";
    }

    private static boolean restates(Event title, Event body) {
      if (title.type() != body.type()) {
        return false;
      }
      EventCore t = title.core();
      EventCore b = body.core();
      boolean shared = t.participants().stream().anyMatch(p -> b.participants().stream()
          .anyMatch(q -> q.entity().equals(p.entity())));
      return shared && (t.date().isEmpty() || t.date().equals(b.date()));
    }

    /** A sentence that is a whole line without final punctuation: a headline or a caption. */
    private static boolean isTitleLine(String text, Span sentence) {
      int s = sentence.start();
      int e = sentence.end();
      int before = s - 1;
      while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
        before--;
      }
      int after = e;
      while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
        after++;
      }
      boolean wholeLine = (before < 0 || text.charAt(before) == '\n')
          && (after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r');
      if (!wholeLine || e == s) {
        return false;
      }
      char last = text.charAt(e - 1);
      return ".!?؟…:".indexOf(last) < 0;
    }
  }

  /** The ids of an event's participants, whatever their roles. */
  private static Set<String> partyIds(Event e) {
    Set<String> ids = new java.util.HashSet<>();
    e.core().participants().forEach(p -> ids.add(p.entity()));
    return ids;
  }

  private static Event rebuild(Event old, EventCore core) {
    Optional<String> act = old instanceof Event.Sanctions s ? Optional.of(s.direction().name())
        : old instanceof Event.Diplomatic d ? Optional.of(d.action().name()) : Optional.empty();
    return create(old.type(), act, core);
  }

}
