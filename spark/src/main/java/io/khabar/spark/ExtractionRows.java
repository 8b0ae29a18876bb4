package io.khabar.spark;

import io.khabar.Extraction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of the Spark job. A task makes one flat row per article, {@link #FLAT}: id, date,
 * the JSON contract ({@code Extraction#toJson()}) or an error. The nested columns are then read
 * from that JSON with {@link #CONTRACT}, the output contract ({@code extraction-json.md}) as a
 * Spark type, field for field as {@code ExtractionJson} writes it (entities with their mentions,
 * timexes, events with trigger, participants and sentence). So the Parquet columns and the JSON
 * say the same by construction, and the rows a task makes hold only strings: no Scala
 * collections, whose binary form differs between Spark's Scala 2.12 and 2.13 builds.
 */
final class ExtractionRows {

  private static final DataType STRING = DataTypes.StringType;
  private static final DataType INT = DataTypes.IntegerType;

  static final StructType TEXT_SPAN = struct(
      field("text", STRING), field("start", INT), field("end", INT));

  static final StructType SPAN = struct(field("start", INT), field("end", INT));

  /** A mention: its text and offsets, and whether it is a NAME or a TITLE. */
  static final StructType MENTION = struct(
      field("text", STRING), field("start", INT), field("end", INT), field("kind", STRING));

  static final StructType ENTITY = struct(
      field("id", STRING),
      field("type", STRING),
      field("name", STRING),
      field("kbId", STRING),
      field("mentions", DataTypes.createArrayType(MENTION)),
      field("key", STRING));

  static final StructType TIMEX = struct(
      field("id", STRING),
      field("text", STRING),
      field("start", INT),
      field("end", INT),
      field("type", STRING),
      field("value", STRING));

  static final StructType PARTICIPANT = struct(
      field("entity", STRING), field("role", STRING));

  static final StructType EVENT = struct(
      field("id", STRING),
      field("type", STRING),
      field("plover", STRING),
      field("trigger", TEXT_SPAN),
      field("participants", DataTypes.createArrayType(PARTICIPANT)),
      field("place", STRING),
      field("date", STRING),
      field("dateBasis", STRING),
      field("timex", STRING),
      field("sentence", SPAN),
      field("confidence", DataTypes.DoubleType),
      field("modality", STRING),
      field("direction", STRING),
      field("action", STRING));

  /** The nested part of the contract, as {@code from_json} reads it. */
  static final StructType CONTRACT = struct(
      field("entities", DataTypes.createArrayType(ENTITY)),
      field("timexes", DataTypes.createArrayType(TIMEX)),
      field("events", DataTypes.createArrayType(EVENT)));

  /** What a task makes: the article's id and date as read, its JSON contract or its error. */
  static final StructType FLAT = struct(
      field("id", STRING),
      field("published", STRING),
      field("json", STRING),
      field("error", STRING));

  /** The output row: id, date, the contract's nested columns, the JSON, the error. */
  static final StructType SCHEMA = struct(
      field("id", STRING),
      field("published", STRING),
      field("entities", DataTypes.createArrayType(ENTITY)),
      field("timexes", DataTypes.createArrayType(TIMEX)),
      field("events", DataTypes.createArrayType(EVENT)),
      field("json", STRING),
      field("error", STRING));

  private ExtractionRows() {}

  /** The row of a successful extraction: its JSON contract, from which the columns are read. */
  static Row of(String id, String published, Extraction x) {
    return RowFactory.create(id, published, x.toJson(), null);
  }

  /** The row of an article that failed: its id and date as read, and why. */
  static Row error(String id, String published, String error) {
    return RowFactory.create(id, published, null, error);
  }

  /** Every field nullable, as {@code from_json} reads them, so the schema is the result's. */
  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }
}
