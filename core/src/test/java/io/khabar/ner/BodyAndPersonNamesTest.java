package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.anyMentionContains;
import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bodies named by their noun phrase and people whose names the model cut short (issue 12).
 * Sentences written for the test; the companies and people in them are invented where the
 * knowledge base must not know them.
 */
class BodyAndPersonNamesTest {

  private static Mention mention(Entity e, String text) {
    return e.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void aMinistryWithItsComplementAndCountryIsOneOrganisation() {
    List<Entity> es = entities("أعلنت وزارة الصحة السعودية تسجيل حالات جديدة في الرياض.");
    Entity e = withMention(es, "وزارة الصحة السعودية").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, e.type());
    assertEquals(MentionKind.NAME, mention(e, "وزارة الصحة السعودية").kind());
  }

  @Test
  void aCoordinatedComplementStaysInTheName() {
    List<Entity> es = entities("قالت وزارة الاقتصاد والمالية إن العجز تراجع هذا العام.");
    assertTrue(withMention(es, "وزارة الاقتصاد والمالية").isPresent(), es::toString);
  }

  @Test
  void aCitysPoliceIsOneOrganisation() {
    List<Entity> es = entities("كشفت شرطة لندن في بيان عن هوية المهاجم.");
    Entity e = withMention(es, "شرطة لندن").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, e.type());
  }

  @Test
  void aHeadNounWithAnIndefiniteAdjectiveIsNoName() {
    List<Entity> es = entities("تملك شركة كبيرة في المدينة عدة مصانع للنسيج.");
    assertTrue(!anyMentionContains(es, "شركة"), es::toString);
  }

  @Test
  void aHeadThatNeedsAProperNameIsNoBodyBeforeACommonNoun() {
    List<Entity> es = entities("اجتمع مجلس الإدارة أمس لمناقشة الميزانية، واحتل الفريق مركز "
        + "الصدارة.");
    assertTrue(!anyMentionContains(es, "مجلس الإدارة"), es::toString);
    assertTrue(!anyMentionContains(es, "مركز الصدارة"), es::toString);
  }

  @Test
  void aCompanyIsNamedByItsOwnNameAfterTheWordCompany() {
    List<Entity> es = entities("أعلنت شركة زينترالوكس عن أرباح قياسية هذا العام.");
    Entity e = withMention(es, "زينترالوكس").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, e.type());
    assertTrue(!anyMentionContains(es, "شركة زينترالوكس"), es::toString);
  }

  @Test
  void theWordOrganisationBeforeAKnownBodysNameLeavesThatBody() {
    List<Entity> es = entities("وأدانت منظمة حماس الهجوم على المدنيين.");
    Entity e = withMention(es, "حماس").orElseThrow(() -> new AssertionError(es));
    assertTrue(e.key().isPresent(), es::toString);
    assertTrue(!anyMentionContains(es, "منظمة حماس"), es::toString);
  }

  @Test
  void anIndefiniteNounInAConstructChainIsNoName() {
    List<Entity> es = entities("ذكرت وكالة أنباء البحرين أن الوفد وصل إلى المنامة.");
    assertTrue(es.stream().flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.text().equals("أنباء")), es::toString);
  }

  @Test
  void aBodyWithACountrysAdjectiveOnlyDescribesIt() {
    List<Entity> es = entities("وقالت الشرطة البريطانية في بيان إنها اعتقلت رجلا.");
    Entity e = withMention(es, "الشرطة البريطانية").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, e.type());
    assertEquals(MentionKind.TITLE, mention(e, "الشرطة البريطانية").kind());
  }

  @Test
  void anAdjectiveOfBodiesNamesMakesADefiniteHeadAName() {
    List<Entity> es = entities("أعلنت النيابة العامة السعودية توقيف عدد من المتهمين.");
    Entity e = withMention(es, "النيابة العامة السعودية")
        .orElseThrow(() -> new AssertionError(es));
    assertEquals(MentionKind.NAME, mention(e, "النيابة العامة السعودية").kind());
  }

  @Test
  void aBodyInsideATitleIsPartOfTheTitle() {
    List<Entity> es = entities("وقال رئيس هيئة الأركان العامة إن الجيش مستعد لكل الاحتمالات.");
    assertTrue(!anyMentionContains(es, "هيئة الأركان"), es::toString);
  }

  @Test
  void aBodyNamedLaterByTheStartOfItsNameIsTheSameBody() {
    List<Entity> es = entities("أعلنت وزارة الصحة السعودية تسجيل حالات جديدة. وأضافت وزارة الصحة "
        + "أن الوضع مستقر.");
    Entity full = withMention(es, "وزارة الصحة السعودية").orElseThrow(() -> new AssertionError(es));
    assertSame(full, withMention(es, "وزارة الصحة").orElseThrow());
  }

  @Test
  void aBodysAcronymInBracketsIsTheSameBody() {
    List<Entity> es = entities("ذكرت وكالة الأنباء السعودية الرسمية (واس) أن الوفد وصل.");
    Entity acronym = withMention(es, "واس").orElseThrow(() -> new AssertionError(es));
    assertEquals(1, es.stream().filter(e -> e.type() == EntityType.ORGANIZATION).count(),
        es::toString);
    assertTrue(acronym.mentions().size() >= 2, es::toString);
  }

  @Test
  void aKnownClubIsNamedWithoutTheWordClub() {
    List<Entity> es = entities("فاز نادي ليفربول على ضيفه بثلاثة أهداف. وتصدر ليفربول الترتيب.");
    Entity club = withMention(es, "ليفربول").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, club.type());
    assertTrue(!anyMentionContains(es, "نادي ليفربول"), es::toString);
  }

  @Test
  void thePrepositionAlaIsNeverTheNameAli() {
    List<Entity> es = entities("وتفوق اللاعب الكرواتي على محمد صلاح في التصويت النهائي.");
    assertTrue(es.stream().flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.text().startsWith("على")), es::toString);
  }

  @Test
  void aForeignNameCutShortRunsOnOverItsRareNameTokens() {
    List<Entity> es = entities("وقالت الرئيسة السابقة إيلين جونسون سيرليف إن الانتخابات كانت "
        + "نزيهة.");
    assertTrue(withMention(es, "إيلين جونسون سيرليف").isPresent(), es::toString);
  }

  @Test
  void aRoleBeforeAnUnknownNameIsNoPartOfTheName() {
    // whether the model's span takes the role words in depends on the model; when it does, they
    // become a TITLE mention of the person, and they are never inside the NAME
    List<Entity> es = entities("وعلق الممثل الكوميدي الأمريكي جيم كاري على الحادث في تغريدة.");
    Entity e = withMention(es, "جيم كاري").orElseThrow(() -> new AssertionError(es));
    assertEquals(MentionKind.NAME, mention(e, "جيم كاري").kind());
    for (Mention m : e.mentions()) {
      assertTrue(m.kind() == MentionKind.TITLE || !m.text().contains("الممثل"), m::toString);
    }
  }

  @Test
  void aDefiniteNamePartBeforeAGivenNameIsARole() {
    // المغني and الرقيب are name parts in Wikidata, but a family name follows the given name
    List<Entity> es = entities("تزوجت من الممثل أحمد سالم ثم المغني محمد فوزي وأخيرا إبراهيم سلامة.");
    assertTrue(withMention(es, "محمد فوزي").isPresent(), es::toString);
    assertFalse(es.stream().flatMap(x -> x.mentions().stream())
        .anyMatch(m -> m.kind() == MentionKind.NAME && m.text().contains("المغني")), es::toString);
    es = entities("وقال الرقيب تيم زينس، المتحدث باسم الشرطة، إن التهمة ثابتة.");
    assertTrue(withMention(es, "تيم زينس").isPresent(), es::toString);
  }
}
