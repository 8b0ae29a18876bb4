package io.khabar.event;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import io.khabar.kb.PhraseTrie;
import io.khabar.text.ArabicNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The event trigger lexicon of khabar-models ({@code io/khabar/events/triggers.tsv} and the
 * verb–object pairs of {@code split-triggers.tsv}) compiled into {@link PhraseTrie}s, and the
 * closed-class cue words of {@code argument-cues.tsv}. Loaded once; immutable, thread-safe.
 */
public final class TriggerLexicon {

  private static final String DIR = "/io/khabar/events/";

  /** One row of the trigger table. */
  public record Trigger(EventType type, Optional<String> subtype, Pos pos, String form,
      Modality modality, boolean weak) {

    /** Verbs never take the article: a verb reached through ال is another word. */
    public boolean isVerb() {
      return pos == Pos.PERFECT || pos == Pos.IMPERFECT || pos == Pos.PASSIVE
          || pos == Pos.IMPERATIVE;
    }
  }

  /** A verb whose object, a few tokens later, completes the trigger. */
  public record SplitTrigger(Trigger trigger, List<String> object, int maxGap) {
    public SplitTrigger {
      object = ImmutableList.copyOf(object);
    }
  }

  public enum Pos { PERFECT, IMPERFECT, PASSIVE, IMPERATIVE, MASDAR, NOUN, PARTICIPLE, PHRASE }

  private final PhraseTrie<Trigger> triggers;
  private final PhraseTrie<SplitTrigger> splitVerbs;
  /** Single-word cue forms (matching form) by role: FUTURE_CUE, NEGATION, UNNAMED_AGENT, TIME … */
  private final ImmutableSetMultimap<String, String> cues;

  TriggerLexicon(PhraseTrie<Trigger> triggers, PhraseTrie<SplitTrigger> splitVerbs,
      ImmutableSetMultimap<String, String> cues) {
    this.triggers = triggers;
    this.splitVerbs = splitVerbs;
    this.cues = cues;
  }

  public static TriggerLexicon loadDefault() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final TriggerLexicon DEFAULT = PackedTriggers.read().orElseGet(TriggerLexicon::build);
  }

  public PhraseTrie<Trigger> triggers() {
    return triggers;
  }

  public PhraseTrie<SplitTrigger> splitVerbs() {
    return splitVerbs;
  }

  /** Single-word future cues in matching form (سوف، المقرر، يعتزم، المقبل …). */
  public Set<String> futureCues() {
    return cues.get("FUTURE_CUE");
  }

  /** Negation particles in matching form (لم، لن، لا، ما، ليس …). */
  public Set<String> negations() {
    return cues.get("NEGATION");
  }

  /** The single-word cues of one role of {@code argument-cues.tsv}, in matching form. */
  public Set<String> cues(String role) {
    return cues.get(role);
  }

  /**
   * Roles whose multi-word cues are kept whole, words joined by one space (في حال، من المتوقع):
   * the modality reader matches them against the words before a trigger.
   */
  private static final Set<String> PHRASAL_ROLES = Set.of(
      "EXPECTATION", "FEAR", "EXHORTATION", "CONDITION", "HYPOTHESIS", "DENIAL", "PASSIVE_AGENT");

  /** The class-path tables the default lexicon is built from (for {@link PackedTriggers}). */
  static final List<String> SOURCES = List.of(DIR.substring(1) + "triggers.tsv",
      DIR.substring(1) + "split-triggers.tsv", DIR.substring(1) + "argument-cues.tsv");

  /** The cue words by role, in insertion order (for {@link PackedTriggers}). */
  java.util.Collection<java.util.Map.Entry<String, String>> cueEntries() {
    return cues.entries();
  }

  /** The default lexicon built from its tables. */
  static TriggerLexicon build() {
    ArabicNormalizer n = ArabicNormalizer.get();
    PhraseTrie.Builder<Trigger> tb = PhraseTrie.builder();
    for (String[] row : rows("triggers.tsv", 7)) {
      Trigger t = trigger(row[0], row[1], row[2], row[3], row[5], row[6]);
      tb.add(t.form(), t);
    }
    PhraseTrie.Builder<SplitTrigger> sb = PhraseTrie.builder();
    for (String[] row : rows("split-triggers.tsv", 8)) {
      Trigger t = trigger(row[0], row[1], "PHRASE", row[2] + " " + row[3], row[5], row[7]);
      ImmutableList<String> object = ImmutableList.copyOf(n.matchingForm(row[3]).split(" "));
      sb.add(row[2], new SplitTrigger(t, object, Integer.parseInt(row[6].trim())));
    }
    ImmutableSetMultimap.Builder<String, String> cues = ImmutableSetMultimap.builder();
    List<String[]> cueRows = rows("argument-cues.tsv", 2);
    Set<String> complementizers = new HashSet<>();
    for (String[] row : cueRows) {
      if (row[0].trim().equals("COMPLEMENTIZER")) {
        complementizers.add(n.matchingForm(row[1]));
      }
    }
    for (String[] row : cueRows) {
      String role = row[0].trim();
      String form = n.matchingForm(row[1]);
      if (form.indexOf(' ') >= 0 && !PHRASAL_ROLES.contains(role)) {
        if (!role.equals("FUTURE_CUE")) {
          continue; // multi-word cues other than من المقرر are read as phrases elsewhere
        }
        // the content word stands for the phrase: من المقرر → المقرر, but يرتقب أن → يرتقب
        String last = form.substring(form.lastIndexOf(' ') + 1);
        form = complementizers.contains(last) ? form.substring(0, form.indexOf(' ')) : last;
      }
      cues.put(role, form);
    }
    return new TriggerLexicon(tb.build(), sb.build(), cues.build());
  }

  private static Trigger trigger(String type, String subtype, String pos, String form,
      String modality, String note) {
    String lowerNote = note.toLowerCase(Locale.ROOT);
    // "weak trigger", "also published", "needs a military object": the form counts only in a phrase
    boolean weak = lowerNote.contains("weak") || lowerNote.contains("publish")
        || lowerNote.contains("needs a");
    return new Trigger(EventType.valueOf(type.trim()),
        subtype.trim().equals("-") ? Optional.empty() : Optional.of(subtype.trim()),
        Pos.valueOf(pos.trim()), form.trim(), Modality.valueOf(
            modality.trim().equals("PLANNED") ? "PLANNED" : "ASSERTED"), weak);
  }

  private static List<String[]> rows(String file, int minColumns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = TriggerLexicon.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + file
            + ": is khabar-models on the class path?");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length >= minColumns) {
          out.add(cols);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
