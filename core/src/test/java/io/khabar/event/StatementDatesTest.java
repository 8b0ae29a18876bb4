package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Dates of statements and of what they tell (PublicationDates, Dating). Sentences written for
 * the test, read as published on Thursday 2026-03-12.
 */
class StatementDatesTest {

  @Test
  void aPastPerfectWithALongSubjectStaysUndated() {
    Extraction x = extract("وكان اتحاد العمال النيجيري، أو ما يعرف باسم \"مؤتمر العمل"
        + " النيجيري\"، قد حث الرئيس على عدم التوقيع على الاتفاقية.");
    List<Event> statements = ofType(x, EventType.STATEMENT);
    assertEquals(1, statements.size(), x.events().toString());
    assertEquals(Optional.empty(), statements.get(0).core().date(), x.toPrettyJson());
  }

  @Test
  void aPresentReportWithALongSubjectTakesThePublicationDate() {
    Extraction x = extract("وحث اتحاد العمال النيجيري، أو ما يعرف باسم \"مؤتمر العمل"
        + " النيجيري\"، الرئيس على عدم التوقيع على الاتفاقية.");
    List<Event> statements = ofType(x, EventType.STATEMENT);
    assertTrue(statements.stream().allMatch(s -> s.core().date().equals(Optional.of("2026-03-12"))),
        x.toPrettyJson());
  }

