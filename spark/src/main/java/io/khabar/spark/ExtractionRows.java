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
      field("text", STRING, false), field("start", INT, false), field("end", INT, false));

  static final StructType SPAN = struct(field("start", INT, false), field("end", INT, false));

  static final StructType ENTITY = struct(
      field("id", STRING, false),
      field("type", STRING, false),
      field("name", STRING, false),
      field("kbId", STRING, true),
      field("mentions", DataTypes.createArrayType(TEXT_SPAN, false), false),
      field("key", STRING, true));

  static final StructType TIMEX = struct(
      field("id", STRING, false),
      field("text", STRING, false),
      field("start", INT, false),
      field("end", INT, false),
      field("type", STRING, false),
      field("value", STRING, true));

  static final StructType PARTICIPANT = struct(
      field("entity", STRING, false), field("role", STRING, false));

  static final StructType EVENT = struct(
      field("id", STRING, false),
      field("type", STRING, false),
      field("plover", STRING, true),
      field("trigger", TEXT_SPAN, false),
      field("participants", DataTypes.createArrayType(PARTICIPANT, false), false),
      field("place", STRING, true),
      field("date", STRING, true),
      field("timex", STRING, true),
      field("sentence", SPAN, false),
      field("confidence", DataTypes.DoubleType, false),
      field("modality", STRING, false),
      field("direction", STRING, true),
      field("action", STRING, true));

  /** The nested part of the contract, as {@code from_json} reads it. */
  static final StructType CONTRACT = struct(
      field("entities", DataTypes.createArrayType(ENTITY, false), true),
      field("timexes", DataTypes.createArrayType(TIMEX, false), true),
      field("events", DataTypes.createArrayType(EVENT, false), true));

  /** What a task makes: the article's id and date as read, its JSON contract or its error. */
  static final StructType FLAT = struct(
      field("id", STRING, true),
      field("published", STRING, true),
      field("json", STRING, true),
      field("error", STRING, true));

  /** The output row: id, date, the contract's nested columns, the JSON, the error. */
  static final StructType SCHEMA = struct(
      field("id", STRING, true),
      field("published", STRING, true),
      field("entities", DataTypes.createArrayType(ENTITY, false), true),
      field("timexes", DataTypes.createArrayType(TIMEX, false), true),
      field("events", DataTypes.createArrayType(EVENT, false), true),
      field("json", STRING, true),
      field("error", STRING, true));

  private ExtractionRows() {}

  /** The row of a successful extraction: its JSON contract, from which the columns are read. */
  static Row of(String id, String published, Extraction x) {
    return RowFactory.create(id, published, x.toJson(), null);
  }

  /** The row of an article that failed: its id and date as read, and why. */
  static Row error(String id, String published, String error) {
    return RowFactory.create(id, published, null, error);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }
}
