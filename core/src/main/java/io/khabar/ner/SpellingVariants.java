package io.khabar.ner;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Outlets spell foreign names with and without their long vowels (بوتين / بوتن، نتنياهو /
 * نتانياهو، ترامب / ترمب), and the knowledge base lists only some spellings. A person's full name
 * the name finder found but the base does not list is the base's person when it differs from one
 * of that person's full names (two words or more) only by a long vowel (ا و ي) added or dropped, at
 * most one per word and two in all, and no other person's name is as close: فلاديمير بوتن is
 * Vladimir Putin. The word the text writes must not be a given name of its own (محمد is not
 * محمود) nor the other with a nisba's ي (الطيبي is not الطيب). A one-word name is not read so (صلاح is not صالحي): it joins the person only
 * when the document names that person in full with the same last word (فلاديمير بوتن … وقال
 * بوتن). Immutable and thread-safe; the index is built on first use.
 */
final class SpellingVariants {

  /** A person's full name in matching form, word by word. */
  private record FullName(KbEntity person, List<String> words) {}

  private final Supplier<ImmutableListMultimap<String, FullName>> bySkeleton;

  SpellingVariants(KnowledgeBase kb) {
    Objects.requireNonNull(kb, "kb");
    this.bySkeleton = Suppliers.memoize(() -> index(kb));
  }

  /** Links the unknown people among {@code candidates} that are spelling variants of known ones. */
  void link(AnalyzedText text, List<Candidate> candidates) {
    Map<String, KbEntity> lastWords = new HashMap<>();
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      if (!unknownPerson(c) || c.length() < 2) {
        continue;
      }
      List<String> ws = words(text, c);
      List<FullName> close = new ArrayList<>();
      for (FullName n : bySkeleton.get().get(skeleton(ws))) {
        if (closeSpelling(ws, n.words()) && close.stream().noneMatch(x -> x.person() == n.person())) {
          close.add(n);
        }
      }
      if (close.size() == 1) {
        KbEntity p = close.get(0).person();
        candidates.set(k, c.withEntities(ImmutableList.of(p), EntityType.PERSON));
        lastWords.put(ws.get(ws.size() - 1), p);
      }
    }
    if (lastWords.isEmpty()) {
      return;
    }
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      if (unknownPerson(c) && c.length() == 1) {
        KbEntity p = lastWords.get(words(text, c).get(0));
        if (p != null) {
          candidates.set(k, c.withEntities(ImmutableList.of(p), EntityType.PERSON));
        }
      }
    }
  }

  private static boolean unknownPerson(Candidate c) {
    return c.type() == EntityType.PERSON && c.entities().isEmpty()
        && c.source() == Candidate.Source.MODEL;
  }

  /** At most one long vowel added or dropped per word, two in all (same skeleton given). */
  static boolean closeSpelling(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    int edits = 0;
    for (int i = 0; i < a.size(); i++) {
      String x = a.get(i);
      String y = b.get(i);
      int d = Math.abs(x.length() - y.length());
      if (d > 1 || !(x.length() < y.length() ? subsequence(x, y) : subsequence(y, x))) {
        return false; // كيليني / كلوني: vowels moved, not one added
      }
      if (d == 1 && (CueWords.of(x) == CueWords.Cue.GIVEN_NAME
          || (x.length() > y.length() ? x : y).endsWith("ي")
              && (x.length() > y.length() ? x : y).startsWith(x.length() > y.length() ? y : x))) {
        return false; // محمد is not محمود, nor الطيبي الطيب: a name of its own, a nisba
      }
      edits += d;
    }
    return edits <= 2;
  }

  /** Whether {@code shorter} is {@code longer} with some chars left out. */
  private static boolean subsequence(String shorter, String longer) {
    int j = 0;
    for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
      if (longer.charAt(i) == shorter.charAt(j)) {
        j++;
      }
    }
    return j == shorter.length();
  }

  /** The words without their long vowels (ا و ي), joined by spaces. */
  static String skeleton(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      for (int i = 0; i < w.length(); i++) {
        char ch = w.charAt(i);
        if (ch != 'ا' && ch != 'و' && ch != 'ي') {
          b.append(ch);
        }
      }
    }
    return b.toString();
  }

  private static List<String> words(AnalyzedText text, Candidate c) {
    List<String> ws = new ArrayList<>(c.length());
    for (int i = c.start(); i < c.end(); i++) {
      String f = text.form(i);
      ws.add(i == c.start() ? f.substring(Math.min(c.stripped(), f.length())) : f);
    }
    return ws;
  }

  private static ImmutableListMultimap<String, FullName> index(KnowledgeBase kb) {
    ArabicNormalizer n = ArabicNormalizer.get();
    ImmutableListMultimap.Builder<String, FullName> b = ImmutableListMultimap.builder();
    for (KbEntity e : kb.entities()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (String alias : e.aliases()) {
        List<String> ws = List.of(n.matchingForm(alias).split(" "));
        if (ws.size() >= 2) {
          String key = skeleton(ws);
          if (key.replace(" ", "").length() >= 4) {
            b.put(key, new FullName(e, ws));
          }
        }
      }
    }
    return b.build();
  }
}
