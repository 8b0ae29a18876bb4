/**
 * Time expressions in Arabic news: detection and TIMEX3 normalisation.
 *
 * <p>Entry point: {@link io.khabar.time.TimexRecognizer}. It works on the matching form of
 * {@link io.khabar.text.ArabicNormalizer} and reports original UTF-16 offsets; results are
 * sorted, non-overlapping, and the longest expression wins ("يوم أمس الأربعاء 28 يناير" is one
 * timex).
 *
 * <h2>Forms and values</h2>
 * <table>
 *   <caption>What is recognised (publication date 2026-01-29 in the examples)</caption>
 *   <tr><th>Form</th><th>Example</th><th>Type</th><th>Value</th></tr>
 *   <tr><td>day month year, any month system, paired names</td>
 *       <td>3 آذار/مارس 2025, ٢٩ كانون الثاني ٢٠٢٦, 5 أوت 2024, فبراير (شباط) 2024</td>
 *       <td>DATE</td><td>2025-03-03, 2026-01-29, 2024-08-05, 2024-02</td></tr>
 *   <tr><td>ordinal day, أول + month, day of a relative month</td>
 *       <td>الأول من يناير, أول يناير, الخامس من الشهر الجاري</td><td>DATE</td>
 *       <td>2026-01-01, 2026-01-01, 2026-01-05</td></tr>
 *   <tr><td>month + direction</td><td>أكتوبر الماضي, مارس المقبل</td><td>DATE</td>
 *       <td>2025-10, 2026-03</td></tr>
 *   <tr><td>equivalent dates</td><td>15 رمضان 1445 هـ الموافق 25 مارس 2024</td><td>DATE</td>
 *       <td>one timex, the Gregorian value 2024-03-25</td></tr>
 *   <tr><td>quarter, half</td><td>الربع الأول من العام الجاري, النصف الثاني من 2025</td>
 *       <td>DATE</td><td>2026-Q1, 2025-H2</td></tr>
 *   <tr><td>numeric date (d/m/y; m/d/y when the middle number is over 12; y-m-d)</td>
 *       <td>بتاريخ 15/1/1959</td><td>DATE</td><td>1959-01-15</td></tr>
 *   <tr><td>Hijri (ICU Umm al-Qura)</td><td>15 رمضان 1445 هـ, شوال 1436هـ, رمضان 2024</td>
 *       <td>DATE</td><td>2024-03-25, 2015-07 (month holding 1 Shawwal), 2024-03</td></tr>
 *   <tr><td>year</td><td>عام 1944, العام 2011, سنة 2020, في 2019, حرب 1967, (2002), 1436 هـ</td>
 *       <td>DATE</td><td>1944 … (a Hijri year: the Gregorian year of its 1 Muharram)</td></tr>
 *   <tr><td>weekday</td><td>الثلاثاء, يوم الخميس, الخميس الماضي / المقبل</td><td>DATE</td>
 *       <td>most recent on or before publication; next on or after in a forward sentence or
 *       after an imperfect verb (يستقبل … الثلاثاء); الماضي / المقبل strictly before / after</td></tr>
 *   <tr><td>deictic day</td><td>اليوم, أمس, أول من أمس, غداً, بعد غد</td><td>DATE</td>
 *       <td>2026-01-29, -28, -27, -30, -31</td></tr>
 *   <tr><td>part of day</td><td>مساء أمس, صباح اليوم, الليلة, مساء الخميس</td><td>TIME</td>
 *       <td>2026-01-28TEV, 2026-01-29TMO, 2026-01-29TNI</td></tr>
 *   <tr><td>clock</td><td>الساعة العاشرة والنصف صباحاً, الساعة 9:15 مساءً, منتصف الليل</td>
 *       <td>TIME</td><td>XXXX-XX-XXT10:30, XXXX-XX-XXT21:15, XXXX-XX-XXT24:00 (the day is
 *       not resolved)</td></tr>
 *   <tr><td>calendar unit + direction</td>
 *       <td>الأسبوع الماضي, الشهر المقبل, العام الحالي, هذا العام, العقد القادم</td><td>DATE</td>
 *       <td>2026-W04, 2026-02, 2026, 2026, 203</td></tr>
 *   <tr><td>part of a period</td><td>مطلع فبراير, أواخر 2025, نهاية العام</td><td>DATE</td>
 *       <td>the anchor's value (2026-02, 2025, 2026); the modifier is not encoded</td></tr>
 *   <tr><td>season</td><td>خريف 2025, الصيف الماضي, الشتاء</td><td>DATE</td>
 *       <td>2025-FA, 2025-SU, empty</td></tr>
 *   <tr><td>century, decade</td><td>القرن التاسع عشر, القرن الماضي, الستينيات, ثمانينيات القرن
 *       الماضي, عقد الثلاثينيات</td><td>DATE</td>
 *       <td>18, 20 − 1 = 19, 196, 198, 193 (a decade's century: written, else the nearest year's
 *       in the sentence, else the last such decade over by publication)</td></tr>
 *   <tr><td>range</td><td>بين عامي 2015 و2020, من 2015 إلى 2020, 1936 - 1939,
 *       من 13 وحتى 15 نوفمبر 2026, بين يناير ومارس 2020</td><td>DATE</td>
 *       <td>one timex, ISO 8601 interval: 2015/2020, 2026-11-13/2026-11-15</td></tr>
 *   <tr><td>duration</td><td>خلال 15 يوماً, منذ ثلاث سنوات, لمدة ساعتين, أسبوعاً, عامين</td>
 *       <td>DURATION</td><td>P15D, P3Y, PT2H, P1W, P2Y</td></tr>
 *   <tr><td>counted past / next units</td><td>الأسبوعين الماضيين, الأيام الخمسة الماضية</td>
 *       <td>DURATION</td><td>P2W, P5D</td></tr>
 *   <tr><td>vague duration</td><td>لعدة ساعات, منذ سنوات, ساعات</td><td>DURATION</td>
 *       <td>empty</td></tr>
 *   <tr><td>ago</td><td>قبل ثلاثة أيام, قبل عامين, قبل سنوات</td><td>DATE</td>
 *       <td>2026-01-26, 2024, PAST_REF</td></tr>
 *   <tr><td>vague reference</td><td>السنوات الماضية, الأيام الأخيرة, حالياً, الآن</td>
 *       <td>DATE</td><td>PAST_REF, FUTURE_REF, PRESENT_REF</td></tr>
 *   <tr><td>recurrence</td><td>يومياً, أسبوعياً, كل عام, كل يوم جمعة</td><td>SET</td>
 *       <td>P1D, P1W, P1Y, XXXX-WXX-5</td></tr>
 *   <tr><td>historical period</td><td>الفترة العثمانية</td><td>DATE</td><td>empty</td></tr>
 * </table>
 *
 * <h2>Rules worth knowing</h2>
 * <ul>
 *   <li><b>Missing year.</b> A month (or day and month) without a year takes the publication
 *       year. If the sentence does not point forward and that puts the start more than 31 days
 *       after the publication date, the previous year is used ("وقعت في 15 ديسمبر", published
 *       in January → last December). If the sentence points forward and the month ended more
 *       than 31 days before publication, the next year is used. Hijri months do the same in
 *       Hijri years. "أكتوبر الماضي" / "مارس المقبل" take the latest occurrence before / the
 *       first after the publication month.
 *   <li><b>Tense.</b> The verb that governs a bare weekday or a month without a year ({@code
 *       VerbTenses}: the nearest known verb before it in its clause) places it where the value
 *       depends on it: a perfect (التقى الثلاثاء) is the last one, and a month must have begun;
 *       an imperfect of a scheduled act (يستقبل الثلاثاء, تنطلق في أبريل) is the coming one;
 *       لم + imperfect and كان + imperfect are past, لن + imperfect future; ل + imperfect
 *       (ليلتقي، ارتفع ليصل) takes the main verb's time. Without a known verb, the future cues
 *       below and the 31-day rule above decide. بحلول نوفمبر (by) is ahead unless a perfect
 *       governs it; the date of a scheduled thing (كانت مقررة في ديسمبر، المقررة الثلاثاء) and
 *       the new date of a postponement (أرجأ … إلى 25 أغسطس) are ahead whatever the verb. A
 *       range without years is placed by its end when it points forward (من يونيو إلى سبتمبر).
 *   <li><b>Forward sentences</b> ({@code FutureCues}): سوف; سـ + imperfect verb (a stop list
 *       keeps سياسة, سيارة, سنوات … out, and a word of a name the entity stage found is none:
 *       {@link io.khabar.time.TimexRecognizer#reread} reads سيرغي لافروف الثلاثاء again once the
 *       names are known); المقبل, القادم, المرتقب; يعتزم; من المقرر / المنتظر /
 *       المتوقع; ينتظر أن / يتوقع أن; verbs of intent and of preparing (يعتزم، ينوي، يتطلع، يخطط، يستعد). {@link io.khabar.time.Timex#future()} is the expression's
 *       own direction when it has one (أمس: false, غداً: true), else the sentence's.
 *   <li><b>Unresolvable means empty.</b> No publication date for a relative expression, an
 *       impossible date (31 فبراير), or a bare season: the timex is reported with an empty
 *       value. Nothing is guessed silently.
 *   <li><b>Spans.</b> منذ, قبل, بعد, خلال, بتاريخ directly before a date are inside the span
 *       (the value is still the anchor's); في and حتى are not. Brackets are inside the span
 *       only after a keyword (عام ( 1933 ), بتاريخ ( 2/10/1989 )) or before an era marker. Harakat
 *       and tatweel at the end of the last word stay in the span (يوماً, هـ).
 *   <li><b>Bare four-digit numbers</b> (1900–2100) are years only after في, منذ, قبل, بعد, حتى,
 *       خلال, a period word (مطلع …), an event noun (حرب, ثورة, الانتفاضة الأولى, زلزال …), in
 *       brackets of their own ("(1948)"), or as "1936 - 1939".
 *   <li><b>Idioms</b> that contain a time word (عن بكرة أبيهم, بين ليلة وضحاها, يوماً بعد يوم:
 *       the lexicon {@code io/khabar/time/idioms.txt}) hold no time expression.
 *   <li><b>Ambiguous names</b> need support: آب, مارس, ماي, أوت and the one-word Hijri months
 *       (رمضان, رجب, شعبان … are also personal names) count only with a day, a year, a paired
 *       name or a preceding شهر (the month names of both calendars are the lexicon {@code
 *       io/khabar/time/months.tsv}); a weekday after سوق / صلاة / خطبة is a name; عقد alone is not
 *       "a decade"; الربيع alone is not a season (the Arab Spring).
 * </ul>
 */
package io.khabar.time;
