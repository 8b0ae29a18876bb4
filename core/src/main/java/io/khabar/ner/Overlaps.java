package io.khabar.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where candidates overlap the longer span wins and, at equal length, the knowledge base (it
 * decides identity; the model only finds): knowledge-base, title and quoted spans first, longest
 * first, then the model's spans that touch none of them, longest first. No overlaps remain.
 * Stateless and thread-safe.
 */
final class Overlaps {

  private Overlaps() {}

  /** The candidates that survive, in text order; {@code candidates} is reordered. */
  static List<Candidate> resolve(int tokenCount, List<Candidate> candidates) {
    candidates.sort(Comparator.comparing((Candidate c) -> c.source() == Candidate.Source.MODEL)
        .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
        .thenComparing(Candidate::source)
        .thenComparingInt(Candidate::start));
    boolean[] taken = new boolean[tokenCount];
    List<Candidate> accepted = new ArrayList<>();
    outer:
    for (Candidate c : candidates) {
      for (int i = c.start(); i < c.end(); i++) {
        if (taken[i]) {
          continue outer;
        }
      }
      Arrays.fill(taken, c.start(), c.end(), true);
      accepted.add(c);
    }
    accepted.sort(Comparator.comparingInt(Candidate::start));
    return accepted;
  }
}
