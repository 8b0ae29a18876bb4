package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.kb.EntityType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where a mention stands decides what it is. Sentences written for the test. */
class EntityContextTest {

  private static final Extractor EXTRACTOR = Extractor.createDefault();
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

  private static Entity named(Extraction x, String name) {
    return x.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + x.entities()));
  }

  @Test
  void aPhotoCreditAtTheEndOfACaptionIsNotAnEntity() {
    Extraction x = EXTRACTOR.extract("الرئيس السوري أحمد الشرع خلال زيارته إلى الرياض (سانا)\n"
        + "وصل الشرع إلى الرياض أمس.", PUBLISHED);
    assertTrue(x.entities().stream().noneMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("سانا"))), x.entities().toString());
    named(x, "Riyadh");
  }

  @Test
  void aPlaceInParenthesesAtTheEndOfALineIsADatelineAndStays() {
    Extraction x = EXTRACTOR.extract("«الشرق الأوسط» (بيروت)\nقال مسؤول لبناني إن الحوار مستمر.",
        PUBLISHED);
    assertEquals(EntityType.LOCATION, named(x, "Beirut").type());
  }

  @Test
  void aQuotedAmbiguousNameIsTheBodyNotTheRegion() {
    Extraction x = EXTRACTOR.extract("وقال مصدر دبلوماسي لـ«الشرق الأوسط» إن التوتر في منطقة "
        + "الشرق الأوسط يتصاعد.", PUBLISHED);
    assertEquals(EntityType.ORGANIZATION, named(x, "Asharq Al-Awsat").type());
    assertEquals(EntityType.LOCATION, named(x, "Middle East").type());
  }

  @Test
  void aSeatOfPowerIsAPlaceWhereTheTextOnlySaysWhereAndABodyWhereItActs() {
    Extraction where = EXTRACTOR.extract("واستقبل ترمب الرئيس الشرع في البيت الأبيض.", PUBLISHED);
    assertEquals(EntityType.LOCATION, named(where, "White House").type());
    Extraction acts = EXTRACTOR.extract("وقال البيت الأبيض في بيان إن المحادثات كانت بناءة.",
        PUBLISHED);
    assertEquals(EntityType.ORGANIZATION, named(acts, "White House").type());
  }

  @Test
  void historicalStatesArePlaces() {
    Extraction x = EXTRACTOR.extract("تعود العلاقات إلى عهد الاتحاد السوفياتي ويوغوسلافيا.",
        PUBLISHED);
    assertEquals(EntityType.LOCATION, named(x, "Soviet Union").type());
    assertEquals(EntityType.LOCATION, named(x, "Yugoslavia").type());
  }

  @Test
  void theAdjectiveOfATitleIsNeverAPersonByItself() {
    Extraction x = EXTRACTOR.extract("وأوضح الممثل السامي في بيان أن مكتب الارتباط سيفتح قريبا.",
        PUBLISHED);
    assertTrue(x.entities().stream().noneMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("السامي"))), x.entities().toString());
  }

  @Test
  void aBodysNameInQuotesIsOneOrganisationWithThePlaceInIt() {
    Extraction x = EXTRACTOR.extract("وفور إعلان «اللجنة الوطنية لإدارة قطاع غزة» عن بدء استقبال "
        + "الطلبات، تهافت الشبان على التقديم.", PUBLISHED);
    assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
        && e.mentions().stream().anyMatch(m -> m.text().equals("اللجنة الوطنية لإدارة قطاع غزة"))),
        x.entities().toString());
  }

  @Test
  void aQuotedBodyTheKnowledgeBaseKnowsKeepsItsIdentity() {
    Extraction x = EXTRACTOR.extract("وقال مصدر إن «مجلس الأمن الدولي» سيجتمع غدا.", PUBLISHED);
    assertTrue(x.entities().stream().anyMatch(e -> e.kbId().isPresent()
        || e.name().contains("Security Council")), x.entities().toString());
  }

  @Test
  void theIndefiniteHeadNounOfAPlaceIsNoPlaceAlone() {
    Extraction x = EXTRACTOR.extract(
        "نقلت الطائرات الجنود من المطار إلى قاعدة حميميم الجوية قرب اللاذقية.", PUBLISHED);
    assertTrue(x.entities().stream().noneMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("قاعدة"))), x.entities().toString());
    named(x, "Hmeimim air base");
  }

  @Test
  void aCountrysAdjectiveAloneIsNoName() {
    Extraction x = EXTRACTOR.extract("وأبلغ مصدر دبلوماسي روسي وكالة الأنباء أن موسكو لن تسحب "
        + "قواتها. وشوهد علم روسي فوق المبنى، فيما وصل وفد روسي إلى دمشق.", PUBLISHED);
    assertTrue(x.entities().stream().noneMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("روسي"))), x.entities().toString());
    named(x, "Moscow");
  }
}
