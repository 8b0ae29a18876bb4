package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The last step of event extraction: a learned judge that, given one event the rules produced,
 * estimates the probability that it is right (from {@link EventFeatures}), and drops the
 * asserted and planned events below a threshold. Events of the other modalities (negated,
 * exhorted, expected …) are kept as they are: the real-news set that trained it scores only
 * asserted and planned events. It never adds an event and never changes one it keeps.
 *
 * <p>The bundled judge ({@link #loadDefault()}) is the logistic model {@value #RESOURCE},
 * trained by {@code io.khabar.train.TrainEventAcceptor} on the real-news development set (its
 * sidecar {@code event-acceptor.md} gives the data and cross-validated figures). Immutable and
 * thread-safe when its judge is.
 */
public final class EventAcceptor {

  /** The bundled model, with its threshold. */
  public static final String RESOURCE = "/io/khabar/events/event-acceptor.tsv";

  /** Estimates the probability that an event with these features is right. */
  @FunctionalInterface
  public interface Judge {
    double probability(List<String> features);
  }

  private final Judge judge;
  private final double threshold;

  private EventAcceptor(Judge judge, double threshold) {
    this.judge = Objects.requireNonNull(judge, "judge");
    this.threshold = threshold;
  }

  /** Drops the judged events whose probability is below {@code threshold}. */
  public static EventAcceptor of(Judge judge, double threshold) {
    return new EventAcceptor(judge, threshold);
  }

  /** A logistic model with its own threshold. */
  public static EventAcceptor of(LogisticModel model) {
    return new EventAcceptor(model::probability, model.threshold());
  }

  /** The bundled model ({@value #RESOURCE}), read once. */
  public static EventAcceptor loadDefault() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final EventAcceptor DEFAULT = of(LogisticModel.resource(RESOURCE));
  }

  /** Whether the acceptor judges an event of this modality (asserted and planned ones only). */
  static boolean judges(Modality m) {
    return m == Modality.ASSERTED || m == Modality.PLANNED;
  }

  /**
   * The events kept, in order; {@code found} are the document's triggers, {@code index} maps
   * entity ids to indices of {@code layer}.
   */
  List<Event> apply(AnalyzedText text, EntityLayer layer, Map<String, Integer> index,
      List<Found> found, List<Event> events) {
    if (events.isEmpty()) {
      return events;
    }
    Map<Integer, Found> byStart = new HashMap<>();
    for (Found f : found) {
      byStart.putIfAbsent(text.originalIndex(f.start(), f.stripped()), f);
    }
    List<Event> kept = new ArrayList<>(events.size());
    for (Event e : events) {
      if (!judges(e.core().modality())
          || judge.probability(EventFeatures.of(text, layer, index, e,
              Optional.ofNullable(byStart.get(e.core().trigger().start())))) >= threshold) {
        kept.add(e);
      }
    }
    return kept;
  }
}
