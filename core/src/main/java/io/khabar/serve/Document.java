package io.khabar.serve;

import java.time.LocalDate;

/**
 * One document to extract, as a request gave it.
 *
 * @param id the caller's id, the output's {@code document}; null when none was given
 * @param text the text, never null
 * @param published the publication date, null when none was given
 */
record Document(String id, String text, LocalDate published) {}
