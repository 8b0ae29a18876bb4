package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import io.khabar.ner.Entity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Frames around attack, meeting and talks triggers: the bare relative clause of an indefinite
 * attack noun names the attacker; an attack qualified as words is criticism; a participle after
 * a preposition or ending its clause is a noun or adverb; the city after a noun of meeting is
 * where it met. Sentences written for the test, each rule with a sentence it must leave alone.
 */
class NonStatementFramesTest {

  /** The first mention texts of {@code e}'s participants in {@code role}. */
  private static Set<String> mentions(Extraction x, Event e, ParticipantRole role) {
    return e.core().participants().stream().filter(p -> p.role() == role)
        .map(p -> x.entity(p.entity()).map(Entity::mentions).orElseThrow().get(0).text())
        .collect(Collectors.toSet());
  }

  private static Optional<String> place(Extraction x, Event e) {
    return e.core().place().flatMap(x::entity).map(en -> en.mentions().get(0).text());
  }

  @Test
  void indefiniteRaidsNameTheirAttackerWithoutRelativePronoun() {
    Extraction x = extract("وقتل عشرة فلسطينيين في غارات مكثفة شنها الجيش الإسرائيلي ليل"
        + " الأربعاء على قطاع غزة.");
    List<Event> attacks = ofType(x, EventType.ATTACK);
    assertEquals(1, attacks.size());
    assertEquals(Set.of("الجيش الإسرائيلي"), mentions(x, attacks.get(0), ParticipantRole.AGENT));
  }

  @Test
  void theBareRelativeClauseMayFollowTheTarget() {
    Extraction x = extract("وأعلن الجيش النيجري أنه صد هجوما على أحد مواقعه شنته جماعة بوكو حرام"
        + " مساء الخميس.");
    List<Event> attacks = ofType(x, EventType.ATTACK);
    assertEquals(1, attacks.size());
    assertEquals(Set.of("بوكو حرام"), mentions(x, attacks.get(0), ParticipantRole.AGENT));
  }

  @Test
  void aScathingAttackIsCriticism() {
    assertTrue(ofType(extract("شن المدرب الإسباني بيب غوارديولا هجوما لاذعا على الصحافة"
        + " البريطانية."), EventType.ATTACK).isEmpty());
    assertTrue(ofType(extract("وتعرضت الحكومة التونسية لهجوم إعلامي واسع من المعارضة."),
        EventType.ATTACK).isEmpty());
  }

  @Test
  void aViolentAttackStaysAnAttack() {
    assertEquals(1, ofType(extract("شن تنظيم داعش هجوما عنيفا على مواقع الجيش العراقي في"
        + " الموصل."), EventType.ATTACK).size());
  }

  @Test
  void theFutureAfterAPrepositionReceivesNoOne() {
    assertTrue(ofType(extract("وقال اللاعب الإيطالي جانلويجي بوفون إنه قادر على المساهمة في"
        + " مستقبله."), EventType.MEETING).isEmpty());
    assertTrue(ofType(extract("وأكدت الحكومة المصرية أنها ستدرس الملف مستقبلا."),
        EventType.MEETING).isEmpty());
  }

  @Test
  void aReceivingParticipleWithItsObjectStillMeets() {
    Extraction x = extract("وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة، وكان الرئيس"
        + " عبد الفتاح السيسي في المطار مستقبلا ماكرون.");
    assertEquals(1, ofType(x, EventType.MEETING).size());
  }

  @Test
  void theCityAfterAMeetingNounIsItsPlace() {
    Extraction x = extract("وترأس المبعوث الأمريكي بريان هوك الوفد الأميركي إلى لقاء فيينا الذي"
        + " عقد لمراجعة الاتفاق مع إيران.");
    for (Event e : ofType(x, EventType.MEETING)) {
      assertTrue(!mentions(x, e, ParticipantRole.AGENT).contains("فيينا"));
    }
  }

  @Test
  void twoCapitalsAfterAMeetingNounAreItsParties() {
    Extraction x = extract("وبحث اجتماع موسكو وأنقرة أمس الوضع في إدلب.");
    assertTrue(ofType(x, EventType.MEETING).stream()
        .allMatch(e -> place(x, e).filter("موسكو"::equals).isEmpty()));
  }

