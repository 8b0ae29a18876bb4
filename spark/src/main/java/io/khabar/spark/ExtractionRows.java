package io.khabar.spark;

import io.khabar.Extraction;
import io.khabar.event.Event;
import io.khabar.event.EventCore;
import io.khabar.event.Participant;
import io.khabar.ner.Entity;
import io.khabar.ner.Mention;
import io.khabar.text.Span;
import io.khabar.time.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The nested row of one article: the output contract ({@code extraction-json.md}) as Spark
 * columns, field for field as {@code ExtractionJson} writes it (entities with their mentions,
 * timexes, events with trigger, participants and sentence; ids, offsets and absent values
 * alike), plus the contract itself as a JSON string and an error. A row has either an
 * extraction ({@code error} null) or an error ({@code json} and the lists null).
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

  /** The output row: the article's id and date as read, the extraction, or the error. */
  static final StructType SCHEMA = struct(
      field("id", STRING, true),
      field("published", STRING, true),
      field("entities", DataTypes.createArrayType(ENTITY, false), true),
      field("timexes", DataTypes.createArrayType(TIMEX, false), true),
      field("events", DataTypes.createArrayType(EVENT, false), true),
      field("json", STRING, true),
      field("error", STRING, true));

  private ExtractionRows() {}

  /** The row of a successful extraction; {@code json} is its {@link Extraction#toJson()}. */
  static Row of(String id, String published, Extraction x) {
    String text = x.text();
    List<Row> entities = new ArrayList<>(x.entities().size());
    for (Entity e : x.entities()) {
      List<Row> mentions = new ArrayList<>(e.mentions().size());
      for (Mention m : e.mentions()) {
        mentions.add(textSpan(text, m.span()));
      }
      entities.add(RowFactory.create(e.id(), e.type().name(), e.name(), orNull(e.kbId()),
          mentions, orNull(e.key())));
    }
    List<Row> timexes = new ArrayList<>(x.timexes().size());
    int t = 0;
    for (Timex tx : x.timexes()) {
      Span s = tx.span();
      timexes.add(RowFactory.create("T" + (++t), s.textOf(text), s.start(), s.end(),
          tx.type().name(), orNull(tx.value())));
    }
    List<Row> events = new ArrayList<>(x.events().size());
    int v = 0;
    for (Event ev : x.events()) {
      EventCore c = ev.core();
      List<Row> participants = new ArrayList<>(c.participants().size());
      for (Participant p : c.participants()) {
        participants.add(RowFactory.create(p.entity(), p.role().name()));
      }
      String direction = ev instanceof Event.Sanctions s ? s.direction().name() : null;
      String action = ev instanceof Event.Diplomatic d ? d.action().name() : null;
      events.add(RowFactory.create("V" + (++v), ev.type().name(), orNull(ev.plover()),
          textSpan(text, c.trigger()), participants, orNull(c.place()), orNull(c.date()),
          orNull(c.timex()), RowFactory.create(c.sentence().start(), c.sentence().end()),
          // rounded as the JSON contract writes it, so that both outputs say the same
          Math.round(c.confidence() * 100) / 100.0, c.modality().name(), direction, action));
    }
    return RowFactory.create(id, published, entities, timexes, events, x.toJson(), null);
  }

  /** The row of an article that failed: its id and date as read, and why. */
  static Row error(String id, String published, String error) {
    return RowFactory.create(id, published, null, null, null, null, error);
  }

  private static Row textSpan(String text, Span span) {
    return RowFactory.create(span.textOf(text), span.start(), span.end());
  }

  private static String orNull(Optional<String> value) {
    return value.orElse(null);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }
}
