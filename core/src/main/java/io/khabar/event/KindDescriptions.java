package io.khabar.event;

import com.google.common.collect.ImmutableMap;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Optional;
import java.util.Set;

/**
 * A definite description that names its referent by kind rather than by a word of its name:
 * ويقول المصنع الأمريكي after إيرباص وبوينغ, أعلنت الشركة after «فيسبوك», وقال المدرب after
 * المدرب تيتي, وقال الطبيب after طبيبها كريستسن هول. News writing names a maker, a site or a
 * player once and then refers back to it by what it is.
 * <ul>
 *   <li>A company noun ({@code COMPANY_KIND}: الشركة، المصنع، الموقع، المنصة) describes an
 *       organisation the knowledge base knows as a company (or a bank or an exchange). A nisba
 *       after the noun (المصنع الأمريكي) must be the company's country: Airbus is not the
 *       American maker.</li>
 *   <li>A person noun ({@code PERSON_KIND}: المدرب، النجم، العالم، الطبيب، الفنانة) describes a
 *       person the text itself introduced by that noun: the noun stands before one of his
 *       mentions, across the words of the title (نجم كرة القدم البرتغالي، كريستيانو رونالدو;
 *       طبيبها كريستسن هول), or opens an apposition or a predicate after it (رونالدو، نجم
 *       الفريق; وكوغان هو عالم بيانات). A nisba after the description (النجم البرتغالي) must
 *       stand in that introduction too. Kind alone says nothing of which person is meant.</li>
 * </ul>
 * The caller walks the earlier mentions from the nearest back, so the most recent entity of a
 * compatible kind is the referent; a description no earlier entity fits stays unspoken.
 * Stateless.
 */
final class KindDescriptions {

  /** Subtypes of the knowledge base a company noun describes. */
  private static final Set<String> COMPANY_SUBTYPES = Set.of("company", "bank", "exchange");
  /** Words of a title between the person noun and the name: نجم كرة القدم البرتغالي، X. */
  private static final int TITLE_WORDS = 5;

  private final Set<String> companyNouns;
  private final Set<String> personNouns;
  private final ImmutableMap<String, String> demonyms;

  KindDescriptions(Cues cues, ImmutableMap<String, String> demonyms) {
    this.companyNouns = cues.companyKinds;
    this.personNouns = cues.personKinds;
    this.demonyms = demonyms;
  }

  /** The noun (without the article) names a kind this class reads. */
  boolean isKind(String noun) {
    return companyNouns.contains(noun) || personNouns.contains(noun);
  }

  /**
   * The description whose head {@code noun} stands at token {@code head} fits the entity of the
   * earlier mention {@code o}.
   */
  boolean fits(AnalyzedText text, EntityLayer layer, int head, String noun, Occurrence o) {
    Optional<String> nisba = nisba(text, head);
    if (companyNouns.contains(noun)) {
      if (introducedSince(text, o, head, noun)) {
        return false; // لشركة الاستشارات «X» … فيسبوك: the company meant is X, unrecognised
      }
      Optional<KbEntity> kb = layer.linked(o.entity());
      if (kb.isEmpty()) { // شركة «كمبريدج أناليتيكا»: a company by the text's word, of no known country
        return nisba.isEmpty()
            && layer.entities().get(o.entity()).type() == EntityType.ORGANIZATION
            && Tokens.occurrences(layer, 0, text.size()).stream()
                .anyMatch(m -> m.entity() == o.entity() && companyBefore(text, m));
      }
      return kb.get().subtype().filter(COMPANY_SUBTYPES::contains).isPresent()
          && (nisba.isEmpty() || kb.get().country().equals(nisba.map(demonyms::get)));
    }
    if (!personNouns.contains(noun) || !EntityKinds.isPerson(layer, o.entity())) {
      return false;
    }
    int at = introducedAt(text, layer, o, noun);
    return at >= 0 && (nisba.isEmpty() || nisbaNear(text, at, o, nisba.get()));
  }