  @Test
  void agreeingWithHimSharesAView() {
    assertTrue(ofType(extract("وقال البطل البريطاني ديمون هيل إن فيتل انهار تحت الضغط، واتفق معه"
        + " الألماني نيكو روزبرغ."), EventType.AGREEMENT).isEmpty());
  }

  @Test
  void agreeingWithHimOnTermsIsAnAgreement() {
    assertEquals(1, ofType(extract("والتقى وزير الخارجية المصري سامح شكري نظيره السوداني، واتفق معه"
        + " على فتح المعابر الحدودية."), EventType.AGREEMENT).size());
  }

  @Test
  void aBudgetAimingAtACutStrikesNothing() {
    assertTrue(ofType(extract("وتستهدف الحكومة المصرية بالموازنة الجديدة خفض العجز الكلي إلى"
        + " ثمانية في المئة."), EventType.ATTACK).isEmpty());
    assertTrue(ofType(extract("وردت الصين برسوم مضادة تستهدف سلعا زراعية أمريكية."),
        EventType.ATTACK).isEmpty());
  }

  @Test
  void targetingWithForceToldIsAStrike() {
    assertEquals(1, ofType(extract("واستهدفت القوات العراقية مواقع تنظيم داعش في محافظة الأنبار."),
        EventType.ATTACK).size());
    assertTrue(!ofType(extract("واستهدف صاروخ أطلقه الحوثيون مطار الملك خالد في الرياض."),
        EventType.ATTACK).isEmpty());
    assertTrue(!ofType(extract("استهدف انفجار موكبا لرئيس الوزراء الفلسطيني رامي الحمد الله خلال"
        + " زيارته لقطاع غزة."), EventType.ATTACK).isEmpty());
  }

  @Test
  void hostingGamesIsNoMeeting() {
    assertTrue(ofType(extract("وتستضيف كوريا الجنوبية دورة الألعاب الأولمبية الشتوية الشهر المقبل."),
        EventType.MEETING).isEmpty());
    assertTrue(ofType(extract("وأشاد الوزير بدورة الألعاب العالمية التي تستضيفها الإمارات."),
        EventType.MEETING).isEmpty());
    assertTrue(ofType(extract("واستضاف الندوة النائب السويدي لارس أدكتوسن في بروكسل."),
        EventType.MEETING).isEmpty());
    assertTrue(ofType(extract("وتعد استضافة البحرين لهذا السباق حدثا مهما في البلاد."),
        EventType.MEETING).isEmpty());
  }

  @Test
  void hostingAGuestOrAGatheringMeets() {
    assertEquals(1, ofType(extract("واستضاف الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك"
        + " عبد الله الثاني في القاهرة."), EventType.MEETING).size());
    assertTrue(!ofType(extract("وشارك الوزير في اجتماع استضافته فرنسا لبحث الأزمة الليبية."),
        EventType.MEETING).isEmpty());
    assertTrue(!ofType(extract("وانتقدت المعارضة الكورية قرار الرئيس مون جاي إن استضافة كيم يونغ"
        + " تشول في سيول."), EventType.MEETING).isEmpty());
  }

  @Test
  void nationalTeamsMeetingInARoundPlayAMatch() {
    assertTrue(ofType(extract("وبات على المنتخبين تحقيق نتيجة إيجابية في الجولة الثانية، حيث تلتقي"
        + " البرازيل مع كوستاريكا يوم الجمعة المقبل."), EventType.MEETING).isEmpty());
  }

  @Test
  void leadersMeetingBeforeARoundOfTalksMeet() {
    assertEquals(1, ofType(extract("وتلتقي المستشارة الألمانية أنغيلا ميركل مع الرئيس الفرنسي"
        + " إيمانويل ماكرون يوم الجمعة المقبل في برلين."), EventType.MEETING).size());
  }

