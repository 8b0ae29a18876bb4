package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.anyMentionContains;
import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People the knowledge base does not know, in sentences written for the test (the people are
 * invented or written so that the base cannot know them).
 */
class PeopleOutsideTheKbTest {

  @Test
  void anAccusativeAfterANameIsNoPartOfIt() {
    List<Entity> es = entities("كان رجل الأعمال إنغفار كامبراد مهووسا بالتوفير طوال حياته.");
    assertTrue(!anyMentionContains(es, "مهووسا"), es::toString);
  }

  @Test
  void aKnownFamilyNameBeforeAnotherNameIsSomeoneElsesGivenName() {
    List<Entity> es = entities("ويخضع اللاعب نوفاك جوكوفيتش لعملية في مرفقه.");
    Entity e = withMention(es, "نوفاك جوكوفيتش").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.PERSON, e.type());
    assertTrue(e.key().isEmpty(), e::toString);
  }

  @Test
  void theKnownPersonKeepsHisFamilyNameAlone() {
    List<Entity> es = entities("قال وزير الطاقة الروسي ألكسندر نوفاك إن الإنتاج سيرتفع. وأضاف "
        + "نوفاك أن الاتفاق صامد.");
    Entity e = withMention(es, "ألكسندر نوفاك").orElseThrow(() -> new AssertionError(es));
    assertTrue(e.mentions().stream().anyMatch(m -> m.text().equals("نوفاك")), e::toString);
  }

  @Test
  void aForeignNameStartingWithWawKeepsIt() {
    List<Entity> es = entities("قالت السناتور إليزابيث وارن إن القانون ظالم.");
    assertTrue(withMention(es, "إليزابيث وارن").isPresent(), es::toString);
    List<Entity> venus = entities("وقالت اللاعبة فينوس ويليامز إنها ستعود قريبا.");
    assertTrue(withMention(venus, "فينوس ويليامز").isPresent(), venus::toString);
  }

  @Test
  void anArabicGivenNameAfterAndIsAConjunct() {
    List<Entity> es = entities("التقى الوزير محمد علي وحسن مصطفى أمس.");
    assertTrue(withMention(es, "حسن مصطفى").isPresent(), es::toString);
    assertTrue(!anyMentionContains(es, "وحسن"), es::toString);
  }

  @Test
  void aVerbAfterAnUnknownNameIsNoPartOfIt() {
    List<Entity> es = entities("وشوهد الوزير ألبيرتو فرانكوني يضحك مع الجنود.");
    assertTrue(withMention(es, "ألبيرتو فرانكوني").isPresent(), es::toString);
    assertTrue(!anyMentionContains(es, "يضحك"), es::toString);
  }

  @Test
  void aWordWithAPronounAfterAnUnknownNameIsNoPartOfIt() {
    List<Entity> es = entities("ونفى القنصل غاستون بيرانديلو علمه بمكان الصحفي.");
    assertTrue(!anyMentionContains(es, "علمه"), es::toString);
  }

  @Test
  void aForeignNameEndingInYehHehKeepsIt() {
    List<Entity> es = entities("وسجل المدافع الفرنسي كليمنت لينغليه هدفا في المباراة.");
    assertTrue(withMention(es, "كليمنت لينغليه").isPresent(), es::toString);
  }

  @Test
  void aWordWithAPrepositionEndsAnUnknownNameAndAnotherNameMayFollow() {
    List<Entity> es = entities("وأشاد الباحث ماركوس هالوران بجهود جوناثان فريدلاند في المشروع.");
    assertTrue(!anyMentionContains(es, "بجهود"), es::toString);
    assertTrue(withMention(es, "جوناثان فريدلاند").isPresent(), es::toString);
  }

  @Test
  void aForeignFamilyNameStartingWithBaOrLamKeepsIt() {
    List<Entity> es = entities("وقال رئيس الوزراء السويدي ستيفان لوفن إن الحكومة ستصمد.");
    assertTrue(withMention(es, "ستيفان لوفن").isPresent(), es::toString);
  }

  @Test
  void theComplementiserAfterASpeakerIsNoPartOfTheName() {
    List<Entity> es = entities("وقال منسق البرنامج غوستاف ميرينو إن عدد المهاجرين ارتفع.");
    assertTrue(!anyMentionContains(es, "إن"), es::toString);
  }

  @Test
  void aLongForeignFamilyNameStartingWithYaIsNoVerb() {
    List<Entity> es = entities("وحضر الاجتماع نائب الوزير رستم بك يلداروف، ورئيس الأركان.");
    assertTrue(anyMentionContains(es, "يلداروف"), es::toString);
  }
}
