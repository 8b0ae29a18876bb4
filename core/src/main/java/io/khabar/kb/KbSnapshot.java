package io.khabar.kb;

import com.google.common.collect.ImmutableList;
import io.khabar.pack.PackedReader;
import io.khabar.pack.PackedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled knowledge base and title lexicon in packed form ({@link PackedWriter}), computed at
 * build time so that a cold start reads tables instead of parsing JSON lines, asking ICU for
 * every country's names and normalising and hashing some hundred thousand phrases.
 *
 * <p>The core build writes the two files ({@link #KB_RESOURCE}, {@link #TITLES_RESOURCE}) into
 * its classes with {@code io.khabar.pack.PackResources}, from the same data and code that
 * {@code KnowledgeBase.builder().addDefault().build()} and {@code TitleResolver.create} use, and
 * loading them gives equal entities, origins and tries (checked by {@code KbSnapshotTest}). Each
 * file carries a checksum of the source data it was computed from (every file in the
 * knowledge-base index, the ordinary-word list, the ICU version); when the data on the class
 * path differs (a models jar from another build) or a file is missing, the defaults are built
 * from the data as before.
 */
public final class KbSnapshot {

  private static final Logger LOG = LoggerFactory.getLogger(KbSnapshot.class);

  /** Class-path location of the packed knowledge base. */
  public static final String KB_RESOURCE = "io/khabar/pack/kb.packed";
  /** Class-path location of the packed title and destination tries. */
  public static final String TITLES_RESOURCE = "io/khabar/pack/titles.packed";

  private static final String KB_TAG = "khabar-kb/1";
  private static final String TITLES_TAG = "khabar-titles/1";
  private static final int NONE = -1;
  private static final int NO_DATE = Integer.MIN_VALUE;

  private final KnowledgeBase kb;

  private KbSnapshot(KnowledgeBase kb) {
    this.kb = kb;
  }

  KnowledgeBase knowledgeBase() {
    return kb;
  }

  /** The packed default knowledge base, if the class path has a current one. Read once. */
  static Optional<KbSnapshot> bundled() {
    return Bundled.KB;
  }

  /**
   * The title resolver over the packed default knowledge base, if there is one and a current
   * packed title lexicon. Read on each call (callers keep the result).
   */
  static Optional<TitleResolver> bundledTitles() {
    if (Bundled.KB.isEmpty()) {
      return Optional.empty();
    }
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    if (kb != Bundled.KB.get().kb) {
      return Optional.empty();
    }
    return resource(TITLES_RESOURCE).flatMap(bytes -> {
      PackedReader in = new PackedReader(bytes);
      in.expect(TITLES_TAG);
      if (in.readLong() != Bundled.SOURCES) {
        return Optional.empty();
      }
      String[] strings = in.readStrings();
      int[] senses = in.readInts();
      List<TitleSense> values = new ArrayList<>(senses.length / 3);
      for (int i = 0; i < senses.length; i += 3) {
        values.add(new TitleSense(
            senses[i] == NONE ? Optional.empty() : Optional.of(RoleType.values()[senses[i]]),
            strings[senses[i + 1]], optional(strings, senses[i + 2])));
      }
      PhraseTrie<TitleSense> titles = PhraseTrie.read(in, values::get);
      int[] dests = in.readInts();
      List<TitleResolver.Destination> destinations = new ArrayList<>(dests.length / 2);
      for (int i = 0; i < dests.length; i += 2) {
        destinations.add(new TitleResolver.Destination(strings[dests[i]], dests[i + 1] != 0));
      }
      PhraseTrie<TitleResolver.Destination> d = PhraseTrie.read(in, destinations::get);
      return Optional.of(new TitleResolver(kb, titles, d));
    });
  }

  private static final class Bundled {
    static final long SOURCES = sourcesChecksum();
    static final Optional<KbSnapshot> KB = readKb();
  }

  /** The knowledge base read from the packed file, once read (not read for asking). */
  private static volatile KnowledgeBase packedKb;

  /**
   * Whether {@code kb} is the knowledge base of the current packed file, so that indexes packed
   * with it (PlaceNames) fit it. Does not read the packed file when it has not been read.
   */
  static boolean isBundled(KnowledgeBase kb) {
    return kb != null && kb == packedKb;
  }

  /** The checksum of the bundled knowledge base's data, which packed indexes are keyed by. */
  static long bundledSources() {
    return Bundled.SOURCES;
  }

  private static Optional<KbSnapshot> readKb() {
    return resource(KB_RESOURCE).flatMap(bytes -> {
      PackedReader in = new PackedReader(bytes);
      in.expect(KB_TAG);
      if (in.readLong() != Bundled.SOURCES) {
        LOG.debug("{} was computed from other data: building the knowledge base", KB_RESOURCE);
        return Optional.empty();
      }
      KbSnapshot snapshot = new KbSnapshot(readKnowledgeBase(in));
      packedKb = snapshot.kb;
      return Optional.of(snapshot);
    });
  }

  private static KnowledgeBase readKnowledgeBase(PackedReader in) {
    String[] s = in.readStrings();
    int[] f = in.readInts();
    int n = in.readInt();
    List<KbEntity> entities = new ArrayList<>(n);
    Map<String, KbEntity> byKey = new LinkedHashMap<>(2 * n);
    Map<String, String> origins = new LinkedHashMap<>(2 * n);
    int at = 0;
    EntityType[] types = EntityType.values();
    RoleType[] roleTypes = RoleType.values();
    for (int e = 0; e < n; e++) {
      String key = s[f[at++]];
      EntityType type = types[f[at++]];
      String name = s[f[at++]];
      Optional<String> wikidata = optional(s, f[at++]);
      Optional<String> country = optional(s, f[at++]);
      Optional<String> parent = optional(s, f[at++]);
      Optional<String> subtype = optional(s, f[at++]);
      String origin = s[f[at++]];
      ImmutableList<String> aliases = strings(s, f, at);
      at += 1 + f[at];
      ImmutableList<String> abbreviations = strings(s, f, at);
      at += 1 + f[at];
      ImmutableList<String> demonyms = strings(s, f, at);
      at += 1 + f[at];
      int nRoles = f[at++];
      ImmutableList.Builder<Role> roles = ImmutableList.builderWithExpectedSize(nRoles);
      for (int r = 0; r < nRoles; r++) {
        roles.add(new Role(roleTypes[f[at]], s[f[at + 1]], optional(s, f[at + 2]),
            optional(s, f[at + 3]), date(f[at + 4]), date(f[at + 5])));
        at += 6;
      }
      KbEntity entity = new KbEntity(key, type, name, wikidata, aliases, abbreviations, country,
          roles.build(), parent, subtype, demonyms);
      entities.add(entity);
      byKey.put(key, entity);
      origins.put(key, origin);
    }
    Set<String> ordinary = new HashSet<>();
    for (int i : in.readInts()) {
      ordinary.add(s[i]);
    }
    Set<String> codes = new HashSet<>();
    for (int i : in.readInts()) {
      codes.add(s[i]);
    }
    PhraseTrie<KbEntity> names = PhraseTrie.read(in, entities::get);
    return new KnowledgeBase(byKey, origins, ordinary, names, codes);
  }

  private static Optional<String> optional(String[] strings, int index) {
    return index == NONE ? Optional.empty() : Optional.of(strings[index]);
  }

  private static ImmutableList<String> strings(String[] strings, int[] f, int at) {
    int count = f[at];
    if (count == 0) {
      return ImmutableList.of();
    }
    String[] out = new String[count];
    for (int k = 0; k < count; k++) {
      out[k] = strings[f[at + 1 + k]];
    }
    return ImmutableList.copyOf(out);
  }

  private static Optional<LocalDate> date(int epochDay) {
    return epochDay == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  /**
   * Writes the packed default knowledge base and title lexicon, and the name-token lexicon and
   * place-name index that go with them, into {@code classesDir}, built from the data on the
   * class path exactly as when no packed form exists.
   */
  public static void writeDefault(Path classesDir) throws IOException {
    KnowledgeBase kb = KnowledgeBase.builder().addDefault().build();
    long sources = sourcesChecksum();
    write(classesDir.resolve(KB_RESOURCE), kbBytes(kb, sources));
    write(classesDir.resolve(TITLES_RESOURCE), titlesBytes(TitleResolver.create(kb), sources));
    NameTokens.writeDefault(classesDir);
    PlaceNames.writeDefault(classesDir, kb, sources);
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes);
    }
  }

  /** The packed form of {@code kb} (package-private for tests). */
  static byte[] kbBytes(KnowledgeBase kb, long sources) {
    Strings s = new Strings();
    List<Integer> f = new ArrayList<>();
    Map<KbEntity, Integer> index = new HashMap<>();
    List<KbEntity> entities = new ArrayList<>(kb.entities());
    for (KbEntity e : entities) {
      index.putIfAbsent(e, index.size());
      f.add(s.id(e.key()));
      f.add(e.type().ordinal());
      f.add(s.id(e.name()));
      f.add(s.id(e.wikidata()));
      f.add(s.id(e.country()));
      f.add(s.id(e.parent()));
      f.add(s.id(e.subtype()));
      f.add(s.id(kb.origin(e.key()).orElseThrow()));
      for (List<String> list : List.of(e.aliases(), e.abbreviations(), e.demonyms())) {
        f.add(list.size());
        list.forEach(x -> f.add(s.id(x)));
      }
      f.add(e.roles().size());
      for (Role r : e.roles()) {
        f.add(r.role().ordinal());
        f.add(s.id(r.of()));
        f.add(s.id(r.forCountry()));
        f.add(s.id(r.portfolio()));
        f.add(r.from().map(d -> Math.toIntExact(d.toEpochDay())).orElse(NO_DATE));
        f.add(r.to().map(d -> Math.toIntExact(d.toEpochDay())).orElse(NO_DATE));
      }
    }
    int[] ordinary = kb.ordinaryWords().stream().sorted().mapToInt(s::id).toArray();
    int[] codes = kb.countryCodes().stream().sorted().mapToInt(s::id).toArray();
    PackedWriter out = new PackedWriter().writeTag(KB_TAG).writeLong(sources);
    out.writeStrings(s.all);
    out.writeInts(f.stream().mapToInt(Integer::intValue).toArray());
    out.writeInt(entities.size());
    out.writeInts(ordinary).writeInts(codes);
    // an entity equal to another (never in the data: keys are unique) would share its index
    kb.names().writeTo(out, index::get);
    return out.toByteArray();
  }

  /** The packed form of {@code titles}' tries (package-private for tests). */
  static byte[] titlesBytes(TitleResolver titles, long sources) {
    Strings s = new Strings();
    Map<TitleSense, Integer> senseIndex = new LinkedHashMap<>();
    List<Integer> senses = new ArrayList<>();
    collect(titles.titles(), senseIndex, sense -> {
      senses.add(sense.role().map(Enum::ordinal).orElse(NONE));
      senses.add(s.id(sense.of()));
      senses.add(s.id(sense.forCountry()));
    });
    Map<TitleResolver.Destination, Integer> destIndex = new LinkedHashMap<>();
    List<Integer> dests = new ArrayList<>();
    collect(titles.destinations(), destIndex, d -> {
      dests.add(s.id(d.code()));
      dests.add(d.bare() ? 1 : 0);
    });
    PackedWriter out = new PackedWriter().writeTag(TITLES_TAG).writeLong(sources);
    out.writeStrings(s.all);
    out.writeInts(senses.stream().mapToInt(Integer::intValue).toArray());
    titles.titles().writeTo(out, senseIndex::get);
    out.writeInts(dests.stream().mapToInt(Integer::intValue).toArray());
    titles.destinations().writeTo(out, destIndex::get);
    return out.toByteArray();
  }

  /** Numbers the distinct values of {@code trie} in first-seen order, describing each once. */
  private static <V> void collect(PhraseTrie<V> trie, Map<V, Integer> index,
      java.util.function.Consumer<V> describe) {
    trie.writeTo(new PackedWriter(), v -> {
      Integer i = index.get(v);
      if (i == null) {
        i = index.size();
        index.put(v, i);
        describe.accept(v);
      }
      return i;
    });
  }

  /** Distinct strings, numbered in first-seen order. */
  private static final class Strings {
    final List<String> all = new ArrayList<>();
    final Map<String, Integer> ids = new HashMap<>();

    int id(String x) {
      return ids.computeIfAbsent(x, k -> {
        all.add(k);
        return all.size() - 1;
      });
    }

    int id(Optional<String> x) {
      return x.map(this::id).orElse(NONE);
    }
  }

  /**
   * A checksum of the data the default knowledge base is built from: the index, every file it
   * lists, the ordinary-word list, and the ICU version (the countries' names come from ICU).
   */
  static long sourcesChecksum() {
    CRC32 crc = new CRC32();
    ClassLoader cl = KbSnapshot.class.getClassLoader();
    byte[] index = bytes(cl, KnowledgeBase.RESOURCE_DIR + "index.txt");
    if (index == null) {
      return 0;
    }
    crc.update(index);
    for (String line : new String(index, StandardCharsets.UTF_8).split("\n")) {
      String f = line.strip();
      if (!f.isEmpty() && !f.startsWith("#")) {
        byte[] data = bytes(cl, KnowledgeBase.RESOURCE_DIR + f);
        crc.update(data == null ? new byte[] {0} : data);
      }
    }
    byte[] ordinary = bytes(cl, KnowledgeBase.RESOURCE_DIR + KnowledgeBase.ORDINARY_WORDS);
    crc.update(ordinary == null ? new byte[] {0} : ordinary);
    crc.update(com.ibm.icu.util.VersionInfo.ICU_VERSION.toString()
        .getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  private static Optional<byte[]> resource(String name) {
    return Optional.ofNullable(bytes(KbSnapshot.class.getClassLoader(), name));
  }

  private static byte[] bytes(ClassLoader cl, String name) {
    try (InputStream in = cl.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
