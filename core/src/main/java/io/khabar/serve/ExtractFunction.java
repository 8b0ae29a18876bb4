package io.khabar.serve;

import io.khabar.Extraction;
import java.time.LocalDate;

/** What the service calls to extract: {@link io.khabar.Extractor#extract}, or a stand-in in tests. */
@FunctionalInterface
interface ExtractFunction {
  Extraction extract(String text, LocalDate published);
}
