package io.khabar.spark;

import io.khabar.DocumentTooLargeException;
import io.khabar.Extraction;
import io.khabar.Extractor;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Extracts one partition, row by row as Spark pulls them (a partition is never held in memory),
 * with this executor's shared extractor. Input rows are {@code (id, text, published)} strings;
 * each gives one row of {@link ExtractionRows#FLAT}. A row that cannot be extracted —
 * null text, an impossible date, a text over the limit, or anything the extractor throws —
 * becomes an error row and the partition goes on; the messages are the command line's.
 *
 * <p>Serialised with each task: it carries the options only.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final int maxChars;

  ExtractPartition(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Extractor extractor = ExtractorHolder.get();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return extract(extractor, rows.next(), maxChars);
      }
    };
  }

  static Row extract(Extractor extractor, Row in, int maxChars) {
    String id = in.isNullAt(0) ? null : in.getString(0);
    String text = in.isNullAt(1) ? null : in.getString(1);
    String published = in.isNullAt(2) ? null : in.getString(2);
    if (text == null) {
      return ExtractionRows.error(id, published, "missing \"text\" string");
    }
    LocalDate date = null;
    if (published != null) {
      try {
        date = LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        return ExtractionRows.error(id, published,
            "published is not a date YYYY-MM-DD: \"" + published + "\"");
      }
    }
    try {
      if (text.length() > maxChars) {
        throw new DocumentTooLargeException(text.length(), maxChars);
      }
      Extraction x = extractor.extract(text, date);
      return ExtractionRows.of(id, published, id == null ? x : x.withDocument(id));
    } catch (RuntimeException | StackOverflowError e) {
      return ExtractionRows.error(id, published, describe(e));
    } catch (OutOfMemoryError e) {
      // this document's garbage is gone once we are here; the partition can go on
      return ExtractionRows.error(id, published,
          "out of memory on this document (raise the executor memory or lower maxChars)");
    }
  }

  /** The exception as a reason in an error row: its type and message, as the command line. */
  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
