package io.khabar.event;

import io.khabar.ner.ProcliticStripper;
import io.khabar.time.Timex;
import io.khabar.time.TimexType;
import io.khabar.token.AnalyzedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Dates an event from the text around its trigger. The date is the resolved time expression
 * of the clause nearest the trigger (one after بعد/قبل + noun, or after another trigger, dates
 * that clause instead), else, for an event that is no statement, of the sentence before the
 * trigger; an event "during" the previous one (خلالها) or a coordinated verb takes its date. An
 * undated statement may still be dated by its setting ({@link SettingDates}); whether the event
 * is planned is {@link PlannedEvents}'.
 */
final class Dating {

  /** An event read, with the sentence it was read in. */
  record Told(int sentence, Event event) {}

  /** The date of an event: its value and the id of the timex it came from. */
  record Dated(Optional<String> date, Optional<String> timex) {}

  private final Cues cues;

  Dating(Cues cues) {
    this.cues = cues;
  }

  /** The trigger's own resolved time expression: of the clause, else of the sentence before it. */
  Optional<Integer> timexOf(AnalyzedText text, List<Timex> timexes, int[] timexToken,
      boolean[] afterPublication, int[] triggerStarts, Found f, Clause c, boolean during) {
    boolean statement = f.trigger().type() == EventType.STATEMENT;
    Optional<Integer> timex = nearestTimex(text, timexes, timexToken, triggerStarts, f.start(),
        c.left(), statement ? contentStart(text, f, c) : c.right());
    if (timex.isEmpty() && statement && frontedSetting(text, c)) {
      // وفي حديث تلفزيوني، الأحد، مع برنامج …، قال ويلي; وفي عام 2017، أعلن موسك: a fronted
      // في / خلال phrase is the setting of the saying, and its date the saying's
      timex = nearestTimex(text, timexes, timexToken, triggerStarts, f.start(),
          c.sentenceStart(), f.start())
          .filter(t -> !timexes.get(t).text().startsWith("منذ")
              && !contentBetween(text, timexToken[t], f.start()));
    }
    if (timex.isEmpty() && statement) {
      timex = beforeContent(text, timexes, timexToken, triggerStarts, f, c);
    }
    if (timex.isEmpty() && !statement && !during) {
      // منذ مطلع العام in another clause dates a state that lasts there (زيارة هي الثالثة منذ
      // مطلع العام), not the event of this one; in the event's own clause it dates its start
      timex = nearestTimex(text, timexes, timexToken, triggerStarts, f.start(),
          c.sentenceStart(), f.start())
          .filter(t -> t >= c.left() || !timexes.get(t).text().startsWith("منذ"));
    }
    // وجه قرقاش الأحد رسالة … بعد استقبال نصرالله لوفد: an event after بعد / قبل is told as
    // before or after the main one; a date before that word is the main event's, not its own
    boolean temporal = f.start() > c.sentenceStart()
        && cues.temporalClause.contains(text.form(f.start() - 1));
    // وكان عنان قد أعلن عزمه خوض الانتخابات المقررة أواخر مارس المقبل، أعلنت المحكمة أن الأحد
    // سيكون غرة ذي الحجة، وأشارت إلى …: a past verb is never dated after its publication; that
    // date belongs to what was announced
    boolean past = f.trigger().pos() == TriggerLexicon.Pos.PERFECT;
    return timex.filter(t -> !temporal || timexToken[t] >= f.start())
        .filter(t -> !(past && afterPublication[t]))
        .filter(t -> !inClosedContent(text, timexToken[t], f, c));
  }

  /** Words after a statement's trigger its أن / إن may stand: a long apposition of the speaker. */
  private static final int CONTENT_SEARCH = 40;

