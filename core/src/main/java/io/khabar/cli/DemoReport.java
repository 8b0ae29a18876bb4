package io.khabar.cli;

import io.khabar.Extraction;
import io.khabar.event.Event;
import io.khabar.event.EventCore;
import io.khabar.event.Modality;
import io.khabar.event.Participant;
import io.khabar.ner.Entity;
import io.khabar.ner.Mention;
import io.khabar.ner.MentionKind;
import io.khabar.time.Timex;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A readable summary of an extraction: entities, time expressions, events as a timeline. */
final class DemoReport {

  private final Extraction x;

  DemoReport(Extraction x) {
    this.x = x;
  }

  void print(PrintWriter out) {
    out.println("published: " + x.published().map(Object::toString).orElse("unknown"));
    out.println();
    out.println("ENTITIES (" + x.entities().size() + ")");
    for (Entity e : x.entities()) {
      // the names a reader would call the entity by, then its titles apart (الشيخ، الرئيس
      // السوري describe a person; they are no names of theirs)
      String mentions = e.mentions().stream().filter(m -> m.kind() == MentionKind.NAME)
          .map(Mention::text).distinct().collect(Collectors.joining("، "));
      String titles = e.mentions().stream().filter(m -> m.kind() == MentionKind.TITLE)
          .map(Mention::text).distinct().collect(Collectors.joining("، "));
      if (!titles.isEmpty()) {
        mentions = mentions.isEmpty() ? "[" + titles + "]" : mentions + " [" + titles + "]";
      }
      out.printf("  %-4s %-12s %-32s %-10s %s%n", e.id(), e.type(), e.name(),
          e.kbId().orElse("-"), mentions);
    }
    out.println();
    out.println("TIME EXPRESSIONS (" + x.timexes().size() + ")");
    for (Timex t : x.timexes()) {
      out.printf("  %-12s %-9s %s%n", t.value().orElse("?"), t.type(), t.text());
    }
    out.println();
    out.println("EVENTS, AS A TIMELINE (" + x.events().size() + ")");
    List<Event> ordered = new ArrayList<>(x.events());
    ordered.sort(Comparator.comparing((Event e) -> e.core().date().orElse("~"))
        .thenComparingInt(e -> e.core().trigger().start()));
    for (Event e : ordered) {
      EventCore c = e.core();
      String who = c.participants().stream().map(this::describe)
          .collect(Collectors.joining(", "));
      String place = c.place().flatMap(x::entity).map(Entity::name).map(n -> " @ " + n)
          .orElse("");
      String planned = c.modality() == Modality.ASSERTED ? ""
          : " (" + c.modality().name().toLowerCase(java.util.Locale.ROOT) + ")";
      String basis = c.dateBasis().filter(b -> b == io.khabar.event.DateBasis.PUBLICATION)
          .map(b -> " [dated by publication]").orElse("");
      out.printf("  %-10s %-17s %s%s%s%s   «%s»%n", c.date().orElse("(undated)"), e.type(), who,
          place, planned, basis, c.trigger().textOf(x.text()));
    }
  }

  private String describe(Participant p) {
    String name = x.entity(p.entity()).map(Entity::name).orElse(p.entity());
    return name + " [" + p.role().name().toLowerCase(java.util.Locale.ROOT) + "]";
  }
}
