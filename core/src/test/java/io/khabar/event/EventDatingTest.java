package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which time expression dates an event, when a statement falls back on the publication date
 * (Thursday 2026-03-12 here), and which modal cue governs which event. Sentences written for
 * the test.
 */
class EventDatingTest {

  private static Event only(Extraction x, EventType type, String trigger) {
    List<Event> es = ofType(x, type).stream()
        .filter(e -> x.text().substring(e.core().trigger().start(), e.core().trigger().end())
            .equals(trigger))
        .toList();
    assertEquals(1, es.size(), x.toPrettyJson());
    return es.get(0);
  }

  // ------------------------------------------------------------------ dates

  @Test
  void aPastAnnouncementIsNotDatedByTheFutureDayItAnnounces() {
    Extraction x = extract("أعلنت المحكمة العليا في السعودية أن الأحد سيكون أول أيام عيد الأضحى.");
    Event s = only(x, EventType.STATEMENT, "أعلنت");
    assertEquals(Optional.of("2026-03-12"), s.core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.PUBLICATION), s.core().dateBasis(), x.toPrettyJson());
    assertEquals(Modality.ASSERTED, s.core().modality(), x.toPrettyJson());
  }

  @Test
  void aDayRightAfterThePastVerbStillDatesIt() {
    Extraction x = extract("أعلن وزير الخارجية القطري الأحد أن بلاده ستستضيف جولة جديدة من المحادثات.");
    Event s = only(x, EventType.STATEMENT, "أعلن");
    assertEquals(Optional.of("2026-03-08"), s.core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.TEXT), s.core().dateBasis(), x.toPrettyJson());
  }

  @Test
  void aDayInTheContentOfAnEarlierVerbDoesNotDateTheNextSaying() {
    Extraction x = extract("أعلنت دار الإفتاء المصرية أن الخميس، سيكون أول أيام شهر رمضان، وأشارت إلى "
        + "أن صلاة التراويح ستقام في المساجد.");
    for (Event s : ofType(x, EventType.STATEMENT)) {
      assertEquals(Modality.ASSERTED, s.core().modality(), x.toPrettyJson());
      assertEquals(Optional.of("2026-03-12"), s.core().date(), x.toPrettyJson());
    }
  }

  @Test
  void aMeetingJoinedInsideTheContentKeepsItsDay() {
    Extraction x = extract("وأكد المتحدث باسم الرئاسة أن الرئيس المصري وصل أمس إلى باريس، والتقى "
        + "نظيره الفرنسي إيمانويل ماكرون.");
    for (Event m : ofType(x, EventType.MEETING)) {
      assertEquals(Optional.of("2026-03-11"), m.core().date(), x.toPrettyJson());
    }
  }

  @Test
  void aDayInAFrontedSettingDatesTheSaying() {
    Extraction x = extract("وفي مقابلة تلفزيونية، الأحد، مع قناة فرانس 24، قال وزير الخارجية الفرنسي "
        + "جان نويل بارو إن الحل في لبنان سياسي.");
    Event s = only(x, EventType.STATEMENT, "قال");
    assertEquals(Optional.of("2026-03-08"), s.core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.TEXT), s.core().dateBasis(), x.toPrettyJson());
  }

  @Test
  void aFrontedSettingWithoutADateLeavesThePublicationDate() {
    Extraction x = extract("وفي سياق متصل، قال وزير الخارجية الفرنسي جان نويل بارو إن الحل في لبنان "
        + "سياسي.");
    Event s = only(x, EventType.STATEMENT, "قال");
    assertEquals(Optional.of(DateBasis.PUBLICATION), s.core().dateBasis(), x.toPrettyJson());
  }

  @Test
  void aDayInsideWhatIsSaidIsNotTheSayingsDay() {
    Extraction x = extract("وقال وزير الخارجية الفرنسي جان نويل بارو إن الطائرات الإسرائيلية قصفت أمس "
        + "مواقع في جنوب لبنان.");
    Event s = only(x, EventType.STATEMENT, "قال");
    assertEquals(Optional.of("2026-03-12"), s.core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.PUBLICATION), s.core().dateBasis(), x.toPrettyJson());
  }

  @Test
  void aDayBeforeWhatIsSaidIsTheSayingsDay() {
    Extraction x = extract("وقال وزير الخارجية الفرنسي جان نويل بارو أمس إن الطائرات الإسرائيلية قصفت "
        + "مواقع في جنوب لبنان.");
    Event s = only(x, EventType.STATEMENT, "قال");
    assertEquals(Optional.of("2026-03-11"), s.core().date(), x.toPrettyJson());
  }

  @Test
  void aPastPerfectKeepsItsOwnPastDateWhateverTheWordsAfterIt() {
    Extraction x = extract("وكانت بريطانيا قد أعلنت في 4 آذار 2026 طرد دبلوماسيين روس بعد تسميم العميل "
        + "السابق سيرغي سكريبال.");
    Event s = only(x, EventType.STATEMENT, "أعلنت");
    assertEquals(Optional.of("2026-03-04"), s.core().date(), x.toPrettyJson());
    assertEquals(Modality.ASSERTED, s.core().modality(), x.toPrettyJson());
  }

  @Test
  void aDateInsideASinceClauseThatHoldsTheEventDatesIt() {
    Extraction x = extract("وتدهورت العلاقات منذ إعلان هولندا في مطلع شباط استدعاء سفيرها في أنقرة.");
    for (Event d : ofType(x, EventType.DIPLOMATIC)) {
      assertEquals(Optional.of("2026-02"), d.core().date(), x.toPrettyJson());
    }
  }

  @Test
  void aYearInsideASinceClauseDatesThatClauseNotTheReport() {
    Extraction x = extract("وللمرة الأولى منذ توقيع الهدنة العام الماضي، أفاد المرصد السوري لحقوق "
        + "الإنسان بسقوط قذائف على أحياء المدينة.");
    Event s = only(x, EventType.STATEMENT, "أفاد");
    assertEquals(Optional.of(DateBasis.PUBLICATION), s.core().dateBasis(), x.toPrettyJson());
  }

  @Test
  void aMonthAfterSinceAndAVerbDatesThatVerbNotTheVisit() {
    Extraction x = extract("ويعد الوزير الإسباني أول مسؤول غربي يزور طهران منذ أعلنت الولايات المتحدة "
        + "في مطلع شباط انسحابها من الاتفاق.");
    for (Event v : ofType(x, EventType.VISIT)) {
      assertFalse(v.core().date().orElse("").startsWith("2026-02"), x.toPrettyJson());
    }
  }

  @Test
  void sinceRightBeforeTheDateStillDatesTheEvent() {
    Extraction x = extract("وتشن القوات الإسرائيلية غارات على جنوب لبنان منذ يوم الأحد.");
    Event a = ofType(x, EventType.ATTACK).get(0);
    assertTrue(a.core().date().isPresent(), x.toPrettyJson());
  }

  @Test
  void aStatementJoinedToAPastPerfectStaysUndated() {
    Extraction x = extract("وكان وزير الخارجية المصري سامح شكري قد قال إن المفاوضات مستمرة، وأشار إلى "
        + "أن الجولة الثانية ستكون في القاهرة.");
    for (Event s : ofType(x, EventType.STATEMENT)) {
      assertEquals(Optional.empty(), s.core().date(), x.toPrettyJson());
    }
  }

  @Test
  void aStatementJoinedToAPastPerfectOfAnUnnamedSpeakerStaysUndated() {
    Extraction x = extract("وكان مصدر أمني قد قال إن المفاوضات مستمرة، وأشار وزير الخارجية المصري سامح "
        + "شكري إلى أن الجولة الثانية ستكون في القاهرة.");
    for (Event s : ofType(x, EventType.STATEMENT)) {
      assertEquals(Optional.empty(), s.core().date(), x.toPrettyJson());
    }
  }

  @Test
  void aStatementJoinedToAPresentReportTakesThePublicationDate() {
    Extraction x = extract("وقال وزير الخارجية المصري سامح شكري إن المفاوضات مستمرة، وأشار إلى أن "
        + "الجولة الثانية ستكون في القاهرة.");
    for (Event s : ofType(x, EventType.STATEMENT)) {
      assertEquals(Optional.of("2026-03-12"), s.core().date(), x.toPrettyJson());
    }
  }

  @Test
  void thatDayIsNoToday() {
    Extraction x = extract("وأعلن اللاعب المصري محمد صلاح منذ ذلك اليوم رغبته في الرحيل عن النادي.");
    assertTrue(x.timexes().stream().noneMatch(t -> t.value().isPresent()), x.toPrettyJson());
    Event s = only(x, EventType.STATEMENT, "أعلن");
    assertFalse(s.core().dateBasis().equals(Optional.of(DateBasis.TEXT)), x.toPrettyJson());
  }

  // ------------------------------------------------------------------ modality

  @Test
  void aPastVerbJoinedAfterAnExhortationIsAsserted() {
    Extraction x = extract("دعا زعيم التنظيم أبو محمد الجولاني أتباعه إلى شن هجمات في أوروبا، وقال "
        + "وزير الداخلية الفرنسي جيرار دارمانان إن الشرطة في حالة تأهب.");
    assertEquals(Modality.EXHORTED, ofType(x, EventType.ATTACK).get(0).core().modality(),
        x.toPrettyJson());
    assertEquals(Modality.ASSERTED, only(x, EventType.STATEMENT, "قال").core().modality(),
        x.toPrettyJson());
  }

  @Test
  void aPastVerbAfterAFutureWordIsNoPlan() {
    Extraction x = extract("وتحتاج الإدارة إلى تمويل الصفقة المنتظرة، وأعلن وزير المالية المصري محمد "
        + "معيط أن الموازنة تكفي.");
    assertEquals(Modality.ASSERTED, only(x, EventType.STATEMENT, "أعلن").core().modality(),
        x.toPrettyJson());
  }

  @Test
  void aParticipleOfSpeechIsNoPlanWhateverItSays() {
    Extraction x = extract("قلل وزير الخارجية البريطاني ديفيد لامي من فرص الاتفاق، مشيرا إلى أن القمة "
        + "ستعقد الأسبوع المقبل.");
    for (Event s : ofType(x, EventType.STATEMENT)) {
      assertEquals(Modality.ASSERTED, s.core().modality(), x.toPrettyJson());
    }
  }

  @Test
  void aFutureVerbStillPlansItsEvent() {
    Extraction x = extract("وسيزور الرئيس الفرنسي إيمانويل ماكرون القاهرة الأسبوع المقبل.");
    assertEquals(Modality.PLANNED, ofType(x, EventType.VISIT).get(0).core().modality(),
        x.toPrettyJson());
  }

  @Test
  void aConditionGovernsAJoinedPastVerb() {
    Extraction x = extract("وحذر المسؤول من أن الاتفاق سينهار إذا انسحبت القوات الأمريكية من العراق "
        + "وهاجمت القوات التركية مدينة منبج.");
    for (Event a : ofType(x, EventType.ATTACK)) {
      assertEquals(Modality.CONDITIONAL, a.core().modality(), x.toPrettyJson());
    }
  }

  @Test
  void aConferenceWhereAWarningWasGivenIsAsserted() {
    Extraction x = extract("وحذر الرئيس السابق للاستخبارات الإسرائيلية عاموس يادلين أمام مؤتمر في "
        + "ستوكهولم من هجوم إيراني على الخليج.");
    for (Event m : ofType(x, EventType.MEETING)) {
      assertEquals(Modality.ASSERTED, m.core().modality(), x.toPrettyJson());
    }
    for (Event a : ofType(x, EventType.ATTACK)) {
      assertEquals(Modality.FEARED, a.core().modality(), x.toPrettyJson());
    }
  }

  @Test
  void anUrgedConferenceIsStillExhorted() {
    Extraction x = extract("ودعا الأمين العام للأمم المتحدة إلى عقد مؤتمر دولي للسلام في جنيف.");
    for (Event m : ofType(x, EventType.MEETING)) {
      assertEquals(Modality.EXHORTED, m.core().modality(), x.toPrettyJson());
    }
  }

  @Test
  void aLeadStatementTheTextDatesTodayElsewhereHasBasisText() {
    Extraction x = extract("أكد المتحدث باسم الكرملين ديمتري بيسكوف أن بلاده تراقب العقوبات "
        + "الأمريكية عن كثب.\nوفي تعليقاته للصحفيين، الخميس، أوضح بيسكوف أن العقوبات لا تبشر "
        + "بالخير.");
    List<Event> statements = ofType(x, EventType.STATEMENT);
    assertFalse(statements.isEmpty(), x.toPrettyJson());
    for (Event s : statements) {
      assertEquals(Optional.of("2026-03-12"), s.core().date(), x.toPrettyJson());
      assertEquals(Optional.of(DateBasis.TEXT), s.core().dateBasis(), x.toPrettyJson());
    }
  }

  @Test
  void aDateRightBeforeTheContentDatesTheSayingPastALongApposition() {
    Extraction x = extract("كشف محمد رضا بور إبراهيمي، رئيس اللجنة الاقتصادية في مجلس الشورى "
        + "الإيراني \"البرلمان\"، الثلاثاء، أن البنك المركزي يعتزم ضخ مليارات الدولارات.");
    Event s = only(x, EventType.STATEMENT, "كشف");
    assertEquals(Optional.of("2026-03-10"), s.core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.TEXT), s.core().dateBasis(), x.toPrettyJson());
  }

  @Test
  void aDateInsideARelativeClauseOnTheSpeakerIsThatClauses() {
    Extraction x = extract("وقال وزير الخارجية الأردني أيمن الصفدي، الذي زار بغداد الثلاثاء، "
        + "إن العلاقات متينة.");
    Event s = only(x, EventType.STATEMENT, "قال");
    assertEquals(Optional.of(DateBasis.PUBLICATION), s.core().dateBasis(), x.toPrettyJson());
  }

  @Test
  void aDateAfterTheRelativeClausesCommaIsTheSayings() {
    Extraction x = extract("وقال الرئيس التركي رجب طيب أردوغان، الذي فاز بولاية ثانية هذا "
        + "الأسبوع، العام الماضي إن تركيا تتطلع إلى زيادة التجارة مع إيران.");
    Event s = only(x, EventType.STATEMENT, "قال");
    assertEquals(Optional.of("2025"), s.core().date(), x.toPrettyJson());
  }
}
