package io.khabar.kb;

/** An office or function a person holds (the {@code role} field of the knowledge base). */
public enum RoleType {
  HEAD_OF_STATE,
  HEAD_OF_GOVERNMENT,
  VICE_PRESIDENT,
  CROWN_PRINCE,
  FOREIGN_MINISTER,
  DEFENCE_MINISTER,
  INTERIOR_MINISTER,
  /** Any other portfolio; {@link Role#portfolio()} names it. */
  MINISTER,
  SPOKESPERSON,
  /** {@link Role#forCountry()} names the country the envoy is sent to. */
  ENVOY,
  SECRETARY_GENERAL,
  ADVISER,
  MILITARY_COMMANDER,
  /** Leader of an armed group, party or organisation. */
  LEADER,
  /** {@link Role#forCountry()} names the host country. */
  AMBASSADOR
}
