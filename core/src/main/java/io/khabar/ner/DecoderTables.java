package io.khabar.ner;

import io.khabar.pack.PackedReader;
import io.khabar.pack.PackedWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The read-only tables of a perceptron BIO name-finder model that {@link NameDecoder} scores
 * with, shared by all threads' decoders.
 *
 * <p>The predicates are kept in the model's own order: each one's hash ({@link String#hashCode}),
 * its chars in one array, and its outcomes and parameters in two flat arrays. An open-addressing
 * table finds a feature: a look-up reads one slot instead of a bucket, a node and a context with
 * two arrays of its own, and most features a decoder builds are absent from the model. The
 * tables are larger than the processor's caches, so a look-up is laid out for few memory reads:
 * the slots' hashes are an int array of their own (an absent feature reads one slot hash, most
 * often an empty one), and the slot's other ints say where the predicate's chars and parameters
 * are (a found feature then reads its chars and parameters, not also a String, its array and a
 * per-predicate index). Each feature adds its parameters in the model's order, as the perceptron does, so the
 * sums are the same to the last bit.
 *
 * <p>The tables come from a loaded OpenNLP model ({@link #of}) or from their packed form
 * ({@link #read}), which the build writes for the bundled model ({@link PackedNameModel}): the
 * packed form loads with a few bulk copies, where OpenNLP's reader decodes every predicate and
 * parameter one by one into a map of contexts that these tables then copy.
 */
final class DecoderTables {

  private static final String PACKED_TAG = "khabar-decoder-tables/1";
  private static final String OTHER = "other";

  private final int[] hashes;
  private final int[] keyEnds; // per predicate: where its chars end in keyChars
  private final char[] keyChars;
  private final int[] firstParameter; // per predicate, and one past the last
  private final byte[] flatOutcomes;
  private final double[] flatParameters;
  /** Per slot, its predicate's key hash ({@link #slotHash}), 0 for an empty slot. */
  private final int[] slotHashes;
  /** {@link #SLOT} ints per slot: key start in keyChars, key length, first parameter, count. */
  private final int[] slots;
  private static final int SLOT = 4;
  private final int shift;
  private final int mask;
  final String[] outcomes;
  final String[] types; // per outcome: entity type, or null for other
  final boolean[] isStart;
  final boolean[] isCont;
  final int other;
  final double[][] ppo; // [previous-previous outcome or outcomes.length for "other"][outcome]
  private final Supplier<AdaptiveFeatureGenerator> featureGenerators;

  private DecoderTables(int[] hashes, int[] keyEnds, char[] keyChars, int[] firstParameter,
      byte[] flatOutcomes, double[] flatParameters, String[] outcomes,
      Supplier<AdaptiveFeatureGenerator> featureGenerators) {
    this.hashes = hashes;
    this.keyEnds = keyEnds;
    this.keyChars = keyChars;
    this.firstParameter = firstParameter;
    this.flatOutcomes = flatOutcomes;
    this.flatParameters = flatParameters;
    this.outcomes = outcomes;
    this.featureGenerators = featureGenerators;
    int bits = 2;
    while ((1 << bits) < 2 * hashes.length) {
      bits++;
    }
    shift = 32 - bits;
    mask = (1 << bits) - 1;
    slotHashes = new int[1 << bits];
    slots = new int[SLOT << bits];
    for (int p = 0; p < hashes.length; p++) {
      int slot = slotOf(hashes[p]);
      while (slotHashes[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      int at = SLOT * slot;
      int start = p == 0 ? 0 : keyEnds[p - 1];
      slotHashes[slot] = slotHash(hashes[p]);
      slots[at] = start;
      slots[at + 1] = keyEnds[p] - start;
      slots[at + 2] = firstParameter[p];
      slots[at + 3] = firstParameter[p + 1] - firstParameter[p];
    }
    int n = outcomes.length;
    types = new String[n];
    isStart = new boolean[n];
    isCont = new boolean[n];
    int o = -1;
    for (int i = 0; i < n; i++) {
      String s = outcomes[i];
      if (s.endsWith("-" + BioCodec.START)) {
        isStart[i] = true;
        types[i] = s.substring(0, s.length() - BioCodec.START.length() - 1);
      } else if (s.endsWith("-" + BioCodec.CONTINUE)) {
        isCont[i] = true;
        types[i] = s.substring(0, s.length() - BioCodec.CONTINUE.length() - 1);
      } else if (s.equals(BioCodec.OTHER)) {
        o = i;
      }
    }
    this.other = o;
    ppo = new double[n + 1][n];
    for (int q = 0; q <= n; q++) {
      add(ppo[q], "ppo=" + (q == n ? OTHER : outcomes[q]));
    }
  }

  /**
   * The tables of {@code model}, or empty when it is not a perceptron BIO model (or has more
   * outcomes than a byte numbers).
   */
  @SuppressWarnings("unchecked")
  static Optional<DecoderTables> of(TokenNameFinderModel model) {
    Object m = model.getArtifact("nameFinder.model");
    if (!(m instanceof AbstractModel am)
        || am.getModelType() != AbstractModel.ModelType.Perceptron
        || !(model.getSequenceCodec() instanceof BioCodec)) {
      return Optional.empty();
    }
    Object[] ds = am.getDataStructures();
    Map<String, Context> pmap = (Map<String, Context>) ds[1];
    String[] outcomes = (String[]) ds[2];
    if (outcomes.length > Byte.MAX_VALUE) {
      return Optional.empty();
    }
    int n = pmap.size();
    int[] hashes = new int[n];
    int[] keyEnds = new int[n];
    int[] first = new int[n + 1];
    StringBuilder chars = new StringBuilder();
    List<Context> contexts = new ArrayList<>(n);
    int p = 0;
    int total = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      hashes[p] = e.getKey().hashCode();
      chars.append(e.getKey());
      keyEnds[p] = chars.length();
      first[p] = total;
      total += e.getValue().getOutcomes().length;
      contexts.add(e.getValue());
      p++;
    }
    first[n] = total;
    byte[] flatOutcomes = new byte[total];
    double[] flatParameters = new double[total];
    for (int i = 0; i < n; i++) {
      int[] os = contexts.get(i).getOutcomes();
      double[] ps = contexts.get(i).getParameters();
      for (int k = 0; k < os.length; k++) {
        flatOutcomes[first[i] + k] = (byte) os[k];
        flatParameters[first[i] + k] = ps[k];
      }
    }
    char[] keyChars = new char[chars.length()];
    chars.getChars(0, keyChars.length, keyChars, 0);
    return Optional.of(new DecoderTables(hashes, keyEnds, keyChars, first, flatOutcomes,
        flatParameters, outcomes, model.getFactory()::createFeatureGenerators));
  }

  /** Tables written by {@link #writeTo}, with the model's feature generators from {@code generators}. */
  static DecoderTables read(PackedReader in, Supplier<AdaptiveFeatureGenerator> generators) {
    in.expect(PACKED_TAG);
    String[] outcomes = in.readStrings();
    int[] hashes = in.readInts();
    int[] keyEnds = in.readInts();
    char[] keyChars = in.readChars();
    int[] first = in.readInts();
    byte[] flatOutcomes = in.readBytes();
    double[] flatParameters = in.readDoubles();
    return new DecoderTables(hashes, keyEnds, keyChars, first, flatOutcomes, flatParameters,
        outcomes, generators);
  }

  /** Writes the predicate tables (not the feature generators) for {@link #read}. */
  void writeTo(PackedWriter out) {
    out.writeTag(PACKED_TAG);
    out.writeStrings(List.of(outcomes));
    out.writeInts(hashes);
    out.writeInts(keyEnds);
    out.writeChars(keyChars);
    out.writeInts(firstParameter);
    out.writeBytes(flatOutcomes);
    out.writeDoubles(flatParameters);
  }

  /** A new instance of the model's feature generators (they keep per-sentence state). */
  AdaptiveFeatureGenerator createFeatureGenerators() {
    return featureGenerators.get();
  }

  void add(double[] act, String feature) {
    addParameters(feature, act, 0);
  }

  /** Adds {@code feature}'s parameters per outcome to {@code v[base + outcome]}. */
  void addParameters(String feature, double[] v, int base) {
    int h = feature.hashCode();
    int stored = slotHash(h);
    int slot = slotOf(h);
    while (true) {
      int sh = slotHashes[slot];
      if (sh == 0) {
        return; // not a predicate of the model
      }
      int at = SLOT * slot;
      if (sh == stored && keyEquals(slots[at], slots[at + 1], feature)) {
        addFound(at, v, base);
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Adds the parameters of the predicate found at slot offset {@code at}. */
  private void addFound(int at, double[] v, int base) {
    for (int k = slots[at + 2], end = k + slots[at + 3]; k < end; k++) {
      v[base + flatOutcomes[k]] += flatParameters[k];
    }
  }

  /** A key hash as a slot keeps it: never 0, which marks an empty slot (keys are compared). */
  private static int slotHash(int hash) {
    return hash == 0 ? 1 : hash;
  }

  /**
   * {@link #addParameters(String, double[], int)} of the feature {@code prefix + a + separator
   * + b}, without building it: its hash is folded from the pieces' own (cached for the strings a
   * decoder holds), and a found key is compared piece by piece.
   */
  void addParameters(String prefix, String a, String separator, String b, double[] v,
      int base) {
    int h = prefix.hashCode();
    h = h * pow31(a.length()) + a.hashCode();
    h = h * pow31(separator.length()) + separator.hashCode();
    h = h * pow31(b.length()) + b.hashCode();
    int length = prefix.length() + a.length() + separator.length() + b.length();
    int stored = slotHash(h);
    int slot = slotOf(h);
    while (true) {
      int sh = slotHashes[slot];
      if (sh == 0) {
        return; // not a predicate of the model
      }
      int at = SLOT * slot;
      if (sh == stored && slots[at + 1] == length
          && keyEquals(slots[at], prefix, a, separator, b)) {
        addFound(at, v, base);
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** 31 to the {@code n}: {@link String#hashCode} of {@code x + y} is {@code hash(x) * 31^|y| + hash(y)}. */
  private static int pow31(int n) {
    int p = 1;
    int x = 31;
    for (int e = n; e > 0; e >>= 1) {
      if ((e & 1) != 0) {
        p *= x;
      }
      x *= x;
    }
    return p;
  }

  /** Whether the key chars from {@code start} are the pieces in order (lengths equal). */
  private boolean keyEquals(int start, String p, String a, String s, String b) {
    int at = matchAt(start, p);
    at = at < 0 ? -1 : matchAt(at, a);
    at = at < 0 ? -1 : matchAt(at, s);
    return at >= 0 && matchAt(at, b) >= 0;
  }

  /** Where the key chars after {@code piece} at {@code start} begin, or -1 if they differ. */
  private int matchAt(int start, String piece) {
    char[] chars = keyChars;
    for (int i = 0, n = piece.length(); i < n; i++) {
      if (chars[start + i] != piece.charAt(i)) {
        return -1;
      }
    }
    return start + piece.length();
  }

  private boolean keyEquals(int start, int length, String feature) {
    if (length != feature.length()) {
      return false;
    }
    char[] chars = keyChars;
    for (int i = 0; i < length; i++) {
      if (chars[start + i] != feature.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Fibonacci hashing: the top bits of the product spread String's weak low bits. */
  private int slotOf(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
