package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.anyMentionContains;
import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bodies' names after the name finder: a government's genitive, a field's nisba with a country's
 * adjective, a construct chain of nouns, a body's short form after its full name, and the
 * theophoric family name. Sentences written for the test.
 */
class BodyDescriptionsAndShortFormsTest {

  private static Entity typed(List<Entity> es, String mention, EntityType type) {
    Entity e = withMention(es, mention).orElseThrow(() -> new AssertionError(es));
    assertEquals(type, e.type(), e::toString);
    return e;
  }

  private static boolean hasName(List<Entity> es, String mention) {
    return es.stream().flatMap(e -> e.mentions().stream())
        .anyMatch(m -> m.text().equals(mention) && m.kind() == MentionKind.NAME);
  }

  @Test
  void aGovernmentIsNamedByItsCountry() {
    List<Entity> es = entities("اتهمت الشركة حكومة جيبوتي بمصادرة الميناء بصورة غير مشروعة.");
    typed(es, "جيبوتي", EntityType.LOCATION);
    assertFalse(anyMentionContains(es, "حكومة"), es::toString);
  }

  @Test
  void aFieldsNisbaAndACountrysAdjectiveNameABody() {
    typed(entities("تعطلت أعمال المجلس التشريعي الفلسطيني منذ سنوات."),
        "المجلس التشريعي الفلسطيني", EntityType.ORGANIZATION);
    typed(entities("وأقرت اللجنة الاقتصادية اليمنية حزمة إجراءات عاجلة."),
        "اللجنة الاقتصادية اليمنية", EntityType.ORGANIZATION);
  }

  @Test
  void aNisbaWithoutACountryOrACompanysIsNoName() {
    List<Entity> es = entities("ناقش المجلس التشريعي مشروع القانون أمس.");
    assertFalse(anyMentionContains(es, "المجلس"), es::toString);
    es = entities("أعلنت الشركة الحكومية الصينية عن أرباح قياسية.");
    assertFalse(hasName(es, "الشركة الحكومية الصينية"), es::toString);
  }

  @Test
  void aConstructChainOfNounsNamesABody() {
    typed(entities("أقامت غرفة صناعة السينما احتفالية لتكريم الفنانة."),
        "غرفة صناعة السينما", EntityType.ORGANIZATION);
  }

  @Test
  void aVerbOrAnAdjectiveAfterTheHeadIsNoChain() {
    List<Entity> es = entities("وقالت لجنة تضم الخبراء إن الوضع صعب.");
    assertFalse(anyMentionContains(es, "لجنة"), es::toString);
    es = entities("شكلت الوزارة لجنة خاصة الأسبوع الماضي لدراسة الملف.");
    assertFalse(anyMentionContains(es, "لجنة"), es::toString);
    es = entities("أسس رجل الأعمال شركة عالمية العام الماضي في الرياض.");
    assertFalse(anyMentionContains(es, "شركة"), es::toString);
  }

  @Test
  void aBodysShortFormAfterItsFullNameIsTheBody() {
    List<Entity> es = entities("اتهمت شركة موانئ دبي العالمية السلطات بمصادرة المحطة. "
        + "وقالت موانئ دبي في بيان إنها ستلجأ إلى التحكيم.");
    Entity full = typed(es, "موانئ دبي العالمية", EntityType.ORGANIZATION);
    assertTrue(full.mentions().stream().anyMatch(m -> m.text().equals("موانئ دبي")),
        full::toString);
  }

  @Test
  void thePlaceAloneStaysAPlace() {
    List<Entity> es = entities("أعلنت شركة موانئ دبي العالمية أرباحها. "
        + "ووصل الوزير إلى دبي مساء الأحد.");
    typed(es, "دبي", EntityType.LOCATION);
  }

  @Test
  void withoutTheFullNameTheHeadAndPlaceAreNoBody() {
    List<Entity> es = entities("رست السفينة في موانئ دبي مساء الأحد.");
    assertFalse(hasName(es, "موانئ دبي"), es::toString);
  }

  @Test
  void allahEndsAFamilyName() {
    List<Entity> es = entities("وأعلن الحمد الله عن تخفيض ضريبة الدخل خلال لقاء برام الله.");
    typed(es, "الحمد الله", EntityType.PERSON);
    assertFalse(hasName(es, "الله"), es::toString);
  }

  @Test
  void allahInAPhraseIsNoPerson() {
    List<Entity> es = entities("وقال المدرب إن الفوز قريب بإذن الله والحمد لله على كل حال.");
    assertFalse(anyMentionContains(es, "الله"), es::toString);
  }

