package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static io.khabar.event.EventTestTexts.place;
import static io.khabar.event.EventTestTexts.onlyAttack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Attacks and their places (issue 13): shooting down an aircraft or a missile (أسقط … طائرة) is an
 * attack, أسقط with another object is not, and so is opening fire (فتح النار), unless a speech act
 * of its subject tells it was in words; a parenthesis is an aside that does not use up the
 * clause, nor does the subject between a split trigger's verb and its object, so the place after
 * them is still the attack's; a name after a participle of allegiance (الموالية لإيران) backs a
 * party and is none, and places a border bounds (الحدود بين تركيا والعراق) are neither parties
 * nor the place; who investigates an attack (للتحقيق في هجوم) did not carry it out. Sentences written for the test, each rule with a case it must leave.
 */
class ShootingDownAndAsidesTest {

  @Test
  void shootingDownADroneIsAnAttackWithItsPlace() {
    Extraction x = extract("أسقط الجيش اليمني، الخميس، طائرة مسيرة تابعة لجماعة الحوثي، في ريف "
        + "محافظة تعز.");
    Event attack = onlyAttack(x);
    assertTrue(names(x, attack).contains("Houthis"), x.toPrettyJson());
    assertEquals(Optional.of("Taiz"), place(x, attack), x.toPrettyJson());
  }

  @Test
  void topplingAGovernmentOrDroppingChargesIsNoAttack() {
    Extraction x = extract("أسقط البرلمان المصري الحكومة في تصويت على الثقة، وأسقطت محكمة في "
        + "القاهرة التهم الموجهة إلى الوزير.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aParenthesisDoesNotEndTheAttacksClause() {
    Extraction x = extract("صد الجيش هجوما على أحد مواقعه شنته جماعة بوكو حرام حوالي الساعة "
        + "23,00 (22,00 ت غ) من الخميس في جنوب شرق النيجر.");
    assertEquals(Optional.of("Niger"), place(x, onlyAttack(x)), x.toPrettyJson());
  }

  @Property(tries = 4)
  void aPlaceBeyondTheReachStaysOutsideWithOrWithoutAnAside(
      @ForAll @IntRange(min = 0, max = 1) int aside) {
    String bracket = aside == 1 ? " (بحسب المرصد)" : "";
    Extraction x = extract("شنت جماعة بوكو حرام هجوما على قرية" + bracket + " وقال السكان إنهم "
        + "فروا من المنطقة نحو الغابات والحقول والطرق المؤدية إلى البلدات المجاورة قبل أن يعودوا "
        + "إلى منازلهم في النيجر.");
    assertEquals(Optional.empty(), place(x, onlyAttack(x)), x.toPrettyJson());
  }

  @Test
  void theBackerOfATargetIsNoParty() {
    Extraction x = extract("قصف الجيش اليمني مواقع لجماعة الحوثي الموالية لإيران في محافظة "
        + "تعز.");
    Event attack = onlyAttack(x);
    assertTrue(names(x, attack).contains("Houthis"), x.toPrettyJson());
    assertTrue(!names(x, attack).contains("Iran"), x.toPrettyJson());
    assertEquals(Optional.of("Taiz"), place(x, attack), x.toPrettyJson());
  }

  @Test
  void aTargetAfterAPrepositionWithoutAllegianceStaysAParty() {
    Extraction x = extract("قصف الجيش اليمني مواقع لجماعة الحوثي ولإيران في محافظة تعز.");
    assertTrue(names(x, onlyAttack(x)).contains("Houthis"), x.toPrettyJson());
  }

  @Test
  void placesABorderBoundsAreNeitherPartiesNorThePlace() {
    Extraction x = extract("قصف الجيش التركي مواقع لحزب العمال الكردستاني قرب الحدود بين تركيا "
        + "والعراق.");
    Event attack = onlyAttack(x);
    assertTrue(!names(x, attack).contains("Iraq"), x.toPrettyJson());
    assertEquals(Optional.empty(), place(x, attack), x.toPrettyJson());
  }

  @Test
  void partiesFoughtBetweenNearABorderStayParties() {
    Extraction x = extract("دارت اشتباكات بين الجيش التركي وحزب العمال الكردستاني قرب الحدود مع "
        + "العراق.");
    assertTrue(names(x, onlyAttack(x)).contains("Kurdistan Workers' Party"), x.toPrettyJson());
  }

  @Test
  void whoInvestigatesAnAttackDidNotCarryItOut() {
    Extraction x = extract("دخلت لجنة تابعة لمنظمة حظر الأسلحة الكيميائية الثلاثاء إلى مدينة "
        + "دوما للتحقيق في هجوم كيميائي مفترض.");
    assertTrue(ofType(x, EventType.ATTACK).stream().allMatch(e -> names(x, e).isEmpty()),
        x.toPrettyJson());
  }

  @Test
  void anAttackAfterAnInquiryKeepsItsOwnAttacker() {
    Extraction x = extract("وفتحت الشرطة الفرنسية تحقيقا بشأن الهجوم الذي شنه تنظيم داعش على "
        + "الكنيسة.");
    assertEquals(java.util.Set.of("Islamic State"), names(x, onlyAttack(x)), x.toPrettyJson());
  }

  @Test
  void theStatesABorderAgreementBoundsAreItsParties() {
    Extraction x = extract("انتقدت تركيا اتفاقا لترسيم الحدود البحرية بين مصر وقبرص.");
    List<Event> agreements = ofType(x, EventType.AGREEMENT);
    assertEquals(1, agreements.size(), x.toPrettyJson());
    assertEquals(java.util.Set.of("Egypt", "Cyprus"), names(x, agreements.get(0)),
        x.toPrettyJson());
  }

  @Test
  void openingFireIsAnAttack() {
    Extraction x = extract("وكان نيكولاس كروز قتل 17 شخصا، الأربعاء، عندما فتح نيران رشاش على "
        + "الطلاب في مدرسة ثانوية في باركلاند.");
    assertTrue(names(x, onlyAttack(x)).contains("Nicholas Cruz"), x.toPrettyJson());
  }

  @Test
  void openingFireInWordsIsNoAttack() {
    Extraction x = extract("وفتح ترامب النار على الاحتياطي الفدرالي الأميركي، مجددا متهما إياه "
        + "بالجنون لرفعه أسعار الفائدة.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }

  @Test
  void openingAnInquiryOrADoorIsNoAttack() {
    Extraction x = extract("وفتحت الشرطة الفرنسية تحقيقا في الحادث، وفتحت الحكومة المصرية الباب "
        + "أمام الاستثمار الأجنبي.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }
}
