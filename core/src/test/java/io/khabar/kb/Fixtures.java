package io.khabar.kb;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The bundled countries and organisations plus a few test people (keys "test-…", so they
 * never clash with bundled people files).
 */
final class Fixtures {

  static final KnowledgeBase KB = build();

  private Fixtures() {}

  private static KnowledgeBase build() {
    return KnowledgeBase.builder()
        .addIcuCountries()
        .addResource("countries.jsonl")
        .addResource("organisations.jsonl")
        .add("fixture-people.jsonl", new InputStreamReader(Objects.requireNonNull(
            Fixtures.class.getResourceAsStream("fixture-people.jsonl")), StandardCharsets.UTF_8))
        .build();
  }
}
