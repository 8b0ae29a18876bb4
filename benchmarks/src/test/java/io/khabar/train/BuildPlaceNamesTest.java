package io.khabar.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The place-name table's sources, on small gazetteer files written for the test. */
class BuildPlaceNamesTest {

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aCountryIsKeptWithItsArticleVariantsAPeopleIsNot() throws IOException {
    Path f = write("n.json", """
        {"english": {"males": "إنجليز", "en": "england", "ar": "إنجلترا"},
         "congolese": {"males": "كونغوليون", "en": "democratic-republic-of-congo",
                       "ar": "الكونغو الديمقراطية"},
         "african-american": {"males": "أمريكيون أفارقة", "en": "african americans",
                              "ar": "أمريكيون أفارقة"},
         "victorian": {"males": "فيكتوريون", "en": "victoria-australia",
                       "ar": "فيكتوريا (أستراليا)"}}
        """);
    Map<String, String> names = new LinkedHashMap<>();
    BuildPlaceNames.nationalities(f, Set.of(), names);
    assertEquals(Map.of("انجلترا", "England", "الانجلترا", "England",
        "الكونغو الديمقراطيه", "Democratic Republic of Congo",
        "كونغو الديمقراطيه", "Democratic Republic of Congo"), names);
  }

  @Test
  void aCityIsKeptOnlyWhenItsEnglishSpellsItsArabic() throws IOException {
    Path f = write("c.jsonl", String.join("\n",
        "\uFEFF{\"CityNameEn\":\"Murmansk\",\"CityNameAr\":\"مورمانسك\",\"Population\":300000}",
        "{\"CityNameEn\":\"Mosul\",\"CityNameAr\":\"فاموتيدين\",\"Population\":1792000}",
        "{\"CityNameEn\":\"Kuwait City\",\"CityNameAr\":\"مدينة الكويت\",\"Population\":2989000}",
        "{\"CityNameEn\":\"Imdina\",\"CityNameAr\":\"المدينة\",\"Population\":292}"));
    Map<String, String> names = new LinkedHashMap<>();
    BuildPlaceNames.worldCities(f, Set.of(), names);
    assertEquals(Map.of("مورمانسك", "Murmansk", "الكويت", "Kuwait"), names,
        "no Mosul for فاموتيدين, no village of 292 inhabitants");
  }

  @Test
  void theKnowledgeBasesPlacesAndEarlierSourcesWin() throws IOException {
    Path f = write("w.json", """
        {"durham, england": "دورهام (إنجلترا)", "lewis and clark": "مونتانا",
         "kabul": "كابل", "leverkusen": "ليفركوزن"}
        """);
    Map<String, String> names = new LinkedHashMap<>(Map.of("دورهام", "Durham"));
    BuildPlaceNames.wikiCities(f, Set.of("كابل"), names);
    assertEquals(Map.of("دورهام", "Durham", "ليفركوزن", "Leverkusen"), names);
  }

  @Test
  void aRegionIsNamedByTheQualifiersItsCitiesShare() throws IOException {
    Path f = write("q.json", """
        {"huntsville, alabama": "هنتسفيل (ألاباما)", "auburn, alabama": "أوبورن (ألاباما)",
         "melton, victoria": "ملتون (أستراليا)", "sale, victoria": "سيل (أستراليا)",
         "catania, sicily": "كاتانيا (صقلية)",
         "a, north carolina": "أ (كارولاينا الشمالية)", "b, north carolina": "ب (كارولاينا الشمالية)",
         "c, north carolina": "ج (كارولاينا الشمالية)", "d, north carolina": "د (كارولاينا الشمالية)",
         "e, north carolina": "ه (كارولاينا الشمالية)"}
        """);
    Map<String, String> names = new LinkedHashMap<>();
    BuildPlaceNames.regions(f, Set.of(), names);
    assertEquals(Map.of("الاباما", "Alabama", "كارولاينا الشماليه", "North Carolina"), names,
        "Victoria is no spelling of أستراليا; one city is too few for صقلية");
  }

  @Test
  void smallWordsStayLowerCaseInsideAName() {
    assertEquals("Sao Bernardo do Campo", BuildPlaceNames.titleCase("sao bernardo do campo"));
    assertEquals("Guinea-Bissau", BuildPlaceNames.titleCase("guinea-bissau"));
  }
}
