package io.khabar.kb;

/** The kind of a named entity; the one entity-type enum of the library. */
public enum EntityType {
  PERSON,
  LOCATION,
  ORGANIZATION,
  MISC
}
