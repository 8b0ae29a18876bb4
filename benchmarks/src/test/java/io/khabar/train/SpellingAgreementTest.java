package io.khabar.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpellingAgreementTest {

  @Test
  void englishSpellingsOfTheSameNameAgree() {
    assertTrue(SpellingAgreement.agrees("ترامب", "trump"));
    assertTrue(SpellingAgreement.agrees("جونسون", "johnson"));
    assertTrue(SpellingAgreement.agrees("غوارديولا", "guardiola"));
    assertTrue(SpellingAgreement.agrees("فلاديمير", "vladimir"));
    assertTrue(SpellingAgreement.agrees("واغنر", "wagner"));
    assertTrue(SpellingAgreement.agrees("شولتس", "scholz"));
    assertTrue(SpellingAgreement.agrees("محمد", "mohammed"));
    assertTrue(SpellingAgreement.agrees("بيير", "pierre"));
    assertTrue(SpellingAgreement.agrees("غوتشي", "gucci"));
    assertTrue(SpellingAgreement.agrees("فويتشخ", "wojciech"));
    assertTrue(SpellingAgreement.agrees("ويلوبي", "willoughby"));
    assertTrue(SpellingAgreement.agrees("توسو", "tussaud"));
    assertTrue(SpellingAgreement.agrees("السعاده", "saadet"));
    assertTrue(SpellingAgreement.agrees("اوليفييه", "olivier"));
    assertTrue(SpellingAgreement.agrees("ايف", "yves"));
    assertTrue(SpellingAgreement.agrees("ميراي", "mireille"));
    assertTrue(SpellingAgreement.agrees("خيا", "gea"));
    assertTrue(SpellingAgreement.agrees("ووكر", "walker"));
    assertTrue(SpellingAgreement.agrees("مونبلييه", "montpellier"));
  }

  @Test
  void aFrenchNasalVowelAndItsSilentEndingAgreeWithNun() {
    assertTrue(SpellingAgreement.agrees("ديشان", "deschamps"));
    assertTrue(SpellingAgreement.agrees("برنار", "bernard"));
    assertFalse(SpellingAgreement.agrees("ديشان", "dempsey"));
    assertFalse(SpellingAgreement.agrees("الانين", "moan"), "a nasal m only before p or b");
  }

  @Test
  void theArticleMayGoUnspelled() {
    assertTrue(SpellingAgreement.agrees("العمراني", "amrani"));
    assertTrue(SpellingAgreement.agrees("المنصف", "moncef"));
    assertTrue(SpellingAgreement.agrees("الشريف", "alsharif"));
  }

  @Test
  void labelOfAnotherNameDoesNotAgree() {
    assertFalse(SpellingAgreement.agrees("واغنر", "querino"));
    assertFalse(SpellingAgreement.agrees("جونسون", "smith"));
    assertFalse(SpellingAgreement.agrees("ترامب", "donald"));
    assertFalse(SpellingAgreement.agrees("لوف", "lamb"));
    assertFalse(SpellingAgreement.agrees("كوهين", "bendahan"));
    assertFalse(SpellingAgreement.agrees("مهرج", "joker"));
  }

  @Test
  void theUsualSpellingCostsLessThanARareOne() {
    assertTrue(SpellingAgreement.cost("لوف", "lof") < SpellingAgreement.cost("لوف", "low"));
  }
}
