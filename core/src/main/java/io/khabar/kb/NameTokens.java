package io.khabar.kb;

import io.khabar.pack.PackedReader;
import io.khabar.pack.PackedWriter;
import io.khabar.pack.SourceChecksum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The name-token lexicon of {@link NameTransliterator} ({@code arabic<TAB>English} lines, the
 * last line of a word winning), with its fallback under {@linkplain SpellingVariants spelling
 * variants}: a word news spells otherwise than the lexicon (هوكينج beside هوكينغ) takes the
 * English spelling of the lexicon's words that share its variant key, when they share one. Both
 * are {@link StringTable}s, which load from the packed form the build writes ({@link #PACKED})
 * by a few array copies, or are computed from the text when that form is missing or was made
 * from another file. Immutable and thread-safe.
 */
final class NameTokens {

  static final String PACKED = "io/khabar/pack/name-tokens.packed";
  private static final String TAG = "khabar-name-tokens/2";
  private static final String SOURCE = NameTransliterator.NAME_TOKENS.substring(1);

  static final NameTokens EMPTY = of(Map.of());

  private final StringTable exact;
  private final StringTable variants;

  private NameTokens(StringTable exact, StringTable variants) {
    this.exact = exact;
    this.variants = variants;
  }

  static NameTokens of(Map<String, String> entries) {
    return new NameTokens(StringTable.of(entries),
        StringTable.of(SpellingVariants.table(entries, SpellingVariants::key)));
  }

  /** The bundled lexicon: packed if current, else read from its text; empty without it. */
  static NameTokens loadDefault() {
    ClassLoader cl = NameTokens.class.getClassLoader();
    byte[] packed = SourceChecksum.bytes(cl, PACKED);
    if (packed != null) {
      PackedReader in = new PackedReader(packed);
      in.expect(TAG);
      if (in.readLong() == SourceChecksum.of(cl, SOURCE)) {
        return new NameTokens(StringTable.read(in), StringTable.read(in));
      }
    }
    byte[] text = SourceChecksum.bytes(cl, SOURCE);
    return text == null ? EMPTY : of(parse(new String(text, StandardCharsets.UTF_8)));
  }

  /** Writes the packed form of the bundled lexicon into {@code classesDir}. */
  static void writeDefault(Path classesDir) throws IOException {
    ClassLoader cl = NameTokens.class.getClassLoader();
    byte[] text = SourceChecksum.bytes(cl, SOURCE);
    if (text == null) {
      return;
    }
    NameTokens t = of(parse(new String(text, StandardCharsets.UTF_8)));
    PackedWriter out = new PackedWriter().writeTag(TAG).writeLong(SourceChecksum.of(cl, SOURCE));
    t.exact.writeTo(out);
    t.variants.writeTo(out);
    Path file = classesDir.resolve(PACKED);
    Files.createDirectories(file.getParent());
    Files.write(file, out.toByteArray());
  }

  /** {@code arabic<TAB>English} lines; a word listed again takes the later spelling. */
  static Map<String, String> parse(String all) {
    Map<String, String> out = new LinkedHashMap<>(64 * 1024);
    int at = 0;
    while (at < all.length()) {
      int tab = all.indexOf('\t', at);
      int nl = all.indexOf('\n', at);
      if (nl < 0) {
        nl = all.length();
      }
      if (tab > at && tab < nl) {
        out.put(all.substring(at, tab), all.substring(tab + 1, nl));
      }
      at = nl + 1;
    }
    return out;
  }

  int size() {
    return exact.size();
  }

  boolean contains(String key) {
    return exact.contains(key);
  }

  /** The English spelling listed for {@code key} (empty: listed without one), or null. */
  String get(String key) {
    return exact.get(key);
  }

  /** The English spelling listed for the word {@code key} (matching form), or null. */
  String ownSpelling(String key) {
    String own = exact.get(key);
    return own == null || own.isEmpty() ? null : own;
  }

  /**
   * The English spelling of the word {@code key} (matching form): its own, else the one the
   * words of its variant key share; null when neither gives one.
   */
  String spelling(String key) {
    String own = ownSpelling(key);
    return own != null ? own : variants.get(SpellingVariants.key(key));
  }
}
