package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The complement decides the sense: an object, a complement of على or عن, a purpose after a
 * place noun. Sentences written for the test.
 */
class ComplementSensesTest {

  private static boolean has(String text, EventType type) {
    return !ofType(extract(text), type).isEmpty();
  }

  @Test
  void securingItsDominanceIsNoStatement() {
    assertFalse(has("أكد يوفنتوس سيطرته على الدوري الإيطالي بفوزه على نابولي أمس.",
        EventType.STATEMENT));
  }

  @Test
  void affirmingItsSupportIsAStatement() {
    assertTrue(has("أكد وزير الخارجية المصري سامح شكري دعمه للمبادرة الفرنسية أمس.",
        EventType.STATEMENT));
  }

  @Test
  void confirmingADeathIsAStatement() {
    assertTrue(has("أكد الرئيس الفرنسي إيمانويل ماكرون مقتل قائد التنظيم في مالي.",
        EventType.STATEMENT));
  }

  @Test
  void turningBackAShipmentIsNoStatement() {
    assertFalse(has("ورفضت مصر شحنة قمح روسية بسبب فطر الإرجوت.", EventType.STATEMENT));
  }

  @Test
  void rejectingAccusationsIsAStatement() {
    assertTrue(has("ورفض الرئيس الإيراني حسن روحاني الاتهامات الأمريكية أمس.",
        EventType.STATEMENT));
  }

  @Test
  void rejectingAllRequestsIsAStatement() {
    assertTrue(has("ورفضت الولايات المتحدة جميع طلبات الإعفاء من العقوبات.",
        EventType.STATEMENT));
  }

  @Test
  void rejectingClaimsAfterAnAppositionIsAStatement() {
    assertTrue(has("ورفض محمد حجر، وهو مسؤول بوزارة الصحة في صنعاء، مزاعم التحالف بشأن المستشفى.",
        EventType.STATEMENT));
  }

  @Test
  void turningBackDonationsAfterAnAppositionIsNoStatement() {
    assertFalse(has("ورفض محمد حجر، وهو مسؤول بوزارة الصحة في صنعاء، تبرعات شركة أجنبية.",
        EventType.STATEMENT));
  }

  @Test
  void followingAShotIsNoStatement() {
    assertFalse(has("وسجل رونالدو الهدف الثاني بعدما تابع تسديدة زميله ماركو أسينسيو.",
        EventType.STATEMENT));
  }

  @Test
  void goingOnBeforeAColonIsAStatement() {
    assertTrue(has("وتابع ماكرون: «لن نتراجع عن هذا القرار».", EventType.STATEMENT));
  }

  @Test
  void consentToAnActionIsNoAgreementButGovernsIt() {
    Extraction x = extract("ووافقت روسيا على رفع حظر كان مفروضا على واردات البطاطا من مصر.");
    assertTrue(ofType(x, EventType.AGREEMENT).isEmpty());
    assertEquals(1, ofType(x, EventType.SANCTIONS).size()); // the lifting, Russia's act
  }

  @Test
  void consentToATruceIsAnAgreement() {
    assertTrue(has("ووافقت حركة حماس على الهدنة التي اقترحتها مصر.", EventType.AGREEMENT));
  }

  @Test
  void givingUpSupportIsNoWithdrawal() {
    assertFalse(has("ويعزو محللون ذلك إلى تخلي واشنطن عن دعمها للأكراد في سوريا.",
        EventType.WITHDRAWAL));
  }

  @Test
  void aLaunchSiteIsNoAttack() {
    assertFalse(has("وبدأت كوريا الشمالية تفكيك موقع هام لإطلاق الصواريخ شمال غربي البلاد.",
        EventType.ATTACK));
  }

  @Test
  void accusedOfLaunchingMissilesIsAnAttack() {
    assertTrue(has("واتهمت إسرائيل حركة حماس بإطلاق الصواريخ على عسقلان.", EventType.ATTACK));
  }

  @Property
  void aNounIsOfItsClassWithItsClitics(@ForAll("decorated") String word) {
    assertTrue(ComplementSenses.ofClass(Set.of("دعم", "اتهامات"), word), word);
  }

  @Test
  void aFeminineNounIsOfItsClassWithItsPronoun() {
    assertTrue(ComplementSenses.ofClass(Set.of("رغبه"), "رغبته")); // ة before a pronoun is ت
  }

  @Provide
  Arbitrary<String> decorated() {
    return Combinators.combine(Arbitraries.of("", "و", "ال", "وال"),
        Arbitraries.of("دعم", "اتهامات"), Arbitraries.of("", "ه", "ها", "هم", "هما"))
        .as((before, noun, after) -> before + noun + after);
  }
}
