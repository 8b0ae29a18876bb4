package io.khabar.event;

import com.google.common.collect.ImmutableList;
import io.khabar.ner.EntityLayer;
import io.khabar.text.Span;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * News tells a raid with its date, then tells it again in the next sentences with more detail
 * and no date of its own (شنت روسيا مساء السبت غارات على مناطق في جنوب سوريا … وأفاد المرصد بأن
 * هناك غارات روسية مكثفة على عدة بلدات في ريف درعا). An undated asserted attack with exactly the
 * parties, in the same roles, as a dated asserted attack told at most {@value #REACH} sentences
 * before it, on the date of the last attack told (the raid may be told in between by another
 * name of its attacker: الطيران الروسي), is that attack told again: it is folded into the first telling, and gives it its
 * place when the first has none or only a wider one (a country, or the south of one). A later
 * attack told as background (وكانت روسيا قد شنت غارات على حلب عام 2016) is not told again
 * once another day's attack has been told after it.
 * Linear in the number of events times {@value #REACH}.
 */
final class RetoldAttacks {

  /** Sentences after a dated attack within which an undated one of the same parties retells it. */
  private static final int REACH = 2;

  private final Places places;

  RetoldAttacks(Places places) {
    this.places = places;
  }

  ImmutableList<Event> apply(AnalyzedText text, EntityLayer layer, Map<String, Integer> index,
      List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    Set<Event> folded = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int k = 0; k < out.size(); k++) {
      Event e = out.get(k);
      if (!undatedAttack(e)) {
        continue;
      }
      int sentence = sentenceOf(text, e.core().sentence());
      Optional<?> last = Optional.empty();
      for (int j = k - 1; j >= 0; j--) {
        Event d = out.get(j);
        int dSentence = sentenceOf(text, d.core().sentence());
        if (dSentence < 0 || sentence < 0 || sentence - dSentence > REACH) {
          break; // events are in text order
        }
        if (folded.contains(d) || !datedAttack(d)
            || d.core().sentence().equals(e.core().sentence())) {
          continue;
        }
        if (last.isPresent() && !last.equals(d.core().date())) {
          break; // only the raid told last can be told again
        }
        last = d.core().date();
        if (d.core().participants().equals(e.core().participants())) {
          out.set(j, EventFactory.rebuild(d, d.core().withPlace(place(layer, index, d, e))));
          folded.add(e);
          break;
        }
      }
    }
    return out.stream().filter(e -> !folded.contains(e)).collect(ImmutableList.toImmutableList());
  }

  /** The first telling's place, or the retelling's when the first has none or a wider one. */
  private Optional<String> place(EntityLayer layer, Map<String, Integer> index, Event first,
      Event again) {
    Optional<String> p = first.core().place();
    Optional<String> q = again.core().place();
    if (q.isEmpty() || p.isEmpty()) {
      return p.or(() -> q);
    }
    Integer pi = index.get(p.get());
    Integer qi = index.get(q.get());
    return pi != null && qi != null && places.wider(layer, pi) && !places.wider(layer, qi) ? q : p;
  }

  private static boolean undatedAttack(Event e) {
    return e.type() == EventType.ATTACK && e.core().date().isEmpty()
        && e.core().modality() == Modality.ASSERTED;
  }

  private static boolean datedAttack(Event e) {
    return e.type() == EventType.ATTACK && e.core().date().isPresent()
        && e.core().modality() == Modality.ASSERTED;
  }

  /** The index of the sentence whose span this is, or −1. */
  private static int sentenceOf(AnalyzedText text, Span sentence) {
    int i = Collections.binarySearch(text.sentences(), sentence);
    return i >= 0 ? i : -1;
  }
}
