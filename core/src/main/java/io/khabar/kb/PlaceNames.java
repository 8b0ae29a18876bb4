package io.khabar.kb;

import io.khabar.text.ArabicNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The English name of a place the knowledge base did not link (انجلترا → "England", كابل →
 * "Kabul"), from the place gazetteers: a place is named by what the gazetteers call it before
 * any spelling rule (انجلترا is no person's name; a person-name reading turns ويلز into "Wells").
 *
 * <p>A name is looked up under its {@linkplain #key place key}, which ignores the spelling
 * variants Arabic news writes one place with: hamza forms (أ إ آ ا; ئ ي; ؤ و; a bare ء left
 * out), ى/ي and ة/ه. A country's or region's name is also found without or with the article ال
 * of its first word, which news writes either way (الأوروغواي and أوروغواي, الكونغو and كونغو);
 * a city's is not (السيول are floods, not Seoul). The gazetteers, the first that knows the name
 * winning:
 * <ol>
 *   <li>the knowledge base's places (LOCATION entities) under every alias, by their
 *       knowledge-base name; a key two places with different names share names neither;
 *   <li>the place-name table {@value #RESOURCE} (countries and regions with their article
 *       variants, world cities, cities of Arabic Wikipedia; written by {@code
 *       io.khabar.train.BuildPlaceNames}, sidecar: the KB README).
 * </ol>
 * Empty when neither knows the name: the caller spells it by the letters. Immutable and
 * thread-safe.
 */
public final class PlaceNames {

  /** The place-name table: {@code key<TAB>English} lines, keys as {@link #key} writes them. */
  public static final String RESOURCE = "/io/khabar/kb/place-names.tsv";

  /** Kinds of knowledge-base places whose names news writes with or without the article. */
  private static final Set<String> ARTICLE_OPTIONAL = Set.of("country", "region");

  private final Map<String, String> kbPlaces;
  private final Map<String, String> table;

  private PlaceNames(Map<String, String> kbPlaces, Map<String, String> table) {
    this.kbPlaces = kbPlaces;
    this.table = table;
  }

  /** The places of {@code kb} and the bundled place-name table. */
  public static PlaceNames of(KnowledgeBase kb) {
    return of(kb, Table.BUNDLED);
  }

  /** The places of {@code kb} and the given table ({@code key → English}, keys by {@link #key}). */
  static PlaceNames of(KnowledgeBase kb, Map<String, String> table) {
    Map<String, String> names = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (KbEntity e : kb.entities()) {
      if (e.type() != EntityType.LOCATION) {
        continue;
      }
      boolean articleOptional = e.subtype().filter(ARTICLE_OPTIONAL::contains).isPresent()
          || e.key().startsWith("country-");
      for (String alias : e.aliases()) {
        for (String k : keys(alias, articleOptional)) {
          String before = names.putIfAbsent(k, e.name());
          if (before != null && !before.equals(e.name())) {
            ambiguous.add(k);
          }
        }
      }
    }
    names.keySet().removeAll(ambiguous);
    return new PlaceNames(Map.copyOf(names), Map.copyOf(table));
  }

  /** The English name of the place written {@code arabicName}, if a gazetteer knows it. */
  public Optional<String> english(String arabicName) {
    Objects.requireNonNull(arabicName, "arabicName");
    String k = key(arabicName);
    String name = kbPlaces.get(k);
    return Optional.ofNullable(name != null ? name : table.get(k));
  }

  /**
   * The keys a place name is found under: its {@link #key}, and for a name whose article is
   * optional the same with its first word's article ال dropped or added (الكونغو, كونغو); a name
   * that begins with an alef with hamza has no article (ألماتي, أوروغواي gets only الأوروغواي).
   */
  public static List<String> keys(String name, boolean articleOptional) {
    String k = key(name);
    if (k.isEmpty() || !articleOptional) {
      return k.isEmpty() ? List.of() : List.of(k);
    }
    boolean hamzaAlef = "أإآ".indexOf(name.strip().charAt(0)) >= 0;
    if (k.startsWith("ال") && !hamzaAlef) {
      return k.length() >= 4 ? List.of(k, k.substring(2)) : List.of(k);
    }
    return List.of(k, "ال" + k);
  }

  /**
   * The place key of a name: its matching form ({@link ArabicNormalizer}: hamza-carrying alefs
   * as ا, ى as ي, ة as ه, no harakat or tatweel), words joined by one space, ئ as ي, ؤ as و and a
   * bare ء left out.
   */
  public static String key(String arabicName) {
    String m = ArabicNormalizer.get().matchingForm(arabicName.strip());
    StringBuilder b = new StringBuilder(m.length());
    for (String w : m.split("[\\s\\u00A0]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        switch (c) {
          case 'ئ' -> b.append('ي');
          case 'ؤ' -> b.append('و');
          case 'ء' -> { }
          default -> b.append(c);
        }
      }
    }
    return b.toString();
  }

  /** The bundled table, read once. */
  private static final class Table {
    static final Map<String, String> BUNDLED = read();

    private static Map<String, String> read() {
      try (InputStream in = PlaceNames.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          int tab = line.indexOf('\t');
          if (tab > 0 && !line.startsWith("#") && tab + 1 < line.length()) {
            out.putIfAbsent(line.substring(0, tab), line.substring(tab + 1).strip());
          }
        }
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + RESOURCE, e);
      }
    }
  }
}
