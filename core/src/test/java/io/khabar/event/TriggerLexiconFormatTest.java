package io.khabar.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.text.ArabicNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the event lexicons in khabar-models ({@code io/khabar/events/*.tsv}): header,
 * column count, closed vocabularies, clean surface forms, and the rule that forms carry no
 * proclitic and no article the matcher strips itself. Every failure lists all offending lines.
 */
class TriggerLexiconFormatTest {

  private static final String DIR = "/io/khabar/events/";
  private static final List<String> TRIGGER_HEADER =
      List.of("type", "subtype", "pos", "form", "lemma", "modality", "note");
  private static final List<String> SPEECH_HEADER =
      List.of("form", "lemma", "pos", "takes_quote", "complement", "modality");
  private static final List<String> CUE_HEADER = List.of("role", "form", "note");
  private static final List<String> SPLIT_HEADER = List.of(
      "type", "subtype", "verb", "object", "lemma", "modality", "max_gap", "note");
  private static final Set<String> POS = Set.of(
      "PERFECT", "IMPERFECT", "PASSIVE", "IMPERATIVE", "MASDAR", "NOUN", "PARTICIPLE", "PHRASE");
  private static final Set<String> ROLES = Set.of("CO_PARTICIPANT", "RECIPIENT", "AGENT", "TARGET",
      "TOPIC", "PLACE", "TIME", "FUTURE_CUE", "NEGATION", "REPORTED_SPEECH", "ATTRIBUTION",
      "UNNAMED_AGENT", "COMPANY_KIND", "PERSON_KIND", "BARE_THAT", "COMPLEMENTIZER", "PARTICLE",
      "GOVERNING", "LIGHT_VERB",
      "DURING_IT", "TEMPORAL_CLAUSE", "CUE_PREPOSITION", "TITLE_WORD", "PARTY_PREPOSITION",
      "ADDRESSEE_PREPOSITION", "TARGET_PREPOSITION", "PLACE_PREPOSITION", "PHONE_ADVERB", "WHERE",
      "TIME_PREPOSITION", "EXPECTATION", "FEAR", "EXHORTATION", "CONDITION", "HYPOTHESIS",
      "DENIAL", "PAST_PERFECT", "QUANTITY", "STOPPING", "THEN", "BODY_NOUN", "PLAY", "MATCH",
      "QUOTING", "CARRY_OUT", "CLAIM", "ACCUSING_VERB", "ACCUSATION", "PASSIVE_AGENT",
      "ATTACK_MEANS", "NATURAL_FORCE", "REASON", "SOURCE_VERB", "COPULA", "POSSIBLE", "DEMANDING", "MEDIUM",
      // senses decided by the complement (ComplementSenses, MotionSenses, Renouncing)
      "AFFIRMING", "STANDING", "REJECTING", "STANCE_OBJECT", "QUANTIFIER", "FOLLOWING",
      "CONSENTING", "ACCORD_OBJECT", "FACILITY", "EVACUATE_OR_ABANDON", "FRONTIER", "FORCE",
      "RENOUNCING",
      "INVITING", "INVITED_TO", "PERMIT", "PERMITTED_ACT", "REFLEXIVE", "KIN_OR_COUNSEL", "POINTING", "IMPERSONAL",
      // obligation (Modalities: على X أن)
      "OBLIGATION", "OBLIGATION_PRONOUN", "OBLIGED_THAT",
      // places (Places, VisitDestinations)
      "LOCATIVE_NOUN", "SIDELINES", "UPON", "ARRIVAL", "BACK_REFERENCE",
      // precision by what a trigger governs (Complements, StrikeObjects, VerbalAttacks)
      "AIM", "DOCUMENT", "SIGNING", "INTERVIEW", "PRESS", "DESTINATION", "ASSAILING",
      "STRIKING_NOUN", "CONDEMNING", "SPREADING", "GRANTING", "GIFT",
      "AGREEING", "SUBJECT_HEAD",
      "DUAL_SUBJECT", "AUDIENCE",
      // attacks in words (VerbalAttacks), targeting with no force (Targeting)
      "WORDS_QUALIFIER", "WEAPON",
      // a letter, not a speech (Letters); a test launch, not an attack (Launches)
      "SENDING", "DIRECTION", "TRIAL",
      // speakers (SpeechMedia)
      "REPORTER",
      // a question asked, whose names do not answer it (AskedQuestions)
      "QUESTION", "ASKED",
      // هدد "threatened" with بـ, not "endangers" (ComplementSenses)
      "THREATENING",
      // رجح "deemed likely" before أن, not "tipped" (ComplementSenses)
      "DEEMING",
      // dates and modality (Dating, Modalities)
      "SINCE", "SETTING",
      // attackers named by a pronoun (AttackAgents)
      "CARRYING_OUT_POSSESSED",
      // a delegation acting for whom it comes from (Delegations)
      "DELEGATION",
      // attacks told from the victim's side (VictimSide)
      "UNDERGOING", "SUFFERING", "REPELLING",
      // the signing clause of an agreement noun (SignedAgreements)
      "SIGNED",
      // the intransitive participle of gathering (Circumstantials)
      "GATHERING_PARTICIPLE",
      // how far a modal cue reaches, and "may" (Modalities)
      "SCOPE_END", "WHETHER", "STILL", "RULING_OUT", "MAY",
      // titles in construct naming a speaker (TitleHeads)
      "TITLE_HEAD",
      // an attack noun as the predicate of being is "a blow to" (Senses)
      "CONSTITUTING",
      // an attack that occurred names no attacker by its reporter (AttackAgents)
      "OCCURRING",
      // a place named with its unit noun lies in the bare name's place (Places)
      "PLACE_UNIT",
      // the backer a participle of allegiance names is no party (Arguments)
      "ALLEGIANCE",
      // an attack investigated names no attacker by its investigator (AttackAgents)
      "INQUIRY",
      // taking control is an attack only when a force takes ground (Seizing)
      "SEIZED_GROUND",
      // destroying is an attack only when a force destroys ground or materiel (Seizing)
      "DESTROYED_MATERIEL",
      // a statement made during a gathering is where the gathering is held (Places)
      "GATHERING", "HELD",
      // a verb whose subject is a pronoun or no one (PronounSubjects)
      "PRONOUN_SUBJECT", "IMPERSONAL_WHAT",
      // a verbal noun whose genitive is its doer (Subjects)
      "DOER_GENITIVE",
      // the relative clause telling an event noun took place, its parties after it (Frames)
      "HAPPENED",
      // the speaker's claim of an attack keeps the speaker as its agent (ReportingSpeakers)
      "RESPONSIBILITY",
      // the ground an event occurred on, no document signed (Complements)
      "GROUND");
  /** Proclitics the matcher strips from the first word of a form. */
  private static final String PROCLITICS = "وفبلك";
  /** Rows whose first letter looks like a proclitic but is a root letter say so in the note. */
  private static final String ROOT_INITIAL_MARK = "root-initial";
  /** Verbs whose stem itself begins with ال (not the article). */
  private static final Set<String> STEM_AL_LEMMAS = Set.of("التقى", "التأم");

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.get();

  record Line(int number, List<String> cells) {
    String cell(int i) { return cells.get(i); }
  }

  private static List<Line> triggers;
  private static List<Line> speech;
  private static List<Line> cues;
  private static List<Line> split;

  @BeforeAll
  static void load() throws IOException {
    triggers = read("triggers.tsv", TRIGGER_HEADER);
    speech = read("speech-verbs.tsv", SPEECH_HEADER);
    cues = read("argument-cues.tsv", CUE_HEADER);
    split = read("split-triggers.tsv", SPLIT_HEADER);
  }

  /** Reads a TSV, checks its header (first non-comment line) and returns the data lines. */
  private static List<Line> read(String name, List<String> header) throws IOException {
    try (InputStream in = TriggerLexiconFormatTest.class.getResourceAsStream(DIR + name)) {
      assertNotNull(in, "missing classpath resource " + DIR + name);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Line> lines = new ArrayList<>();
      boolean sawHeader = false;
      int number = 0;
      for (String raw; (raw = reader.readLine()) != null; ) {
        number++;
        if (raw.isEmpty() || raw.startsWith("#")) {
          continue;
        }
        List<String> cells = Arrays.asList(raw.split("\t", -1));
        if (!sawHeader) {
          assertEquals(header, cells, name + ": header");
          sawHeader = true;
          continue;
        }
        lines.add(new Line(number, cells));
      }
      assertTrue(sawHeader, name + ": no header");
      return lines;
    }
  }

  private static void assertNoProblems(String what, List<String> problems) {
    assertTrue(problems.isEmpty(), what + " (" + problems.size() + "):\n"
        + problems.stream().limit(50).collect(Collectors.joining("\n")));
  }

  private static String key(String form) {
    return NORMALIZER.matchingForm(form);
  }

  /** Arabic letters U+0621–U+063A, U+0641–U+064A with single inner spaces; nothing else. */
  private static boolean isCleanArabicForm(String form) {
    if (form.isEmpty() || form.startsWith(" ") || form.endsWith(" ") || form.contains("  ")) {
      return false;
    }
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      boolean letter = (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A');
      if (!letter && c != ' ') {
        return false;
      }
    }
    return true;
  }

  @Test
  void everyLexiconHasTheDeclaredColumnCountAndNoEmptyCell() {
    List<String> problems = new ArrayList<>();
    for (var entry : Map.of("triggers.tsv", triggers, "speech-verbs.tsv", speech,
        "argument-cues.tsv", cues, "split-triggers.tsv", split).entrySet()) {
      int expected = switch (entry.getKey()) {
        case "triggers.tsv" -> TRIGGER_HEADER.size();
        case "speech-verbs.tsv" -> SPEECH_HEADER.size();
        case "split-triggers.tsv" -> SPLIT_HEADER.size();
        default -> CUE_HEADER.size();
      };
      for (Line line : entry.getValue()) {
        if (line.cells().size() != expected) {
          problems.add(entry.getKey() + ":" + line.number() + " has " + line.cells().size()
              + " columns");
        } else if (line.cells().stream().anyMatch(String::isBlank)) {
          problems.add(entry.getKey() + ":" + line.number() + " has an empty cell (use -)");
        }
      }
    }
    assertNoProblems("column count", problems);
  }

  @Test
  void splitTriggersAreContiguousTriggersWithAGap() {
    Set<String> contiguous = triggers.stream()
        .map(l -> l.cell(0) + "\t" + l.cell(1) + "\t" + key(l.cell(3)))
        .collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Line line : split) {
      String verb = line.cell(2);
      String object = line.cell(3);
      if (!isCleanArabicForm(verb) || verb.contains(" ") || !isCleanArabicForm(object)) {
        problems.add(line.number() + ": verb '" + verb + "' object '" + object + "'");
        continue;
      }
      // the adjacent order must also be a trigger, with the same type and subtype
      if (!contiguous.contains(line.cell(0) + "\t" + line.cell(1) + "\t"
          + key(verb + " " + object))) {
        problems.add(line.number() + ": " + verb + " " + object + " is not in triggers.tsv");
      }
      if (!line.cell(6).matches("[1-9]")) {
        problems.add(line.number() + ": max_gap " + line.cell(6));
      }
      if (!seen.add(line.cell(0) + "\t" + key(verb) + "\t" + key(object))) {
        problems.add(line.number() + ": duplicate " + verb + " … " + object);
      }
    }
    assertNoProblems("split triggers", problems);
  }

  @Test
  void triggerRowsUseTheClosedVocabularies() {
    Set<String> types = EnumSet.allOf(EventType.class).stream().map(Enum::name)
        .collect(Collectors.toSet());
    Set<String> directions = EnumSet.allOf(SanctionsDirection.class).stream().map(Enum::name)
        .collect(Collectors.toSet());
    Set<String> actions = EnumSet.allOf(DiplomaticAction.class).stream().map(Enum::name)
        .collect(Collectors.toSet());
    Set<String> modalities = EnumSet.allOf(Modality.class).stream().map(Enum::name)
        .collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (Line line : triggers) {
      String type = line.cell(0);
      String subtype = line.cell(1);
      if (!types.contains(type)) {
        problems.add(line.number() + ": unknown type " + type);
        continue;
      }
      Set<String> allowed = switch (EventType.valueOf(type)) {
        case SANCTIONS -> directions;
        case DIPLOMATIC -> actions;
        default -> Set.of("-");
      };
      if (!allowed.contains(subtype)) {
        problems.add(line.number() + ": subtype " + subtype + " not allowed for " + type);
      }
      if (!POS.contains(line.cell(2))) {
        problems.add(line.number() + ": unknown pos " + line.cell(2));
      }
      if (!modalities.contains(line.cell(5))) {
        problems.add(line.number() + ": unknown modality " + line.cell(5));
      }
    }
    assertNoProblems("vocabulary", problems);
  }

  @Test
  void triggerFormsAreBareArabicWithoutDiacriticsOrTatweel() {
    List<String> problems = new ArrayList<>();
    for (Line line : triggers) {
      if (!isCleanArabicForm(line.cell(3))) {
        problems.add(line.number() + ": form '" + line.cell(3) + "'");
      }
      if (!isCleanArabicForm(line.cell(4))) {
        problems.add(line.number() + ": lemma '" + line.cell(4) + "'");
      }
    }
    for (Line line : speech) {
      if (!isCleanArabicForm(line.cell(0))) {
        problems.add("speech-verbs " + line.number() + ": form '" + line.cell(0) + "'");
      }
    }
    assertNoProblems("unclean forms", problems);
  }

  @Test
  void noTypeListsTheSameMatchingFormTwice() {
    Map<String, Integer> seen = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Line line : triggers) {
      String k = line.cell(0) + "\t" + key(line.cell(3));
      Integer previous = seen.putIfAbsent(k, line.number());
      if (previous != null) {
        problems.add(line.number() + ": " + line.cell(0) + " " + line.cell(3)
            + " duplicates line " + previous);
      }
    }
    assertNoProblems("duplicate (type, form)", problems);
  }

  @Test
  void formsCarryNoProcliticOrArticleTheMatcherStrips() {
    Set<String> keys = triggers.stream().map(l -> key(l.cell(3))).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (Line line : triggers) {
      String form = key(line.cell(3));
      if (form.length() > 2 && PROCLITICS.indexOf(form.charAt(0)) >= 0
          && keys.contains(form.substring(1)) && !line.cell(6).contains(ROOT_INITIAL_MARK)) {
        problems.add(line.number() + ": " + line.cell(3) + " = proclitic + listed "
            + form.substring(1));
      }
      // the raw spelling: أل (ألقى، ألغى) folds to ال but is not the article
      if (line.cell(3).startsWith("ال") && !STEM_AL_LEMMAS.contains(line.cell(4))) {
        problems.add(line.number() + ": " + line.cell(3) + " starts with the article ال");
      }
    }
    assertNoProblems("proclitic or article in form", problems);
  }

  @Test
  void lexiconIsLargeAndCoversEveryTypeAndSubtype() {
    assertTrue(triggers.size() >= 1200, "only " + triggers.size() + " trigger rows");
    Set<String> seen = new HashSet<>();
    for (Line line : triggers) {
      seen.add(line.cell(0));
      seen.add(line.cell(0) + "/" + line.cell(1));
    }
    List<String> missing = new ArrayList<>();
    for (EventType type : EventType.values()) {
      if (!seen.contains(type.name())) {
        missing.add(type.name());
      }
    }
    for (SanctionsDirection d : SanctionsDirection.values()) {
      if (!seen.contains("SANCTIONS/" + d)) {
        missing.add("SANCTIONS/" + d);
      }
    }
    for (DiplomaticAction a : DiplomaticAction.values()) {
      if (!seen.contains("DIPLOMATIC/" + a)) {
        missing.add("DIPLOMATIC/" + a);
      }
    }
    assertNoProblems("types without triggers", missing);
  }

  @Test
  void plannedVerbFormsCarryTheFuturePrefix() {
    List<String> problems = new ArrayList<>();
    for (Line line : triggers) {
      String form = line.cell(3);
      boolean futureVerb = form.length() > 3 && form.charAt(0) == 'س'
          && "يتن".indexOf(form.charAt(1)) >= 0 && line.cell(2).equals("IMPERFECT");
      if (futureVerb && !line.cell(5).equals("PLANNED")) {
        problems.add(line.number() + ": " + form + " looks like a سـ future but is "
            + line.cell(5));
      }
      if (line.cell(5).equals("PLANNED") && !form.startsWith("س")) {
        problems.add(line.number() + ": " + form + " is PLANNED without سـ");
      }
    }
    assertNoProblems("modality", problems);
  }

  @Test
  void speechVerbsAreStatementTriggersWithAYesNoQuoteFlag() {
    Set<String> statementForms = triggers.stream()
        .filter(l -> l.cell(0).equals(EventType.STATEMENT.name()))
        .map(l -> key(l.cell(3))).collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Line line : speech) {
      if (!statementForms.contains(key(line.cell(0)))) {
        problems.add(line.number() + ": " + line.cell(0) + " is not a STATEMENT trigger");
      }
      if (!Set.of("yes", "no").contains(line.cell(3))) {
        problems.add(line.number() + ": takes_quote " + line.cell(3));
      }
      if (!POS.contains(line.cell(2))) {
        problems.add(line.number() + ": pos " + line.cell(2));
      }
      if (!seen.add(key(line.cell(0)))) {
        problems.add(line.number() + ": duplicate " + line.cell(0));
      }
    }
    assertNoProblems("speech verbs", problems);
  }

  @Test
  void argumentCuesUseKnownRolesAndCleanForms() {
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Line line : cues) {
      String role = line.cell(0);
      String form = line.cell(1);
      if (!ROLES.contains(role)) {
        problems.add(line.number() + ": unknown role " + role);
      }
      boolean punctuation = form.length() == 1 && ":«\"“".indexOf(form.charAt(0)) >= 0;
      if (!punctuation && !isCleanArabicForm(form)) {
        problems.add(line.number() + ": form '" + form + "'");
      }
      if (!seen.add(role + "\t" + key(form))) {
        problems.add(line.number() + ": duplicate " + role + " " + form);
      }
    }
    assertNoProblems("argument cues", problems);
  }
}
