package io.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.text.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimexRecognizerTest {

  /** A Thursday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 29);
  private final TimexRecognizer recognizer = TimexRecognizer.create();

  private Timex only(String sentence, LocalDate published) {
    List<Timex> found = recognizer.find(sentence, published);
    assertEquals(1, found.size(), () -> "expected one timex in " + sentence + " but got " + found);
    Timex t = found.get(0);
    assertEquals(t.text(), sentence.substring(t.span().start(), t.span().end()));
    return t;
  }

  private Timex only(String sentence) {
    return only(sentence, PUBLISHED);
  }

  private static void assertTimex(Timex t, String text, TimexType type, String value) {
    assertEquals(text, t.text());
    assertEquals(type, t.type());
    assertEquals(Optional.ofNullable(value), t.value(), t.toString());
  }

  @Test
  void resolvesYesterdayAgainstPublicationDate() {
    Timex t = only("قال وزير الخارجية أمس إن المفاوضات ما زالت متعثرة.");
    assertTimex(t, "أمس", TimexType.DATE, "2026-01-28");
    assertFalse(t.future());
  }

  @Test
  void keepsYesterdayWithWeekdayAndDateAsOneExpression() {
    Timex t = only("وصل الوفد الوزاري يوم أمس الأربعاء 28 يناير إلى القاهرة.");
    assertTimex(t, "يوم أمس الأربعاء 28 يناير", TimexType.DATE, "2026-01-28");
  }

  @Test
  void resolvesDeicticDays() {
    assertTimex(only("تنطلق القمة غداً في العاصمة."), "غداً", TimexType.DATE, "2026-01-30");
    assertTrue(only("تنطلق القمة غداً في العاصمة.").future());
    assertTimex(only("يعود الوفد بعد غد إلى بلاده."), "بعد غد", TimexType.DATE, "2026-01-31");
    assertTimex(only("اندلعت الاشتباكات أول من أمس في المدينة."), "أول من أمس", TimexType.DATE,
        "2026-01-27");
    assertTimex(only("أعلنت الحكومة اليوم خطة جديدة."), "اليوم", TimexType.DATE, "2026-01-29");
  }

  @Test
  void resolvesAMonthOfARelativeOrNamedYear() {
    assertTimex(only("زار الرئيس الإيراني دمشق في أيار/مايو من العام الماضي."),
        "أيار/مايو من العام الماضي", TimexType.DATE, "2025-05");
    assertTimex(only("وقعت الحكومة الاتفاق في مارس من عام 2019."), "مارس من عام 2019",
        TimexType.DATE, "2019-03");
    assertTimex(only("تبدأ المرحلة الثانية في يناير من العام المقبل."),
        "يناير من العام المقبل", TimexType.DATE, "2027-01");
    assertTimex(only("انخفضت الأسعار في شباط من هذا العام."), "شباط من هذا العام",
        TimexType.DATE, "2026-02");
  }

  @Test
  void resolvesPartsOfDayAsTimeValues() {
    assertTimex(only("سقطت قذيفة مساء أمس على الحي."), "مساء أمس", TimexType.TIME, "2026-01-28TEV");
    assertTimex(only("عقد المجلس اجتماعا صباح اليوم."), "صباح اليوم", TimexType.TIME,
        "2026-01-29TMO");
    assertTimex(only("يلتقي الزعيمان الليلة في قصر الضيافة."), "الليلة", TimexType.TIME,
        "2026-01-29TNI");
  }

  @Test
  void resolvesWeekdayToMostRecentPast() {
    Timex t = only("التقى الرئيس نظيره الفرنسي الثلاثاء في باريس.");
    assertTimex(t, "الثلاثاء", TimexType.DATE, "2026-01-27");
    assertFalse(t.future());
    assertTimex(only("وصل الموفد يوم الخميس إلى بيروت."), "يوم الخميس", TimexType.DATE, "2026-01-29");
  }

  @Test
  void resolvesWeekdayForwardInFutureSentence() {
    Timex t = only("سيزور الرئيس العاصمة الفرنسية يوم الثلاثاء لبحث الأزمة.");
    assertTimex(t, "يوم الثلاثاء", TimexType.DATE, "2026-02-03");
    assertTrue(t.future());
    assertTimex(only("من المقرر أن يصل الوفد الأحد."), "الأحد", TimexType.DATE, "2026-02-01");
  }

  @Test
  void resolvesExplicitPastAndNextWeekday() {
    assertTimex(only("انتهت الجولة الخميس الماضي دون اتفاق."), "الخميس الماضي", TimexType.DATE,
        "2026-01-22");
    Timex next = only("تبدأ الجولة الخميس المقبل.");
    assertTimex(next, "الخميس المقبل", TimexType.DATE, "2026-02-05");
    assertTrue(next.future());
  }

  @Test
  void takesYearOfDayMonthFromPublicationDate() {
    assertTimex(only("اجتمع المجلس في 27 يناير لمناقشة الميزانية."), "27 يناير", TimexType.DATE,
        "2026-01-27");
  }

  @Test
  void movesPastMonthBeyondPublicationToPreviousYear() {
    assertTimex(only("وقعت الحادثة في 15 ديسمبر قرب الحدود."), "15 ديسمبر", TimexType.DATE,
        "2025-12-15");
    assertTimex(only("ستجرى الانتخابات في 15 ديسمبر."), "15 ديسمبر", TimexType.DATE, "2026-12-15");
  }

  @Test
  void readsArabicIndicDigitsInLevantineMonth() {
    assertTimex(only("صدر القرار في ٢٩ كانون الثاني ٢٠٢٦ عن مجلس الوزراء."), "٢٩ كانون الثاني ٢٠٢٦",
        TimexType.DATE, "2026-01-29");
    assertTimex(only("ارتفعت الأسعار في كانون الثاني 2026 بنسبة كبيرة."), "كانون الثاني 2026",
        TimexType.DATE, "2026-01");
  }

  @Test
  void readsPairedMonthNames() {
    assertTimex(only("وقع الاتفاق في 3 آذار/مارس 2025 في الدوحة."), "3 آذار/مارس 2025",
        TimexType.DATE, "2025-03-03");
    assertTimex(only("تراجعت الصادرات في فبراير (شباط) 2024."), "فبراير (شباط) 2024",
        TimexType.DATE, "2024-02");
    assertTimex(only("أعلنت الهيئة النتائج في تشرين الثاني/نوفمبر الماضي."),
        "تشرين الثاني/نوفمبر الماضي", TimexType.DATE, "2025-11");
  }

  @Test
  void readsOrdinalDayOfMonth() {
    assertTimex(only("يدخل القانون حيز التنفيذ في الأول من يناير 2027."), "الأول من يناير 2027",
        TimexType.DATE, "2027-01-01");
  }

  @Test
  void readsMaghrebiMonths() {
    assertTimex(only("نظمت الوزارة المعرض في جويلية 2025 بالعاصمة."), "جويلية 2025",
        TimexType.DATE, "2025-07");
    assertTimex(only("انطلقت الحملة يوم 5 أوت 2024."), "يوم 5 أوت 2024", TimexType.DATE,
        "2024-08-05");
  }

  @Test
  void convertsHijriDateWithIcuUmmAlQura() {
    assertTimex(only("بدأت العمليات في 15 رمضان 1445 هـ وفق البيان."), "15 رمضان 1445 هـ",
        TimexType.DATE, "2024-03-25");
  }

  @Test
  void convertsHijriMonthWithIcu() {
    assertTimex(only("تأسست الجمعية في شوال 1436هـ بمدينة جدة."), "شوال 1436هـ", TimexType.DATE,
        "2015-07");
  }

  @Test
  void resolvesRelativeCalendarUnits() {
    assertTimex(only("ارتفعت الصادرات الأسبوع الماضي."), "الأسبوع الماضي", TimexType.DATE, "2026-W04");
    assertTimex(only("تبدأ المرحلة الثانية الشهر المقبل."), "الشهر المقبل", TimexType.DATE, "2026-02");
    assertTimex(only("تراجع النمو في العام الماضي."), "العام الماضي", TimexType.DATE, "2025");
    assertTimex(only("يتوقع البنك نموا أعلى هذا العام."), "هذا العام", TimexType.DATE, "2026");
    assertTimex(only("بلغ العجز ذروته خلال السنة الجارية."), "خلال السنة الجارية", TimexType.DATE, "2026");
  }

  @Test
  void keepsAnchorGrainForPeriodParts() {
    assertTimex(only("تصل الشحنة الأولى مطلع فبراير."), "مطلع فبراير", TimexType.DATE, "2026-02");
    assertTimex(only("تراجعت الأسعار في أواخر 2025."), "أواخر 2025", TimexType.DATE, "2025");
    assertTimex(only("ينتهي المشروع قبل نهاية العام."), "قبل نهاية العام", TimexType.DATE, "2026");
  }

  @Test
  void readsSeasonWithYear() {
    assertTimex(only("أجريت الدراسة في خريف 2025."), "خريف 2025", TimexType.DATE, "2025-FA");
  }

  @Test
  void readsYearExpressions() {
    assertTimex(only("انتهت الحرب عام 1944 بحسب الرواية."), "عام 1944", TimexType.DATE, "1944");
    assertTimex(only("اندلعت الاحتجاجات في العام 2011."), "العام 2011", TimexType.DATE, "2011");
    assertTimex(only("صدر القانون سنة 2020."), "سنة 2020", TimexType.DATE, "2020");
    assertTimex(only("افتتح المصنع في 2019 بتمويل خليجي."), "2019", TimexType.DATE, "2019");
  }

  @Test
  void ignoresBareNumberWithoutDateContext() {
    assertTrue(recognizer.find("باع المصنع 2019 سيارة في الربع الأخير.", PUBLISHED).stream()
        .noneMatch(t -> t.text().contains("2019")));
  }

  @Test
  void readsYearRangesAsOneInterval() {
    assertTimex(only("تضاعف الإنتاج بين عامي 2015 و2020."), "بين عامي 2015 و2020", TimexType.DATE,
        "2015/2020");
    assertTimex(only("تولى المنصب من 2015 إلى 2020."), "من 2015 إلى 2020", TimexType.DATE,
        "2015/2020");
    assertTimex(only("يعقد المؤتمر من 13 وحتى 15 نوفمبر 2026."), "من 13 وحتى 15 نوفمبر 2026",
        TimexType.DATE, "2026-11-13/2026-11-15");
  }

  @Test
  void readsDurations() {
    assertTimex(only("يجب تنفيذ القرار خلال 15 يوماً من صدوره."), "خلال 15 يوماً",
        TimexType.DURATION, "P15D");
    assertTimex(only("يعيش اللاجئون في المخيم منذ ثلاث سنوات."), "منذ ثلاث سنوات",
        TimexType.DURATION, "P3Y");
    assertTimex(only("استمر الاجتماع لمدة ساعتين."), "لمدة ساعتين", TimexType.DURATION, "PT2H");
    assertTimex(only("بقي المعبر مغلقا أسبوعاً كاملا."), "أسبوعاً كاملا", TimexType.DURATION, "P1W");
    assertTimex(only("أمضى الوفد أسبوعاً في جنيف."), "أسبوعاً", TimexType.DURATION, "P1W");
    assertTimex(only("استمرت المفاوضات عامين دون نتيجة."), "عامين", TimexType.DURATION, "P2Y");
    assertTimex(only("قد يحكم الرئيس عقداً كاملاً."), "عقداً كاملاً", TimexType.DURATION, "P1DE");
    Timex since = only("ستنسحب القوات من المدينة التي سيطرت عليها منذ أكثر من عامين.");
    assertTimex(since, "منذ أكثر من عامين", TimexType.DURATION, "P2Y");
    assertFalse(since.future());
  }

  @Test
  void leavesVagueDurationWithoutValue() {
    assertTimex(only("انتظر المسافرون لعدة ساعات في المطار."), "لعدة ساعات", TimexType.DURATION, null);
    assertTimex(only("استمر القصف ساعات قبل أن يتوقف."), "ساعات", TimexType.DURATION, null);
  }

  @Test
  void readsRecurrences() {
    assertTimex(only("تصدر النشرة أسبوعياً عن الوزارة."), "أسبوعياً", TimexType.SET, "P1W");
  }

  @Test
  void leavesRelativeExpressionUnresolvedWithoutPublicationDate() {
    Timex t = only("قال الوزير أمس إن الحل قريب.", null);
    assertTimex(t, "أمس", TimexType.DATE, null);
  }

  @Test
  void leavesImpossibleDateUnresolved() {
    assertTimex(only("نشر التقرير في 31 فبراير 2025."), "31 فبراير 2025", TimexType.DATE, null);
  }

  @Test
  void readsNumericDates() {
    assertTimex(only("صدر المرسوم بتاريخ 15/1/1959 عن الحكومة."), "بتاريخ 15/1/1959",
        TimexType.DATE, "1959-01-15");
  }

  @Test
  void reportsOriginalOffsetsAroundHarakat() {
    String s = "وَصَلَ الوَفْدُ يَوْمَ الخَمِيسِ إلى عمّان.";
    Timex t = only(s);
    assertEquals("يَوْمَ الخَمِيسِ", t.text());
  }

  @Test
  void usesGivenSentencesForFutureCues() {
    String text = "سيزور الوزير المغرب. التقى الرئيس نظيره الثلاثاء";
    List<Timex> found = recognizer.find(text,
        List.of(new Span(0, 20), new Span(20, text.length())), PUBLISHED);
    assertEquals(1, found.size());
    assertEquals("2026-01-27", found.get(0).value().orElseThrow());
  }

  @Test
  void resolvesHijriMonthWithoutYearAgainstPublicationDate() {
    // 1 Ramadan 1447 is 18 February 2026 (Umm al-Qura); a past sentence a year later looks back
    assertTimex(only("تبدأ الحملة مع بداية شهر رمضان."), "بداية شهر رمضان", TimexType.DATE,
        "2026-02");
    assertTimex(only("تراجعت المبيعات في شهر رمضان.", LocalDate.of(2026, 6, 1)), "شهر رمضان",
        TimexType.DATE, "2026-02");
  }

  @Test
  void readsHijriMonthWithGregorianYear() {
    assertTimex(only("ارتفعت أسعار التمور في رمضان 2024."), "رمضان 2024", TimexType.DATE, "2024-03");
  }

  @Test
  void resolvesRelativeSeasons() {
    assertTimex(only("شهدت المنطقة جفافا الصيف الماضي."), "الصيف الماضي", TimexType.DATE, "2025-SU");
    assertTimex(only("تخشى الحكومة أزمة وقود الشتاء المقبل."), "الشتاء المقبل", TimexType.DATE,
        "2026-WI");
  }

  @Test
  void readsCenturiesAndDecades() {
    assertTimex(only("بني القصر في القرن التاسع عشر."), "القرن التاسع عشر", TimexType.DATE, "18");
    assertTimex(only("شهد القرن العشرين حربين عالميتين."), "القرن العشرين", TimexType.DATE, "19");
    assertTimex(only("هاجرت العائلة في الستينيات."), "الستينيات", TimexType.DATE, "196");
  }

  @Test
  void readsWeeklyRecurrenceOnWeekday() {
    assertTimex(only("تنظم الحركة وقفة احتجاجية كل يوم جمعة."), "كل يوم جمعة", TimexType.SET,
        "XXXX-WXX-5");
  }

  @Test
  void readsPresentReference() {
    assertTimex(only("تستضيف المدينة حالياً آلاف النازحين."), "حالياً", TimexType.DATE, "PRESENT_REF");
  }

  @Test
  void readsBracketedCaptionYearWithoutBrackets() {
    assertTimex(only("صورة للمنازل المدمرة في المخيم (2002)."), "2002", TimexType.DATE, "2002");
  }

  @Test
  void readsYearNamingAnEvent() {
    assertTimex(only("هُجّرت العائلة بعد حرب 1967 إلى الأردن."), "1967", TimexType.DATE, "1967");
  }

  @Test
  void readsMonthFirstNumericDateWhenDayExceedsTwelve() {
    assertTimex(only("وصلت الرسالة إلى البلدية 10/20/1948 وفق السجل."), "10/20/1948", TimexType.DATE,
        "1948-10-20");
  }

  @Test
  void readsMonthRangeSharingTheYear() {
    assertTimex(only("ارتفعت الإصابات بين يناير ومارس 2020 في المحافظة."), "بين يناير ومارس 2020",
        TimexType.DATE, "2020-01/2020-03");
  }

  @Test
  void resolvesAgoExpressionsAsDates() {
    assertTimex(only("غادر الوفد قبل ثلاثة أيام."), "قبل ثلاثة أيام", TimexType.DATE, "2026-01-26");
    assertTimex(only("أغلق المصنع قبل عامين."), "قبل عامين", TimexType.DATE, "2024");
  }

  @Test
  void ignoresWordsThatOnlyLookLikeTime() {
    assertTrue(recognizer.find("افتتح المحافظ سوق الجمعة الجديد.", PUBLISHED).isEmpty());
    assertTrue(recognizer.find("تراجعت الهجمات بعد عقد اتفاقية السلام.", PUBLISHED).isEmpty());
    assertTrue(recognizer.find("بيعت قطعة أرض مساحتها 1000 م مربع.", PUBLISHED).isEmpty());
    assertTrue(recognizer.find("مارس الوزير ضغوطا على النواب.", PUBLISHED).isEmpty());
    assertTrue(recognizer.find("أعلنت النقابات إضراباً عاماً في القطاع العام.", PUBLISHED).isEmpty());
    assertTrue(recognizer.find("وقعت الشركة عقداً مع الأمين العام للاتحاد.", PUBLISHED).isEmpty());
    assertTrue(recognizer.find("قدم الخبراء معلومات دقيقة للمرة الثانية.", PUBLISHED).isEmpty());
  }

  @Test
  void readsClockTimes() {
    assertTimex(only("تبدأ الجلسة الساعة العاشرة والنصف صباحاً."), "الساعة العاشرة والنصف صباحاً",
        TimexType.TIME, "XXXX-XX-XXT10:30");
    assertTimex(only("دوت الانفجارات عند الساعة 9:15 مساءً بالتوقيت المحلي."),
        "الساعة 9:15 مساءً بالتوقيت المحلي", TimexType.TIME, "XXXX-XX-XXT21:15");
  }

  @Test
  void handlesMegabyteInputQuickly() {
    StringBuilder b = new StringBuilder();
    while (b.length() < 1_000_000) {
      b.append("وصل الوفد يوم أمس الأربعاء 28 يناير 2026 بعد رحلة استمرت 15 يوماً ");
      b.append("9".repeat(40)).append(' ');
    }
    String text = b.toString();
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
        () -> assertTrue(recognizer.find(text, PUBLISHED).size() > 1000));
  }

  @Test
  void resolvesTheRemainingDocumentedExamples() {
    assertTimex(only("تتغير السياسة الخارجية خلال العقد القادم."), "خلال العقد القادم", TimexType.DATE, "203");
    assertTimex(only("بني الجسر في القرن الماضي."), "القرن الماضي", TimexType.DATE, "19");
    assertTimex(only("تراجعت الإصابات خلال الأيام الخمسة الماضية."), "خلال الأيام الخمسة الماضية",
        TimexType.DURATION, "P5D");
    assertTimex(only("تحسن الأداء في السنوات الأخيرة."), "السنوات الأخيرة", TimexType.DATE, "PAST_REF");
    assertTimex(only("يقام المهرجان كل عام في الربيع."), "كل عام", TimexType.SET, "P1Y");
    assertTimex(only("كتبت الوثيقة سنة 1436 هـ في مكة."), "سنة 1436 هـ", TimexType.DATE, "2014");
    assertTimex(only("نشر البيان 2026-01-28 على موقع الوزارة."), "2026-01-28", TimexType.DATE,
        "2026-01-28");
    assertTimex(only("هاجر أبناء القرية قبل سنوات."), "قبل سنوات", TimexType.DATE, "PAST_REF");
    assertTimex(only("يعاني السكان من انقطاع الكهرباء منذ سنوات."), "منذ سنوات", TimexType.DURATION, null);
    assertTimex(only("تعود الوثائق إلى الفترة العثمانية."), "الفترة العثمانية", TimexType.DATE, null);
    assertTimex(only("اندلع حريق مساء الخميس في السوق."), "مساء الخميس", TimexType.TIME, "2026-01-29TEV");
    assertTimex(only("شارك جده في ثورة 1936 - 1939 ضد الانتداب."), "1936 - 1939", TimexType.DATE,
        "1936/1939");
    assertTimex(only("تزداد الأمطار في الشتاء عادة."), "الشتاء", TimexType.DATE, null);
  }

  @Test
  void readsDayOfRelativeMonth() {
    assertTimex(only("انطلقت الحملة في الخامس من الشهر الجاري."), "الخامس من الشهر الجاري",
        TimexType.DATE, "2026-01-05");
    assertTimex(only("أغلق المعبر يوم 20 من الشهر الماضي."), "يوم 20 من الشهر الماضي",
        TimexType.DATE, "2025-12-20");
  }

  @Test
  void readsFirstOfMonthWithAwwal() {
    assertTimex(only("ترتفع الأسعار اعتبارا من أول يناير 2027."), "أول يناير 2027", TimexType.DATE,
        "2027-01-01");
  }

  @Test
  void joinsHijriAndGregorianEquivalentsIntoOneTimex() {
    assertTimex(only("صدر المرسوم في 15 رمضان 1445 هـ الموافق 25 مارس 2024."),
        "15 رمضان 1445 هـ الموافق 25 مارس 2024", TimexType.DATE, "2024-03-25");
    assertTimex(only("كتبت الرسالة في 20 / شعبان / 1428 هجرية."), "20 / شعبان / 1428 هجرية",
        TimexType.DATE, "2007-09-02");
  }

  @Test
  void readsMidnight() {
    assertTimex(only("فرض حظر التجول بعد منتصف الليل."), "منتصف الليل", TimexType.TIME,
        "XXXX-XX-XXT24:00");
  }

  @Test
  void keepsWeekdayInPastWhenFutureVerbIsInReportedClause() {
    Timex t = only("أعلن رئيس الوزراء الأربعاء أن الحكومة ستطرح الموازنة على البرلمان.");
    assertTimex(t, "الأربعاء", TimexType.DATE, "2026-01-28");
    assertFalse(t.future());
    Timex next = only("يصل الوفد الأحد وسيلتقي الرئيس في القصر.");
    assertTimex(next, "الأحد", TimexType.DATE, "2026-02-01");
    assertTrue(next.future());
  }

  @Test
  void readsMonthWithExplicitDirection() {
    assertTimex(only("رفعت الحكومة الأسعار في 15 أكتوبر الماضي."), "15 أكتوبر الماضي", TimexType.DATE,
        "2025-10-15");
    assertTimex(only("وقعت الاشتباكات في يناير الماضي."), "يناير الماضي", TimexType.DATE, "2025-01");
    Timex next = only("تنطلق البطولة في مارس المقبل.");
    assertTimex(next, "مارس المقبل", TimexType.DATE, "2026-03");
    assertTrue(next.future());
    assertTimex(only("تستعد الأسواق لشهر رمضان المقبل."), "لشهر رمضان المقبل", TimexType.DATE, "2026-02");
  }

  @Test
  void readsQuartersAndHalves() {
    assertTimex(only("نما الاقتصاد بنسبة 3% في الربع الأول من العام الجاري."),
        "الربع الأول من العام الجاري", TimexType.DATE, "2026-Q1");
    assertTimex(only("تراجعت الأرباح في النصف الثاني من 2025."), "النصف الثاني من 2025",
        TimexType.DATE, "2025-H2");
    assertTimex(only("تحسنت المبيعات في الربع الأخير من العام الماضي."),
        "الربع الأخير من العام الماضي", TimexType.DATE, "2025-Q4");
  }

  @Test
  void readsDefiniteDualsAsDurations() {
    assertTimex(only("ارتفعت الأسعار خلال الأسبوعين الماضيين."), "خلال الأسبوعين الماضيين",
        TimexType.DURATION, "P2W");
  }

  @Test
  void separatesTodayFromNamedAndEventRelativeDays() {
    assertTrue(recognizer.find("احتفلت المدارس باليوم العالمي للغة العربية.", PUBLISHED).isEmpty());
    assertTrue(recognizer.find("نشرت صحيفة الغد تحقيقا موسعا.", PUBLISHED).isEmpty());
    assertTimex(only("عاد الوفد في اليوم التالي إلى بلاده."), "اليوم التالي", TimexType.DATE, null);
  }

  @Test
  void anchorsClockToTheDayThatFollowsIt() {
    assertTimex(only("انطلقت المسيرة الساعة العاشرة من صباح اليوم."), "الساعة العاشرة من صباح اليوم",
        TimexType.TIME, "2026-01-29T10:00");
    assertTimex(only("وقع الانفجار الساعة 8 مساء أمس."), "الساعة 8 مساء أمس", TimexType.TIME,
        "2026-01-28T20:00");
  }

  @Test
  void readsFiscalAndSchoolYearPairs() {
    assertTimex(only("ارتفع عدد الطلاب في العام الدراسي 2024/2025 بشكل ملحوظ."), "2024/2025",
        TimexType.DATE, "2024/2025");
    assertTimex(only("عقد المؤتمر في القدس عام (1931/1932)."), "عام (1931/1932)", TimexType.DATE,
        "1931/1932");
  }

  @Test
  void neverThrowsOnExtremePublicationDates() {
    String text = "وصل الوفد أمس الخميس 28 يناير، ويغادر الأسبوع المقبل قبل رمضان 2024 وفي شهر شوال.";
    for (LocalDate p : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1),
        LocalDate.of(9999, 12, 31))) {
      assertFalse(recognizer.find(text, p).isEmpty());
    }
  }
}