  @Test
  void theDayOfTheInterviewDatesTheSayingAndTellsItOnce() {
    Extraction x = extract("وقال وزير الخارجية الأمريكي مايك بومبيو في مقابلة تلفزيونية يوم"
        + " الاثنين إن الوضع مستقر.");
    List<Event> statements = ofType(x, EventType.STATEMENT);
    assertEquals(1, statements.size(), x.events().toString());
    assertEquals(Optional.of("2026-03-09"), statements.get(0).core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.TEXT), statements.get(0).core().dateBasis());
  }

  @Test
  void aDateInWhatWasSaidDoesNotDateTheSaying() {
    Extraction x = extract("وقال وزير الخارجية الأمريكي مايك بومبيو في بيان أصدره إن الوضع"
        + " مستقر منذ الأحد.");
    Event said = ofType(x, EventType.STATEMENT).get(0);
    assertEquals(Optional.of(DateBasis.PUBLICATION), said.core().dateBasis(), x.toPrettyJson());
  }

  @Test
  void aDateInAQuotationAfterTheNounDoesNotDateTheSaying() {
    Extraction x = extract("وقال وزير الخارجية الأمريكي مايك بومبيو في تصريحات تلفزيونية: \"يوم"
        + " الأحد كان لدينا أكثر من 500 رجل\".");
    Event said = ofType(x, EventType.STATEMENT).get(0);
    assertEquals(Optional.of(DateBasis.PUBLICATION), said.core().dateBasis(), x.toPrettyJson());
  }

  @Test
  void aLeadTakesTheDayTheBodyGivesItsSpeakerAndIsToldOnce() {
    Extraction x = extract("قال مدرب منتخب إنجلترا غاريث ساوثغيت إن الباب مفتوح أمام اللاعبين."
        + " وقال ساوثغيت للصحفيين الاثنين إن الوقت لم يتأخر بعد.");
    List<Event> statements = ofType(x, EventType.STATEMENT);
    assertEquals(1, statements.size(), x.toPrettyJson());
    assertEquals(Optional.of("2026-03-09"), statements.get(0).core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.TEXT), statements.get(0).core().dateBasis());
  }

  @Test
  void aPastPerfectOfTheSpeakerInTheBodyLeavesTheLeadToday() {
    Extraction x = extract("قال مدرب منتخب إنجلترا غاريث ساوثغيت إن الباب مفتوح أمام اللاعبين."
        + " وكان ساوثغيت قد قال للصحفيين الاثنين إن الوقت لم يتأخر بعد.");
    assertTrue(ofType(x, EventType.STATEMENT).stream().anyMatch(
        s -> s.core().dateBasis().equals(Optional.of(DateBasis.PUBLICATION))), x.toPrettyJson());
  }

  @Test
  void aSayingOfTheSpeakerLongAgoLeavesTheLeadToday() {
    Extraction x = extract("قال مدرب منتخب إنجلترا غاريث ساوثغيت إن الباب مفتوح أمام اللاعبين."
        + " وقال ساوثغيت للصحفيين في عام 2016 إن الوقت لم يتأخر بعد.");
    assertTrue(ofType(x, EventType.STATEMENT).stream().anyMatch(
        s -> s.core().dateBasis().equals(Optional.of(DateBasis.PUBLICATION))), x.toPrettyJson());
  }

  @Test
  void aLaterSayingWithItsOwnDayIsAnotherOccasion() {
    Extraction x = extract("قال مدرب منتخب إنجلترا غاريث ساوثغيت الاثنين إن الباب مفتوح أمام"
        + " اللاعبين. وقال ساوثغيت أمس إن الوقت لم يتأخر بعد.");
    assertTrue(ofType(x, EventType.STATEMENT).stream().anyMatch(
        s -> s.core().date().equals(Optional.of("2026-03-11"))), x.toPrettyJson());
  }

  @Test
  void aBarePastPerfectWithALongSubjectStaysUndated() {
    Extraction x = extract("وكان وزير الدفاع البريطاني بن والاس أعلن أن القوات ستبقى في"
        + " العراق.");
    List<Event> statements = ofType(x, EventType.STATEMENT);
    assertEquals(1, statements.size(), x.events().toString());
    assertEquals(Optional.empty(), statements.get(0).core().date(), x.toPrettyJson());
  }

  @Test
  void aVerbAfterWhatKanaSaysIsNoPastPerfect() {
    Extraction x = extract("وكان لافتا أن وزير الدفاع البريطاني بن والاس أعلن أن القوات"
        + " ستبقى في العراق.");
    assertTrue(ofType(x, EventType.STATEMENT).stream().allMatch(
        s -> s.core().dateBasis().equals(Optional.of(DateBasis.PUBLICATION))), x.toPrettyJson());
  }

  @Test
  void aNewClauseAfterKanaIsToldToday() {
    Extraction x = extract("وكان الوفد البريطاني في بغداد، وقال وزير الدفاع البريطاني بن والاس"
        + " إن القوات ستبقى.");
    assertTrue(ofType(x, EventType.STATEMENT).stream().allMatch(
        s -> s.core().dateBasis().equals(Optional.of(DateBasis.PUBLICATION))), x.toPrettyJson());
  }

  @Test
  void theDayBetweenCommasAfterATitledSpeakerDatesTheSaying() {
    Extraction x = extract("انتقد وزير الاتصالات الإسرائيلي أيوب قرا، الثلاثاء، تصريحات وزير"
        + " الخارجية البحريني.");
    Event said = ofType(x, EventType.STATEMENT).get(0);
    assertEquals(Optional.of("2026-03-10"), said.core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.TEXT), said.core().dateBasis());
  }

  @Test
  void aDayAfterAnotherEventsVerbIsNotTheSayings() {
    Extraction x = extract("انتقد وزير الخارجية البحريني الهجوم الذي شنته الجماعة الثلاثاء على"
        + " الميناء.");
    assertTrue(ofType(x, EventType.STATEMENT).stream().noneMatch(
        s -> s.core().date().equals(Optional.of("2026-03-10"))), x.toPrettyJson());
  }

  @Test
  void theSourceOfACopulaSentenceIsToldToday() {
    Extraction x = extract("وكان أربعة من الركاب من اليابان، حسبما أعلنت وزارة الداخلية"
        + " البريطانية.");
    assertTrue(ofType(x, EventType.STATEMENT).stream().allMatch(
        s -> s.core().dateBasis().equals(Optional.of(DateBasis.PUBLICATION))), x.toPrettyJson());
  }

  @Test
  void theSpokesmanOfABodyJustDatedTellsItsAnnouncement() {
    Extraction x = extract("وأعلنت وزارة الداخلية العراقية الثلاثاء القبض على عصابة لتهريب"
        + " الأدوية. وقال الناطق باسم الوزارة اللواء سعد معن في بيان إن العصابة تضم ثلاثة"
        + " متهمين.");
    Event spokesman = ofType(x, EventType.STATEMENT).stream()
        .filter(s -> s.core().trigger().start() > 60).findFirst().orElseThrow();
    assertEquals(Optional.of("2026-03-10"), spokesman.core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.TEXT), spokesman.core().dateBasis());
  }

  @Test
  void theSpokesmanOfAnotherMinistryIsToldToday() {
    Extraction x = extract("وأعلنت وزارة الدفاع العراقية الثلاثاء القبض على عصابة لتهريب"
        + " الأدوية. وقال المتحدث باسم وزارة الخارجية العراقية أحمد الصحاف إن بغداد ترحب"
        + " بالقرار.");
    Event spokesman = ofType(x, EventType.STATEMENT).stream()
        .filter(s -> s.core().trigger().start() > 60).findFirst().orElseThrow();
    assertEquals(Optional.of(DateBasis.PUBLICATION), spokesman.core().dateBasis(),
        x.toPrettyJson());
  }

  @Test
  void aParticipleOfCircumstanceTakesTheMainActsDay() {
    Extraction x = extract("وجه وزير الخارجية الإماراتي أنور قرقاش، الثلاثاء، رسالة إلى لبنان،"
        + " مطالبا الحكومة اللبنانية بالنأي بالنفس.");
    Event demand = ofType(x, EventType.STATEMENT).stream()
        .filter(s -> s.core().trigger().start() > 60).findFirst().orElseThrow();
    assertEquals(Optional.of("2026-03-10"), demand.core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.TEXT), demand.core().dateBasis());
  }

  @Test
  void aParticipleAfterWhatWasSaidTakesNoDayFromIt() {
    Extraction x = extract("قال وزير الخارجية الإماراتي أنور قرقاش إن الحوثيين هاجموا الثلاثاء"
        + " سفينة تجارية، مضيفا أن الهجوم فشل.");
    assertTrue(ofType(x, EventType.STATEMENT).stream().noneMatch(
        s -> s.core().date().equals(Optional.of("2026-03-10"))), x.toPrettyJson());
  }
}
