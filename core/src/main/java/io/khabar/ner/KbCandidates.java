package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.PhraseMatch;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge base's names in the text (one {@link io.khabar.kb.PhraseTrie}, proclitic-tolerant)
 * as candidates. A generic place noun before a name is not part of it (مدينة حلب is a mention of
 * حلب), and it makes a place of a name the base knows only as something else (بلدة الصدر); so is a
 * descriptor noun before a body's own name without the article (نادي ليفربول is a mention of
 * ليفربول, the club: {@link BodyHeads}); a place noun with only a country's adjective after it
 * (العاصمة البريطانية) is a description of the place, a title mention of it. Single letters and bare articles are noise; a ministry's
 * adjective that qualifies the noun before it (السياسة الخارجية) is no ministry. Immutable and
 * thread-safe.
 */
final class KbCandidates {

  private final KnowledgeBase kb;

  KbCandidates(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /** Adds the knowledge base's plausible matches in {@code text} to {@code out}. */
  void add(AnalyzedText text, List<Candidate> out) {
    for (PhraseMatch<KbEntity> m : kb.names().findAll(text)) {
      if (text.isWord(m.start()) && plausibleName(text, m) && !articleOnANameWithout(text, m)) {
        if (afterPlaceNoun(text, m.start())
            && m.values().stream().noneMatch(e -> e.type() == EntityType.LOCATION)) {
          // بلدة الصدر with no such place known: the noun before says a place is named
          out.add(new Candidate(m.start(), m.end(), m.strippedChars(), Candidate.Source.KB,
              ImmutableList.of(), EntityType.LOCATION, 1.0));
          continue;
        }
        out.add(withoutDescriptor(text, new Candidate(m.start(), m.end(), m.strippedChars(),
            Candidate.Source.KB, ImmutableList.copyOf(m.values()), m.values().get(0).type(), 1.0)));
      }
    }
  }

  /**
   * A proper name is definite by itself and takes no article, so a word with ال that the base knows
   * only without it (the trie's reading بالسويداء → سويداء) is the name only when the bare form is
   * no ordinary word and the word is no feminine nisba: الصور is "the pictures", not صور (Tyre),
   * and السورية is the adjective "Syrian", not سورية (Syria). Masculine nisbas (المالي) the trie
   * never reads so. Countries are the exception: many are written with the article as well
   * (البيرو، السودان).
   */
  private boolean articleOnANameWithout(AnalyzedText text, PhraseMatch<KbEntity> m) {
    String form = text.form(m.start());
    String word = form.substring(Math.min(m.strippedChars(), form.length()));
    if (!word.startsWith("ال") || word.length() < 5) {
      return false;
    }
    String bare = word.substring(2);
    boolean nisba = bare.endsWith("يه");
    if (!nisba && (!kb.isOrdinaryWord(bare)
        || m.values().stream().anyMatch(e -> e.countryCode().isPresent()))) {
      return false;
    }
    // the article is the text's, not the name's, when the base has no spelling of the name with it
    return kb.names().get(m.length() == 1 ? word : word + " " + rest(text, m)).isEmpty();
  }

  private static String rest(AnalyzedText text, PhraseMatch<KbEntity> m) {
    StringBuilder b = new StringBuilder();
    for (int i = m.start() + 1; i < m.end(); i++) {
      b.append(i > m.start() + 1 ? " " : "").append(text.form(i));
    }
    return b.toString();
  }

  /** Generic place nouns that precede a name in apposition: مدينة حلب، محافظة السويداء، قاعدة حميميم. */
  private static final ImmutableSet<String> DESCRIPTORS = ImmutableSet.of(
      "مدينه", "محافظه", "بلده", "قريه", "قاعده", "مطار", "ميناء", "مرفا", "معبر", "منطقه", "حي",
      "مخيم", "جزيره", "ولايه", "اقليم", "قضاء", "ناحيه", "العاصمه", "القاعده", "مدينتي", "بلدتي",
      "القاره");

  /**
   * Definite place nouns that only describe (العاصمة البريطانية، القارة الأفريقية): after them
   * a definite nisba is an adjective, whatever else it may spell.
   */
  private static final ImmutableSet<String> DESCRIBING = ImmutableSet.of("العاصمه", "القاره");

  /**
   * A descriptor is not part of the name: "مدينة حلب" is a mention of حلب. The mention keeps the
   * name alone and links to the place that name denotes when the knowledge base knows it (قاعدة
   * طرطوس البحرية → طرطوس), else to what the whole phrase denoted.
   */
  private Candidate withoutDescriptor(AnalyzedText text, Candidate c) {
    if (c.length() < 2) {
      return c;
    }
    String first = c.firstWord(text);
    if (c.type() == EntityType.ORGANIZATION && !text.form(c.start() + 1).startsWith("ال")
        && BodyHeads.kind(first).filter(k -> k == BodyHeads.Kind.DESCRIPTOR).isPresent()) {
      // نادي ليفربول، شركة أبل: the body's own name follows the noun in apposition (before a
      // definite noun the noun heads the name: منظمة الصحة العالمية، قناة الجزيرة)
      return new Candidate(c.start() + 1, c.end(), 0, c.source(), c.entities(), c.type(),
          c.score());
    }
    if (c.type() != EntityType.LOCATION) {
      return c;
    }
    if (!DESCRIPTORS.contains(first)) {
      return c;
    }
    if (c.stripped() == 0 && (first.equals("القاره") || adjectivesOnly(text, c.start() + 1,
        c.end(), DESCRIBING.contains(first)))) {
      // العاصمة البريطانية، العاصمة السورية: the noun with a country's adjective describes the
      // place, as الرئيس السوري describes a person; the adjective alone names nothing, and
      // what follows القارة (القارة السمراء) never names the continent by itself
      return new Candidate(c.start(), c.end(), 0, Candidate.Source.TITLE, c.entities(),
          c.type(), c.score());
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

  /**
   * Whether tokens {@code [from, to)} are all countries' adjectives with the article
   * (البريطانية), or, after a describing noun ({@code describing}), definite nisbas
   * (الأفريقية); after other place nouns a place's own name may have a nisba's shape
   * (محافظة المثنى، مدينة اللاذقية).
   */
  private boolean adjectivesOnly(AnalyzedText text, int from, int to, boolean describing) {
    for (int i = from; i < to; i++) {
      String f = text.form(i);
      if (!f.startsWith("ال") || !kb.demonyms().containsKey(f)
          && !(describing && Nisbas.isDefinite(f))) {
        return false;
      }
    }
    return from < to;
  }

  /** Whether the word before token {@code i}, in its sentence, is a generic place noun. */
  static boolean afterPlaceNoun(AnalyzedText text, int i) {
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
    return len >= 2 && !countryAdjective(text, m);
  }

  /**
   * Whether a one-word match is a country's adjective that the knowledge base found as the
   * country's name without its article: السورية (الدولة السورية، المحادثات التركية السورية)
   * matches سورية, a spelling of Syria, but a country's name never takes the article unless
   * the article is part of it (السعودية، العراق), and then it is one of the country's names.
   * The adjective describes a noun; it is no mention of the place.
   */
  private static boolean countryAdjective(AnalyzedText text, PhraseMatch<KbEntity> m) {
    String f = text.form(m.start()).substring(Math.min(m.strippedChars(),
        text.form(m.start()).length()));
    if (!f.startsWith("ال")) {
      return false;
    }
    ArabicNormalizer n = ArabicNormalizer.get();
    for (KbEntity e : m.values()) {
      if (e.type() != EntityType.LOCATION || e.demonyms().stream().map(n::matchingForm)
          .noneMatch(f::equals)) {
        return false;
      }
      if (n.matchingForm(e.name()).equals(f)
          || e.aliases().stream().map(n::matchingForm).anyMatch(f::equals)) {
        return false; // السعودية: the article is part of the country's name
      }
    }
    return true;
  }
}