  /**
   * A company noun stands right before the name, across a quotation mark: شركة «أبل» (at any of
   * the entity's mentions, the text calls it a company once).
   */
  private boolean companyBefore(AnalyzedText text, Occurrence o) {
    int k = wordBefore(text, o);
    if (k < 0) {
      return false;
    }
    String w = text.form(k);
    return companyNouns.contains(w) || companyNouns.contains(withoutProclitic(w));
  }

  /** The token before the mention, across quotation marks (شركة «أبل»); -1 at the start. */
  private static int wordBefore(AnalyzedText text, Occurrence o) {
    int k = o.start() - 1;
    while (k > 0 && Tokens.isQuote(text.form(k))) {
      k--;
    }
    return k;
  }

  /** The word without a one-letter proclitic و، ف، ب or ل (لشركة → شركة), else the word. */
  private static String withoutProclitic(String w) {
    return w.length() > 1 && "وفبل".indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
  }

  /**
   * From the mention's sentence to the description the noun stands indefinite, other than
   * right before the mention (لشركة الاستشارات «X» المتورطة في تسريب بيانات فيسبوك): it
   * introduced another company, the one the description refers to, whether or not its name was
   * recognised. A definite one (وقالت الشركة) is an earlier description of a referent.
   */
  private static boolean introducedSince(AnalyzedText text, Occurrence o, int head,
      String noun) {
    int own = wordBefore(text, o);
    for (int i = text.sentenceStart(text.sentenceOf(o.start())); i < head; i++) {
      String w = text.form(i);
      if (i != own && (w.equals(noun) || withoutProclitic(w).equals(noun))) {
        return true;
      }
    }
    return false;
  }

  /** The country adjective right after the description's head (المصنع الأمريكي), if any. */
  private Optional<String> nisba(AnalyzedText text, int head) {
    if (head + 1 >= text.size()) {
      return Optional.empty();
    }
    String w = text.form(head + 1);
    return w.startsWith("ال") && demonyms.containsKey(w) ? Optional.of(w) : Optional.empty();
  }

  /**
   * Where the person noun introduces the mention {@code o}: before it across a title (نجم كرة
   * القدم البرتغالي، X; المدرب X; طبيبها X), or after it as an apposition or a predicate (X،
   * نجم الفريق; X هو عالم). -1 if it does not.
   */
  private static int introducedAt(AnalyzedText text, EntityLayer layer, Occurrence o,
      String noun) {
    int sentenceStart = text.sentenceStart(text.sentenceOf(o.start()));
    int words = 0;
    for (int i = o.start() - 1; i >= sentenceStart && words <= TITLE_WORDS; i--) {
      String w = text.form(i);
      if (Tokens.isComma(w) || Tokens.isQuote(w)) {
        continue;
      }
      if (!text.isWord(i) || layer.entityAt(i) >= 0 && !EntityKinds.isPlace(layer,
          layer.entityAt(i))) {
        return -1; // another name or a clause boundary before the title: not this title
      }
      if (isForm(w, noun)) {
        return i;
      }
      words++;
    }
    int k = o.end();
    if (k < text.size() && (Tokens.isComma(text.form(k)) || text.form(k).equals("هو")
        || text.form(k).equals("هي"))) {
      k++;
    }
    return k > o.end() && k < text.size() && isForm(text.form(k), noun) ? k : -1;
  }

  /** The nisba stands in the title around the noun (النجم البرتغالي، نجم كرة القدم البرتغالي). */
  private static boolean nisbaNear(AnalyzedText text, int at, Occurrence o, String nisba) {
    int from = Math.min(at, o.start());
    int to = Math.min(text.size(), Math.max(at + TITLE_WORDS, o.start()));
    for (int i = from; i < to; i++) {
      if (text.form(i).equals(nisba)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word is the noun with the article, a one-letter proclitic (وطبيب) or a possessive
   * pronoun (طبيبها، مدربه).
   */
  private static boolean isForm(String word, String noun) {
    String w = word.startsWith("ال") ? word.substring(2)
        : word.length() > noun.length() && "وفبل".indexOf(word.charAt(0)) >= 0
            && word.startsWith("ال", 1) ? word.substring(3) : word;
    return w.equals(noun) || w.startsWith(noun) && Set.of("ه", "ها", "هم").contains(
        w.substring(noun.length()));
  }
}
