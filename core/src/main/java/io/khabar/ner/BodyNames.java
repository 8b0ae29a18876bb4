package io.khabar.ner;

import com.google.common.collect.ImmutableMap;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.NameTransliterator;
import io.khabar.kb.PlaceNames;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.WordListResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An English name for a body the knowledge base does not know, read from its Arabic noun
 * phrase: the head noun with its genitive (وزارة الصحة → Ministry of Health), its adjectives in
 * English order (المحكمة العليا → Supreme Court, الاتحاد الدولي لكرة القدم → International
 * Federation of Football), a ل-complement (الهيئة العامة للرياضة → General Authority for Sport),
 * a name the knowledge base knows as the genitive (منتخب مصر → Egypt national team), a
 * person's name the name-token lexicon spells (مكتب فورد → Office of Ford), a place a gazetteer
 * names ({@link PlaceNames}: منتخب إنجلترا → England national team) and a
 * country's adjective as "of" that country (وزارة التجارة الصينية → Ministry of Commerce of
 * China), as {@link io.khabar.kb.StateBodies} names the bodies it generates. Only when every word
 * is read: otherwise empty, and the caller transliterates. Words: {@value #RESOURCE}. Immutable
 * and thread-safe.
 */
final class BodyNames {

  static final String RESOURCE = "/io/khabar/kb/body-words-en.tsv";

  private static final ImmutableMap<String, String> HEADS;
  private static final ImmutableMap<String, String> NOUNS;
  private static final ImmutableMap<String, String> ADJECTIVES;
  /** Longest noun or adjective entry, in words. */
  private static final int MAX_WORDS = 3;

  static {
    Map<String, String> heads = new HashMap<>();
    Map<String, String> nouns = new HashMap<>();
    Map<String, String> adjectives = new HashMap<>();
    for (String[] f : WordListResource.tabRows(BodyNames.class, RESOURCE)) {
      if (f.length != 3) {
        throw new IllegalStateException(
            RESOURCE + ": not KIND<TAB>ARABIC<TAB>ENGLISH: " + String.join("<TAB>", f));
      }
      String key = String.join(" ", bare(words(f[1])));
      switch (f[0]) {
        case "head" -> heads.put(key, f[2]);
        case "noun" -> nouns.put(key, f[2]);
        case "adj" -> adjectives.put(key, f[2]);
        default -> throw new IllegalStateException(RESOURCE + ": unknown kind: " + f[0]);
      }
    }
    HEADS = ImmutableMap.copyOf(heads);
    NOUNS = ImmutableMap.copyOf(nouns);
    ADJECTIVES = ImmutableMap.copyOf(adjectives);
  }

  private final KnowledgeBase kb;
  private final NameTransliterator transliterator;
  private final PlaceNames places;

  BodyNames(KnowledgeBase kb, NameTransliterator transliterator, PlaceNames places) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.transliterator = Objects.requireNonNull(transliterator, "transliterator");
    this.places = Objects.requireNonNull(places, "places");
  }

  /**
   * Words that are parts of people's or places' names (the transliterator's name-token lexicon),
   * none with the article or ending as a nisba adjective (بعثة دبلوماسية is a description).
   */
  private static boolean properNames(List<String> ws, int from, NameTransliterator names) {
    for (int k = from; k < ws.size(); k++) {
      String w = ws.get(k);
      if (w.startsWith("ال") || w.endsWith("يه") || w.endsWith("ي") || !names.isNameToken(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the name-token lexicon spells every word from {@code from} as a person's name: a body
   * named after a person keeps the person's spelling (مكتب فورد → Office of Ford) before a
   * place's of the same letters (a county Foard); a word it lists without a spelling (إنجلترا) is
   * a place's first.
   */
  private static boolean spelled(List<String> ws, int from, NameTransliterator names) {
    for (int k = from; k < ws.size(); k++) {
      if (!names.spells(ws.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The English name of the body named {@code arabic}, when every word of it can be read. */
  Optional<String> english(String arabic) {
    List<String> ws = words(arabic);
    if (ws.size() < 2) {
      return Optional.empty(); // a head alone (الوكالة) is a description, not a name
    }
    List<String> bare = bare(ws);
    String head = HEADS.get(bare.get(0));
    if (head == null) {
      return Optional.empty();
    }
    String genitive = null;
    String complement = null;
    String country = null;
    List<String> adjectives = new ArrayList<>();
    int i = 1;
    while (i < ws.size()) {
      String w = ws.get(i);
      if (genitive == null && adjectives.isEmpty()) {
        int noun = longest(NOUNS, bare, i); // وزارة المالية: Finance, not Mali's adjective
        if (noun > 0) {
          genitive = NOUNS.get(join(bare, i, noun));
          i += noun;
          continue;
        }
      }
      String code = kb.demonyms().get(w);
      if (code != null && country == null) {
        Optional<KbEntity> c = kb.country(code);
        if (c.isEmpty()) {
          return Optional.empty();
        }
        country = c.get().name();
        i++;
        continue;
      }
      int n = longest(ADJECTIVES, bare, i);
      if (n > 0) {
        adjectives.add(ADJECTIVES.get(join(bare, i, n)));
        i += n;
        continue;
      }
      if (genitive == null && adjectives.isEmpty()) {
        n = knownName(ws, i);
        if (n > 0) {
          genitive = kb.names().get(join(ws, i, n)).get(0).name();
          i += n;
          continue;
        }
        boolean person = i == 1 && properNames(ws, i, transliterator);
        Optional<String> place = i == 1 && !(person && spelled(ws, i, transliterator))
            ? places.english(String.join(" ", surfaces(arabic).subList(i, ws.size())))
            : Optional.empty();
        if (place.isPresent()) {
          genitive = place.get(); // منتخب إنجلترا: a place's gazetteer name, not its spelling
          i = ws.size();
          continue;
        }
        if (person) {
          // جامعة ستانفورد: a proper name the base does not know, as the transliterator reads it
          genitive = transliterator.transliterate(String.join(" ", surfaces(arabic).subList(i,
              ws.size())));
          i = ws.size();
          continue;
        }
      }
      if (complement == null && w.length() > 2 && w.charAt(0) == 'ل' && !w.startsWith("ال")) {
        // للرياضة، لكرة القدم: the field the body serves
        List<String> rest = new ArrayList<>(bare);
        String after = w.substring(1);
        rest.set(i, AliasChoice.withoutArticle(after.startsWith("ل") ? "ا" + after : after));
        n = longest(NOUNS, rest, i);
        if (n == 0) {
          return Optional.empty();
        }
        complement = NOUNS.get(join(rest, i, n));
        i += n;
        continue;
      }
      return Optional.empty();
    }
    String slot = genitive;
    if (slot == null && complement != null) {
      slot = complement; // الاتحاد الدولي لكرة القدم: the field fills the head's genitive
      complement = null;
    } else if (slot == null && country != null && adjectives.isEmpty()) {
      slot = country; // شرطة لندن's kind: الشرطة البريطانية
      country = null;
    }
    StringBuilder b = new StringBuilder();
    for (int k = adjectives.size() - 1; k >= 0; k--) {
      b.append(adjectives.get(k)).append(' ');
    }
    if (slot != null && head.startsWith("%s") && slot.startsWith("the ")) {
      slot = slot.substring(4); // حزب الشعب: People Party, not "the People Party"
    }
    b.append(slot != null ? head.replace("%s", slot) : headAlone(head));
    if (complement != null) {
      b.append(" for ").append(complement);
    }
    if (country != null) {
      b.append(" of ").append(country);
    }
    return Optional.of(b.toString());
  }

  /** The words of the longest name the knowledge base knows from word {@code i} (منتخب مصر). */
  private int knownName(List<String> ws, int i) {
    for (int n = ws.size() - i; n > 0; n--) {
      if (!kb.names().get(join(ws, i, n)).isEmpty()) {
        return n;
      }
    }
    return 0;
  }

  /** "Ministry of %s" → "Ministry", "%s University" → "University". */
  private static String headAlone(String pattern) {
    return pattern.replace(" of %s", "").replace(" for %s", "").replace("%s ", "").strip();
  }

  /** The number of words of the longest entry of {@code map} starting at word {@code i}. */
  private static int longest(Map<String, String> map, List<String> ws, int i) {
    for (int n = Math.min(MAX_WORDS, ws.size() - i); n > 0; n--) {
      if (map.containsKey(join(ws, i, n))) {
        return n;
      }
    }
    return 0;
  }

  private static String join(List<String> ws, int from, int n) {
    return String.join(" ", ws.subList(from, from + n));
  }

  /** Matching forms of the words, quotes and punctuation dropped. */
  private static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    ArabicNormalizer n = ArabicNormalizer.get();
    for (String w : surfaces(phrase)) {
      out.add(n.matchingForm(w));
    }
    return out;
  }

  /** The words as written, quotes and punctuation dropped (parallel to {@link #words}). */
  private static List<String> surfaces(String phrase) {
    List<String> out = new ArrayList<>();
    ArabicNormalizer n = ArabicNormalizer.get();
    for (String w : phrase.strip().split("[\\s\\u00A0]+")) {
      String letters = w.replaceAll("[^\\p{L}\\p{M}]", "");
      if (!n.matchingForm(letters).isEmpty()) {
        out.add(letters);
      }
    }
    return out;
  }

  private static List<String> bare(List<String> ws) {
    List<String> out = new ArrayList<>(ws.size());
    for (String w : ws) {
      out.add(AliasChoice.withoutArticle(w));
    }
    return out;
  }
}
