package io.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks every bundled data file listed in index.txt, whoever wrote it. */
class BundledKnowledgeBaseTest {

  @Test
  void everyListedFileParsesWithUniqueKeys() throws IOException {
    List<String> files;
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream(KnowledgeBase.RESOURCE_DIR + "index.txt")) {
      files = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
    assertTrue(files.contains("countries.jsonl") && files.contains("organisations.jsonl"));
    KnowledgeBase kb = KnowledgeBase.builder().addDefault().build(); // throws on bad lines
    assertTrue(kb.size() > 250 + 150, "size " + kb.size());
  }

  @Test
  void referencesDatesAndAliasesAreValid() {
    List<String> problems = KnowledgeBase.loadDefault().validate();
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void curatedCountriesHaveDemonymsAndOrganisationsAreNumerous() {
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    Set<String> arabLeague = Set.of("SY", "LB", "IQ", "JO", "PS", "SA", "EG", "YE", "OM", "AE",
        "QA", "BH", "KW", "LY", "TN", "DZ", "MA", "MR", "SD", "SO", "DJ", "KM");
    for (String code : arabLeague) {
      assertTrue(kb.country(code).orElseThrow().demonyms().size() >= 2, code);
    }
    long orgs = kb.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).count();
    assertTrue(orgs >= 150, "organisations: " + orgs);
    Set<String> wikidata = new HashSet<>();
    kb.entities().forEach(e -> e.wikidata().ifPresent(q -> assertTrue(wikidata.add(q),
        "Q-id used twice: " + q)));
    for (String key : List.of("un", "arab-league", "kremlin", "sdf", "eu", "nato", "afp")) {
      assertTrue(kb.get(key).isPresent(), key);
    }
  }
}
