package io.khabar.kb;

import com.google.common.collect.ImmutableMap;
import com.ibm.icu.text.Transliterator;
import io.khabar.text.ArabicNormalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A readable, news-style Latin rendering of an Arabic name the knowledge base does not know
 * (مظلوم عبدي → "Mazloum Abdi", رامي الشاعر → "Rami al-Shaer").
 *
 * <p>Unvowelled Arabic does not determine the vowels, so this is a best guess, not a standard
 * romanisation. It works in three steps:
 * <ol>
 *   <li>word-level patterns in Java: a table of very frequent given names and particles whose
 *       news spelling no rule predicts (محمد → Mohammed, أبو → Abu, بن → bin), the article
 *       (ال → "al-", no sun-letter assimilation, as English news writes it), عبد + ال… →
 *       "Abdul …", …الله → "…allah";
 *   <li>an ICU rule pass on the Arabic letters that decides vowels from the skeleton: an
 *       initial consonant cluster gets "a" (مظلوم → Mazloum), a final cluster after a long vowel
 *       gets "e" (يوسف → Yousef), و/ي are consonants initially, after ا and before ا and vowels
 *       ("ou"/"i") elsewhere, ع is silent initially, "e" after ا (شاعر → Shaer) and "aa" after a
 *       final consonant (شرع → Sharaa); written harakat, when present, are used;
 *   <li>an ICU rule pass mapping letters to a simple English-news consonant scheme (ث th, خ kh,
 *       ذ dh, ش sh, غ gh, ق q, ة a), then capitalisation of each word.
 * </ol>
 * Before the rule passes, a word is looked up in the name-token lexicon {@value #NAME_TOKENS}
 * (Arabic spellings of Wikidata person-name tokens with their most frequent English spelling,
 * written by {@code io.khabar.train.BuildGazetteerKb}): ستيفن هوكينغ → "Stephen Hawking",
 * هوليوود → "Hollywood"; in a person's name ({@link #transliteratePerson}) a word the lexicon
 * lists under another spelling variant (هوكينج, ج for the g of غ: {@link SpellingVariants}) takes
 * that spelling's English, unless it has the article (a definite word is an Arabic word: الخبر
 * is not the lexicon's جبر). The table of step 1 wins over it (it holds the spellings English
 * news uses for Arab names), and the rules are only the fallback for words neither knows.
 * A place's name ({@link #transliteratePlace}, for places no gazetteer of {@link PlaceNames}
 * knows) takes the lexicon for its bare words only. Latin words pass through unchanged.
 * Thread-safe.
 */
public final class NameTransliterator {

  private static final String RULES = String.join("\n",
      "$C = [بتثجحخدذرزسشصضطظعغفقكلمنهةءئؤپچگژڤ] ;",
      "$L = [$C وي] ;",
      "$H = [\\u064B-\\u0652] ;",
      "$K = [بتثجحخدذرزسشصضطظغفقكلمنهپچگژڤ] ;", // consonants that form clusters
      // pass 1: vowels from the skeleton (before-contexts still see Arabic here)
      "$H { \\u0651 > ;",
      "($C) \\u0651 > $1 $1 ;",
      "$C { ع } $K $ > aa ;",
      "$C { ع } [وي] > ;",
      "\\uE000 { ع } [وي] > ;",
      "$C { ع } $ > aa ;",
      "ا { ء } $ > a ;",
      "ا { ع > e ;",
      "^ ع } $C > a ;",
      "^ ع } [وي] > a ;",
      "^ ع > ;",
      "إ { ي > ;",
      "ا { ي } $C $ > ye ;",
      "ا { و } $C $ > we ;",
      "[اأ] { ي > y ;",
      "[اأ] { و > w ;",
      "ي } ا > y ;",
      "و } ا > w ;",
      "[$H] { ي > y ;",
      "[$H] { و > w ;",
      "^ و } $C > wa ;",
      "^ ي } $C > ya ;",
      "^ و > w ;",
      "^ ي > y ;",
      "^ ($C) } ي ا > $1 \\uE003 ;",
      "^ ($C) } و ا > $1 \\uE000 ;",
      "^ ($C) } [وي] > $1 ;",
      "^ ($C) } $C > $1 \\uE000 ;",
      "و > ou ;",
      "ي > i ;",
      "[اويuiyw] { ($K) } $K $ > $1 \\uE001 ;",
      "$K { ($K) } $K $ > $1 \\uE000 ;",
      "^ [أإ] { ($K) } $K $ > $1 \\uE000 ;",
      "::Null ;",
      // pass 2: letters
      "ب > b ; ت > t ; ث > th ; ج > j ; ح > h ; خ > kh ; د > d ; ذ > dh ; ر > r ; ز > z ;",
      "س > s ; ش > sh ; ص > s ; ض > d ; ط > t ; ظ > z ; غ > gh ; ف > f ; ق > q ; ك > k ;",
      "ل > l ; م > m ; ن > n ; ه > h ; ة > a ; ا > a ; أ > a ; إ > i ; آ > a ; ٱ > a ; ى > a ;",
      "ا { ء > ; ء > ; ئ > e ; ؤ > u ; ع > a ;",
      "پ > p ; چ > ch ; گ > g ; ژ > zh ; ڤ > v ; ک > k ; ی > i ;",
      "\\u064E > a ; \\u0650 > i ; \\u064F > u ; \\u064B > an ; \\u064D > in ; \\u064C > un ;",
      "\\u0652 > ; \\u0651 > ; \\u0640 > ;",
      "\\uE000 > a ; \\uE001 > e ; \\uE003 > i ;");