  @Test
  void aQuotedNameAfterANamedHeadOrAHeadAndItsGenitiveIsTheBody() {
    typed(entities("وأعلنت مجموعة \"زيلانكو\" الصينية عن استثمار جديد."), "زيلانكو",
        EntityType.ORGANIZATION);
    typed(entities("وقالت دار النشر \"بيكارون\" إن الكتاب سيصدر قريبا."), "بيكارون",
        EntityType.ORGANIZATION);
  }

  @Test
  void aQuotedCommonWordOrPersonAfterANamedHeadIsNoBody() {
    List<Entity> es = entities("واحتل الفريق مركز \"الوصيف\" في الترتيب العام.");
    assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
  }

  @Test
  void aQuotedBodysNameStandsForTheBodyAgainInTheDocument() {
    List<Entity> es = entities("وأعلنت مجموعة \"زيلانكو\" الصينية عن استثمار جديد. "
        + "وتخوض \"زيلانكو\" منذ سنوات مجال السينما، وقال مدير زيلانكو إن المشروع ضخم.");
    Entity e = typed(es, "زيلانكو", EntityType.ORGANIZATION);
    assertEquals(3, e.mentions().size(), e::toString);
  }

  @Test
  void anUnquotedWordAfterAHeadDoesNotSpread() {
    List<Entity> es = entities("تستخدم شركة فرنسية ناشئة طائرات مسيرة. "
        + "وهي شركة ناشئة تتخذ من باريس مقرا لها.");
    assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
        && e.mentions().size() > 1), es::toString);
  }

  @Test
  void aKnownPersonsFamilyNameEndingInAllahIsTheCompound() {
    List<Entity> es = entities("التقى رئيس الوزراء رامي الحمد الله وفدا من المستثمرين. "
        + "وقال البيان إن الحمد الله أعلم الوفد بالخطة الجديدة.");
    Entity e = typed(es, "رامي الحمد الله", EntityType.PERSON);
    assertTrue(e.mentions().stream().anyMatch(m -> m.text().equals("الحمد الله")), e::toString);
    assertFalse(hasName(es, "الله"), es::toString);
  }

  @Test
  void anAgencysFieldAndACountrysAdjectiveNameIt() {
    List<Entity> es = entities("وأفادت وكالة الأنباء الفلسطينية بأن الجرحى نقلوا إلى المستشفى.");
    typed(es, "وكالة الأنباء الفلسطينية", EntityType.ORGANIZATION);
    assertTrue(hasName(es, "وكالة الأنباء الفلسطينية"), es::toString);
    typed(entities("أطلقت وكالة الفضاء الصينية مسبارا نحو القمر."), "وكالة الفضاء الصينية",
        EntityType.ORGANIZATION);
  }

  @Test
  void aCompanysIndustryAndCountryOnlyDescribeIt() {
    List<Entity> es = entities("أعلنت شركة النفط الفرنسية انسحابها من المشروع في إيران.");
    assertFalse(hasName(es, "شركة النفط الفرنسية"), es::toString);
    es = entities("وقالت شركة الاتصالات الصينية إنها ستطعن في الحظر.");
    assertFalse(hasName(es, "شركة الاتصالات الصينية"), es::toString);
  }

  @Test
  void anArmyIsNamedByItsAdjectivesAndCountry() {
    List<Entity> es = entities("وأكد التحالف تقدم الجيش الوطني اليمني في محافظة صعدة.");
    assertTrue(hasName(es, "الجيش الوطني اليمني"), es::toString);
    es = entities("وكان جيش النيجر أعلن مساء السبت أنه قتل عشرة مسلحين.");
    typed(es, "جيش النيجر", EntityType.ORGANIZATION);
  }

  @Test
  void anArmyWithItsCountrysAdjectiveAloneIsADescription() {
    List<Entity> es = entities("وانتشر الجيش المصري في شوارع المدينة صباح اليوم.");
    assertFalse(hasName(es, "الجيش المصري"), es::toString);
  }

  @Test
  void anArmysNameTakesNoFieldComplement() {
    List<Entity> es = entities("وقال إن ما قدمه الجيش المصري للبلاد على مدى عقود لا يقدر بثمن.");
    assertFalse(anyMentionContains(es, "للبلاد"), es::toString);
    es = entities("وتقدمت الحشود نحو الجيش الإسرائيلي للاشتباك معه عند الحاجز.");
    assertFalse(anyMentionContains(es, "للاشتباك"), es::toString);
  }
}
