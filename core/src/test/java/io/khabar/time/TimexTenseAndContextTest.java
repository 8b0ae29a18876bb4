package io.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tense of the sentence, the decade's century from context, and idioms with time words. */
class TimexTenseAndContextTest {

  private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 1);
  private static final LocalDate JULY = LocalDate.of(2026, 7, 10);
  private static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 12);
  private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 19);
  private static final LocalDate Y2026 = LocalDate.of(2026, 1, 29);

  private final TimexRecognizer recognizer = TimexRecognizer.create();

  private Timex only(String sentence, LocalDate published) {
    List<Timex> found = recognizer.find(sentence, published);
    assertEquals(1, found.size(), () -> "expected one timex in " + sentence + " but got " + found);
    return found.get(0);
  }

  private void assertValue(String sentence, LocalDate published, String text, String value) {
    Timex t = only(sentence, published);
    assertEquals(text, t.text(), sentence);
    assertEquals(Optional.of(value), t.value(), sentence);
  }

  // ---------------------------------------------------------------- tense

  @Test
  void imperfectVerbOfScheduledActIsTheComingWeekday() {
    Timex t = only("يستقبل رئيس الوزراء وفداً برلمانياً الثلاثاء في مقر الحكومة.", SUNDAY);
    assertEquals(Optional.of("2026-03-03"), t.value());
    assertTrue(t.future());
  }

  @Test
  void aRelativeClauseAfterAFutureVerbTellsItsOwnPastWeekday() {
    // the Saturday of the injury, not the coming one: the relative clause has its own time
    assertValue("سيسافر المهاجم إلى ألمانيا للعلاج من الإصابة التي تعرض لها السبت في المباراة.",
        SUNDAY, "السبت", "2026-02-28");
  }

  @Test
  void aRelativeClauseClosedByACommaLeavesTheWeekdayToTheFutureVerb() {
    assertValue("سيواجه المنتخب نظيره الإسباني، الذي تأهل أيضا، يوم الاثنين في العاصمة.",
        SUNDAY, "يوم الاثنين", "2026-03-02");
  }

  @Test
  void theFutureOfTheAuxiliaryTamPointsForward() {
    assertValue("أعلن المدرب قائمة أولية للتشكيلة التي سيتم الكشف عنها الاثنين.", SUNDAY,
        "الاثنين", "2026-03-02");
  }

  @Test
  void aDualComingAfterTwoMonthsPointsBothForward() {
    List<Timex> found = recognizer.find(
        "قال المعارض إنه يمكن إعادة الانتخابات في سبتمبر أو أكتوبر المقبلين.", JULY);
    assertEquals(2, found.size(), found.toString());
    assertEquals(Optional.of("2026-09"), found.get(0).value());
    assertEquals(Optional.of("2026-10"), found.get(1).value());
  }

  @Test
  void perfectVerbIsTheLastWeekday() {
    Timex t = only("استقبل رئيس الوزراء وفداً برلمانياً الثلاثاء في مقر الحكومة.", SUNDAY);
    assertEquals(Optional.of("2026-02-24"), t.value());
    assertFalse(t.future());
  }

  @Test
  void imperfectAfterReportedSpeechStillPointsForward() {
    assertValue("قال المتحدث باسم الرئاسة إن الرئيس يستقبل الثلاثاء وفداً من رجال الأعمال.",
        SUNDAY, "الثلاثاء", "2026-03-03");
  }

  @Test
  void aWeekdaySetOffByCommasTakesThePerfectVerbBeforeTheSubject() {
    Timex t = only("وتواجه القمة المرتقبة مصاعب، إذ هدد الرئيس الأمريكي، الثلاثاء، بإلغائها.",
        SUNDAY);
    assertEquals(Optional.of("2026-02-24"), t.value());
    assertFalse(t.future());
  }

  @Test
  void aWeekdayClosingTheSentenceAfterACommaTakesThePerfectVerb() {
    Timex t = only("وستتواصل المحادثات بعد أن التقى الوزيران في عمان، الثلاثاء.", SUNDAY);
    assertEquals(Optional.of("2026-02-24"), t.value());
  }

  @Test
  void aWeekdaySetOffByCommasAfterAFutureVerbStaysAhead() {
    Timex t = only("ومن المقرر أن يزور الوفد البرلماني العاصمة الأردنية، الثلاثاء، لإجراء محادثات.",
        SUNDAY);
    assertEquals(Optional.of("2026-03-03"), t.value());
    assertTrue(t.future());
  }

  @Test
  void perfectVerbOutweighsALaterFutureVerb() {
    Timex t = only("قالت الوزارة إن الوفد الذي وصل الخميس سيلتقي وزير الخارجية.", SUNDAY);
    assertEquals(Optional.of("2026-02-26"), t.value());
    assertFalse(t.future());
  }

  @Test
  void imperfectNegatedWithLamIsPast() {
    assertValue("لم يحضر السفير حفل الاستقبال الخميس بسبب مرضه.", SUNDAY, "الخميس",
        "2026-02-26");
  }

  @Test
  void imperfectAfterKanaIsPast() {
    assertValue("كان الوزير يزور المخيم الخميس حين اندلع الحريق.", SUNDAY, "الخميس",
        "2026-02-26");
  }

  @Test
  void imperfectOfCircumstantialClauseDecidesNothing() {
    assertValue("ظهر الحارس في تسجيل مصور وهو يضرب متظاهراً يوم الأول من مايو.",
        LocalDate.of(2026, 7, 22), "يوم الأول من مايو", "2026-05-01");
  }

  @Test
  void imperfectAfterQablaAnTakesTheMainClauseTime() {
    assertValue("أقيمت مباريات البطولة طوال الربيع قبل أن تختتم الفعاليات يوم 27 أبريل.",
        LocalDate.of(2026, 6, 6), "يوم 27 أبريل", "2026-04-27");
  }

  @Test
  void directSpeechIsAClauseOfItsOwn() {
    assertValue("وقال المدرب في تغريدة \"سيجدني الفريق جاهزاً يوم الجمعة\".",
        LocalDate.of(2026, 3, 19), "يوم الجمعة", "2026-03-20");
  }

  @Test
  void relativeClauseOwnsTheExpression() {
    assertValue("وتوضح المظاهرات التي نظمت الأحد أن الغضب ما زال كبيراً.",
        LocalDate.of(2026, 9, 7), "الأحد", "2026-09-06");
  }

  @Test
  void sinceADateIsPastWhateverTheVerb() {
    assertValue("وتشهد المدينة منذ 30 آذار/مارس مسيرات أسبوعية.", LocalDate.of(2026, 5, 17),
        "منذ 30 آذار/مارس", "2026-03-30");
  }

  @Test
  void monthAfterVerbOfIntentIsTheComingOne() {
    assertValue("يتطلع البلدان لإجراء مشاورات بأوائل سبتمبر.", JULY, "بأوائل سبتمبر", "2026-09");
  }

  @Test
  void pastReportOfALaterMonthIsLastYear() {
    assertValue("قال المتحدث إن الوزير زار الرياض في سبتمبر.", FEBRUARY, "سبتمبر", "2025-09");
  }

  @Test
  void imperfectMonthIsTheComingOne() {
    assertValue("تنطلق البطولة العربية في أبريل بمشاركة عشرين فريقاً.", FEBRUARY, "أبريل",
        "2026-04");
  }

  @Test
  void perfectVerbPutsANextMonthInThePastYear() {
    assertValue("وقع الانفجار في ديسمبر قرب الميناء.", NOVEMBER, "ديسمبر", "2025-12");
  }

  @Test
  void monthWithLastKeepsItsOwnDirection() {
    assertValue("يعود الوزير إلى العاصمة التي زارها في مارس الماضي.", JULY, "مارس الماضي",
        "2026-03");
  }

  @Test
  void tenseDoesNotTouchExpressionsThatDoNotNeedIt() {
    Timex t = only("تجري المفاوضات حالياً في جنيف.", SUNDAY);
    assertEquals(Optional.of("PRESENT_REF"), t.value());
    assertFalse(t.future());
    Timex year = only("تنتهي المرحلة الأولى في أيلول ٢٠٢٧.", SUNDAY);
    assertEquals(Optional.of("2027-09"), year.value());
    assertFalse(year.future());
  }

  // ---------------------------------------------------------------- decades

  @Test
  void decadeTakesTheCenturyOfAYearInTheSentence() {
    Timex t = recognizer.find("ولد الروائي عام 1925 واشتهر في الخمسينيات.", Y2026).get(1);
    assertEquals("الخمسينيات", t.text());
    assertEquals(Optional.of("195"), t.value());
  }

  @Test
  void yearThatWouldPutThePastDecadeInTheFutureIsIgnored() {
    Timex t = recognizer.find("هاجرت العائلة في الأربعينيات وعادت عام 2015.", Y2026).get(0);
    assertEquals(Optional.of("194"), t.value());
  }

  @Test
  void decadeInConstructWithItsCentury() {
    assertValue("عاش الحي أزهى أيامه في ثمانينيات القرن الماضي.", Y2026,
        "ثمانينيات القرن الماضي", "198");
    assertValue("ازدهرت الصناعة في سبعينيات القرن العشرين.", Y2026, "سبعينيات القرن العشرين",
        "197");
  }

  @Test
  void decadeWordBelongsToTheExpression() {
    assertValue("شهدت البلاد أزمة اقتصادية خانقة في عقد الثلاثينيات.", Y2026, "عقد الثلاثينيات",
        "193");
  }

  @Test
  void bareDecadeIsTheLastOneOverByPublication() {
    assertValue("انتشرت هذه الموضة في العشرينيات.", Y2026, "العشرينيات", "192");
    assertValue("تضاعف عدد سكان المدينة منذ التسعينيات.", Y2026, "منذ التسعينيات", "199");
  }

  @Test
  void futureDecadeIsNamedWithItsCentury() {
    assertValue("ستتضاعف قدرة الطاقة الشمسية في ثلاثينيات القرن الحالي.", Y2026,
        "ثلاثينيات القرن الحالي", "203");
  }

  @Test
  void presentVerbSaysNothingOfTheCentury() {
    assertValue("يوصف بأنه أخشن لاعب منذ جزار بلباو في الثمانينات.", Y2026, "الثمانينات", "198");
  }

  @Test
  void verbalNounIsNoPastVerb() {
    assertValue("قال الرئيس إن من الممكن عقد القمة في 12 يونيو كما كان مقرراً.",
        LocalDate.of(2026, 5, 25), "12 يونيو", "2026-06-12");
    assertValue("قدم الاتحاد طلباً لاتخاذ القرار بحلول منتصف مايو.",
        LocalDate.of(2026, 4, 10), "منتصف مايو", "2026-05");
  }

  @Test
  void pastVerbOfANeighbouringClauseLeavesTheComingDaysAlone() {
    Timex t = recognizer.find("بدأت الامتحانات الأربعاء 20 يونيو وتستمر حتى الاثنين 25 يونيو.",
        LocalDate.of(2026, 6, 21)).get(1);
    assertEquals("الاثنين 25 يونيو", t.text());
    assertEquals(Optional.of("2026-06-25"), t.value());
  }

  // ---------------------------------------------------------------- idioms

  @Test
  void idiomsWithTimeWordsAreNoTimeExpressions() {
    for (String s : new String[] {
        "خرج أهالي البلدة عن بكرة أبيهم لاستقبال الأسرى.",
        "تغير كل شيء في المدينة بين ليلة وضحاها.",
        "تحولت الجماعة بين عشية وضحاها إلى قوة كبيرة.",
        "كان يحلم في يوم من الأيام بالعودة إلى قريته.",
        "ترتفع الأسعار يوماً بعد يوم.",
        "تتأخر البلاد عن جيرانها بعد سنوات ضوئية في التقنية."}) {
      assertEquals(List.of(), recognizer.find(s, Y2026), s);
    }
  }

  @Test
  void idiomDoesNotHideTheTimeExpressionBesideIt() {
    assertValue("خرج السكان عن بكرة أبيهم أمس للاحتفال.", Y2026, "أمس", "2026-01-28");
  }

  // ---------------------------------------------------------------- names read again

  @Test
  void aNameSpeltLikeAFutureVerbIsNoCueOnceTheNamesAreKnown() {
    String s = "التقى بوتين وزير الخارجية سيرغي لافروف الثلاثاء.";
    List<Timex> found = recognizer.find(s, SUNDAY);
    assertEquals(Optional.of("2026-03-03"), found.get(0).value(), "before the names");
    int at = s.indexOf("سيرغي");
    List<Timex> reread = recognizer.reread(s, TimexRecognizer.splitSentences(s), SUNDAY, found,
        List.of(new io.khabar.text.Span(at, at + "سيرغي لافروف".length())));
    assertEquals(found.get(0).span(), reread.get(0).span());
    assertEquals(Optional.of("2026-02-24"), reread.get(0).value());
    assertFalse(reread.get(0).future());
  }

  @Test
  void withoutSuchANameTheExpressionsAreKeptAsFound() {
    String s = "سيلتقي بوتين وزير الخارجية لافروف الثلاثاء.";
    List<Timex> found = recognizer.find(s, SUNDAY);
    int at = s.indexOf("لافروف");
    assertTrue(found == recognizer.reread(s, TimexRecognizer.splitSentences(s), SUNDAY, found,
        List.of(new io.khabar.text.Span(at, at + "لافروف".length()))));
  }

  // ---------------------------------------------------------------- words spelt like time words

  @Test
  void marsAfterAPrepositionIsTheMonth() {
    assertValue("وقال مكتب الأمم المتحدة لحقوق الإنسان في مارس إن السلطات احتجزت آلاف الأشخاص.",
        JULY, "مارس", "2026-03");
  }

  @Test
  void marsAsAVerbIsNoMonth() {
    assertTrue(recognizer.find("مارس الرئيس ضغوطا كبيرة على البرلمان.", JULY).isEmpty());
  }

  @Test
  void aGateAfterAPrepositionIsNoAugust() {
    assertTrue(recognizer.find("وتهدد الجماعة الملاحة في باب المندب.", JULY).isEmpty());
  }

  @Test
  void theFormerSecretaryGeneralHoldsNoPreviousYear() {
    assertTrue(recognizer.find("قال الأمين العام السابق لجامعة الدول العربية عمرو موسى إن العالم "
        + "فقد صديقا.", Y2026).isEmpty());
    assertTrue(recognizer.find("وأكد المدعي العام السابق أن التحقيق مستمر.", Y2026).isEmpty());
  }

  @Test
  void thePreviousYearIsStillAYear() {
    assertValue("ارتفعت الأسعار في العام السابق بنسبة كبيرة.", Y2026, "العام السابق", "2025");
  }

  @Test
  void theEndOfARangeNeverPrecedesItsStart() {
    assertValue("وأثارت الإصابة مخاوف من غيابه عن المونديال 14 يونيو-15 يوليو.",
        LocalDate.of(2026, 5, 28), "14 يونيو-15 يوليو", "2026-06-14/2026-07-15");
  }
}
