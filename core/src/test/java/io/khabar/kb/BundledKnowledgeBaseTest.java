package io.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import io.khabar.text.ArabicNormalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeSet;
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

  /**
   * Two entities of one type sharing a name are either one thing under two keys (merge them) or
   * real homonyms, listed here: Ariha (Idlib) / Jericho, Tripoli (Lebanon) / Tripoli (Libya),
   * Amman / Oman (عمان).
   */
  @Test
  void entitiesOfOneTypeShareNoNameExceptKnownHomonyms() {
    Set<String> homonyms = Set.of("اريحا", "طرابلس", "عمان");
    Map<String, String> owner = new HashMap<>();
    Set<String> clashes = new TreeSet<>();
    for (KbEntity e : KnowledgeBase.loadDefault().entities()) {
      Set<String> names = new HashSet<>();
      for (String a : e.aliases()) {
        names.add(ArabicNormalizer.get().matchingForm(a));
      }
      for (String a : e.abbreviations()) {
        names.add(ArabicNormalizer.get().matchingForm(a));
      }
      for (String n : names) {
        String prev = owner.putIfAbsent(e.type() + "|" + n, e.key());
        if (prev != null && !homonyms.contains(n)) {
          clashes.add(e.type() + " '" + n + "': " + prev + " / " + e.key());
        }
      }
    }
    assertEquals(Set.of(), clashes, String.join("\n", clashes));
  }
}
