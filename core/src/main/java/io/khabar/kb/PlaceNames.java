package io.khabar.kb;

import io.khabar.pack.PackedReader;
import io.khabar.pack.PackedWriter;
import io.khabar.pack.SourceChecksum;
import io.khabar.text.ArabicNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A name neither knows under its key is looked up under its {@linkplain
 * SpellingVariants#placeKey variant key} (إنكلترا, ك for the g of إنجلترا), when the places of
 * that key share one name. Empty when no gazetteer knows the name: the caller spells it by the
 * letters.
 *
 * <p>For the bundled knowledge base the index is computed at build time ({@link #writeDefault},
 * run by {@code io.khabar.pack.PackResources}) and loaded as a few array copies; it carries the
 * checksums of the knowledge base's data and the table it was computed from, and is computed
 * as above when either differs or the packed file is missing. Immutable and thread-safe.
 */
public final class PlaceNames {

  /** The place-name table: {@code key<TAB>English} lines, keys as {@link #key} writes them. */
  public static final String RESOURCE = "/io/khabar/kb/place-names.tsv";

  /** Class-path location of the packed index of the bundled knowledge base and table. */
  static final String PACKED = "io/khabar/pack/place-names.packed";
  private static final String TAG = "khabar-place-names/1";

  /** Kinds of knowledge-base places whose names news writes with or without the article. */
  private static final Set<String> ARTICLE_OPTIONAL = Set.of("country", "region");

  /** Place key → English: the knowledge base's places over the table's. */
  private final StringTable names;
  /** Variant key → English, for keys whose places share one name. */
  private final StringTable variants;

  private PlaceNames(StringTable names, StringTable variants) {
    this.names = names;
    this.variants = variants;
  }

  /**
   * The places of {@code kb} and the bundled place-name table; packed at build time for the
   * bundled knowledge base.
   */
  public static PlaceNames of(KnowledgeBase kb) {
    if (KbSnapshot.isBundled(kb)) {
      Optional<PlaceNames> packed = readPacked(KbSnapshot.bundledSources());
      if (packed.isPresent()) {
        return packed.get();
      }
    }
    return of(kb, Table.BUNDLED);
  }

  /** The places of {@code kb} and the given table ({@code key → English}, keys by {@link #key}). */
  static PlaceNames of(KnowledgeBase kb, Map<String, String> table) {
    Map<String, String> kbPlaces = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (KbEntity e : kb.entities()) {
      if (e.type() != EntityType.LOCATION) {
        continue;
      }
      boolean articleOptional = e.subtype().filter(ARTICLE_OPTIONAL::contains).isPresent()
          || e.key().startsWith("country-");
      for (String alias : e.aliases()) {
        for (String k : keys(alias, articleOptional)) {
          String before = kbPlaces.putIfAbsent(k, e.name());
          if (before != null && !before.equals(e.name())) {
            ambiguous.add(k);
          }
        }
      }
    }
    kbPlaces.keySet().removeAll(ambiguous);
    Map<String, String> names = new HashMap<>(table);
    names.putAll(kbPlaces); // the knowledge base's name first
    return new PlaceNames(StringTable.of(names),
        StringTable.of(SpellingVariants.table(names, SpellingVariants::placeKey)));
  }

  /** The English name of the place written {@code arabicName}, if a gazetteer knows it. */
  public Optional<String> english(String arabicName) {
    Objects.requireNonNull(arabicName, "arabicName");
    String k = key(arabicName);
    String name = names.get(k);
    return Optional.ofNullable(
        name != null ? name : variants.get(SpellingVariants.placeKey(k)));
  }

  /**
   * Writes the packed index of {@code kb} (the bundled knowledge base, built from its data) and
   * the bundled table into {@code classesDir}; {@code kbSources} is the checksum of the
   * knowledge base's data ({@link KbSnapshot}).
   */
  static void writeDefault(Path classesDir, KnowledgeBase kb, long kbSources) throws IOException {
    PlaceNames p = of(kb, Table.BUNDLED);
    PackedWriter out = new PackedWriter().writeTag(TAG).writeLong(kbSources)
        .writeLong(tableChecksum());
    p.names.writeTo(out);
    p.variants.writeTo(out);
    Path file = classesDir.resolve(PACKED);
    Files.createDirectories(file.getParent());
    Files.write(file, out.toByteArray());
  }

  /** The packed index, if there is one computed from these data. */
  static Optional<PlaceNames> readPacked(long kbSources) {
    byte[] bytes = SourceChecksum.bytes(PlaceNames.class.getClassLoader(), PACKED);
    if (bytes == null) {
      return Optional.empty();
    }
    PackedReader in = new PackedReader(bytes);
    in.expect(TAG);
    if (in.readLong() != kbSources || in.readLong() != tableChecksum()) {
      return Optional.empty();
    }
    return Optional.of(new PlaceNames(StringTable.read(in), StringTable.read(in)));
  }

  private static long tableChecksum() {
    return SourceChecksum.of(PlaceNames.class.getClassLoader(), RESOURCE.substring(1));
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
  static final class Table {
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