  @Test
  void aSpeechOrADiscourseIsNoLetter() {
    assertTrue(ofType(extract("وأضاف الرئيس التركي رجب طيب أردوغان في خطاب بثه التلفزيون أن"
        + " بلاده لن تتراجع."), EventType.MESSAGE).isEmpty());
    assertTrue(ofType(extract("وبنى حزب البديل من أجل ألمانيا شعبيته على خطاب معاد للمهاجرين."),
        EventType.MESSAGE).isEmpty());
  }

  @Test
  void aLetterSentOrAddressedIsAMessage() {
    assertEquals(1, ofType(extract("وأرسلت الحملة الفلسطينية خطابا إلى الاتحاد الأرجنتيني لكرة"
        + " القدم تطالب فيه بإلغاء المباراة."), EventType.MESSAGE).size());
  }

  @Test
  void informingWithAQuotationIsAStatement() {
    Extraction x = extract("وأبلغ الرئيس الفرنسي إيمانويل ماكرون اللاعبين في حديقة القصر: \"أشكركم"
        + " لأنكم جعلتمونا نشعر بالفخر\".");
    assertTrue(ofType(x, EventType.MESSAGE).isEmpty());
    assertEquals(1, ofType(x, EventType.STATEMENT).size());
  }

  @Test
  void informingOfSomethingIsAMessage() {
    Extraction x = extract("وأبلغت الولايات المتحدة إيران بذلك عبر السفارة السويسرية.");
    assertEquals(1, ofType(x, EventType.MESSAGE).size());
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty());
  }

  @Test
  void whoNamesTheSuspectDidNotAttack() {
    Extraction x = extract("كشفت الشرطة الهولندية هوية المشتبه به بتنفيذ هجوم الطعن في محطة"
        + " القطارات المركزية بأمستردام.");
    assertTrue(ofType(x, EventType.ATTACK).stream()
        .noneMatch(e -> mentions(x, e, ParticipantRole.AGENT).contains("الشرطة الهولندية")));
  }

  @Test
  void aFrontedAccuserLeavesItsObjectTheAttacker() {
    Extraction x = extract("وكانت بريطانيا قد اتهمت روسيا بالمسؤولية عن هجوم بغاز الأعصاب"
        + " استهدف العميل السابق.");
    assertTrue(ofType(x, EventType.ATTACK).stream()
        .noneMatch(e -> mentions(x, e, ParticipantRole.AGENT).contains("بريطانيا")));
  }

  @Test
  void theAccusedStillAttacks() {
    Extraction x = extract("واتهمت حركة حماس إسرائيل بشن غارات على قطاع غزة.");
    assertEquals(Set.of("إسرائيل"), mentions(x, ofType(x, EventType.ATTACK).get(0),
        ParticipantRole.AGENT));
  }

  @Test
  void aMissileTestIsNoAttack() {
    assertTrue(ofType(extract("وواصلت كوريا الشمالية التجارب الصاروخية، وأطلقت صاروخا باليستيا سقط"
        + " في البحر."), EventType.ATTACK).isEmpty());
    assertTrue(ofType(extract("وكانت روسيا أطلقت صاروخ فضاء يحمل قمرا صناعيا."),
        EventType.ATTACK).isEmpty());
  }

  @Test
  void aMissileAimedAtATargetIsAnAttack() {
    assertEquals(1, ofType(extract("وأطلقت إسرائيل صاروخا على طائرة مسيرة اقتربت من الجولان"
        + " أثناء تجربة."), EventType.ATTACK).size());
  }

  @Test
  void hostingAGuestAfterTheHostsApposition() {
    assertEquals(1, ofType(extract("واستضاف الرئيس الروسي، فلاديمير بوتين، رئيس الوزراء الإسرائيلي،"
        + " بنيامين نتنياهو، في موسكو."), EventType.MEETING).size());
  }

  @Test
  void anAttackAfterTheAccusationIsNotWhatIsAccused() {
    Extraction x = extract("أردوغان يتهم الأسد بارتكاب جرائم حرب بعد هجوم إدلب");
    assertTrue(ofType(x, EventType.ATTACK).stream()
        .noneMatch(e -> mentions(x, e, ParticipantRole.AGENT).contains("الأسد")));
  }
}
