package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Family names of known people: once the knowledge base's person is named in full, the family
 * name alone is that person (see {@link #add}), and a bare family name the knowledge base gives
 * to someone else is the person the document names in full. Split out of {@link
 * EntityRecognizer}; stateless and thread-safe.
 */
final class FamilyNames {

  /** The word that ends a theophoric compound (عبد الله، الحمد الله), in matching form. */
  private static final String ALLAH = "الله";

  private FamilyNames() {}

  /**
   * A known person named in full is then called by the family name alone (جوزاف عون … وأكد عون;
   * محمد شياع السوداني … وأكد السوداني): each later bare occurrence of that last word is a mention
   * of the same person, and so is one in the first line, a headline naming the person the body
   * names in full (سعيّد يستقبل السراج … استقبل الرئيس التونسي قيس سعيّد). A last word shaped like
   * a nisba adjective (السوداني "Sudanese") counts only right after a reporting verb or a title,
   * where an adjective cannot stand. A name ending in الله has the compound as its family name
   * (رامي الحمد الله … الحمد الله): الله alone is never one.
   */
  static void add(AnalyzedText text, List<Candidate> accepted, IntUnaryOperator proclitics,
      Set<String> neverAlone) {
    Map<String, Candidate> family = new HashMap<>();
    boolean[] taken = new boolean[text.size()];
    for (Candidate c : accepted) {
      Arrays.fill(taken, c.start(), c.end(), true);
      if (c.type() == EntityType.PERSON && c.entities().size() == 1 && c.length() >= 2
          && c.source() == Candidate.Source.KB) {
        String last = text.form(c.end() - 1);
        if (last.equals(ALLAH)) {
          if (c.length() >= 3) {
            // رامي الحمد الله … الحمد الله: the compound is the family name, الله never alone
            family.putIfAbsent(text.form(c.end() - 2) + " " + last, c);
          }
        } else if (last.length() >= 3 && !neverAlone.contains(last)) {
          family.putIfAbsent(last, c);
        }
      }
    }
    if (family.isEmpty()) {
      return;
    }
    relinkBareNamesOfOthers(text, accepted, family);
    int firstFull = family.values().stream().mapToInt(Candidate::start).min()
        .orElse(text.size());
    // the headline (the first line) names people by family name before the body names them
    int from = text.sentenceCount() > 1 ? 0 : firstFull;
    List<Candidate> added = new ArrayList<>();
    for (int i = from; i < text.size(); i++) {
      if (taken[i] || !text.isWord(i)) {
        continue;
      }
      int stripped = proclitics.applyAsInt(i);
      String form = text.form(i);
      String bare = form.substring(Math.min(stripped, form.length()));
      int end = i + 1;
      if (i + 1 < text.size() && text.form(i + 1).equals(ALLAH) && !taken[i + 1]
          && family.containsKey(bare + " " + ALLAH)) {
        bare = bare + " " + ALLAH;
        end = i + 2;
      }
      Candidate full = family.get(bare);
      if (full == null || full.start() > i && text.sentenceOf(i) != 0) {
        continue;
      }
      if (text.surface(i).endsWith("ى") && DocumentConsistency.isFunctionWord(bare)) {
        continue; // على is the preposition, never the family name علي the normaliser folds it into
      }
      boolean nisba = bare.startsWith("ال") && bare.endsWith("ي");
      if (nisba && !(i > 0 && announcesName(text, i - 1))) {
        continue;
      }
      added.add(new Candidate(i, end, stripped,
          Candidate.Source.KB, full.entities(), full.type(), 0.8));
    }
    if (!added.isEmpty()) {
      accepted.addAll(added);
      accepted.sort(Comparator.comparingInt(Candidate::start));
    }
  }

  /**
   * A bare family name that the knowledge base gives to someone else is the person the document
   * names in full: with توم باراك in the article, باراك (even in the headline, before the full
   * name) is Tom Barrack, not Ehud Barak, unless the article also names إيهود باراك in full.
   */
  private static void relinkBareNamesOfOthers(AnalyzedText text, List<Candidate> accepted,
      Map<String, Candidate> family) {
    Set<String> namedInFull = new HashSet<>();
    for (Candidate c : family.values()) {
      namedInFull.add(c.entities().get(0).key());
    }
    for (Candidate c : accepted) {
      if (c.type() == EntityType.PERSON && c.length() >= 2 && c.entities().size() == 1) {
        namedInFull.add(c.entities().get(0).key());
      }
    }
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.length() != 1 || c.type() != EntityType.PERSON || c.source() != Candidate.Source.KB
          || c.entities().isEmpty()
          || c.entities().stream().anyMatch(e -> namedInFull.contains(e.key()))) {
        continue;
      }
      Candidate full = family.get(c.firstWord(text));
      if (full != null) {
        accepted.set(k, new Candidate(c.start(), c.end(), c.stripped(), Candidate.Source.KB,
            full.entities(), full.type(), c.score()));
      }
    }
  }

  /**
   * A person the document names in full is then called by the family name alone, so a span of
   * the name finder that starts with that family name and goes on with a word known as no name
   * has taken the next word of the sentence, most often the verb (ساندرو روسيل … لكن روسيل كذب
   * "but Rosell lied"): the span is cut to the family name. {@code nameWord} tells a word (matching
   * form) known as a name, which may continue one (روسيل … روسيل جونيور stays).
   */
  static void trimAfterFamilyName(AnalyzedText text, List<Candidate> accepted,
      IntUnaryOperator proclitics, java.util.function.Predicate<String> nameWord) {
    Map<String, Integer> familyFrom = new HashMap<>(); // family name -> end of its first full name
    for (Candidate c : accepted) {
      if (c.type() == EntityType.PERSON && !c.isTitle() && c.length() >= 2) {
        familyFrom.putIfAbsent(text.form(c.end() - 1), c.end());
      }
    }
    if (familyFrom.isEmpty()) {
      return;
    }
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.type() != EntityType.PERSON || c.isTitle() || c.length() != 2
          || c.source() != Candidate.Source.MODEL) {
        continue;
      }
      String form = text.form(c.start());
      String bare = form.substring(Math.min(proclitics.applyAsInt(c.start()), form.length()));
      Integer fullEnd = familyFrom.get(bare);
      if (fullEnd == null || fullEnd > c.start() || nameWord.test(text.form(c.start() + 1))) {
        continue;
      }
      accepted.set(k, c.withSpan(c.start(), c.start() + 1, c.stripped()));
    }
  }

  /** A reporting verb or a title right before: the next word is a name, not an adjective. */
  static boolean announcesName(AnalyzedText text, int i) {
    String w = text.form(i);
    for (String f : new String[] {w, ProcliticStripper.withoutConjunction(w, 1)}) {
      CueWords.Cue cue = CueWords.of(f);
      if (cue == CueWords.Cue.SPEECH || cue == CueWords.Cue.TITLE) {
        return true;
      }
    }
    return false;
  }

}
