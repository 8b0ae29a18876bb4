package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static io.khabar.event.EventTestTexts.place;
import static io.khabar.event.EventTestTexts.onlyAttack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Attacks on real news (issue 13): a raid told again is one event with its most exact place; a
 * city naming an attack is its place; a place named with its unit noun is the bare name's place;
 * "a blow to", an attack on the goal and a reported occurrence name no attacker; a claim in the
 * relative clause does, and so does the owner of the aircraft that struck (غارات طائرات التحالف); a statement made during a gathering is where the gathering is held. Sentences written for the test, each rule with a case it must leave.
 */
class AttacksAndPlacesTest {

  // ------------------------------------------------------------------ a raid told again

  @Test
  void aRaidToldAgainIsOneEventWithItsExacterPlace() {
    Extraction x = extract("وشنت روسيا مساء السبت غارات على مناطق المعارضة في جنوب سوريا. وأفاد "
        + "المرصد بأن هناك غارات روسية مكثفة على عدة بلدات في ريف درعا الشرقي.");
    Event raid = onlyAttack(x);
    assertTrue(raid.core().date().isPresent(), x.toPrettyJson());
    assertEquals(Optional.of("Daraa countryside"), place(x, raid), x.toPrettyJson());
  }

  @Test
  void aBackgroundRaidIsNotToldAgainAfterAnotherDaysRaid() {
    Extraction x = extract("وكانت روسيا قد شنت غارات على حلب عام 2016. وشنت روسيا أمس غارات على "
        + "إدلب. وقال المرصد إن روسيا شنت غارات على حلب.");
    assertEquals(3, ofType(x, EventType.ATTACK).size(), x.toPrettyJson());
  }

  @Property(tries = 3)
  void aRaidToldAgainInEitherNextSentenceIsOneEvent(
      @ForAll @IntRange(min = 0, max = 1) int between) {
    String aside = " وقال مسؤول محلي إن السكان نزحوا من المنطقة.".repeat(between);
    Extraction x = extract("وشنت روسيا مساء السبت غارات على مناطق المعارضة في جنوب سوريا." + aside
        + " وأفاد المرصد بأن هناك غارات روسية مكثفة على عدة بلدات في ريف درعا الشرقي.");
    assertEquals(1, ofType(x, EventType.ATTACK).size(), x.toPrettyJson());
  }

  // ------------------------------------------------------------------ places

  @Test
  void aCityNamingAnAttackIsItsPlaceNotItsAttacker() {
    Extraction x = extract("وتبنى تنظيم داعش هجمات بروكسل التي وقعت عام 2016.");
    Event attack = onlyAttack(x);
    assertEquals(Set.of("Islamic State"), names(x, attack), x.toPrettyJson());
    assertEquals(Optional.of("Brussels"), place(x, attack), x.toPrettyJson());
  }

  @Test
  void theCountrysideOfANamedPlaceIsThatPlace() {
    Extraction x = extract("وقصفت القوات التركية مواقع وحدات حماية الشعب الكردية في ريف عفرين "
        + "الشمالي. وتقع عفرين في شمال غرب سوريا.");
    assertEquals(Optional.of("Afrin"), place(x, onlyAttack(x)), x.toPrettyJson());
  }

  @Test
  void aPalaceIsNoUnitOfItsCity() {
    Extraction x = extract("واستقبل الرئيس التونسي قيس سعيد أمس بقصر قرطاج رئيس الحكومة الليبية "
        + "فايز السراج. وتقع قرطاج قرب تونس العاصمة.");
    Event meeting = ofType(x, EventType.MEETING).get(0);
    assertEquals(Optional.of("Carthage Palace"), place(x, meeting), x.toPrettyJson());
  }

  // ------------------------------------------------------------------ where a statement was made

  private static Optional<String> statementPlace(String sentence) {
    Extraction x = extract(sentence);
    List<Event> said = ofType(x, EventType.STATEMENT);
    assertFalse(said.isEmpty(), x.toPrettyJson());
    return place(x, said.get(0));
  }

