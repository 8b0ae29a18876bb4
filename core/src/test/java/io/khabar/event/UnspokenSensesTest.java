package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Words of speech that invite, permit or style oneself say nothing; the same words with a call,
 * an addressee or another object are said. Sentences written for the test.
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
}
