package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extractor;
import io.khabar.kb.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Works, products and competitions are no people, bodies or places (issue 12): the names in
 * their titles are MISC, while an author, star or place around them stays. Sentences written
 * for the test.
 */
class WorkTitlesTest {

  private static final Extractor EXTRACTOR = Extractor.createDefault();
  private static final LocalDate DATE = LocalDate.of(2018, 6, 1);

  private static List<Entity> entities(String text) {
    return EXTRACTOR.extract(text, DATE).entities();
  }

  /** Whether a person, place or body has a NAME mention whose text contains {@code part}. */
  private static boolean named(List<Entity> es, String part) {
    return es.stream().filter(e -> e.type() != EntityType.MISC).anyMatch(e -> e.mentions()
        .stream().anyMatch(m -> m.kind() == MentionKind.NAME && m.text().contains(part)));
  }

  @Test
  void aQuotedFilmTitleIsNoPerson() {
    List<Entity> es = entities(
        "وشارك الممثل الأمريكي في بطولة فيلم \"كابتن ريتشاردز\" الذي عرض في دور السينما.");
    assertFalse(named(es, "ريتشاردز"), es::toString);
  }

  @Test
  void titlesCoordinatedInBracketsAreWorksToo() {
    List<Entity> es = entities("وقدمت على الشاشة مسلسلات (بيت العائلة) و(ليالي سمير) و(حسن الصغير) "
        + "قبل أن تعتزل التمثيل.");
    assertFalse(named(es, "سمير"), es::toString);
    assertFalse(named(es, "حسن"), es::toString);
  }

  @Test
  void aPhoneModelInLatinLettersIsNoOrganisation() {
    List<Entity> es = entities("وطرحت الشركة الصينية أجهزة Galaxy Note و Mate Pro في الأسواق.");
    assertFalse(named(es, "Note"), es::toString);
    assertFalse(named(es, "Mate"), es::toString);
  }

  @Test
  void aPlaceInsideACompetitionsNameIsNoPlace() {
    List<Entity> es = entities("وتأهل الفريق الإنجليزي إلى نهائي دوري أبطال أوروبا بعد فوزه "
        + "على بايرن ميونيخ، ويستعد منتخب مصر لتصفيات كأس أمم إفريقيا.");
    assertFalse(named(es, "أوروبا"), es::toString);
    assertFalse(named(es, "إفريقيا"), es::toString);
  }

  @Test
  void aCountryAfterTheCupWithAPrepositionStaysAPlace() {
    List<Entity> es = entities("ويستعد المنتخب للمشاركة في كأس العالم في روسيا الصيف المقبل.");
    assertTrue(named(es, "روسيا"), es::toString);
  }

  @Test
  void theStarOfAFilmStaysAPerson() {
    List<Entity> es = entities("وقال الممثل جيم كاري إن فيلم جيم كاري الجديد يعرض في الصالات.");
    assertTrue(named(es, "جيم كاري"), es::toString);
  }

  @Test
  void aKnownPersonInBracketsAfterRegimeStaysAPerson() {
    List<Entity> es = entities("واتفق الوزيران على محاسبة نظام (الرئيس بشار الأسد) على الانتهاكات.");
    assertTrue(named(es, "بشار الأسد"), es::toString);
  }

  @Test
  void aSecurityServiceIsNoProduct() {
    List<Entity> es = entities("وقال جهاز المخابرات العامة المصرية إن الوفد وصل إلى غزة.");
    assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.MISC), es::toString);
  }
}
