package io.khabar;

import io.khabar.event.EventAcceptor;
import io.khabar.event.EventExtractor;
import io.khabar.event.TriggerLexicon;
import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.NameTransliterator;
import io.khabar.kb.TitleResolver;
import io.khabar.ner.ArabicNameFinder;
import io.khabar.ner.EntityLayer;
import io.khabar.ner.EntityRecognizer;
import io.khabar.ner.Mention;
import io.khabar.ner.MentionKind;
import io.khabar.time.Timex;
import io.khabar.time.TimexRecognizer;
import io.khabar.token.AnalyzedText;
import io.khabar.token.CliticSegmenter;
import io.khabar.token.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an Arabic news article and returns its entities, time expressions and typed events.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.createDefault();          // once: loads the bundled models
 * Extraction x = extractor.extract(text, LocalDate.of(2026, 1, 29));
 * String json = x.toJson();                                  // the output contract
 * }</pre>
 *
 * <p>Create one extractor and share it: it is immutable and thread-safe, loading its models
 * (knowledge base, lexicons, name finder) once; each call keeps its working state to itself.
 *
 * <p>Input limits: {@code null} text is a {@link NullPointerException}; a text longer than
 * {@link Builder#maxChars(int)} (default {@value #DEFAULT_MAX_CHARS} chars) is a
 * {@link DocumentTooLargeException}; an empty or blank text gives an empty extraction. A leading
 * byte-order mark (U+FEFF) is not read as text but still counted by the offsets. Any other
 * string — lone surrogates, control characters, Latin or mixed scripts — is read as it is.
 */
public final class Extractor {

  private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

  /**
   * Default upper bound on the text length, in UTF-16 chars (10 Mi). Work is linear in the
   * text; a 10 Mi-char news article peaks under 1 GB of heap, and the worst shape measured (one
   * token per char) under 2.5 GB (README, "Limits"). Raise it with {@link Builder#maxChars(int)}
   * together with the heap.
   */
  public static final int DEFAULT_MAX_CHARS = 10 * 1024 * 1024;

  /**
   * Whether the bundled {@link EventAcceptor} is on by default: only where it raised the
   * cross-validated F1 of the real-news development set and did not lower fresh articles
   * (see {@code event-acceptor.md}).
   */
  static final boolean DEFAULT_EVENT_ACCEPTOR = false;

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private final Tokenizer tokenizer;
  private final EntityRecognizer entities;
  private final TimexRecognizer timexes;
  private final EventExtractor events;
  private final int maxChars;

  private Extractor(Builder b) {
    long t0 = System.nanoTime();
    // The bundled parts are independent of one another except the titles, which are built from
    // the knowledge base. This thread loads that chain while short-lived threads load the rest,
    // so a cold start costs about the longest part (or the total work spread over the cores)
    // rather than the sum. Parts given to the builder are not loaded at all.
    KnowledgeBase kb;
    TitleResolver titles;
    CliticSegmenter segmenter;
    Optional<ArabicNameFinder> finder;
    NameTransliterator transliterator;
    TriggerLexicon triggers;
    Tokenizer tokenizer;
    try (ParallelLoad load = new ParallelLoad()) {
      ParallelLoad.Forked<Optional<ArabicNameFinder>> finderLoad =
          b.nameFinder == null ? load.fork(Extractor::loadDefaultNameFinder) : null;
      ParallelLoad.Forked<NameTransliterator> transliteratorLoad =
          load.fork(NameTransliterator::get);
      ParallelLoad.Forked<CliticSegmenter> segmenterLoad =
          b.segmenter == null ? load.fork(CliticSegmenter::loadDefault) : null;
      ParallelLoad.Forked<TriggerLexicon> triggersLoad =
          b.triggers == null ? load.fork(TriggerLexicon::loadDefault) : null;
      ParallelLoad.Forked<Tokenizer> tokenizerLoad = load.fork(Tokenizer::get);
      kb = b.knowledgeBase != null ? b.knowledgeBase : KnowledgeBase.loadDefault();
      titles = b.knowledgeBase == null ? TitleResolver.getDefault() : TitleResolver.create(kb);
      finder = finderLoad != null ? finderLoad.join() : b.nameFinder;
      transliterator = transliteratorLoad.join();
      segmenter = segmenterLoad != null ? segmenterLoad.join() : b.segmenter;
      triggers = triggersLoad != null ? triggersLoad.join() : b.triggers;
      tokenizer = tokenizerLoad.join();
    }
    this.tokenizer = tokenizer;
    this.entities = new EntityRecognizer(kb, titles, finder, segmenter, transliterator);
    this.timexes = TimexRecognizer.create();
    this.events = new EventExtractor(triggers, kb.demonyms(), b.eventAcceptor);
    this.maxChars = b.maxChars;
    LOG.debug("extractor ready in {} ms ({} knowledge-base entities, name finder {})",
        (System.nanoTime() - t0) / 1_000_000, kb.size(), finder.isPresent() ? "on" : "off");
  }

  private static Optional<ArabicNameFinder> loadDefaultNameFinder() {
    if (!ArabicNameFinder.defaultModelAvailable()) {
      LOG.warn("no bundled name-finder model: only knowledge-base names will be found");
      return Optional.empty();
    }
    try {
      return Optional.of(ArabicNameFinder.loadDefault());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the bundled name-finder model", e);
    }
  }

  /** An extractor with the bundled knowledge base, lexicons and models. */
  public static Extractor createDefault() {
    return builder().build();
  }

  /**
   * A builder to replace parts of the defaults (knowledge base, name finder, trigger lexicon) or
   * change the size limit; {@code builder().build()} equals {@link #createDefault()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Extracts from {@code text} without a publication date: relative dates stay unresolved. */
  public Extraction extract(String text) {
    return extract(text, null);
  }

  /**
   * Extracts from {@code text}; relative time expressions (أمس، الخميس، العام الماضي) and title
   * references (الرئيس السوري) are resolved against {@code published} when it is not null.
   *
   * @param text the article, any string; offsets in the result are UTF-16 indices into it
   * @param published the article's publication date, or null when unknown
   * @return the extraction; empty for an empty or blank text
   * @throws NullPointerException if {@code text} is null
   * @throws DocumentTooLargeException if {@code text} is longer than the configured maximum
   */
  public Extraction extract(String text, LocalDate published) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxChars) {
      throw new DocumentTooLargeException(text.length(), maxChars);
    }
    Optional<LocalDate> date = Optional.ofNullable(published);
    // A leading byte-order mark is no text: the stages read a copy with a space in its place,
    // so that offsets still index the text as given and nothing downstream sees the mark.
    String read = text.startsWith(BYTE_ORDER_MARK) ? " " + text.substring(1) : text;
    if (read.isBlank()) {
      return Extraction.empty(text, date);
    }
    AnalyzedText analyzed = AnalyzedText.of(read, tokenizer);
    // time first: a name inside a time expression yields to it (نيسان the month, not Nissan)
    List<Timex> found = timexes.find(read, analyzed.sentences(), published);
    EntityLayer layer = entities.recognize(analyzed, date,
        found.stream().map(Timex::span).toList());
    // then time again where a name holds a word spelt like a future verb (سيرغي لافروف)
    List<Timex> reread = timexes.reread(read, analyzed.sentences(), published, found,
        layer.entities().stream().flatMap(e -> e.mentions().stream())
            .filter(m -> m.kind() == MentionKind.NAME).map(Mention::span).toList());
    return new Extraction(text, Optional.empty(), date, layer.entities(), reread,
        events.extract(analyzed, layer, reread, date), analyzed.sentences());
  }

  /** Configuration: every part defaults to the bundled one. */
  public static final class Builder {
    private KnowledgeBase knowledgeBase;
    private CliticSegmenter segmenter;
    private Optional<ArabicNameFinder> nameFinder;
    private TriggerLexicon triggers;
    private int maxChars = DEFAULT_MAX_CHARS;
    private Optional<EventAcceptor> eventAcceptor = DEFAULT_EVENT_ACCEPTOR
        ? Optional.of(EventAcceptor.loadDefault()) : Optional.empty();

    private Builder() {}

    /** A knowledge base of your own (e.g. {@code KnowledgeBase.builder().addDefault().add(file)}). */
    public Builder knowledgeBase(KnowledgeBase kb) {
      this.knowledgeBase = Objects.requireNonNull(kb, "kb");
      return this;
    }

    /** A clitic segmenter of your own, e.g. with another stem lexicon or other weights. */
    public Builder segmenter(CliticSegmenter segmenter) {
      this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
      return this;
    }

    /** Another statistical name finder, e.g. one trained on your own annotations. */
    public Builder nameFinder(ArabicNameFinder finder) {
      this.nameFinder = Optional.of(finder);
      return this;
    }

    /** Only knowledge-base names and titles; no statistical model. */
    public Builder withoutNameFinder() {
      this.nameFinder = Optional.empty();
      return this;
    }

    /** Another event trigger lexicon; the default is {@link TriggerLexicon#loadDefault()}. */
    public Builder triggerLexicon(TriggerLexicon lexicon) {
      this.triggers = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /**
     * A learned judge that drops, as the last step of event extraction, the asserted and planned
     * events it finds unlikely (see {@link EventAcceptor}); {@link EventAcceptor#loadDefault()}
     * is the bundled one.
     */
    public Builder eventAcceptor(EventAcceptor acceptor) {
      this.eventAcceptor = Optional.of(Objects.requireNonNull(acceptor, "acceptor"));
      return this;
    }

    /** Every event the rules read is kept: no learned acceptor. */
    public Builder withoutEventAcceptor() {
      this.eventAcceptor = Optional.empty();
      return this;
    }

    /** Texts longer than this many chars are rejected with {@link DocumentTooLargeException}. */
    public Builder maxChars(int maxChars) {
      if (maxChars <= 0) {
        throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
      }
      this.maxChars = maxChars;
      return this;
    }

    /**
     * Loads what was not given (the defaults in parallel, on threads that end before this
     * returns) and returns the extractor.
     */
    public Extractor build() {
      return new Extractor(this);
    }
  }
}
