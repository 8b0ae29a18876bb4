package example;

import io.khabar.Extraction;
import io.khabar.Extractor;
import java.time.LocalDate;

/** Reads one Arabic sentence: prints its entities, its dated events, then the JSON. */
public final class Quickstart {

  public static void main(String[] args) {
    String text = "التقى الرئيس اللبناني جوزيف عون في بيروت يوم الأربعاء وزير الخارجية الفرنسي.";

    Extractor extractor = Extractor.createDefault();   // once: loads the bundled models; thread-safe
    Extraction x = extractor.extract(text, LocalDate.of(2026, 1, 29));   // the publication date

    x.entities().forEach(e -> System.out.println(e.id() + " " + e.type() + " " + e.name()));
    x.events().forEach(v -> System.out.println(v.type() + " " + v.core().date().orElse("-")
        + " participants=" + v.core().participants() + " place=" + v.core().place().orElse("-")));
    System.out.println(x.toJson());
  }

  private Quickstart() {}
}