  /**
   * A date right before the أن / إن of what was said, past the trigger's clause (كشف محمد رضا بور
   * ابراهيمي، رئيس اللجنة الاقتصادية …، الأحد، أن …; وقال الرئيس التركي …، العام الماضي إن):
   * Arabic news puts the day of the saying after the speaker and before its content, however
   * long the speaker's apposition. Only commas may stand between the date and the أن, no other
   * trigger between the speaker and the أن, and a date inside a relative clause on the speaker
   * (قال الوزير، الذي زار بغداد الأحد، إن: that Sunday is the visit's) is that clause's, up to its
   * comma (الذي فاز بولاية ثانية هذا الأسبوع، العام الماضي إن: last year is the saying's).
   */
  private Optional<Integer> beforeContent(AnalyzedText text, List<Timex> timexes,
      int[] timexToken, int[] triggerStarts, Found f, Clause c) {
    int that = -1;
    int relative = -1;
    for (int i = f.end(); i < Math.min(c.sentenceEnd(), f.end() + CONTENT_SEARCH); i++) {
      String w = text.form(i);
      if (Tokens.isBreak(text, i)) {
        return Optional.empty();
      }
      if (Tokens.isRelativePronoun(w)) {
        relative = i;
      }
      if (cues.complementizers.contains(w) && contentThat(w)
          && !Tokens.isQuote(text.form(i - 1))) {
        that = i;
        break;
      }
    }
    if (that < 0 || eventTriggerBetween(text, triggerStarts, f.start(), that)) {
      return Optional.empty();
    }
    for (int t = Tokens.lowerBound(timexToken, f.end());
        t < timexToken.length && timexToken[t] < that; t++) {
      if (!isCalendar(timexes.get(t))
          || relative >= 0 && relative < timexToken[t] && !commaBetween(text, relative,
              timexToken[t])) {
        continue; // inside the relative clause, which a comma ends
      }
      int after = text.tokenAtOrAfter(timexes.get(t).span().end());
      while (after < that && Tokens.isComma(text.form(after))) {
        after++;
      }
      if (after == that) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Where what a statement says begins: its أن / إن (قال الوزير إن الرئيس التقى أمس نظيره: the
   * day is the meeting's, not the saying's), else the clause end.
   */
  private int contentStart(AnalyzedText text, Found f, Clause c) {
    for (int i = f.end(); i < c.right(); i++) {
      String w = text.form(i);
      if (cues.complementizers.contains(w) && contentThat(w)) {
        return i;
      }
    }
    return c.right();
  }

  /**
   * قال البيت الأبيض إن الرئيسين تعهدا: a verb after أن / إن is inside what was said. (إن right
   * after a quotation mark, as in شبكة "إن بي سي", is a letter of a name.)
   */
  private boolean contentBetween(AnalyzedText text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String w = text.form(i);
      if (cues.complementizers.contains(w) && contentThat(w)
          && !Tokens.isQuote(text.form(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** The sentence opens with في / خلال / أثناء (وفي حديث تلفزيوني، الأحد، …): a fronted setting. */
  private boolean frontedSetting(AnalyzedText text, Clause c) {
    String w = ProcliticStripper.withoutConjunction(text.form(c.sentenceStart()), 2);
    return w.equals("في") || cues.setting.contains(w);
  }

  private static boolean commaBetween(AnalyzedText text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (Tokens.isComma(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /** Words back from a date to the أن that opens the content clause it stands in. */
  private static final int CONTENT_REACH = 12;

  /**
   * A date in the content clause of an earlier verb (أعلنت المحكمة أن الأحد سيكون غرة ذي
   * الحجة، وأشارت إلى …) is what was said, not when: a verb of speech joined by و/ف after a
   * comma, or a participle of circumstance (قال إن الحوثيين هاجموا الثلاثاء سفينة، مضيفا), is
   * the speaker's next saying, which that date does not reach. (Another verb so joined may go
   * on telling the content: أكد أن الرئيس وصل أمس، والتقى نظيره.)
   */
  private boolean inClosedContent(AnalyzedText text, int timex, Found f, Clause c) {
    String first = text.form(f.start());
    boolean joined = f.stripped() > 0 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف');
    boolean circumstance = f.trigger().pos() == TriggerLexicon.Pos.PARTICIPLE;
    if (f.trigger().type() != EventType.STATEMENT || timex >= f.start()
        || !joined && !circumstance) {
      return false;
    }
    if (!commaBetween(text, timex, f.start())) {
      return false;
    }
    for (int i = timex - 1; i >= Math.max(c.sentenceStart(), timex - CONTENT_REACH); i--) {
      String w = text.form(i);
      if (Tokens.isBreak(text, i)) {
        return false;
      }
      if (cues.complementizers.contains(w) && contentThat(w)) {
        return true;
      }
    }
    return false;
  }

  /** أن، بأن، أنه (normalised ان…), not لأن (a reason) nor a relative pronoun. */
  private static boolean contentThat(String w) {
    String bare = w.startsWith("ب") || w.startsWith("و") ? w.substring(1) : w;
    return bare.startsWith("ان");
  }

  /**
   * The event's date: its own timex's, or the previous event's when it happened during it, or
   * the governing verb's when it is a coordinated verb with no date before it in its clause.
   */
  Dated date(AnalyzedText text, List<Timex> timexes, int[] timexToken, int[] triggerStarts,
      Found f, Clause c, Optional<Integer> timex, boolean during, Optional<EventCore> previous,
      Optional<Governor> coordinated) {
    Optional<String> date = timex.flatMap(t -> timexes.get(t).value()).map(Dating::calendarDate);
    Optional<String> timexId = timex.filter(t -> timexes.get(t).value().isPresent())
        .map(t -> "T" + (t + 1));
    if (during) {
      // والتقى خلالها …: during the visit just told, so its date; a date later in the clause
      // belongs to something else (الأسد، الذي يحكم منذ 2000)
      if (date.isEmpty() || previous.get().date().isPresent()) {
        date = previous.get().date();
        timexId = previous.get().timex();
      }
    }
    if (coordinated.isPresent() && coordinated.get().event().core().date().isPresent()
        && nearestTimex(text, timexes, timexToken, triggerStarts, f.start(), c.left(), f.start())
            .isEmpty()) {
      date = coordinated.get().event().core().date();
      timexId = coordinated.get().event().core().timex();
    }
    return new Dated(date, timexId);
  }

  /**
   * Whether each time expression points after the publication date: its value starts after it
   * (2018-10-16 in an article of 2018-10-11; not 2018-10, which holds it). A value that is no
   * day, month or year (a week, a season), or no publication date, keeps the tense the time
   * stage read. The tense read from the words is not trusted for a past verb: a name spelt like
   * a future verb (سيرغي، ستولتنبرغ) turns the weekday after it forward.
   */
  private static final java.util.regex.Pattern CALENDAR =
      java.util.regex.Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  static boolean[] afterPublication(List<Timex> timexes, Optional<LocalDate> published) {
    boolean[] after = new boolean[timexes.size()];
    for (int i = 0; i < after.length; i++) {
      Timex t = timexes.get(i);
      after[i] = t.future();
      if (published.isEmpty() || t.value().isEmpty()) {
        continue;
      }
      String v = calendarDate(t.value().get());
      if (CALENDAR.matcher(v).matches()) {
        String day = published.get().toString();
        after[i] = v.compareTo(day.substring(0, v.length())) > 0;
      }
    }
    return after;
  }

  /** خلالها / خلاله ("during it") next to the trigger points back to the event just told. */
  boolean duringPrevious(AnalyzedText text, Found f, Clause c) {
    for (int i = Math.max(c.left(), f.start() - 2); i < Math.min(c.right(), f.end() + 3); i++) {
      if (cues.duringIt.contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The resolved calendar date nearest to the trigger at {@code at} within [from, to). A date
   * before the trigger frames everything after it in the sentence (وكان الشرع قد زار واشنطن في
   * نوفمبر 2025، التقى فيها … واتفقا); a date after it belongs to the nearest trigger before it
   * (in إعادة فتح السفارة بعد إغلاقها عام 2012 the year is the closing's).
   */
  private Optional<Integer> nearestTimex(AnalyzedText text, List<Timex> timexes,
      int[] timexToken, int[] triggerStarts, int at, int from, int to) {
    Optional<Integer> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (int i = Tokens.lowerBound(timexToken, from);
        i < timexToken.length && timexToken[i] < to; i++) {
      int t = timexToken[i];
      if (!isCalendar(timexes.get(i))) {
        continue;
      }
      if (t < at && timexes.get(i).text().startsWith("منذ")
          && Tokens.anotherTriggerBetween(triggerStarts, t, at)) {
        continue; // زيارة هي الثالثة منذ مطلع العام، وبحث خلال الاجتماع …: the visit's span
      }
      if (insideSinceClause(text, t, at)) {
        continue; // يزور طهران منذ أعلنت واشنطن مطلع أيار انسحابها: the date of what منذ opens
      }
      int d = Math.abs(t - at);
      if (t > at && (eventTriggerBetween(text, triggerStarts, at, t)
          || temporalClauseBetween(text, at, t))) {
        continue;
      }
      if (d < bestDistance) {
        bestDistance = d;
        best = Optional.of(i);
      }
    }
    return best;
  }

  /**
   * A time expression that dates an event: a calendar date, or a time of a known day (مساء أمس
   * is 2026-01-28TEV); not a duration, a set or a vague reference.
   */
  private static boolean isCalendar(Timex t) {
    if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
      return false;
    }

    return t.value().map(v -> v.length() >= 4 && Character.isDigit(v.charAt(0))
        && Character.isDigit(v.charAt(3))).orElse(false);
  }

  /**
   * The event's date from a time expression's value: a time of day dates the day
   * (2026-01-28TEV → 2026-01-28), a range its start (2017/2024 → 2017).
   */
  static String calendarDate(String value) {
    int slash = value.indexOf('/');
    String v = slash > 0 ? value.substring(0, slash) : value;
    int t = v.indexOf('T');
    return t > 0 ? v.substring(0, t) : v;
  }

  /** Words between منذ and a date inside the clause it opens: منذ وقف إطلاق النار العام الماضي. */
  private static final int SINCE_REACH = 6;

  /**
   * منذ followed by a verb or a noun opens a clause of its own, and a date in it dates that
   * clause: in يزور طهران منذ أعلنت واشنطن مطلع أيار انسحابها the month is the announcement's,
   * in منذ وقف إطلاق النار العام الماضي، أفاد المرصد the year is the truce's, not the report's.
   * منذ right before the date (يحكم منذ 2000) is the event's own span; a comma ends the clause.
   */
  private boolean insideSinceClause(AnalyzedText text, int timex, int trigger) {
    if (timex < trigger && !commaBetween(text, timex, trigger)) {
      return false; // منذ إعلان هولندا مطلع شباط استدعاء سفيرها: the event is in that clause
    }
    int floor = timex > trigger ? trigger + 1 : Math.max(0, timex - SINCE_REACH);
    for (int i = timex - 2; i >= Math.max(floor, timex - SINCE_REACH); i--) {
      String w = text.form(i);
      if (Tokens.isBreak(text, i) || Tokens.isComma(w)) {
        return false;
      }
      if (cues.since.contains(w)
          || cues.since.contains(ProcliticStripper.withoutConjunction(w, 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A trigger between {@code at} and {@code other} that may tell an event of its own: not a noun
   * in the genitive of a title word (وصف وزير الاتصالات الإسرائيلي، الخميس، تعليق …: الاتصالات
   * names the minister's office, no call), which belongs to the speaker's name.
   */
  private boolean eventTriggerBetween(AnalyzedText text, int[] triggerStarts, int at, int other) {
    int hi = Math.max(at, other);
    for (int i = Tokens.lowerBound(triggerStarts, Math.min(at, other) + 1);
        i < triggerStarts.length && triggerStarts[i] < hi; i++) {
      int t = triggerStarts[i];
      if (t == 0 || !cues.titleWords.contains(text.form(t - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * بعد / قبل / عقب / إثر followed by a noun opens a clause of its own between the trigger and a
   * later date: in فتح السفارة بعد إغلاقها عام 2012 the year dates the closing. (بعد right before
   * the date, as in بعد يومين، is part of the date.)
   */
  private boolean temporalClauseBetween(AnalyzedText text, int trigger, int timex) {
    for (int i = trigger + 1; i < timex - 1; i++) {
      if (cues.temporalClause.contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }
}
