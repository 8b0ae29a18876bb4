package io.khabar.time;

/** The parts of one calendar date as written; -1 for a missing part. */
final class DateHit {

  /** Token index just past the date. */
  int end = -1;
  int year = -1;
  int month = -1;
  int day = -1;
  int weekday = -1;
  /** TimeLexicon.PAST / NEXT after الماضي / المقبل, else MIN_VALUE. */
  int dir = Integer.MIN_VALUE;
  /** Month offset of "من الشهر الجاري / الماضي / المقبل", or MIN_VALUE. */
  int relativeMonth = Integer.MIN_VALUE;
  /** Year offset of "من العام الماضي / الجاري / المقبل" after a month, or MIN_VALUE. */
  int relativeYear = Integer.MIN_VALUE;
  boolean hijri;

  int direction() {
    return dir == TimeLexicon.PAST ? TimexGrammar.DIR_PAST
        : dir == TimeLexicon.NEXT ? TimexGrammar.DIR_FORWARD : TimexGrammar.DIR_NONE;
  }
}
