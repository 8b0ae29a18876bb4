package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extractor;
import io.khabar.kb.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A city's name as its club's, in sports sentences written for the test. */
class CityClubsTest {

  private static final Extractor EXTRACTOR = Extractor.createDefault();
  private static final LocalDate PUBLISHED = LocalDate.of(2018, 6, 1);

  private static EntityType typeOf(String sentence, String mention) {
    List<Entity> es = EXTRACTOR.extract(sentence, PUBLISHED).entities();
    return es.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
        .map(Entity::type).findFirst().orElseThrow(() -> new AssertionError(es));
  }

  @Test
  void theWinnerAndItsOpponentAreClubs() {
    String s = "فاز برشلونة على روما بثلاثة أهداف نظيفة.";
    assertEquals(EntityType.ORGANIZATION, typeOf(s, "برشلونة"));
    assertEquals(EntityType.ORGANIZATION, typeOf(s, "روما"));
  }

  @Test
  void anUnknownTeamInAPlayersRanksIsAClub() {
    String s = "وسجل المهاجم هدفين في صفوف غرانتشستر روفرز أمس.";
    assertEquals(EntityType.ORGANIZATION, typeOf(s, "غرانتشستر روفرز"));
  }

  @Test
  void theHostOfATeamIsAClub() {
    String s = "وخسر الفريق أمام مضيفه روما بهدفين دون رد.";
    assertEquals(EntityType.ORGANIZATION, typeOf(s, "روما"));
  }

  @Test
  void aCityAfterTheWordClubIsTheClub() {
    assertEquals(EntityType.ORGANIZATION, typeOf("تعاقد نادي مانشستر مع مدافع جديد.", "مانشستر"));
  }

  @Test
  void theClubIsTheClubThroughoutTheArticle() {
    List<Entity> es = EXTRACTOR.extract("تعادلت برشلونة مع روما. وقال مدرب برشلونة إن "
        + "الفريق لعب جيدا.", PUBLISHED).entities();
    assertTrue(es.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .anyMatch(e -> e.mentions().size() == 2), es::toString);
  }

  @Test
  void aCityWithAMasculineAdjectiveIsTheClubAndSoIsItsNameAlone() {
    String s = "أعلن نادي بورتو البرتغالي تعاقده مع مدافع جديد. وقال المدافع إن بورتو فريق كبير.";
    List<Entity> es = EXTRACTOR.extract(s, PUBLISHED).entities();
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.LOCATION), es::toString);
    String roma = "تعاقد روما الإيطالي مع لاعب إسباني. ويسعى روما إلى تعزيز صفوفه.";
    es = EXTRACTOR.extract(roma, PUBLISHED).entities();
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.LOCATION), es::toString);
  }

  @Test
  void theCityOfAClubNamedWithItsAdjectiveStaysAPlaceAfterAPlaceNoun() {
    String s = "تعاقد روما الإيطالي مع لاعب إسباني وصل إلى مدينة روما أمس.";
    List<Entity> es = EXTRACTOR.extract(s, PUBLISHED).entities();
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.LOCATION), es::toString);
  }

  @Test
  void aCityBeforeAnotherMasculineAdjectiveStaysAPlace() {
    String s = "افتتح معرض دبي الدولي للكتاب أبوابه. ويزور آلاف الناس دبي كل عام.";
    List<Entity> es = EXTRACTOR.extract(s, PUBLISHED).entities();
    assertTrue(es.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .flatMap(e -> e.mentions().stream()).noneMatch(m -> m.text().equals("دبي")),
        es::toString);
  }

  @Test
  void aCityVisitedIsAPlace() {
    assertEquals(EntityType.LOCATION, typeOf("وصل الوزير إلى برشلونة أمس في زيارة رسمية.",
        "برشلونة"));
  }

  @Test
  void theCityWhereOneLivesStaysAPlaceBesideItsClub() {
    List<Entity> es = EXTRACTOR.extract("يقيم اللاعب في برشلونة منذ انتقاله إلى نادي برشلونة.",
        PUBLISHED).entities();
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.LOCATION), es::toString);
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
  }

  @Test
  void countriesPlayingStayCountries() {
    String s = "فازت فرنسا على كرواتيا في النهائي.";
    assertEquals(EntityType.LOCATION, typeOf(s, "فرنسا"));
    assertEquals(EntityType.LOCATION, typeOf(s, "كرواتيا"));
  }

  @Test
  void aPlayersRoleInConstructMakesTheCityHisClub() {
    assertEquals(EntityType.ORGANIZATION, typeOf("قال مدافع روما السابق إنه سيعتزل قريبا.",
        "روما"));
  }

  @Test
  void aClubTheBaseKnowsUnderItsCitysNameIsThatClubElsewhere() {
    List<Entity> es = EXTRACTOR.extract("ونفى نادي برشلونة أي مخالفة. وقال مدافع برشلونة السابق "
        + "إنه بخير. وتقع العيادة في برشلونة.", PUBLISHED).entities();
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
        && e.key().isPresent() && e.mentions().size() == 2), es::toString);
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.LOCATION), es::toString);
  }

  @Test
  void aKnownCityAfterAPrepositionWithAMasculineAdjectiveIsTheClub() {
    String s = "وانتقل المهاجم من لشبونة البرتغالي إلى مانشستر يونايتد قبل أعوام.";
    assertEquals(EntityType.ORGANIZATION, typeOf(s, "لشبونة"));
  }

  @Test
  void aCityInAConstructWithAMasculineAdjectiveStaysAPlace() {
    String s = "وحلت العداءة ثانية في ماراثون بوسطن الأميركي العريق.";
    assertEquals(EntityType.LOCATION, typeOf(s, "بوسطن"));
  }

  @Test
  void aKnownClubsNisbaIsOutsideItsMention() {
    List<Entity> es = EXTRACTOR.extract("خسر ليفربول الإنجليزي المباراة النهائية أمس.",
        PUBLISHED).entities();
    assertTrue(es.stream().flatMap(e -> e.mentions().stream())
        .anyMatch(m -> m.text().equals("ليفربول")), es::toString);
  }
}
