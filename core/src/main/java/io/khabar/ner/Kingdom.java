package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * «المملكة» alone refers back to the kingdom the article is about (أعلنت المملكة العربية
 * السعودية … وقالت المملكة): when the document names exactly one country whose own name is
 * headed by المملكة (in the knowledge base: المملكة العربية السعودية، المملكة المغربية،
 * المملكة المتحدة …), each bare المملكة (after at most a conjunction and a preposition) is a
 * mention of it, of kind {@link MentionKind#TITLE}: a description, not the country's name. With
 * none or several such countries named, it stays unlinked. Stateless and thread-safe.
 */
final class Kingdom {

  private static final String KINGDOM = ArabicNormalizer.get().matchingForm("المملكة");

  private Kingdom() {}

  static void resolve(AnalyzedText text, List<Candidate> accepted, KnowledgeBase kb) {
    Set<KbEntity> kingdoms = new LinkedHashSet<>();
    boolean[] taken = new boolean[text.size()];
    for (Candidate c : accepted) {
      for (int i = c.start(); i < c.end(); i++) {
        taken[i] = true;
      }
      if (c.entities().size() == 1 && isKingdom(c.entities().get(0))) {
        kingdoms.add(c.entities().get(0));
      }
    }
    if (kingdoms.size() != 1) {
      return;
    }
    KbEntity kingdom = kingdoms.iterator().next();
    List<Candidate> added = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String f = text.form(i);
      if (taken[i] || !text.isWord(i) || !f.endsWith(KINGDOM)) {
        continue;
      }
      int stripped = f.length() - KINGDOM.length();
      if (stripped > 2 || !isProclitics(f.substring(0, stripped))) {
        continue;
      }
      added.add(new Candidate(i, i + 1, stripped, Candidate.Source.TITLE,
          ImmutableList.of(kingdom), EntityType.LOCATION, 0.8));
    }
    if (!added.isEmpty()) {
      accepted.addAll(added);
      accepted.sort(Comparator.comparingInt(Candidate::start));
    }
  }

  private static boolean isKingdom(KbEntity e) {
    if (e.type() != EntityType.LOCATION || !e.key().startsWith("country-")) {
      return false;
    }
    for (String a : e.aliases()) {
      if (ArabicNormalizer.get().matchingForm(a).startsWith(KINGDOM + " ")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isProclitics(String p) {
    for (int k = 0; k < p.length(); k++) {
      char c = p.charAt(k);
      boolean conjunction = k == 0 && (c == 'و' || c == 'ف');
      boolean preposition = (k == p.length() - 1) && (c == 'ب' || c == 'ك');
      if (!conjunction && !preposition) {
        return false;
      }
    }
    return true;
  }
}
