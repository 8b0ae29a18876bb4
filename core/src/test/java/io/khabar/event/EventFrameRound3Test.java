package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Frames of real news (issue 13, round 3): states that speak, a described noun that is the
 * subject of its verb, the agent of a nominal attack, a capital standing for its state, the
 * modality of a relative clause. Sentences written for the test.
 */
class EventFrameRound3Test {

  private static Set<String> all(Extraction x, EventType type, ParticipantRole role) {
    return ofType(x, type).stream().flatMap(e -> names(x, e, role).stream())
        .collect(Collectors.toSet());
  }

  // ------------------------------------------------------------------ speakers

  @Test
  void aStateSpeaksThroughItsGovernment() {
    Extraction x = extract("وحضت الولايات المتحدة، الأربعاء، شركاءها في مجلس الأمن على فرض "
        + "عقوبات جديدة.");
    assertEquals(Set.of("United States"), all(x, EventType.STATEMENT, ParticipantRole.SPEAKER),
        x.toPrettyJson());
  }

  @Test
  void aCityNeverSpeaks() {
    Extraction x = extract("وأعربت القاهرة عن قلقها من التصعيد في المنطقة.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aNounDescribedByASpeechVerbIsItsSubjectNotTheNameAfterIt() {
    Extraction x = extract("وتناقش الجمعية العامة غدا مشروع قرار قدمته الدول العربية يدين "
        + "إسرائيل بسبب العنف.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
    Extraction y = extract("وقدمت فرنسا تعديلا على مشروع القرار يدين إيران.");
    assertFalse(all(y, EventType.STATEMENT, ParticipantRole.SPEAKER).contains("Iran"),
        y.toPrettyJson());
  }

  // ------------------------------------------------------------------ attacks told as nouns

  @Test
  void theRelativeClauseOfAnAttackNamesWhoCarriedItOut() {
    Extraction x = extract("وقتل عشرة مدنيين في الهجوم الذي نفذته حركة الشباب على فندق في "
        + "مقديشو.");
    assertEquals(Set.of("al-Shabab"), all(x, EventType.ATTACK, ParticipantRole.AGENT),
        x.toPrettyJson());
  }

  @Test
  void raidsOfTheCoalitionAreItsRaidsNotRaidsOnIt() {
    Extraction x = extract("وقتل خمسة مدنيين في غارات للتحالف الدولي على مدينة الرقة.");
    Set<String> agents = all(x, EventType.ATTACK, ParticipantRole.AGENT);
    assertEquals(1, agents.size(), x.toPrettyJson());
    assertTrue(all(x, EventType.ATTACK, ParticipantRole.TARGET).stream()
        .noneMatch(agents::contains), x.toPrettyJson());
  }

  @Test
  void aPassiveAgentCarriedOutTheShelling() {
    Extraction x = extract("وتعرضت القرية لقصف من قبل الجيش السوري أمس.");
    assertEquals(Set.of("Syrian Army"), all(x, EventType.ATTACK, ParticipantRole.AGENT),
        x.toPrettyJson());
  }

  @Test
  void theAccusedIsTheAttackerNotTheAccuser() {
    Extraction x = extract("واتهمت الولايات المتحدة الحكومة السورية بشن هجوم كيماوي على مدينة "
        + "دوما.");
    Set<String> agents = all(x, EventType.ATTACK, ParticipantRole.AGENT);
    assertEquals(Set.of("Syrian government"), agents, x.toPrettyJson());
  }

  @Test
  void whoClaimsTheAttackCarriedItOut() {
    Extraction x = extract("وتبنى تنظيم داعش الهجوم على الكنيسة في مصر.");
    assertEquals(Set.of("Islamic State"), all(x, EventType.ATTACK, ParticipantRole.AGENT),
        x.toPrettyJson());
  }

  @Test
  void fireIsAnAttackOnlyWhenWhoseFireIsNamed() {
    Extraction x = extract("وقالت إسرائيل إنها سترد. وقتل خمسة فلسطينيين بنيران إسرائيلية في "
        + "قطاع غزة.");
    assertEquals(Set.of("Israel"), all(x, EventType.ATTACK, ParticipantRole.AGENT),
        x.toPrettyJson());
    Extraction y = extract("واندلعت النيران في مبنى وزارة الصحة المصرية.");
    assertTrue(ofType(y, EventType.ATTACK).isEmpty(), y.toPrettyJson());
  }

  @Test
  void rocketsCountedByANumberAreAnAttackAndAReasonIsAsserted() {
    Extraction x = extract("وقالت السفيرة إن النص يجب أن يكون مرفوضا، لأن حماس أطلقت أكثر من "
        + "مئة صاروخ على إسرائيل الشهر الماضي.");
    List<Event> attacks = ofType(x, EventType.ATTACK);
    assertEquals(1, attacks.size(), x.toPrettyJson());
    assertEquals(Modality.ASSERTED, attacks.get(0).core().modality(), x.toPrettyJson());
    assertEquals(Set.of("Hamas"), names(x, attacks.get(0), ParticipantRole.AGENT));
  }

  @Test
  void aRaidAlreadyToldIsTheSubjectOfItsVerbNotANewAttack() {
    Extraction x = extract("وأغارت إسرائيل على موقعين لحركة حماس في غزة. وقالت المصادر إن "
        + "الغارة الأولى استهدفت منشأة تابعة لكتائب عز الدين القسام.");
    assertEquals(1, ofType(x, EventType.ATTACK).size(), x.toPrettyJson());
  }

  @Test
  void aPartyFiringIsNotFoldedIntoAnAttackOnIt() {
    Extraction x = extract("وقالت إسرائيل إن حماس أطلقت صواريخ على إسرائيل أمس. وقتل خمسة "
        + "فلسطينيين بنيران إسرائيلية في قطاع غزة.");
    assertEquals(2, ofType(x, EventType.ATTACK).size(), x.toPrettyJson());
  }

  @Test
  void aStateThatFollowsEffortsSaysNothing() {
    Extraction x = extract("وقال الرئيس الروسي فلاديمير بوتين إن روسيا تتابع جهود الحكومة "
        + "السورية.");
    assertEquals(Set.of("Vladimir Putin"), all(x, EventType.STATEMENT, ParticipantRole.SPEAKER),
        x.toPrettyJson());
  }

  @Test
  void aNounOfSpeechInsideAQuotationTellsNoStatement() {
    Extraction x = extract("وأكد المسؤول أن \"التحقيقات التي أجرتها النيابة العامة أظهرت قيام "
        + "المشتبه به بالتوجه إلى إسطنبول لمقابلة المواطن جمال خاشقجي\".");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  // ------------------------------------------------------------------ capitals, relative clauses

  @Test
  void aCapitalThatAgreesStandsForItsState() {
    Extraction x = extract("وقال الوزير إن سوريا وتركيا جارتان، وإن \"أنقرة ودمشق توصلتا إلى "
        + "تفاهم أولي حول الانسحاب\".");
    assertEquals(Set.of("Syria", "Turkey"), all(x, EventType.AGREEMENT, ParticipantRole.AGENT),
        x.toPrettyJson());
  }

  @Test
  void anActInARelativeClauseOfAFutureVerbIsPlanned() {
    Extraction x = extract("وأكد الوزير أن الحكومة ستتسلم المواقع التي تخليها القوات التركية "
        + "في ريف حلب.");
    List<Event> withdrawals = ofType(x, EventType.WITHDRAWAL);
    assertEquals(1, withdrawals.size(), x.toPrettyJson());
    assertEquals(Modality.PLANNED, withdrawals.get(0).core().modality(), x.toPrettyJson());
  }

  // ------------------------------------------------------------------ statements told as sources

  @Test
  void theSourceOfAReportMadeAStatement() {
    Extraction x = extract("وبدأ الإنتاج في الحقل في ديسمبر بحسب بيان لوزارة البترول المصرية.");
    List<Event> statements = ofType(x, EventType.STATEMENT);
    assertEquals(1, statements.size(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.PUBLICATION), statements.get(0).core().dateBasis(),
        x.toPrettyJson()); // December is when production began, not when the ministry spoke
    Extraction y = extract("وجاء في بيان لوزارة الخارجية الفرنسية أن باريس تدين الهجوم.");
    assertEquals(1, ofType(y, EventType.STATEMENT).size(), y.toPrettyJson());
  }

  @Test
  void aSourceWithNoNamedSpeakerTellsNothing() {
    Extraction x = extract("وبدأ الإنتاج في الحقل الشهر الماضي بحسب بيان صحفي.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void whoCommentsOnAnAttackDidNotCarryItOut() {
    Extraction x = extract("علق الممثل الأمريكي جيم كاري، السبت، على استهداف حافلة مدرسية في "
        + "اليمن.");
    assertEquals(1, ofType(x, EventType.STATEMENT).size(), x.toPrettyJson());
    assertTrue(all(x, EventType.ATTACK, ParticipantRole.AGENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aParticipleAfterACopulaIsItsPredicateNotSpeech() {
    Extraction x = extract("وأصدرت المحكمة العليا الكندية قرارا بمنع التجسس ما لم يكن الأمن "
        + "القومي مهددا بشكل فعلي.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aStatementTakesTheDateOfTheClauseThatPublishedIt() {
    Extraction x = extract("أكد المرشد الإيراني علي خامنئي أنه لا حرب مع الولايات المتحدة، وذلك "
        + "وفق خطابه الذي نُشر على موقعه الرسمي، الإثنين.");
    List<Event> statements = ofType(x, EventType.STATEMENT);
    assertEquals(1, statements.size(), x.toPrettyJson());
    assertEquals(Optional.of("2026-03-09"), statements.get(0).core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.TEXT), statements.get(0).core().dateBasis());
  }

  @Test
  void aSpeakerWhoGoesOnKeepsSpeaking() {
    Extraction x = extract("وقال وزير الخارجية الأردني أيمن الصفدي الثلاثاء إن بلاده ترفض "
        + "التهجير. وأضاف الأربعاء أن الحل هو قيام الدولة الفلسطينية.");
    List<Event> statements = ofType(x, EventType.STATEMENT);
    assertEquals(2, statements.size(), x.toPrettyJson());
    assertEquals(Set.of("Ayman Safadi"), all(x, EventType.STATEMENT, ParticipantRole.SPEAKER));
  }

  @Test
  void aSpeechVerbBeforeAnUnknownWordGuessesNoSpeaker() {
    Extraction x = extract("وقال وزير الخارجية الأردني أيمن الصفدي الثلاثاء إن بلاده ترفض "
        + "التهجير. وتدعي مايورغا الأربعاء أن الحل غير ممكن.");
    assertEquals(1, ofType(x, EventType.STATEMENT).size(), x.toPrettyJson());
  }

  @Test
  void aVerbAfterARelativePronounHasItsAntecedentAsSubject() {
    Extraction x = extract("وعرض المبعوث مرافقة مقاتلي جبهة النصرة خارج المدينة، وهو ما رفضته "
        + "الجماعة، التي توجه عناصرها إلى إدلب.");
    assertFalse(all(x, EventType.VISIT, ParticipantRole.AGENT).stream()
        .anyMatch(n -> n.contains("Nusra")), x.toPrettyJson());
    Extraction y = extract("والتقى الوزير بوفد من حركة حماس، التي زار وفدها القاهرة الأسبوع "
        + "الماضي.");
    assertTrue(all(y, EventType.VISIT, ParticipantRole.AGENT).stream()
        .allMatch(n -> n.contains("Hamas")), y.toPrettyJson());
  }

  @Test
  void aPossibleMeetingIsExpected() {
    Extraction x = extract("وتأتي المناورات وسط استعدادات للقاء محتمل بين الرئيس الروسي فلاديمير "
        + "بوتين ونظيره الأمريكي دونالد ترامب في باريس الشهر المقبل.");
    List<Event> meetings = ofType(x, EventType.MEETING);
    assertEquals(1, meetings.size(), x.toPrettyJson());
    assertEquals(Modality.EXPECTED, meetings.get(0).core().modality(), x.toPrettyJson());
  }

  @Test
  void demandedIsAStatementOnlyWithItsComplement() {
    Extraction x = extract("وطالب النائب المصري محمد سعد، بتشكيل لجنة لتقصي الحقائق.");
    assertEquals(Set.of("Mohammed Saad"), all(x, EventType.STATEMENT, ParticipantRole.SPEAKER),
        x.toPrettyJson());
    Extraction y = extract("وفاز طالب مصري بالجائزة الأولى في المسابقة.");
    assertTrue(ofType(y, EventType.STATEMENT).isEmpty(), y.toPrettyJson());
  }

  @Test
  void noNameOutsideAQuotationActsInsideIt() {
    Extraction x = extract("وقال الناشط الإعلامي محمد إبراهيم الموجود في مدينة درعا \"بدأت "
        + "الضربات حوالى الساعة العاشرة وتوقفت بعد منتصف الليل\".");
    assertFalse(all(x, EventType.ATTACK, ParticipantRole.AGENT).stream()
        .anyMatch(n -> n.contains("Ibrahim")), x.toPrettyJson());
  }

  @Test
  void aParticipleGluedToItsComplementizerStillSpeaks() {
    Extraction x = extract("وتحدث اللاعب كريستيانو رونالدو عبر مواقع التواصل، قائلاإنه بريء.");
    assertEquals(Set.of("Cristiano Ronaldo"), all(x, EventType.STATEMENT,
        ParticipantRole.SPEAKER), x.toPrettyJson());
  }
}
