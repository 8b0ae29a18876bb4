package io.khabar.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnnotatedDocumentsTest {
  private static final List<AnnotatedDocument> DOCS = AnnotatedDocuments.load();

  private static final Set<String> EVENT_TYPES = Set.of("MEETING", "VISIT", "PHONE_CALL", "MESSAGE",
      "STATEMENT", "AGREEMENT", "NEGOTIATION", "WITHDRAWAL", "DEPLOYMENT", "SANCTIONS", "DIPLOMATIC",
      "ATTACK", "PRISONER_EXCHANGE", "AID");
  private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");
  private static final Set<String> TIMEX_FORMS = Set.of("MONTH_GREGORIAN", "MONTH_LEVANTINE",
      "MONTH_COMBINED_PAREN", "MONTH_COMBINED_SLASH", "MONTH_MAGHREBI", "HIJRI", "ARABIC_INDIC_DIGITS",
      "WEEKDAY_PAST", "WEEKDAY_FUTURE", "TODAY", "YESTERDAY", "DAY_BEFORE_YESTERDAY", "TOMORROW",
      "YESTERDAY_EVENING", "RELATIVE_PERIOD", "PERIOD_PART", "SEASON", "YEAR", "RANGE", "DURATION");
  private static final Pattern TIMEX3 = Pattern.compile(
      "\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2}|-(SP|SU|FA|WI))?|P(T?\\d+[YMWDH])+");
  // harakat, superscript alef and tatweel: the scorer ignores them, so the checks below do too
  private static final Pattern MARKS = Pattern.compile("[\u064b-\u0652\u0670\u0640]");

  private static String unmarked(String s) {
    return MARKS.matcher(s).replaceAll("");
  }

  /** The alias as written, or after a proclitic ل that swallowed the alef of ال (للرئاسة). */
  private static boolean occurs(String alias, String text) {
    String a = unmarked(alias);
    String t = unmarked(text);
    return t.contains(a) || (a.startsWith("ال") && t.contains("ل" + a.substring(1)));
  }

  @Test
  void loadsAllTwentyFourArticlesWithTheirDates() {
    assertEquals(24, DOCS.size());
    Set<Integer> years = new HashSet<>();
    for (AnnotatedDocument d : DOCS) {
      assertTrue(d.name().matches("kh-0\\d\\d"), d.name());
      int len = d.text().length();
      assertTrue(len >= 600 && len <= 2500, d.name() + " has " + len + " chars");
      assertFalse(d.entities().isEmpty(), d.name());
      assertFalse(d.events().isEmpty(), d.name());
      years.add(d.published().getYear());
    }
    assertTrue(years.size() >= 10, "publication years " + years);
  }

  @Test
  void everyAliasTimexAndEvidenceOccursInItsText() {
    for (AnnotatedDocument d : DOCS) {
      for (GoldEntity e : d.entities()) {
        assertTrue(ENTITY_TYPES.contains(e.type()), d.name() + " " + e.key());
        assertFalse(e.aliases().isEmpty(), d.name() + " " + e.key());
        for (String alias : e.aliases()) {
          assertTrue(occurs(alias, d.text()), d.name() + ": alias not in text: " + alias);
        }
      }
      for (GoldTimex t : d.timexes()) {
        assertTrue(d.text().contains(t.text()), d.name() + ": timex not in text: " + t.text());
        for (String v : t.values()) {
          assertTrue(TIMEX3.matcher(v).matches(), d.name() + ": not TIMEX3: " + v);
        }
      }
      for (GoldEvent v : d.events()) {
        assertTrue(d.text().contains(v.evidence()), d.name() + ": evidence not in text: " + v.evidence());
        for (String date : v.dates()) {
          assertTrue(TIMEX3.matcher(date).matches(), d.name() + ": event date not TIMEX3: " + date);
        }
      }
    }
  }

  @Test
  void everyEventParticipantAndPlaceIsAnEntityKey() {
    for (AnnotatedDocument d : DOCS) {
      Set<String> keys = d.entities().stream().map(GoldEntity::key).collect(Collectors.toSet());
      assertEquals(d.entities().size(), keys.size(), d.name() + ": duplicate entity key");
      for (GoldEvent v : d.events()) {
        assertTrue(EVENT_TYPES.contains(v.type()), d.name() + ": " + v.type());
        assertFalse(v.participants().isEmpty(), d.name() + ": no participants: " + v.evidence());
        for (String p : v.participants()) {
          assertTrue(keys.contains(p), d.name() + ": participant " + p + " is no entity key");
        }
        v.place().ifPresent(p -> assertTrue(keys.contains(p), d.name() + ": place " + p));
      }
    }
  }

  /** The scorer collapses system events to (type, participants, date): two such gold events could never both match. */
  @Test
  void noTwoRequiredEventsCollapseToTheSameKey() {
    for (AnnotatedDocument d : DOCS) {
      Set<List<Object>> seen = new HashSet<>();
      for (GoldEvent v : d.events()) {
        if (!v.optional()) {
          assertTrue(seen.add(List.of(v.type(), Set.copyOf(v.participants()), v.dates())),
              d.name() + ": duplicate event key: " + v.evidence());
        }
      }
    }
  }

  @Test
  void coversEveryEventTypeActionAndModality() {
    Map<String, Integer> types = new TreeMap<>();
    Map<String, Integer> actions = new TreeMap<>();
    int planned = 0;
    for (AnnotatedDocument d : DOCS) {
      for (GoldEvent v : d.events()) {
        if (v.optional()) {
          continue;
        }
        types.merge(v.type(), 1, Integer::sum);
        v.action().ifPresent(a -> actions.merge(v.type() + ":" + a, 1, Integer::sum));
        planned += "PLANNED".equals(v.modality()) ? 1 : 0;
      }
    }
    for (String t : EVENT_TYPES) {
      assertTrue(types.getOrDefault(t, 0) >= 3, t + " only " + types.get(t) + " times: " + types);
    }
    for (String a : List.of("SANCTIONS:IMPOSE", "SANCTIONS:EASE", "SANCTIONS:LIFT", "DIPLOMATIC:OPEN",
        "DIPLOMATIC:CLOSE", "DIPLOMATIC:RESTORE", "DIPLOMATIC:EXPEL")) {
      assertTrue(actions.getOrDefault(a, 0) >= 1, a + " missing: " + actions);
    }
    assertTrue(planned >= 3, "planned events: " + planned);
  }

  @Test
  void coversEveryTimeExpressionFormAtLeastTwice() {
    Map<String, Integer> forms = new TreeMap<>();
    for (AnnotatedDocument d : DOCS) {
      for (GoldTimex t : d.timexes()) {
        String form = t.form().orElseThrow(() -> new AssertionError(d.name() + ": no form: " + t.text()));
        assertTrue(TIMEX_FORMS.contains(form), d.name() + ": unknown form " + form);
        forms.merge(form, 1, Integer::sum);
        if (form.equals("DURATION")) {
          assertEquals("DURATION", t.type(), d.name() + ": " + t.text());
        }
        if (form.equals("RANGE")) {
          assertTrue(t.end().isPresent(), d.name() + ": range without end: " + t.text());
        }
      }
    }
    for (String f : TIMEX_FORMS) {
      assertTrue(forms.getOrDefault(f, 0) >= 2, f + " only " + forms.get(f) + " times: " + forms);
    }
  }

  @Test
  void coversTheSurfacePhenomenaOfScrapedNews() {
    assertTrue(docsMatching("[\u0660-\u0669]") >= 2, "Arabic-Indic digits");
    assertTrue(docsMatching("[\u064b-\u0652]") >= 2, "harakat");
    assertTrue(docsMatching("\u0640") >= 2, "tatweel");
    assertTrue(docsMatching("[A-Za-z]{4,}") >= 1, "Latin script");
    assertTrue(docsMatching("https?://|www\\.") >= 1, "URL");
    for (String s : List.of("ترامب", "ترمب", "أردوغان", "إردوغان", "قسد", "داعش", "الناتو", "أ.ف.ب",
        "لم يلتق", "بحسب بيان", "نظيره", "من المقرر أن")) {
      assertTrue(docsMatching(Pattern.quote(s)) >= 1, "no document has " + s);
    }
    int repeatedLines = 0;
    for (AnnotatedDocument d : DOCS) {
      List<String> lines = d.text().lines().filter(l -> !l.isBlank()).toList();
      repeatedLines += lines.size() != new HashSet<>(lines).size() ? 1 : 0;
    }
    assertTrue(repeatedLines >= 2, "documents with a repeated headline or caption: " + repeatedLines);
  }

  @Test
  void namesAppearWithAttachedProclitics() {
    List<String> attached = new ArrayList<>();
    for (AnnotatedDocument d : DOCS) {
      for (GoldEntity e : d.entities()) {
        for (String alias : e.aliases()) {
          Pattern p = Pattern.compile("(?<![\\p{IsArabic}])[وفبلك]{1,2}" + Pattern.quote(alias.substring(
              alias.startsWith("ال") ? 1 : 0)));
          if (!alias.startsWith("ال") && p.matcher(d.text()).find()) {
            attached.add(alias);
          } else if (alias.startsWith("ال") && d.text().matches("(?s).*(?<![\\p{IsArabic}])[وفب]?"
              + Pattern.quote("ل" + alias.substring(1)) + ".*")) {
            attached.add(alias);
          }
        }
      }
    }
    assertTrue(attached.size() >= 10, "clitic-attached names: " + attached);
  }

  @Test
  void loadsTheSharedGoldWhenPresent() {
    Path shared = AnnotatedDocuments.sharedDir();
    Path gold = shared.resolve("gold");
    Path corpus = shared.resolve("corpus");
    assumeTrue(Files.isDirectory(gold) && Files.isDirectory(corpus),
        "needs ../shared/gold and ../shared/corpus: the shared seed set");
    List<AnnotatedDocument> docs = AnnotatedDocuments.loadGoldDir(gold, corpus);
    assertFalse(docs.isEmpty());
    for (AnnotatedDocument d : docs) {
      assertFalse(d.text().isEmpty(), d.name());
      assertFalse(d.entities().isEmpty(), d.name());
    }
  }

  private static long docsMatching(String regex) {
    Pattern p = Pattern.compile(regex);
    return DOCS.stream().filter(d -> p.matcher(d.text()).find()).count();
  }
}
