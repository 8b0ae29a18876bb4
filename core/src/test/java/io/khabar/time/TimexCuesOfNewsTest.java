package io.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Cues of news grammar for where a month without a year falls: verbs of preparing, the deadline
 * بحلول, ل + imperfect of purpose, صدر, and month ranges placed as a whole. Each rule with a
 * sentence where it applies and one where it must not.
 */
class TimexCuesOfNewsTest {

  private static final LocalDate APRIL = LocalDate.of(2026, 4, 10);
  private static final LocalDate AUGUST = LocalDate.of(2026, 8, 14);
  private static final LocalDate JULY = LocalDate.of(2026, 7, 3);

  private final TimexRecognizer recognizer = TimexRecognizer.create();

  private void assertValue(String sentence, LocalDate published, String value) {
    List<Timex> found = recognizer.find(sentence, published);
    assertEquals(1, found.size(), () -> "expected one timex in " + sentence + " but got " + found);
    assertEquals(Optional.of(value), found.get(0).value(), sentence);
  }

  @Test
  void aVerbOfPreparingPointsForward() {
    assertValue("تستعد المفوضية لإجراء الانتخابات البلدية في 20 مايو في جميع المحافظات.", APRIL,
        "2026-05-20");
  }

  @Test
  void withoutACueAMonthFarAheadIsLastYears() {
    assertValue("أجرت المفوضية الانتخابات البلدية في 20 مايو في جميع المحافظات.", APRIL,
        "2025-05-20");
  }

  @Test
  void aDeadlineLiesAhead() {
    assertValue("قالت الوزارة إن المحطة الجديدة ستعمل بكامل طاقتها بحلول نوفمبر.", APRIL,
        "2026-11");
    assertValue("وأكد الوزير أن نصف المدارس يجب أن تجهز بحلول نوفمبر.", APRIL, "2026-11");
  }

  @Test
  void aDeadlineGovernedByAPerfectIsPast() {
    assertValue("عقدت اللجنة ثلاث جلسات بحلول نوفمبر لمناقشة الموازنة.", APRIL, "2025-11");
  }

  @Test
  void anImperfectOfResultTakesTheMainVerbsTime() {
    // ليصل: "so reaching"; the rise (ارتفع) is past, so March is this year's past one
    assertValue("ارتفع عدد اللاجئين في المخيم ليصل إلى عشرة آلاف في يونيو.", JULY, "2026-06");
    assertValue("ارتفع عدد اللاجئين ليصل إلى عشرة آلاف في سبتمبر.", JULY, "2025-09");
  }

  @Test
  void anImperfectOfPurposeAfterAnImperfectStillPointsForward() {
    assertValue("يزور الوزير باريس ليلتقي نظيره الفرنسي في سبتمبر.", JULY, "2026-09");
  }

  @Test
  void issuedIsAPerfect() {
    // a future cue earlier in the sentence does not reach past صدر
    assertValue("ستطبق الحكومة قرارا صدر في فبراير بشأن الضرائب.", JULY, "2026-02");
    assertValue("ينتظر المستثمرون قرارا يصدر في أكتوبر بشأن الضرائب.", JULY, "2026-10");
  }

  @Test
  void aForwardMonthRangeIsPlacedByItsEnd() {
    assertValue("سيستمر موسم السياحة الصيفي من يونيو إلى سبتمبر في المدن الساحلية.", AUGUST,
        "2026-06/2026-09");
  }

  @Test
  void aForwardMonthRangeStillAheadKeepsItsYear() {
    assertValue("سيستمر موسم التخفيضات من نوفمبر إلى يناير في الأسواق.", AUGUST,
        "2026-11/2027-01");
  }

  @Test
  void aPastMonthRangeIsPlacedByItsStart() {
    assertValue("استمر موسم السياحة الصيفي من يونيو إلى سبتمبر في المدن الساحلية.", AUGUST,
        "2026-06/2026-09");
  }

  @Test
  void whatWasScheduledIsTheComingDateWhateverTheVerb() {
    assertValue("ألغت الوزارة المناورة العسكرية التي كانت مقررة في ديسمبر بسبب الأحوال الجوية.",
        AUGUST, "2026-12");
    assertValue("قاطعت المعارضة الانتخابات المقررة في أكتوبر في جميع الولايات.", AUGUST, "2026-10");
  }

  @Test
  void whatTookPlaceInAMonthAheadIsLastYears() {
    assertValue("ألغت الوزارة المناورة العسكرية التي جرت في ديسمبر بسبب الأحوال الجوية.", AUGUST,
        "2025-12");
  }

  @Test
  void aPostponementNamesTheNewDateAhead() {
    assertValue("أرجأت المحكمة البت في الاستئناف إلى 25 أغسطس بطلب من الدفاع.", JULY,
        "2026-08-25");
  }

  @Test
  void toWithoutAPostponementIsNoDateAhead() {
    assertValue("وصل الوفد الوزاري إلى العاصمة في 25 أغسطس بعد جولة طويلة.", JULY, "2025-08-25");
  }
}
