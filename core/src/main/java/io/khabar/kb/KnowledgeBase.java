package io.khabar.kb;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.khabar.text.ArabicNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.HashSet;
import java.util.Set;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * People, places and organisations with their Arabic names and dated roles. Immutable and
 * thread-safe; build it once ({@link #loadDefault()} is cached) and share it.
 *
 * <p>Country entities come from ICU4J ({@code country-xx} for every ISO 3166 region, Arabic and
 * English names); a record with the same key in the data (countries.jsonl) is merged onto the ICU
 * one: its fields win and ICU's Arabic name is kept as an extra alias. Any other repeated key is
 * an error.
 *
 * <p>A role's {@code of} is an ISO alpha-2 code ("SY") or an entity key ("un"); {@code
 * "country-sy"} is accepted as a synonym of "SY" in queries.
 */
public final class KnowledgeBase {

  /** Classpath folder of the bundled data (in khabar-models). */
  public static final String RESOURCE_DIR = "io/khabar/kb/";

  /**
   * Slugs an envoy's or ambassador's {@code for} may name instead of a country or entity, for
   * posts about a topic rather than a place (README-people.md lists them).
   */
  public static final Set<String> ROLE_TOPICS = ImmutableSet.of(
      "peace-process", "gulf", "climate", "hostages", "economic-cooperation");

  private final ImmutableMap<String, KbEntity> byKey;
  private final ImmutableMap<String, String> origins;
  private final ImmutableListMultimap<String, Holding> holdings;
  private final PhraseTrie<KbEntity> names;
  private final ImmutableMap<String, String> demonyms;
  private final ImmutableSet<String> ordinaryWords;
  private final ImmutableSet<String> countryCodes;

  /** A person's role, indexed by {@code ROLE|of}. */
  private record Holding(KbEntity person, Role role) {}

  private KnowledgeBase(Map<String, KbEntity> entities, Map<String, String> origins,
      Set<String> ordinaryWords) {
    this(entities, origins, ordinaryWords, null, IcuCountries.CODES);
  }

  /**
   * @param names the trie of all names, or null to build it from the entities
   * @param countryCodes the ISO 3166 codes that are known references ({@link IcuCountries#CODES})
   */
  KnowledgeBase(Map<String, KbEntity> entities, Map<String, String> origins,
      Set<String> ordinaryWords, PhraseTrie<KbEntity> names, Set<String> countryCodes) {
    this.ordinaryWords = ImmutableSet.copyOf(ordinaryWords);
    this.byKey = ImmutableMap.copyOf(entities);
    this.origins = ImmutableMap.copyOf(origins);
    this.countryCodes = ImmutableSet.copyOf(countryCodes);
    ImmutableListMultimap.Builder<String, Holding> h = ImmutableListMultimap.builder();
    for (KbEntity e : byKey.values()) {
      for (Role r : e.roles()) {
        h.put(indexKey(r.role(), r.of()), new Holding(e, r));
      }
    }
    this.holdings = h.build();
    this.names = names != null ? names : namesOf(byKey.values());
    this.demonyms = demonymsOf(byKey.values());
  }

  private static PhraseTrie<KbEntity> namesOf(Iterable<KbEntity> entities) {
    PhraseTrie.Builder<KbEntity> nb = PhraseTrie.<KbEntity>builder().compoundNameVariants(true);
    for (KbEntity e : entities) {
      for (String a : e.aliases()) {
        nb.add(a, e);
      }
      for (String a : e.abbreviations()) {
        nb.add(a, e);
      }
      nb.add(e.name(), e);
    }
    return nb.build();
  }

  /**
   * The adjectives of the countries (السوري، الروسية), definite and indefinite (سوري، روسية), in
   * matching form, each with its country's ISO code.
   */
  public Map<String, String> demonyms() {
    return demonyms;
  }

  private static ImmutableMap<String, String> demonymsOf(Iterable<KbEntity> entities) {
    Map<String, String> out = new java.util.HashMap<>();
    ArabicNormalizer n = ArabicNormalizer.get();
    for (KbEntity e : entities) {
      Optional<String> code = e.countryCode();
      if (code.isEmpty()) {
        continue;
      }
      for (String d : e.demonyms()) {
        String form = n.matchingForm(d);
        out.putIfAbsent(form, code.get());
        if (form.startsWith("ال") && form.length() > 4) {
          out.putIfAbsent(form.substring(2), code.get()); // إسرائيلية
        }
      }
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Whether a one-word name (matching form, proclitics removed) is also an ordinary word of news
   * text (صور "pictures" and Tyre, بأول "in the first" and Powell): such a name is the entity
   * only where the context says so. The bundled list {@value #ORDINARY_WORDS} is decided from
   * word counts of real news by {@code io.khabar.train.BuildGazetteerKb}.
   */
  public boolean isOrdinaryWord(String form) {
    return ordinaryWords.contains(form);
  }

  /** Bundled list of names that are also ordinary words: {@code name<TAB>…}, {@code #} comments. */
  public static final String ORDINARY_WORDS = "ordinary-words.tsv";

  /** The bundled knowledge base (khabar-models data plus ICU countries), loaded once. */
  public static KnowledgeBase loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  private static final class DefaultHolder {
    static final KnowledgeBase INSTANCE = KbSnapshot.bundled()
        .map(KbSnapshot::knowledgeBase)
        .orElseGet(() -> builder().addDefault().build());
  }

  /** The ISO 3166 alpha-2 codes this knowledge base accepts as references ("SY"). */
  Set<String> countryCodes() {
    return countryCodes;
  }

  Set<String> ordinaryWords() {
    return ordinaryWords;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<KbEntity> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The country entity for an ISO alpha-2 code (any case). */
  public Optional<KbEntity> country(String isoCode) {
    return get("country-" + isoCode.toLowerCase(Locale.ROOT));
  }

  public Collection<KbEntity> entities() {
    return byKey.values();
  }

  public int size() {
    return byKey.size();
  }

  /** Where an entity was read from ("countries.jsonl:12", "ICU"), for messages. */
  public Optional<String> origin(String key) {
    return Optional.ofNullable(origins.get(key));
  }

  /**
   * All names (aliases, abbreviations, canonical Latin name) of all entities in one
   * {@link PhraseTrie}; an alias shared by several entities yields all of them.
   */
  public PhraseTrie<KbEntity> names() {
    return names;
  }

  /** People holding {@code role} of {@code of} on {@code date}, latest appointment first. */
  public List<KbEntity> holders(RoleType role, String of, LocalDate date) {
    return holders(role, of, Optional.empty(), date);
  }

  /**
   * As {@link #holders(RoleType, String, LocalDate)}, restricted to roles whose {@code for}
   * (envoys, ambassadors) is {@code forCountry} when given.
   */
  public List<KbEntity> holders(
      RoleType role, String of, Optional<String> forCountry, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return holdings.get(indexKey(role, of)).stream()
        .filter(h -> h.role().activeOn(date))
        .filter(h -> forCountry.isEmpty() || h.role().forCountry().equals(forCountry))
        .sorted(Comparator.comparing(
            (Holding h) -> h.role().from().orElse(LocalDate.MIN)).reversed())
        .map(Holding::person)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /** True when {@code of} names an ISO 3166 country ("SY") or an entity key. */
  public boolean isKnownReference(String of) {
    return countryCodes.contains(of) || byKey.containsKey(of);
  }

  /**
   * Problems that do not stop loading but mean bad data: dangling {@code of}/{@code for}/{@code
   * parent} references, unknown country codes, entities without an Arabic alias, aliases without
   * Arabic letters. Empty for good data.
   */
  public List<String> validate() {
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    for (KbEntity e : byKey.values()) {
      String where = origins.getOrDefault(e.key(), "?") + " [" + e.key() + "] ";
      if (e.aliases().isEmpty()) {
        problems.add(where + "no Arabic alias");
      }
      for (String a : e.aliases()) {
        if (!hasArabicLetter(a)) {
          problems.add(where + "alias '" + a + "' has no Arabic letter");
        }
      }
      e.country().filter(c -> !countryCodes.contains(c))
          .ifPresent(c -> problems.add(where + "unknown country code " + c));
      e.parent().filter(p -> !isKnownReference(p))
          .ifPresent(p -> problems.add(where + "unknown parent " + p));
      for (Role r : e.roles()) {
        if (!isKnownReference(r.of())) {
          problems.add(where + "role " + r.role() + " of unknown '" + r.of() + "'");
        }
        r.forCountry().filter(f -> !isKnownReference(f) && !ROLE_TOPICS.contains(f))
            .ifPresent(f -> problems.add(where + "role " + r.role() + " for unknown '" + f + "'"));
      }
    }
    return problems.build();
  }

  public static boolean hasArabicLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3') {
        return true;
      }
    }
    return false;
  }

  private String indexKey(RoleType role, String of) {
    return role.name() + '|' + canonicalReference(of);
  }

  /** "country-sy" and "sy" → "SY"; entity keys unchanged. */
  String canonicalReference(String of) {
    if (of.startsWith("country-") && of.length() == 10) {
      return of.substring(8).toUpperCase(Locale.ROOT);
    }
    if (of.length() == 2 && countryCodes.contains(of.toUpperCase(Locale.ROOT))
        && !Character.isLowerCase(of.charAt(0))) {
      return of.toUpperCase(Locale.ROOT);
    }
    return of;
  }

  /** Collects entities from files, streams and code. Not thread-safe; build once. */
  public static final class Builder {
    private final Map<String, KbEntity> icu = new LinkedHashMap<>();
    private final Map<String, KbEntity> records = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Set<String> ordinaryWords = new HashSet<>();

    private Builder() {}

    /** Names (any spelling) that are also ordinary words, see {@link #isOrdinaryWord}. */
    public Builder ordinaryWords(Iterable<String> names) {
      for (String n : names) {
        ordinaryWords.add(ArabicNormalizer.get().matchingForm(n).strip());
      }
      return this;
    }

    /** The bundled data: ICU countries and every file listed in {@code io/khabar/kb/index.txt}. */
    public Builder addDefault() {
      addIcuCountries();
      ClassLoader cl = KnowledgeBase.class.getClassLoader();
      List<String> files = new ArrayList<>();
      try (InputStream in = cl.getResourceAsStream(RESOURCE_DIR + "index.txt")) {
        if (in == null) {
          return this; // no models jar: countries only
        }
        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE_DIR + "index.txt", e);
      }
      for (String f : files) {
        addResource(f);
      }
      try (InputStream in = cl.getResourceAsStream(RESOURCE_DIR + ORDINARY_WORDS)) {
        if (in != null) {
          List<String> names = new ArrayList<>();
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            int tab = line.indexOf('\t');
            if (!line.startsWith("#") && tab > 0) {
              names.add(line.substring(0, tab));
            }
          }
          ordinaryWords(names);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE_DIR + ORDINARY_WORDS, e);
      }
      return this;
    }

    /** One bundled file, by name ({@code "organisations.jsonl"}), from {@code io/khabar/kb/}. */
    public Builder addResource(String fileName) {
      ClassLoader cl = KnowledgeBase.class.getClassLoader();
      try (InputStream in = cl.getResourceAsStream(RESOURCE_DIR + fileName)) {
        if (in == null) {
          throw new KbFormatException(fileName, 0, "no such resource " + RESOURCE_DIR + fileName);
        }
        return add(fileName, new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE_DIR + fileName, e);
      }
    }

    /** One {@code country-xx} entity per ISO 3166 region, from ICU4J locale data. */
    public Builder addIcuCountries() {
      for (KbEntity e : IcuCountries.all()) {
        icu.putIfAbsent(e.key(), e);
      }
      return this;
    }

    /** A JSONL file. */
    public Builder add(Path file) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return add(file.toString(), r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }

    /** JSONL from a reader; {@code sourceName} appears in error messages. Does not close it. */
    public Builder add(String sourceName, Reader reader) {
      KbReader.read(sourceName, reader, (e, line) -> put(e, sourceName + ":" + line, line));
      return this;
    }

    public Builder add(KbEntity entity) {
      put(entity, "code", 0);
      return this;
    }

    private void put(KbEntity e, String origin, int line) {
      String previous = origins.get(e.key());
      if (records.containsKey(e.key())) {
        throw new KbFormatException(origin.substring(0, Math.max(0, origin.lastIndexOf(':'))),
            line, "duplicate key '" + e.key() + "' (first at " + previous + ")");
      }
      records.put(e.key(), e);
      origins.put(e.key(), origin);
    }

    public KnowledgeBase build() {
      Map<String, KbEntity> all = new LinkedHashMap<>();
      Map<String, String> where = new LinkedHashMap<>();
      for (KbEntity e : icu.values()) {
        all.put(e.key(), e);
        where.put(e.key(), "ICU");
      }
      for (KbEntity e : records.values()) {
        KbEntity base = icu.get(e.key());
        all.put(e.key(), base == null ? e : merge(e, base));
        where.put(e.key(), origins.get(e.key()));
      }
      for (KbEntity e : StateBodies.generate(all.values())) {
        all.put(e.key(), e);
        where.put(e.key(), StateBodies.ORIGIN);
      }
      return new KnowledgeBase(all, where, ordinaryWords);
    }

    /** Record fields win; ICU's names are kept as extra aliases; the code fills {@code country}. */
    private static KbEntity merge(KbEntity record, KbEntity icu) {
      ImmutableList<String> aliases = Stream.concat(record.aliases().stream(), icu.aliases().stream())
          .distinct()
          .collect(ImmutableList.toImmutableList());
      return new KbEntity(
          record.key(),
          record.type(),
          record.name(),
          record.wikidata(),
          aliases,
          record.abbreviations(),
          record.country().or(icu::country),
          record.roles(),
          record.parent(),
          record.subtype().or(icu::subtype),
          record.demonyms());
    }
  }
}
