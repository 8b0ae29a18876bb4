package io.khabar.event;

/** What a diplomatic event does to embassies, offices or relations. */
public enum DiplomaticAction {
  OPEN,
  CLOSE,
  RESTORE,
  EXPEL
}
