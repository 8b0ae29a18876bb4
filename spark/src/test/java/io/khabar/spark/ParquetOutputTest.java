package io.khabar.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.khabar.Extraction;
import io.khabar.event.Event;
import io.khabar.ner.Entity;
import io.khabar.ner.Mention;
import io.khabar.time.Timex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nested output written as Parquet and read back. */
class ParquetOutputTest {

  private static final String TEXT = "التقى الرئيس السوري أحمد الشرع أمس في دمشق وزير الخارجية"
      + " التركي هاكان فيدان، وبحثا ملف الانسحاب. وقال فيدان إن بلاده ستفتح سفارتها في دمشق.";

  @Test
  void parquetKeepsTheNestedSchemaAndItsValues(@TempDir Path dir) {
    List<Row> rows = new ArrayList<>(LocalSpark.seedArticles(1));
    rows.add(RowFactory.create("syria", TEXT, "2026-01-29"));
    rows.add(RowFactory.create("broken", null, null));
    String out = dir.resolve("x.parquet").toString();
    Dataset<Row> extracted = KhabarSpark.extract(LocalSpark.dataset(rows, 3));
    assertEquals(KhabarSpark.outputSchema(), extracted.schema());
    extracted.write().parquet(out);

    Dataset<Row> back = LocalSpark.session().read().parquet(out);
    assertEquals(KhabarSpark.outputSchema(), back.schema());
    assertEquals(rows.size(), back.count());

    Row r = back.where(col("id").equalTo("syria")).first();
    Extraction x = ExtractorHolder.get().extract(TEXT, LocalDate.of(2026, 1, 29));
    assertFalse(x.entities().isEmpty());
    assertFalse(x.events().isEmpty());

    List<Row> entities = r.getList(r.fieldIndex("entities"));
    assertEquals(x.entities().size(), entities.size());
    Iterator<Row> er = entities.iterator();
    for (Entity e : x.entities()) {
      Row re = er.next();
      assertEquals(e.id(), re.getAs("id"));
      assertEquals(e.type().name(), re.getAs("type"));
      assertEquals(e.name(), re.getAs("name"));
      assertEquals(e.kbId().orElse(null), re.getAs("kbId"));
      List<Row> mentions = re.getList(re.fieldIndex("mentions"));
      assertEquals(e.mentions().size(), mentions.size());
      Mention m = e.mentions().get(0);
      assertEquals(m.span().start(), (int) mentions.get(0).getAs("start"));
      assertEquals(m.span().end(), (int) mentions.get(0).getAs("end"));
      assertEquals(m.span().textOf(TEXT), mentions.get(0).getAs("text"));
      assertEquals(m.kind().name(), mentions.get(0).getAs("kind"));
    }

    List<Row> timexes = r.getList(r.fieldIndex("timexes"));
    Timex t = x.timexes().get(0);
    assertEquals("T1", timexes.get(0).getAs("id"));
    assertEquals(t.value().orElse(null), timexes.get(0).getAs("value"));

    List<Row> events = r.getList(r.fieldIndex("events"));
    assertEquals(x.events().size(), events.size());
    Event v = x.events().get(0);
    Row rv = events.get(0);
    assertEquals(v.type().name(), rv.getAs("type"));
    assertEquals(v.core().dateBasis().map(Enum::name).orElse(null), rv.getAs("dateBasis"));
    assertEquals(v.core().trigger().textOf(TEXT), rv.<Row>getAs("trigger").getAs("text"));
    List<Row> participants = rv.getList(rv.fieldIndex("participants"));
    assertEquals(v.core().participants().size(), participants.size());
    assertEquals(v.core().participants().get(0).entity(), participants.get(0).getAs("entity"));
    assertEquals(v.core().participants().get(0).role().name(), participants.get(0).getAs("role"));
    assertEquals(v.core().date().orElse(null), rv.getAs("date"));
    assertEquals(v.core().sentence().end(), (int) rv.<Row>getAs("sentence").getAs("end"));

    Row broken = back.where(col("id").equalTo("broken")).first();
    assertEquals("missing \"text\" string", broken.getAs("error"));
    assertNull(broken.getAs("entities"));
  }
}
