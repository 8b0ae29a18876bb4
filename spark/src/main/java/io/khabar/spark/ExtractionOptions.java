package io.khabar.spark;

import io.khabar.Extractor;
import java.io.Serializable;
import java.util.Objects;

/**
 * Which input columns hold an article's id, text and publication date, and the longest text to
 * extract. Immutable; the {@code with…} methods return a changed copy. Serializable: Spark ships
 * it with each task (the extractor itself never travels, see {@code ExtractorHolder}).
 *
 * <p>Defaults: columns {@code id}, {@code text}, {@code published} (a missing published column
 * means no date), {@link Extractor#DEFAULT_MAX_CHARS} chars.
 */
public final class ExtractionOptions implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String idColumn;
  private final String textColumn;
  private final String publishedColumn;
  private final int maxChars;

  private ExtractionOptions(String idColumn, String textColumn, String publishedColumn,
      int maxChars) {
    this.idColumn = Objects.requireNonNull(idColumn, "idColumn");
    this.textColumn = Objects.requireNonNull(textColumn, "textColumn");
    this.publishedColumn = Objects.requireNonNull(publishedColumn, "publishedColumn");
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /** The defaults: {@code id}, {@code text}, {@code published}, the extractor's default limit. */
  public static ExtractionOptions defaults() {
    return new ExtractionOptions("id", "text", "published", Extractor.DEFAULT_MAX_CHARS);
  }

  /** The column naming each article (any type; cast to a string). */
  public ExtractionOptions withIdColumn(String name) {
    return new ExtractionOptions(name, textColumn, publishedColumn, maxChars);
  }

  /** The column holding the article's text (a string). */
  public ExtractionOptions withTextColumn(String name) {
    return new ExtractionOptions(idColumn, name, publishedColumn, maxChars);
  }

  /**
   * The column holding the publication date: a {@code YYYY-MM-DD} string, a date or a timestamp.
   * When the input has no such column, relative dates stay unresolved.
   */
  public ExtractionOptions withPublishedColumn(String name) {
    return new ExtractionOptions(idColumn, textColumn, name, maxChars);
  }

  /** Texts longer than this many chars become error rows. */
  public ExtractionOptions withMaxChars(int chars) {
    return new ExtractionOptions(idColumn, textColumn, publishedColumn, chars);
  }

  public String idColumn() {
    return idColumn;
  }

  public String textColumn() {
    return textColumn;
  }

  public String publishedColumn() {
    return publishedColumn;
  }

  public int maxChars() {
    return maxChars;
  }
}
