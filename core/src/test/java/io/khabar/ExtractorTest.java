package io.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.event.Event;
import io.khabar.event.EventType;
import io.khabar.kb.EntityType;
import io.khabar.ner.Entity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExtractorTest {

  static final Extractor EXTRACTOR = Extractor.createDefault();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 29);

  private static Entity entityNamed(Extraction x, String name) {
    return x.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + x.entities()));
  }

  @Test
  void findsKnownPeopleAndPlacesWithoutTheirProclitics() {
    String text = "وبحث وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي هاكان فيدان الوضع "
        + "بالسويداء، وقال لافروف إن موسكو ستواصل اتصالاتها مع دمشق وبيروت.";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    assertEquals("سيرغي لافروف", entityNamed(x, "Sergey Lavrov").mentions().get(1).text());
    assertTrue(entityNamed(x, "Sergey Lavrov").mentions().stream()
        .anyMatch(m -> m.text().equals("لافروف")));
    assertTrue(entityNamed(x, "Hakan Fidan").mentions().stream()
        .anyMatch(m -> m.text().equals("هاكان فيدان")));
    assertTrue(x.entities().stream().anyMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("السويداء"))), x.entities().toString());
    assertTrue(x.entities().stream().anyMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("بيروت"))), x.entities().toString());
  }

  @Test
  void linksCompoundNamesWrittenAsOneWord() {
    String text = "استقبل الرئيس المصري عبدالفتاح السيسي في القاهرة الأمين العام للجامعة "
        + "العربية أحمد أبوالغيط، وبحثا الوضع في غزة.";
    Extraction x = EXTRACTOR.extract(text, LocalDate.of(2020, 5, 1));
    assertTrue(entityNamed(x, "Abdel Fattah el-Sisi").mentions().stream()
        .anyMatch(m -> m.text().equals("عبدالفتاح السيسي")), x.entities().toString());
    assertTrue(entityNamed(x, "Ahmed Aboul Gheit").mentions().stream()
        .anyMatch(m -> m.text().equals("أحمد أبوالغيط")), x.entities().toString());
  }

  @Test
  void namesAnUnknownPersonAfterTheNameNotTheTitleBeforeIt() {
    String text = "وقال الأمين العام لحزب الله سليم محمد الخطيب إن المقاومة مستعدة.";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    Entity person = x.entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("سليم محمد الخطيب")))
        .findFirst().orElseThrow(() -> new AssertionError(x.entities().toString()));
    assertTrue(person.mentions().stream()
        .anyMatch(m -> m.text().equals("الأمين العام لحزب الله")), person.toString());
    assertEquals("Salim Mohammed al-Khatib", person.name());
  }

  @Test
  void splitsTwoPlayersJoinedByANationality() {
    String text = "وسجل البرازيلي مالكوم والصربي ألكسندر ميتروفيتش هدفي الفريق في المباراة.";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    assertTrue(x.entities().stream().flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.text().contains("الصربي") || m.text().contains("البرازيلي")),
        x.entities().toString());
    assertTrue(x.entities().stream().flatMap(e -> e.mentions().stream())
        .anyMatch(m -> m.text().equals("ألكسندر ميتروفيتش")), x.entities().toString());
  }

  @Test
  void keepsANisbaThatEndsAFamilyName() {
    String text = "وقال رئيس الوزراء محمد شياع السوداني إن الحكومة ماضية في خطتها.";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    assertTrue(x.entities().stream().flatMap(e -> e.mentions().stream())
        .anyMatch(m -> m.text().equals("محمد شياع السوداني")), x.entities().toString());
  }

  @Test
  void resolvesACounterpartThroughTheOfficeOfThePersonBefore() {
    String text = "واستقبل الرئيس الفرنسي إيمانويل ماكرون نظيره اللبناني في قصر الإليزيه.";
    assertTrue(entityNamed(EXTRACTOR.extract(text, LocalDate.of(2025, 3, 12)), "Joseph Aoun")
        .mentions().stream().anyMatch(m -> m.text().equals("نظيره اللبناني")));
    assertTrue(entityNamed(EXTRACTOR.extract(text, LocalDate.of(2018, 6, 1)), "Michel Aoun")
        .mentions().stream().anyMatch(m -> m.text().equals("نظيره اللبناني")));
    String noOffice = "وقال رجل الأعمال إنه التقى نظيره اللبناني في باريس.";
    assertTrue(EXTRACTOR.extract(noOffice, LocalDate.of(2025, 3, 12)).entities().stream()
        .flatMap(e -> e.mentions().stream()).noneMatch(m -> m.text().contains("نظيره")));
  }

  @Test
  void aPlaceNounBeforeANameMakesItThePlaceNotTheBodyOrPersonOfThatName() {
    String text = "انتشرت الكوليرا في ولاية الجزيرة، وقالت الجزيرة إن مراسلها وصل إلى مدينة "
        + "الصدر حيث تظاهر أنصار الصدر.";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    assertEquals(EntityType.LOCATION, entityNamed(x, "Gezira State").type());
    assertEquals(EntityType.ORGANIZATION, entityNamed(x, "Al Jazeera").type());
    assertEquals(EntityType.LOCATION, entityNamed(x, "Sadr City").type());
    assertEquals(EntityType.PERSON, entityNamed(x, "Muqtada al-Sadr").type());
  }

  @Test
  void aBareFamilyNameIsThePersonTheArticleNamesInFull() {
    String text = "عون يبحث مع باراك ملف الحدود\nاستقبل الرئيس اللبناني جوزاف عون المبعوث "
        + "الأمريكي توم باراك في بيروت. وقال باراك إن واشنطن تدعم الجيش.";
    Extraction x = EXTRACTOR.extract(text, LocalDate.of(2025, 7, 9));
    assertEquals(3, entityNamed(x, "Tom Barrack").mentions().size(), x.entities().toString());
    assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Ehud Barak")));
    String both = "قال إيهود باراك إن توم باراك زار تل أبيب، وأضاف باراك أن الزيارة ناجحة.";
    assertTrue(EXTRACTOR.extract(both, LocalDate.of(2025, 7, 9)).entities().stream()
        .anyMatch(e -> e.name().equals("Ehud Barak")));
  }

  @Test
  void aGivenNameAfterAnHonorificIsThePersonNamedInFull() {
    String text = "استقبل وزير الداخلية الكويتي الشيخ طلال خالد الأحمد وفداً أمنياً من الأردن. "
        + "وأكد الشيخ طلال أن التعاون مستمر.";
    Entity talal = entityNamed(EXTRACTOR.extract(text, PUBLISHED), "Talal Khaled al-Ahmed");
    assertTrue(talal.mentions().stream().anyMatch(m -> m.text().equals("طلال")),
        talal.toString());
    String two = "التقى الشيخ طلال خالد الأحمد والشيخ طلال ناصر في الكويت. وقال الشيخ طلال إن "
        + "اللقاء مثمر.";
    assertEquals(1, entityNamed(EXTRACTOR.extract(two, PUBLISHED), "Talal Khaled al-Ahmed")
        .mentions().size(), "two people named Talal: the bare name stays apart");
  }

  @Test
  void aStateBodyIsNamedByItsNounAndTheCountrysAdjective() {
    String text = "وافقت الحكومة اليمنية على الهدنة، وقالت الرئاسة التونسية إنها ترحب بالاتفاق.";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    assertEquals(EntityType.ORGANIZATION, entityNamed(x, "Government of Yemen").type());
    assertEquals("الرئاسة التونسية", entityNamed(x, "Presidency of Tunisia").mentions().get(0)
        .text());
  }

  @Test
  void aMinistrysAdjectiveAfterADefiniteNounQualifiesIt() {
    String text = "وانتقد النائب السياسة الخارجية الأمريكية وقال إن الشؤون الداخلية السورية لا "
        + "تعني واشنطن. وقالت الخارجية الأمريكية إنها تتابع.";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    assertEquals("الخارجية الأمريكية", entityNamed(x, "US State Department").mentions().get(0)
        .text());
    assertEquals(1, entityNamed(x, "US State Department").mentions().size(),
        x.entities().toString());
    assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("Interior")),
        x.entities().toString());
  }

  @Test
  void aCommunityIsNoEntity() {
    String text = "والتقى زعيم دروز لبنان وفدا من وجهاء الأكراد والتركمان، وقال إن العلويين "
        + "والمسيحيين شركاء في الوطن.";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    assertTrue(x.entities().stream().flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.text().matches("دروز|الأكراد|التركمان|العلويين|المسيحيين")),
        x.entities().toString());
  }

  @Test
  void aNameRightAfterThePopesTitleIsThatPersonsOwn() {
    String text = "استقبل البابا تواضروس الثاني وفدا من رجال الدين في القاهرة.";
    Extraction x = EXTRACTOR.extract(text, LocalDate.of(2021, 3, 5));
    assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Pope Francis")),
        x.entities().toString());
  }

  @Test
  void aPlaceNameDoesNotRunOnAcrossAConjoinedVerb() {
    String text = "الرئيس التونسي قيس سعيّد يستقبل فايز السراج في قرطاج ويدعو إلى حل سياسي.";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    assertTrue(x.entities().stream().flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.text().contains("ويدعو")), x.entities().toString());
  }

  @Test
  void aTitleAloneIsNoPerson() {
    String text = "وقال وكيل وزارة الخزانة لشؤون الإرهاب إن إيران تواصل استخدام شبكات التهريب.";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    assertTrue(x.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON),
        x.entities().toString());
  }

  @Test
  void aHeadlineNamesByFamilyNameThePersonTheBodyNamesInFull() {
    String text = "سعيّد يستقبل السراج في قرطاج\nاستقبل الرئيس التونسي قيس سعيّد أمس رئيس "
        + "المجلس الرئاسي الليبي فايز السراج في قصر قرطاج.";
    Extraction x = EXTRACTOR.extract(text, LocalDate.of(2020, 1, 8));
    assertTrue(entityNamed(x, "Kais Saied").mentions().stream()
        .anyMatch(m -> m.span().start() == 0 && m.text().equals("سعيّد")), x.entities().toString());
  }

  @Test
  void resolvesATitleThroughTheOfficeHolderAtThePublicationDate() {
    String text = "استقبل الرئيس السوري في قصر الشعب وفدا برلمانيا.";
    assertTrue(EXTRACTOR.extract(text, LocalDate.of(2018, 6, 1)).entities().stream()
        .anyMatch(e -> e.name().equals("Bashar al-Assad")));
    assertTrue(EXTRACTOR.extract(text, LocalDate.of(2026, 1, 29)).entities().stream()
        .anyMatch(e -> e.name().equals("Ahmed al-Sharaa")));
  }

  @Test
  void readsAPhoneCallWithItsParticipantsAndResolvedDate() {
    String text = "أجرى الرئيس التركي رجب طيب أردوغان أمس اتصالا هاتفيا مع الرئيس السوري أحمد الشرع.";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    Event call = x.events().stream().filter(e -> e.type() == EventType.PHONE_CALL).findFirst()
        .orElseThrow(() -> new AssertionError(x.toPrettyJson()));
    assertEquals("2026-01-28", call.core().date().orElseThrow());
    assertEquals(2, call.core().participants().size(), x.toPrettyJson());
  }

  @Test
  void ignoresANegatedEvent() {
    String text = "ولم يلتق الرئيس الروسي فلاديمير بوتين الرئيس السوري أحمد الشرع خلال القمة.";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.MEETING),
        x.toPrettyJson());
  }

  @Test
  void reportsAnEventToldTwiceInRepeatedSentencesOnce() {
    String sentence = "وخففت الولايات المتحدة العقوبات المفروضة على سوريا أمس.";
    Extraction x = EXTRACTOR.extract(sentence + "\n" + sentence, PUBLISHED);
    assertEquals(1, x.events().stream().filter(e -> e.type() == EventType.SANCTIONS).count(),
        x.toPrettyJson());
  }

  @Test
  void emptyAndBlankTextsGiveEmptyExtractions() {
    for (String text : new String[] {"", "   \n\t"}) {
      Extraction x = EXTRACTOR.extract(text, PUBLISHED);
      assertTrue(x.entities().isEmpty() && x.events().isEmpty() && x.timexes().isEmpty());
    }
  }

  @Test
  void rejectsNullTextAndTooLongTextsWithTypedErrors() {
    assertThrows(NullPointerException.class, () -> EXTRACTOR.extract(null, PUBLISHED));
    Extractor small = Extractor.builder().maxChars(100).withoutNameFinder().build();
    DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
        () -> small.extract("ب".repeat(101)));
    assertEquals(101, e.length());
  }

  @Test
  void leavesRelativeDatesUnresolvedWithoutAPublicationDate() throws Exception {
    Extraction x = EXTRACTOR.extract("وصل الوفد أمس إلى عمان.");
    JsonNode json = JSON.readTree(x.toJson());
    assertTrue(json.get("published").isNull());
    assertEquals("أمس", json.get("timexes").get(0).get("text").asText());
    assertTrue(json.get("timexes").get(0).get("value").isNull());
  }

  @Test
  void escapesLoneSurrogatesSoOffsetsSurviveUtf8() throws Exception {
    String text = "قال بوتين \uD800 في موسكو";
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    String json = x.toJson();
    assertTrue(json.contains("\\uD800") || !json.contains("\uD800"), json);
    JsonNode parsed = JSON.readTree(new String(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.UTF_8));
    for (JsonNode e : parsed.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        assertEquals(m.get("text").asText(),
            text.substring(m.get("start").asInt(), m.get("end").asInt()));
      }
    }
  }

  @Test
  void noPhraseRunsOnAcrossALineBreak() {
    // a caption line ends with عبر, the next begins with الهاتف: no phone call, no name across
    Extraction x = EXTRACTOR.extract("وزير الخارجية التركي هاكان فيدان قال عبر\nالهاتف المحمول "
        + "صار أداة للعمل الدبلوماسي.\nسيرغي\nلافروف", PUBLISHED);
    for (var v : x.events()) {
      assertTrue(v.core().sentence().contains(v.core().trigger()), v.toString());
    }
    assertTrue(x.entities().stream().noneMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().contains("\n"))), x.entities().toString());
  }
}