  /** News spellings of frequent names and particles, by matching form. */
  private static final ImmutableMap<String, String> WORDS = table(
      "محمد", "Mohammed", "أحمد", "Ahmed", "محمود", "Mahmoud", "علي", "Ali", "عمر", "Omar",
      "عمرو", "Amr", "حسن", "Hassan", "حسين", "Hussein", "خالد", "Khaled", "يوسف", "Youssef",
      "إبراهيم", "Ibrahim", "إسماعيل", "Ismail", "مصطفى", "Mustafa", "عثمان", "Othman",
      "سعيد", "Saeed", "فاطمة", "Fatima", "عائشة", "Aisha", "مريم", "Maryam", "زينب", "Zeinab",
      "صالح", "Saleh", "سليمان", "Suleiman", "موسى", "Musa", "عيسى", "Issa", "يحيى", "Yahya",
      "طارق", "Tareq", "حمزة", "Hamza", "عباس", "Abbas", "جمال", "Jamal", "عبدالله", "Abdullah",
      "عبد", "Abd", "الله", "Allah", "أبو", "Abu", "بن", "bin", "ابن", "Ibn", "بنت", "bint",
      "الأسد", "al-Assad", "أسد", "Assad", "نور", "Nour", "هادي", "Hadi", "عيد", "Eid", "فيصل", "Faisal",
      "حيدر", "Haidar", "أسامة", "Osama", "عماد", "Imad", "جوزيف", "Joseph",
      "ميشال", "Michel", "ميشيل", "Michel", "جورج", "George", "إلياس", "Elias", "بطرس", "Boutros", "زيد", "Zaid", "عثمان", "Othman", "عمار", "Ammar", "حسام", "Hussam");

  /** The name-token lexicon in the models jar: {@code arabic<TAB>English}, matching form. */
  public static final String NAME_TOKENS = "/io/khabar/kb/name-tokens.tsv";

  private final Transliterator letters;
  private final NameTokens tokens;

  private NameTransliterator(boolean lexicon) {
    letters = Transliterator.createFromRules("khabar-ar-news-latin", RULES, Transliterator.FORWARD);
    tokens = lexicon ? NameTokens.loadDefault() : NameTokens.EMPTY;
  }

  /** Without the name-token lexicon: the word table and the rules alone (for tests). */
  static NameTransliterator rulesOnly() {
    return new NameTransliterator(false);
  }

  /** Whether the name-token lexicon knows this word (matching form) as a person-name token. */
  public boolean isNameToken(String form) {
    return tokens.contains(form);
  }

  /**
   * Whether the name-token lexicon lists this word (matching form) with an English spelling of
   * its own (not only a spelling variant's).
   */
  public boolean spells(String form) {
    return tokens.ownSpelling(form) != null;
  }

  /**
   * A word's English spelling from the name-token lexicon, under its own spelling or else its
   * spelling variants ({@link NameTokens#spelling}), or null; a token listed without one (no
   * Wikidata spelling agrees with its letters) and without a variant is spelled by the rules.
   */
  private String lexicon(String key, boolean variants) {
    return variants ? tokens.spelling(key) : tokens.ownSpelling(key);
  }

  private static final NameTransliterator INSTANCE = new NameTransliterator(true);

  public static NameTransliterator get() {
    return INSTANCE;
  }

