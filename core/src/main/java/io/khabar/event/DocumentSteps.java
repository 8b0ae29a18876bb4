package io.khabar.event;

import com.google.common.collect.ImmutableList;
import io.khabar.ner.EntityLayer;
import io.khabar.time.Timex;
import io.khabar.token.AnalyzedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The steps that read a document's events together, once each trigger has been read and the
 * events told twice are folded. Their order matters, since each reads what the one before left:
 * <ol>
 *   <li>{@link RetoldAttacks} folds a raid told again into the dated one, with the exacter place;
 *   <li>{@link MeetingSettings} gives a meeting told as a setting the subject of its sentence's
 *       act;
 *   <li>{@link VisitDestinations} places an event told during a visit at its destination where
 *       it names no place;
 *   <li>{@link PublicationDates} dates an undated present statement by the publication date,
 *       {@link LeadEvents} so the undated event the lead tells by a verb, and {@link
 *       NamedSources} gives the person named after an unnamed source of the lead (قال خبير،
 *       الخميس …) that source's day;
 *   <li>{@link SettingsOfActs} gives an undated setting (خلال زيارته) the date of the act it
 *       sets, and {@link PresentEvents} an event going on now (تزور إسرائيل حاليا) the
 *       publication date: both read the dates the steps before gave;
 *   <li>{@link EventAcceptor}, when given, drops last the asserted and planned events its learned
 *       judge finds unlikely, so that it judges the events as they are returned.
 * </ol>
 * Immutable and thread-safe.
 */
final class DocumentSteps {

  private final RetoldAttacks retoldAttacks;
  private final Set<String> temporalClause;
  private final PublicationDates publicationDates;
  private final LeadEvents leadEvents;
  private final SettingsOfActs settings;
  private final Optional<EventAcceptor> acceptor;

  DocumentSteps(Cues cues, TriggerLexicon lexicon, Places places,
      Optional<EventAcceptor> acceptor) {
    this.retoldAttacks = new RetoldAttacks(places);
    this.temporalClause = cues.temporalClause;
    this.publicationDates = new PublicationDates(cues);
    this.leadEvents = new LeadEvents(publicationDates, lexicon, cues);
    this.settings = new SettingsOfActs(cues);
    this.acceptor = Objects.requireNonNull(acceptor, "acceptor");
  }

  /** The document's events after the steps, from the folded events of its triggers. */
  List<Event> apply(AnalyzedText text, EntityLayer entities, Map<String, Integer> index,
      List<Found> found, List<Timex> timexes, ImmutableList<Event> folded,
      Optional<LocalDate> published) {
    List<Event> met = MeetingSettings.apply(text.text(), entities, index,
        retoldAttacks.apply(text, entities, index, folded));
    ImmutableList<Event> out = VisitDestinations.apply(text, temporalClause, entities, index, met);
    out = publicationDates.apply(text, out, published);
    out = leadEvents.apply(text, out, published);
    out = NamedSources.apply(text, entities, found, timexes, out, published);
    out = settings.apply(text, out);
    out = PresentEvents.apply(text, timexes, out, published);
    return acceptor.isEmpty() ? out : acceptor.get().apply(text, entities, index, found, out);
  }
}
