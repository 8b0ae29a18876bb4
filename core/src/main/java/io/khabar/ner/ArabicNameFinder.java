package io.khabar.ner;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Statistical Arabic name recogniser over whitespace/clitic tokens, backed by an OpenNLP {@link
 * TokenNameFinderModel} (the bundled model, a perceptron) trained with {@link
 * ArabicFeatureGenerator}, or by a {@link SentenceTagger} from elsewhere (experiments).
 *
 * <p>Thread-safe: the model is loaded once and shared; each thread gets its own decoder (which
 * keeps per-sentence state and is not thread-safe) through a {@link ThreadLocal}, because building
 * one re-parses the feature descriptor. Each {@link #find} call is independent of the previous
 * ones; {@link #findInDocument} lets the sentences of one document inform each other.
 *
 * <p>The bundled model loads from the packed tables the build computes from it ({@link
 * PackedNameModel}); the OpenNLP model itself is then read only if {@link #model()} or {@link
 * #withOpenNlpDecoder()} asks for it.
 *
 * <p>Perceptron BIO models whose feature
 * generators are all outcome-independent are decoded by {@link NameDecoder}, which generates each
 * token's features once instead of once per beam hypothesis; other OpenNLP models, or {@link
 * #withOpenNlpDecoder()}, by OpenNLP's NameFinderME.
 */
public final class ArabicNameFinder {

  /** Class-path location of the bundled model (module {@code models}). */
  public static final String DEFAULT_MODEL = "/io/khabar/models/ner-ar.bin";

  private static volatile ArabicNameFinder defaultInstance;

  private final Supplier<TokenNameFinderModel> model; // null for an external tagger
  private final ThreadLocal<NameFinderME> finders;
  private final ThreadLocal<NameDecoder> decoders; // null: decode with NameFinderME
  private final ThreadLocal<SentenceTagger> external; // null: an OpenNLP model

  private ArabicNameFinder(TokenNameFinderModel model, boolean fast) {
    this(() -> model, fast ? NameDecoder.tables(model).orElse(null) : null);
  }

  /**
   * @param model the OpenNLP model, read on first use only (NameFinderME and {@link #model()})
   * @param tables the decoder's tables, or null to decode with NameFinderME
   */
  private ArabicNameFinder(Supplier<TokenNameFinderModel> model, DecoderTables tables) {
    this.model = Suppliers.memoize(model::get);
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(this.model.get()));
    this.decoders = tables == null ? null
        : ThreadLocal.withInitial(() -> NameDecoder.create(tables).orElseThrow());
    this.external = null;
  }

  /**
   * A finder over the packed tables of the bundled model ({@link PackedNameModel}); the OpenNLP
   * model itself is read only if asked for.
   */
  static ArabicNameFinder packed(DecoderTables tables) {
    return new ArabicNameFinder(ArabicNameFinder::readDefaultModel, tables);
  }

  private ArabicNameFinder(TokenNameFinderModel model) {
    this(model, true);
  }

  private ArabicNameFinder(java.util.function.Supplier<? extends SentenceTagger> taggers) {
    this.model = null;
    this.finders = null;
    this.decoders = null;
    taggers.get(); // fail here, not in the first find, on a bad model
    this.external = ThreadLocal.withInitial(taggers);
  }

  /**
   * The same model decoded by OpenNLP's NameFinderME, for comparison with the default decoder
   * (benchmarks, evaluation).
   *
   * @throws UnsupportedOperationException for an external tagger, which OpenNLP cannot decode
   */
  public ArabicNameFinder withOpenNlpDecoder() {
    if (model == null) {
      throw new UnsupportedOperationException("an external tagger has no OpenNLP decoder");
    }
    return new ArabicNameFinder(model.get(), false);
  }

  /** Whether {@link #find} uses a decoder of its own (external or per-token), not NameFinderME. */
  public boolean fastDecoder() {
    return decoders != null || external != null;
  }

  /** Whether the names come from an external {@link SentenceTagger}. */
  public boolean isExternal() {
    return external != null;
  }

  public static ArabicNameFinder of(TokenNameFinderModel model) {
    return new ArabicNameFinder(model);
  }

  /**
   * A finder whose sentences are decoded by taggers from {@code taggers}, one per thread; names
   * pass through {@link GivenNameExtension} and {@link #findInDocument}'s consistency pass as
   * the bundled model's do.
   */
  public static ArabicNameFinder of(java.util.function.Supplier<? extends SentenceTagger> taggers) {
    return new ArabicNameFinder(taggers);
  }

  /** Reads an OpenNLP name finder model; the stream is not closed. */
  public static ArabicNameFinder load(InputStream in) throws IOException {
    return new ArabicNameFinder(new TokenNameFinderModel(new NonClosing(in)));
  }

  /** Whether the bundled model is on the class path. */
  public static boolean defaultModelAvailable() {
    return ArabicNameFinder.class.getResource(DEFAULT_MODEL) != null;
  }

  /**
   * The bundled model, loaded on first use and shared.
   *
   * @throws IOException if the model is missing or unreadable
   */
  public static ArabicNameFinder loadDefault() throws IOException {
    ArabicNameFinder f = defaultInstance;
    if (f == null) {
      synchronized (ArabicNameFinder.class) {
        f = defaultInstance;
        if (f == null) {
          Optional<DecoderTables> packed = PackedNameModel.readDefault();
          try {
            f = packed.isPresent() ? packed(packed.get())
                : new ArabicNameFinder(readDefaultModel());
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
          defaultInstance = f;
        }
      }
    }
    return f;
  }

  /** The OpenNLP model, or null for an external tagger. */
  public TokenNameFinderModel model() {
    return model == null ? null : model.get();
  }

  private static TokenNameFinderModel readDefaultModel() {
    try (InputStream in = ArabicNameFinder.class.getResourceAsStream(DEFAULT_MODEL)) {
      if (in == null) {
        throw new IOException("bundled NER model not found on class path: " + DEFAULT_MODEL);
      }
      return new TokenNameFinderModel(new BufferedInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled name-finder model", e);
    }
  }

  /** Names in one sentence; token ranges index into {@code tokens}. Null tokens count as empty. */
  public List<NameSpan> find(String[] tokens) {
    if (external != null) {
      return decodeWith(external.get(), tokens);
    }
    if (decoders != null) {
      return decodeWith(decoders.get(), tokens);
    }
    NameFinderME finder = finders.get();
    try {
      return findWith(finder, tokens);
    } finally {
      finder.clearAdaptiveData();
    }
  }

  /**
   * Names in each sentence of one document, in order; the result has one list per sentence. Each
   * sentence is tagged alone, then {@link DocumentConsistency} tags the untagged repetitions of
   * names found elsewhere in the document.
   */
  public List<List<NameSpan>> findInDocument(List<String[]> sentences) {
    return DocumentConsistency.apply(sentences, findEach(sentences));
  }

  /** Names in each sentence, each tagged alone (adaptive features aside), without consistency. */
  public List<List<NameSpan>> findEach(List<String[]> sentences) {
    ImmutableList.Builder<List<NameSpan>> out = ImmutableList.builder();
    if (external != null) {
      SentenceTagger d = external.get();
      for (String[] s : sentences) {
        out.add(decodeWith(d, s));
      }
      return out.build();
    }
    if (decoders != null) { // no adaptive features: the sentences are independent
      NameDecoder d = decoders.get();
      for (String[] s : sentences) {
        out.add(decodeWith(d, s));
      }
      return out.build();
    }
    NameFinderME finder = finders.get();
    try {
      for (String[] s : sentences) {
        out.add(findWith(finder, s));
      }
    } finally {
      finder.clearAdaptiveData();
    }
    return out.build();
  }

  private static List<NameSpan> decodeWith(NameDecoder decoder, String[] tokens) {
    return decodeWith((SentenceTagger) decoder::decode, tokens);
  }

  private static List<NameSpan> decodeWith(SentenceTagger decoder, String[] tokens) {
    if (tokens == null || tokens.length == 0) {
      return List.of();
    }
    String[] clean = withoutNulls(tokens);
    return ImmutableList.copyOf(GivenNameExtension.apply(clean, decoder.decode(clean)));
  }

  private static String[] withoutNulls(String[] tokens) {
    String[] clean = tokens;
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] == null) {
        if (clean == tokens) {
          clean = tokens.clone();
        }
        clean[i] = "";
      }
    }
    return clean;
  }

  private static List<NameSpan> findWith(NameFinderME finder, String[] tokens) {
    if (tokens == null || tokens.length == 0) {
      return List.of();
    }
    String[] clean = withoutNulls(tokens);
    Span[] spans = finder.find(clean);
    ImmutableList.Builder<NameSpan> out = ImmutableList.builderWithExpectedSize(spans.length);
    for (Span s : spans) {
      if (s.getStart() >= 0 && s.getEnd() <= clean.length && s.getEnd() > s.getStart()) {
        out.add(new NameSpan(s.getStart(), s.getEnd(), s.getType() == null ? "MISC" : s.getType(),
            s.getProb()));
      }
    }
    return GivenNameExtension.apply(clean, out.build());
  }

  /** OpenNLP's model reader closes its input; the caller owns the stream. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // owned by the caller
    }
  }
}
