package io.khabar.event;

import com.google.common.collect.ImmutableList;
import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a traveller went is where the sentence's next acts happened: وصلت كلينتون إلى القاهرة
 * والتقت الرئيس المصري، يزور أردوغان سوتشي للقاء بوتين، زار دمشق ووقّع معه مذكرات — an act
 * coordinated with the arrival or the purpose of the trip (a meeting, talks, an agreement, a
 * statement) with no place of its own took place at the destination, and a country given as
 * its place narrows to the destination city in it (حيث التقى … في لبنان after وصل إلى بيروت).
 * The act must be told alike (a planned trip for a planned meeting) and in the same time as the
 * arrival: no temporal clause (قبل أن، بعد) between them; a statement must be the traveller's.
 * A visit told with its country (زيارة ولي العهد إلى بريطانيا) went to the city of that country
 * where the article tells the same traveller went or acted (اجتماعه مع ماي في لندن). Attacks and
 * other acts are not the traveller's and keep their own place. Linear in the number of events.
 */
final class VisitDestinations {

  private static final Set<EventType> AT_DESTINATION = EnumSet.of(EventType.MEETING,
      EventType.NEGOTIATION, EventType.AGREEMENT, EventType.STATEMENT);

  private VisitDestinations() {}

  /** {@code events} in text order, each placed at its visit's destination where it says none. */
  static ImmutableList<Event> apply(AnalyzedText text, Set<String> temporalClause,
      EntityLayer layer, Map<String, Integer> index, List<Event> events) {
    // where each traveller is told to have gone or acted, in a city
    Map<String, List<String>> citiesVisited = new HashMap<>();
    for (Event e : events) {
      if ((e.type() == EventType.VISIT || AT_DESTINATION.contains(e.type()))
          && e.core().place().isPresent() && !isCountry(layer, index, e.core().place().get())) {
        for (Participant p : e.core().participants()) {
          if (p.role() == ParticipantRole.AGENT) {
            citiesVisited.computeIfAbsent(p.entity(), k -> new ArrayList<>())
                .add(e.core().place().get());
          }
        }
      }
    }
    ImmutableList.Builder<Event> out = ImmutableList.builder();
    Optional<Event> lastVisit = Optional.empty();
    for (Event e : events) {
      Optional<String> place = e.core().place();
      if (e.type() == EventType.VISIT && place.isPresent()) {
        place = Optional.of(cityOfVisits(layer, index, e, place.get(), citiesVisited));
      } else if (AT_DESTINATION.contains(e.type()) && lastVisit.isPresent()
          && lastVisit.get().core().sentence().equals(e.core().sentence())
          && lastVisit.get().core().modality() == e.core().modality()
          && !temporalClauseBetween(text, temporalClause, lastVisit.get(), e)
          && (e.type() != EventType.STATEMENT || spokeAsTraveller(lastVisit.get(), e))) {
        String destination = lastVisit.get().core().place().orElseThrow();
        if (place.isEmpty() || within(layer, index, destination, place.get())) {
          place = Optional.of(destination);
        }
      }
      Event placed = place.equals(e.core().place()) ? e
          : EventFactory.rebuild(e, e.core().withPlace(place));
      out.add(placed);
      if (placed.type() == EventType.VISIT && placed.core().place().isPresent()) {
        lastVisit = Optional.of(placed);
      }
    }
    return out.build();
  }

  /**
   * The city in the visited country where the article says the traveller went or acted (met,
   * talked, signed, spoke): the visit's destination.
   */
  private static String cityOfVisits(EntityLayer layer, Map<String, Integer> index, Event visit,
      String place, Map<String, List<String>> citiesVisited) {
    for (Participant p : visit.core().participants()) {
      if (p.role() != ParticipantRole.AGENT) {
        continue;
      }
      for (String city : citiesVisited.getOrDefault(p.entity(), List.of())) {
        if (within(layer, index, city, place)) {
          return city;
        }
      }
    }
    return place;
  }

  /** {@code place} is a country the document names and {@code city} lies in it. */
  private static boolean within(EntityLayer layer, Map<String, Integer> index, String city,
      String place) {
    Integer c = index.get(city);
    Integer p = index.get(place);
    return c != null && p != null && !c.equals(p) && EntityKinds.isCountry(layer, p)
        && EntityKinds.hostCountry(layer, c).filter(p::equals).isPresent();
  }

  private static boolean isCountry(EntityLayer layer, Map<String, Integer> index, String id) {
    Integer i = index.get(id);
    return i != null && EntityKinds.isCountry(layer, i);
  }

  /**
   * A temporal clause opens between the visit and the act (توجها إلى سوريا … قبل أن يعودا إلى
   * فرنسا ويبديان الندم): the act is told at another time, so at another place.
   */
  private static boolean temporalClauseBetween(AnalyzedText text, Set<String> temporalClause,
      Event visit, Event act) {
    int to = text.tokenAtOrAfter(act.core().trigger().start());
    for (int i = text.tokenAtOrAfter(visit.core().trigger().end()); i < to; i++) {
      if (temporalClause.contains(text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A statement is the traveller's own (وصل الوزير إلى بيروت وقال …): one of another speaker is
   * dated, not placed, by the visit (عشية زيارة الشرع إلى موسكو، أفاد ترامب).
   */
  private static boolean spokeAsTraveller(Event visit, Event statement) {
    Set<String> travellers = new HashSet<>();
    for (Participant p : visit.core().participants()) {
      if (p.role() == ParticipantRole.AGENT) {
        travellers.add(p.entity());
      }
    }
    return statement.core().participants().stream().anyMatch(p -> travellers.contains(p.entity()));
  }
}