  /**
   * The Latin rendering of {@code arabicName}; words without Arabic letters are kept as is. A
   * word takes the name-token lexicon's spelling of its own letters only: a body's or a
   * description's words are Arabic nouns (جيش، بلاغ), which a foreign name's spelling variant
   * would misread.
   */
  public String transliterate(String arabicName) {
    return render(arabicName, true, false);
  }

  /**
   * The Latin rendering of a person's name: as {@link #transliterate}, and a word without the
   * article that the lexicon does not spell takes the spelling its {@linkplain SpellingVariants
   * variants} share (سيرخيو as سيرجيو → Sergio, هوكينج → Hawking): a person's foreign name is
   * written with whichever letters the outlet uses for its sounds.
   */
  public String transliteratePerson(String arabicName) {
    return render(arabicName, true, true);
  }

  /**
   * The Latin rendering of a place's name, for a place no gazetteer knows ({@link PlaceNames}
   * first): as {@link #transliterate}, but a word with the article is spelled by the rules, not
   * by the name-token lexicon. A definite word of a place's name is an Arabic word (الريف, الجوف,
   * الزبير), which the lexicon's person-name spellings misread ("al-Reeve", "al-Goff"); a person's
   * definite family name (الأسد) is a name token, a place's is not. Bare words keep the lexicon:
   * a foreign place is spelled as the same foreign name is (هوليوود → Hollywood).
   */
  public String transliteratePlace(String arabicName) {
    return render(arabicName, false, false);
  }

  private String render(String arabicName, boolean definiteTokens, boolean variants) {
    Objects.requireNonNull(arabicName, "arabicName");
    String[] words = arabicName.strip().split("[\\s\\u00A0]+");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = clean(words[i]);
      if (w.isEmpty()) {
        continue;
      }
      String rendered;
      Optional<String> acronym = LatinLetterNames.acronym(words[i].replaceAll("[^\\p{L}.]", ""));
      if (!KnowledgeBase.hasArabicLetter(w)) {
        rendered = w;
      } else if (acronym.isPresent()) {
        rendered = acronym.get(); // سي.بي.إس → CBS
      } else {
        String key = ArabicNormalizer.get().matchingForm(w);
        String next = i + 1 < words.length ? clean(words[i + 1]) : "";
        if (key.equals("عبد") && next.startsWith("ال") && next.length() > 3) {
          rendered = "Abdul " + capitalise(core(next.substring(2)));
          i++;
        } else {
          rendered = word(w, key, definiteTokens, variants);
        }
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(rendered);
    }
    return out.toString();
  }

  private String word(String w, String key, boolean definiteTokens, boolean variants) {
    String known = WORDS.get(key);
    if (known == null && !key.startsWith("ال")) {
      known = lexicon(key, variants);
    }
    if (known != null) {
      return known;
    }
    if (key.startsWith("عبدال") && key.length() > 6) {
      return "Abdul " + capitalise(core(w.substring(w.indexOf('ل') + 1)));
    }
    if (key.endsWith("الله") && key.length() > 5) {
      return capitalise(core(w.substring(0, w.length() - 4))) + "allah";
    }
    if ((w.startsWith("ال") || w.startsWith("ٱل")) && key.length() > 3) { // not إل/أل
      String rest = w.substring(2);
      String restKey = key.substring(2);
      String knownRest = WORDS.get(restKey);
      if (knownRest == null && definiteTokens) {
        knownRest = lexicon(restKey, false); // no variants: الغد is no name of the lexicon's
      }
      return "al-" + (knownRest != null ? knownRest : capitalise(core(rest)));
    }
    return capitalise(core(w));
  }

  private String core(String arabic) {
    synchronized (letters) { // ICU transliterators are not documented as thread-safe
      return letters.transliterate(arabic);
    }
  }

  /** Drops tatweel, bidi/zero-width marks and punctuation around the word; keeps harakat. */
  private static String clean(String w) {
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '\u0640' || (ArabicNormalizer.isIgnorable(c) && !(c >= '\u064B' && c <= '\u0652'))) {
        continue;
      }
      if (Character.isLetterOrDigit(c) || (c >= '\u064B' && c <= '\u0652') || c == '-'
          || c == '\'') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String capitalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static ImmutableMap<String, String> table(String... pairs) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (int i = 0; i < pairs.length; i += 2) {
      b.put(ArabicNormalizer.get().matchingForm(pairs[i]), pairs[i + 1]);
    }
    return b.buildKeepingLast();
  }
}