  @Test
  void aStatementDuringAGatheringIsWhereItIsHeld() {
    assertEquals(Optional.of("Ankara"), statementPlace(
        "وقال الرئيس التركي رجب طيب أردوغان خلال مؤتمر صحفي في أنقرة إن بلاده لن تتراجع."));
    assertEquals(Optional.of("Dhahran"), statementPlace("وأكد الملك عبدالله الثاني خلال القمة "
        + "العربية المنعقدة في الظهران أن القضية الفلسطينية هي القضية المركزية."));
    assertEquals(Optional.of("Russia"), statementPlace("وأكدت الصين وروسيا، الثلاثاء، سعيهما "
        + "لزيادة التبادل التجاري، وذلك خلال المنتدى الاقتصادي الشرقي، المنعقد في روسيا حاليا."));
  }

  @Test
  void aGatheringInWhatWasSaidIsNotWhereItWasSaid() {
    assertEquals(Optional.empty(), statementPlace("وأعرب الرئيس الفنزويلي نيكولاس مادورو عن "
        + "رغبته في مصافحة ترامب خلال القمة المقبلة في البيرو."));
    assertEquals(Optional.empty(), statementPlace("وقال مالك أحمد خان المتحدث باسم حكومة "
        + "البنجاب إن الوزير كان يشارك في اجتماع في مدينة لاهور عندما أصيب."));
  }

  // ------------------------------------------------------------------ senses and agents

  @Test
  void aBlowToSomethingIsNoAttack() {
    assertTrue(ofType(extract("وقال مسؤول إن القرار سيكون ضربة قاسية للاتفاق النووي."),
        EventType.ATTACK).isEmpty());
    assertTrue(ofType(extract("ويمثل غياب اللاعب، صاحب الخبرة، ضربة قوية للمنتخب."),
        EventType.ATTACK).isEmpty());
  }

  @Test
  void aPastPerfectStrikeIsStillAnAttack() {
    Extraction x = extract("وكانت إسرائيل قد نفذت ضربة جوية على مواقع لحزب الله في سوريا.");
    assertTrue(names(x, onlyAttack(x), ParticipantRole.AGENT).contains("Israel"),
        x.toPrettyJson());
  }

  @Test
  void anAttackOnTheGoalIsPlay() {
    assertTrue(ofType(extract("وشن الفيصلي هجوما مبكرا على مرمى الأهلي في الشوط الأول."),
        EventType.ATTACK).isEmpty());
    assertFalse(ofType(extract("وشن الجيش العراقي هجوما على مواقع تنظيم داعش في الموصل."),
        EventType.ATTACK).isEmpty());
  }

  @Test
  void whoReportsAnOccurrenceIsNoAttacker() {
    Extraction x = extract("وأفاد المرصد السوري بوقوع سلسلة هجمات في المدينة.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
    Extraction y = extract("وأفاد المرصد السوري بوقوع غارات شنها الطيران الروسي على بلدات في "
        + "ريف إدلب.");
    assertEquals(Set.of("Russian Aerospace Forces"),
        names(y, onlyAttack(y), ParticipantRole.AGENT), y.toPrettyJson());
  }

  @Test
  void whoseAircraftStruckIsTheAttacker() {
    Extraction x = extract("وقتل عشرة مسلحين في غارات طائرات التحالف العربي على مواقعهم في "
        + "الحديدة.");
    assertEquals(Set.of("Saudi-led coalition"), names(x, onlyAttack(x), ParticipantRole.AGENT),
        x.toPrettyJson());
    Extraction y = extract("وقتل عشرة مسلحين في غارة جوية لطائرات التحالف العربي في الحديدة.");
    assertEquals(Set.of("Saudi-led coalition"), names(y, onlyAttack(y), ParticipantRole.AGENT),
        y.toPrettyJson());
  }

  @Test
  void theForcesOfTheTargetAreNotTheAttackers() {
    Extraction x = extract("وشنت مقاتلات التحالف خلال ساعات فجر الأحد غارات على تعزيزات "
        + "ميليشيات الحوثي بجوار المطار.");
    assertTrue(ofType(x, EventType.ATTACK).stream()
        .noneMatch(e -> names(x, e, ParticipantRole.AGENT).contains("Houthi militias")),
        x.toPrettyJson());
  }

  @Test
  void aClaimInTheRelativeClauseNamesTheAttacker() {
    Extraction x = extract("وقال المسؤول إن الهجوم الذي تبناه تنظيم داعش أسفر عن مقتل عشرة "
        + "أشخاص.");
    assertEquals(Set.of("Islamic State"), names(x, onlyAttack(x), ParticipantRole.AGENT),
        x.toPrettyJson());
  }
}
