package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.PhraseMatch;
import io.khabar.kb.Role;
import io.khabar.kb.RoleType;
import io.khabar.kb.TitleMatch;
import io.khabar.kb.TitleResolver;
import io.khabar.kb.TitleSense;
import io.khabar.token.AnalyzedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Title references resolved through roles at the publication date: "الرئيس السوري" is whoever
 * held the office then, and "نظيره اللبناني" after a known office holder is the holder of the
 * same office in that country. Immutable and thread-safe.
 */
final class TitleCandidates {

  private final TitleResolver titles;

  TitleCandidates(TitleResolver titles) {
    this.titles = Objects.requireNonNull(titles, "titles");
  }

  /**
   * Adds the titles that name someone on {@code date}; {@code candidates} holds the knowledge
   * base's matches already (a counterpart needs the person named before it).
   */
  void add(AnalyzedText text, LocalDate date, List<Candidate> candidates) {
    for (TitleMatch tm : titles.findAll(text, date)) {
      if (tm.holder().isPresent()) {
        KbEntity holder = tm.holder().get();
        candidates.add(new Candidate(tm.start(), tm.end(), tm.strippedChars(), Candidate.Source.TITLE,
            ImmutableList.of(holder), holder.type(), 0.9));
      }
    }
    addCounterparts(text, date, candidates);
  }

  /**
   * "نظيره اللبناني" after a known office holder in the same sentence is the holder of the same
   * office in that country at the publication date: التقى الرئيس الفرنسي إيمانويل ماكرون نظيره
   * اللبناني names Lebanon's president. The office is the state office the person mentioned
   * last before the phrase held on that date.
   */
  private void addCounterparts(AnalyzedText text, LocalDate date, List<Candidate> candidates) {
    List<Candidate> known = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.PERSON && c.entities().size() == 1) {
        known.add(c);
      }
    }
    if (known.isEmpty()) {
      return;
    }
    known.sort(Comparator.comparingInt(Candidate::end));
    int next = 0; // known[0, next) end before the phrase: both lists run in text order
    for (PhraseMatch<TitleSense> m : titles.titles().findAll(text)) {
      if (!m.values().get(0).isCounterpart() || !text.isWord(m.start())) {
        continue;
      }
      while (next < known.size() && known.get(next).end() <= m.start()) {
        next++;
      }
      Candidate before = next > 0 ? known.get(next - 1) : null;
      if (before == null || text.sentenceOf(before.start()) != text.sentenceOf(m.start())) {
        continue;
      }
      KbEntity person = before.entities().get(0);
      Optional<RoleType> office = person.roles().stream()
          .filter(r -> r.activeOn(date) && r.of().length() == 2
              && Character.isUpperCase(r.of().charAt(0)))
          .map(Role::role).findFirst();
      if (office.isEmpty()) {
        continue;
      }
      Optional<TitleMatch> tm = titles.resolveAt(text, m.start(), date, office);
      if (tm.isPresent() && tm.get().holder().isPresent()
          && !tm.get().holder().get().key().equals(person.key())) {
        KbEntity holder = tm.get().holder().get();
        candidates.add(new Candidate(tm.get().start(), tm.get().end(), tm.get().strippedChars(),
            Candidate.Source.TITLE, ImmutableList.of(holder), holder.type(), 0.9));
      }
    }
  }
}
