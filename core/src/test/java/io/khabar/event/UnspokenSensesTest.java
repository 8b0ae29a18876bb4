package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static io.khabar.event.EventTestTexts.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Words of speech that invite, permit or style oneself say nothing; the same words with a call,
 * an addressee or another object are said; and a name in construct with a noun of kin or counsel
 * is not who speaks ({@link ObjectGenitives}). Sentences written for the test.
 */
class UnspokenSensesTest {

  private static boolean statement(String text) {
    return !ofType(extract(text), EventType.STATEMENT).isEmpty();
  }

  @Test
  void invitingToVisitIsNoStatement() {
    assertFalse(statement("دعا الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي دونالد ترامب إلى"
        + " زيارة باريس في يوليو المقبل."));
  }

  @Test
  void anInvitationToVisitIsNoStatement() {
    assertFalse(statement("كشفت مصادر أن كوريا الشمالية تعتزم عن طريق زعيمها كيم جونغ أون دعوة"
        + " البابا فرنسيس لزيارة بيونغ يانغ."));
  }

  @Test
  void invitingToADinnerIsNoStatement() {
    assertFalse(statement("ودعا العاهل الأردني الملك عبد الله الثاني الوفد إلى مأدبة عشاء في عمان."));
  }

  @Test
  void callingOnGovernmentsIsAStatement() {
    assertTrue(statement("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريس الحكومات إلى تعزيز"
        + " حرية الصحافة."));
  }

  @Test
  void callingForAHaltIsAStatement() {
    assertTrue(statement("ودعا وزير الخارجية الإيراني محمد جواد ظريف إلى وقف العمليات العسكرية"
        + " في اليمن."));
  }

  @Test
  void aPermitToUseCarsIsNoStatement() {
    assertFalse(statement("وقبلت المحكمة دعوى يطلب فيها السائقون وقف تصريح شركة أوبر لاستخدام"
        + " السيارات الخاصة."));
  }

  @Test
  void aWorkPermitIsNoStatement() {
    assertFalse(statement("ومنحت السلطات السعودية الصحفي البريطاني تصريح عمل لمدة عام."));
  }

  @Test
  void aStatementToTheAgencyIsAStatement() {
    assertTrue(statement("وفي تصريح لوكالة الأنباء الألمانية، أوضح وزير الخارجية الألماني هايكو"
        + " ماس أن العمل مستمر."));
  }

  @Test
  void stylingOneselfIsNoStatement() {
    assertFalse(statement("وكان قاسم سليماني، الذي يصف نفسه بحامي المراقد، في العراق أمس."));
  }

  @Test
  void describingAStrikeIsAStatement() {
    assertTrue(statement("ويصف الرئيس الروسي فلاديمير بوتين الضربة الأمريكية بأنها عدوان على"
        + " دولة ذات سيادة."));
  }

  @Test
  void theLawyerOfANamedClientSpeaksNotTheClient() {
    Extraction x = extract("توفي المعارض الروسي نيكولاي غلاشكوف في لندن. وقال محامي غلاشكوف إن"
        + " موكله لم يكن مريضا.");
    assertTrue(speakers(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void theBrotherOfANamedManSpeaksNotTheMan() {
    Extraction x = extract("اعتقلت الشرطة الناشط علاء عبد الفتاح أمس. وقال شقيق عبد الفتاح إن"
        + " الأسرة لم تبلغ بمكان احتجازه.");
    assertTrue(speakers(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void theLawyerNamedInAppositionSpeaks() {
    Extraction x = extract("مثل المنتج هارفي واينستين أمام المحكمة. وقال محامي واينستين، بن"
        + " برافمان، إن موكله بريء.");
    assertEquals(1, speakers(x).size(), x.toPrettyJson());
    assertFalse(speakers(x).stream().anyMatch(n -> n.contains("Weinstein")), x.toPrettyJson());
  }

  @Test
  void hisBrotherNamedAfterSpeaks() {
    Extraction x = extract("قتل المعلم علي حسين في الغارة. وقال شقيقه يحيى العجري إنه أب لثلاثة"
        + " أطفال.");
    assertFalse(speakers(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aThingThatPointsToSaysNothing() {
    assertFalse(statement("وأجرت واشنطن مباحثات مع بريطانيا وفرنسا، وهو ما يشير إلى احتمال قيام"
        + " عمل عسكري."));
  }

  @Test
  void anAbsenceThatPointsToSaysNothing() {
    assertFalse(statement("وعدم مشاركة أمير قطر تميم بن حمد يشير إلى غياب حل"
        + " قريب."));
  }

  @Test
  void theMinisterPointingToIsAStatement() {
    assertTrue(statement("ويشير وزير الخارجية الأمريكي مايك بومبيو إلى أن العقوبات ستستمر."));
  }
}
