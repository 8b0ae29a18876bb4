package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Optional;
import java.util.Set;

/**
 * A delegation acts for whom it comes from: in «وصل إلى تعز يوم الخميس وفد من مكتب المبعوث»,
 * «زيارة وفد من جماعة الحوثي», «قام وفد حماس بزيارة» the visitors are the body or state after
 * the delegation noun (its genitive, or after من or برئاسة), not unnamed. Only for the acts a
 * delegation does (visits, meetings, talks, agreements); the subject slot may hold, before the
 * delegation, what the verb governs first (the destination of وصل إلى), a time and commas.
 * A delegation of no named actor («وفد من الخبراء», «وفد من تعز») stays unnamed.
 */
final class Delegations {

  /** Tokens from the verb to the delegation noun: a destination, a time and a comma. */
  private static final int REACH = 8;

  private static final Set<EventType> ACTS = Set.of(EventType.VISIT, EventType.MEETING,
      EventType.NEGOTIATION, EventType.AGREEMENT);

  /** Words joining the delegation to whom it comes from: من، برئاسة. */
  private static final Set<String> LINKS = Set.of("من", "برئاسة");

  private final Set<String> delegationNouns;
  private final Set<String> cuePrepositions;

  Delegations(Cues cues) {
    this.delegationNouns = cues.delegationNouns;
    this.cuePrepositions = cues.cuePrepositions;
  }

  /** The actor the delegation in the subject slot from {@code from} comes from, if named. */
  Optional<Occurrence> party(AnalyzedText text, EntityLayer layer, boolean[] inTimex, int from,
      int to, EventType type) {
    if (!ACTS.contains(type)) {
      return Optional.empty();
    }
    boolean governed = false;
    for (int i = from; i < Math.min(to, from + REACH); i++) {
      int e = layer.entityAt(i);
      if (inTimex[i] || Tokens.isComma(text.form(i)) || e >= 0 && EntityKinds.isPlace(layer, e)
          && (governed || type == EventType.VISIT || !EntityKinds.isActor(layer, e))) {
        // وصل إلى القاهرة يوم الخميس، وفد: the destination, even a capital, and the time come
        // first; استقبلت القاهرة وفدا: a capital before a meeting's delegation is its subject
        continue;
      }
      if (i + 1 < to && cuePrepositions.contains(text.form(i)) && layer.entityAt(i + 1) >= 0
          && EntityKinds.isPlace(layer, layer.entityAt(i + 1))) {
        governed = true; // وصل إلى تعز، اجتمع في القاهرة: where, before the subject
        continue;
      }
      if (!text.isWord(i) || !delegationNouns.contains(text.form(i))) {
        return Optional.empty();
      }
      return partyAfter(text, layer, i + 1, to);
    }
    return Optional.empty();
  }

  /** وفد حماس، وفد من الحكومة اليمنية، وفد برئاسة الوزير: at most one common noun between. */
  private static Optional<Occurrence> partyAfter(AnalyzedText text, EntityLayer layer, int from,
      int to) {
    int i = from < to && LINKS.contains(text.form(from)) ? from + 1 : from;
    for (int k = i; k < Math.min(to, i + 2); k++) {
      int e = layer.entityAt(k);
      if (e >= 0) {
        int end = k;
        while (end < to && layer.entityAt(end) == e) {
          end++;
        }
        return EntityKinds.isActor(layer, e) ? Optional.of(new Occurrence(k, end, e))
            : Optional.empty();
      }
      if (!text.isWord(k)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
