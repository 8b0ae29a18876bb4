package io.khabar.event;

/** What a diplomatic event does to embassies, offices or relations. */
public enum DiplomaticAction {
  /** An embassy, consulate or office opened, relations established, a state recognised. */
  OPEN,
  /** An embassy or office closed; relations cut, frozen or downgraded; an ambassador recalled. */
  CLOSE,
  /** Relations or an embassy restored (أعادت فتح سفارتها). */
  RESTORE,
  /** Diplomats expelled, ordered to leave or declared persona non grata. */
  EXPEL
}
