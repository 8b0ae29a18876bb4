package io.khabar.event;

import com.google.common.collect.ImmutableList;
import io.khabar.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every event carries, whatever its type.
 *
 * @param trigger the words that signal the event (a verb, a verbal noun), original offsets
 * @param sentence the sentence it was read from, original offsets
 * @param participants the entities taking part, by id, in order of mention
 * @param place the id of the location entity where it happened, if the text says
 * @param date the event's own TIMEX3 value, if the text gives one for it
 * @param timex the id of the time expression the date came from ({@code T4})
 * @param dateBasis where the date came from; empty exactly when {@code date} is
 * @param confidence the extractor's confidence in [0, 1]
 * @param modality asserted, planned, or one of the modalities of events the text does not assert
 */
public record EventCore(
    Span trigger,
    Span sentence,
    List<Participant> participants,
    Optional<String> place,
    Optional<String> date,
    Optional<String> timex,
    Optional<DateBasis> dateBasis,
    double confidence,
    Modality modality) {

  public EventCore {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(sentence, "sentence");
    participants = ImmutableList.copyOf(participants);
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(timex, "timex");
    Objects.requireNonNull(dateBasis, "dateBasis");
    if (date.isPresent() != dateBasis.isPresent()) {
      throw new IllegalArgumentException("date " + date + " with basis " + dateBasis);
    }
    Objects.requireNonNull(modality, "modality");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
    if (!sentence.contains(trigger)) {
      throw new IllegalArgumentException("trigger " + trigger + " outside sentence " + sentence);
    }
  }

  public static EventCore of(Span trigger, Span sentence, List<Participant> participants) {
    return new EventCore(trigger, sentence, ImmutableList.copyOf(participants), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), 0.5, Modality.ASSERTED);
  }

  public EventCore withPlace(Optional<String> newPlace) {
    return new EventCore(trigger, sentence, participants, newPlace, date, timex, dateBasis,
        confidence, modality);
  }

  /** The same event dated by {@code newDate}, from timex {@code newTimex} when that is present. */
  public EventCore withDate(Optional<String> newDate, Optional<String> newTimex, DateBasis basis) {
    return new EventCore(trigger, sentence, participants, place, newDate, newTimex,
        newDate.map(d -> basis), confidence, modality);
  }

  public EventCore withConfidence(double newConfidence) {
    return new EventCore(trigger, sentence, participants, place, date, timex, dateBasis,
        newConfidence, modality);
  }

  public EventCore withModality(Modality newModality) {
    return new EventCore(trigger, sentence, participants, place, date, timex, dateBasis,
        confidence, newModality);
  }

  public EventCore withParticipants(List<Participant> newParticipants) {
    return new EventCore(trigger, sentence, ImmutableList.copyOf(newParticipants), place, date, timex,
        dateBasis, confidence, modality);
  }
}
