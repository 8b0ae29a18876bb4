package io.khabar.event;

import com.google.common.collect.ImmutableList;
import io.khabar.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The events of a document in text order, each told once: an event with the same type and
 * act, participants, date and modality as an earlier one (a repeated caption, a headline and
 * its article) only adds a place the earlier lacked. Events that differ in date are different
 * events (a meeting in October and one today). Hash-keyed, so linear in the number of events.
 */
final class EventFolding {
  private final List<Event> list = new ArrayList<>();
  private final java.util.Map<List<Object>, Integer> index = new java.util.HashMap<>();
  private static List<Object> key(Event e) {
    EventCore c = e.core();
    return List.of(e.type(), EventFactory.act(e), EventFactory.partyIds(e), c.date(), c.modality());
  }

  /** The events added, each told once, without the folding of {@link #build}. */
  ImmutableList<Event> told() {
    return ImmutableList.copyOf(list);
  }

  void add(Event e) {
    EventCore c = e.core();
    List<Object> key = key(e);
    Integer k = index.get(key);
    if (k == null) {
      index.put(key, list.size());
      list.add(e);
      return;
    }
    Event old = list.get(k);
    EventCore core = old.core();
    if (core.place().isEmpty() && c.place().isPresent()) {
      core = core.withPlace(c.place());
    }
    list.set(k, EventFactory.rebuild(old, core.withConfidence(Math.max(core.confidence(), c.confidence()))));
  }

  /**
   * The events, with those read from a headline or caption line folded into the body event
   * they restate (same type, a shared participant, no conflicting date).
   */
  ImmutableList<Event> build(String text) {
    foldUndatedStatements(text);
    foldUndatedParts();
    foldPartsInOneSentence();
    List<Event> body = new ArrayList<>();
    List<Event> titles = new ArrayList<>();
    for (Event e : list) {
      (isTitleLine(text, e.core().sentence()) ? titles : body).add(e);
    }
    if (titles.isEmpty() || body.isEmpty()) {
      return ImmutableList.copyOf(list);
    }
    java.util.Map<Event, Event> replaced = new java.util.IdentityHashMap<>();
    java.util.Set<Event> folded = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    for (Event t : titles) {
      for (Event b : body) {
        Event current = replaced.getOrDefault(b, b);
        if (restates(t, current)) {
          EventCore core = current.core();
          if (core.place().isEmpty() && t.core().place().isPresent()) {
            replaced.put(b, EventFactory.rebuild(current, core.withPlace(t.core().place())));
          }
          folded.add(t);
          break;
        }
      }
    }
    ImmutableList.Builder<Event> out = ImmutableList.builder();
    for (Event e : list) {
      if (!folded.contains(e)) {
        out.add(replaced.getOrDefault(e, e));
      }
    }
    return out.build();
  }

  /**
   * A speaker's undated statement is part of what the same speaker said on a known date in
   * the same article (قال … وأضاف … مشيرا …): one speech act, told in pieces. Not so the
   * lead's: the article's first sentence after its headlines reports what was said now (قال
   * بولتون إن …), and a dated statement of the same speaker later in the article is background
   * (وفي مقابلة في يناير، قال بولتون …), a statement of its own.
   */
  private void foldUndatedStatements(String text) {
    java.util.Map<Set<String>, Integer> firstDated = new java.util.HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Event e = list.get(i);
      if (e.type() == EventType.STATEMENT && e.core().date().isPresent()) {
        firstDated.putIfAbsent(EventFactory.partyIds(e), i);
      }
    }
    if (firstDated.isEmpty()) {
      return;
    }
    List<Event> kept = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Event e = list.get(i);
      Integer dated = e.type() == EventType.STATEMENT && e.core().date().isEmpty()
          ? firstDated.get(EventFactory.partyIds(e)) : null;
      if (dated == null || dated > i && inLead(text, e.core().sentence())) {
        kept.add(e);
      }
    }
    list.clear();
    list.addAll(kept);
  }

  /**
   * An undated event whose parties are some of a dated event's of the same type and act is a
   * shorter telling of it (رسالة بوتين … after رسالة بوتين إلى الشرع of the Wednesday): folded
   * in, when no party acts in one and is acted on in the other (Israel firing is not Israel
   * fired on) and both are told alike (asserted, exhorted …). Equal parties are not folded, two
   * meetings of the same leaders on different days being common. Each undated event is checked against at most {@value #FOLD_CANDIDATES} dated ones.
   */
  private void foldUndatedParts() {
    java.util.Map<String, List<Event>> datedByParty = new java.util.HashMap<>();
    for (Event e : list) {
      if (e.type() != EventType.STATEMENT && e.core().date().isPresent()) {
        for (Participant p : e.core().participants()) {
          datedByParty.computeIfAbsent(p.entity(), k -> new ArrayList<>()).add(e);
        }
      }
    }
    if (datedByParty.isEmpty()) {
      return;
    }
    list.removeIf(e -> {
      if (e.type() == EventType.STATEMENT || e.core().date().isPresent()
          || e.core().participants().isEmpty()) {
        return false;
      }
      Set<String> parts = EventFactory.partyIds(e);
      List<Event> candidates = datedByParty.getOrDefault(
          e.core().participants().get(0).entity(), List.of());
      for (int i = 0; i < Math.min(candidates.size(), FOLD_CANDIDATES); i++) {
        Event d = candidates.get(i);
        Set<String> dParts = EventFactory.partyIds(d);
        if (d.type() == e.type() && EventFactory.act(d).equals(EventFactory.act(e)) && dParts.size() > parts.size()
            && dParts.containsAll(parts) && d.core().modality() == e.core().modality()
            && !opposed(d, e)) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * وقّع الجيش والدعم السريع … اتفاقاً: the verb and its verbal-noun object both read the same
   * event; the reading with fewer parties, in the same sentence, with no other date or
   * modality, is part of the fuller one.
   */
  private void foldPartsInOneSentence() {
    java.util.Map<io.khabar.text.Span, List<Event>> bySentence = new java.util.HashMap<>();
    for (Event e : list) {
      if (e.type() != EventType.STATEMENT) {
        bySentence.computeIfAbsent(e.core().sentence(), k -> new ArrayList<>()).add(e);
      }
    }
    java.util.Set<Event> folded = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    for (List<Event> events : bySentence.values()) {
      if (events.size() < 2) {
        continue;
      }
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        Set<String> parts = EventFactory.partyIds(e);
        if (parts.isEmpty()) {
          continue;
        }
        // the verb and its verbal noun are neighbours: a bounded look keeps this linear
        int to = Math.min(events.size(), i + FOLD_CANDIDATES + 1);
        for (int j = Math.max(0, i - FOLD_CANDIDATES); j < to; j++) {
          Event d = events.get(j);
          if (d == e || folded.contains(d) || d.type() != e.type() || !EventFactory.act(d).equals(EventFactory.act(e))
              || d.core().modality() != e.core().modality()
              || e.core().date().isPresent() && !e.core().date().equals(d.core().date())) {
            continue;
          }
          Set<String> dParts = EventFactory.partyIds(d);
          if (dParts.size() > parts.size() && dParts.containsAll(parts)) {
            folded.add(e);
            break;
          }
        }
      }
    }
    list.removeIf(folded::contains);
  }

  private static final int FOLD_CANDIDATES = 16;

  /**
   * Some party acts in one event and is acted on in the other (Israel firing, Israel fired on):
   * two events, whatever their parties. Agent and co-participant are not opposed: the parties
   * of a meeting are read in either role.
   */
  private static boolean opposed(Event a, Event b) {
    for (Participant p : a.core().participants()) {
      for (Participant q : b.core().participants()) {
        if (p.entity().equals(q.entity()) && acting(p.role()) != acting(q.role())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean acting(ParticipantRole role) {
    return role != ParticipantRole.TARGET && role != ParticipantRole.RECIPIENT;
  }

  private static boolean restates(Event title, Event body) {
    if (title.type() != body.type()) {
      return false;
    }
    EventCore t = title.core();
    EventCore b = body.core();
    boolean shared = t.participants().stream().anyMatch(p -> b.participants().stream()
        .anyMatch(q -> q.entity().equals(p.entity())));
    return shared && (t.date().isEmpty() || t.date().equals(b.date()));
  }

  /** Only headline or caption lines stand before the sentence: it is the article's lead. */
  private static boolean inLead(String text, Span sentence) {
    int lineStart = 0;
    while (lineStart < sentence.start()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > sentence.start()) {
        return false; // an earlier sentence of the same line
      }
      int s = lineStart;
      int e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s && !isTitleLine(text, new Span(s, e))) {
        return false;
      }
      lineStart = lineEnd + 1;
    }
    return true;
  }

  /** A sentence that is a whole line without final punctuation: a headline or a caption. */
  private static boolean isTitleLine(String text, Span sentence) {
    int s = sentence.start();
    int e = sentence.end();
    int before = s - 1;
    while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
      before--;
    }
    int after = e;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
      after++;
    }
    boolean wholeLine = (before < 0 || text.charAt(before) == '\n')
        && (after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r');
    if (!wholeLine || e == s) {
      return false;
    }
    char last = text.charAt(e - 1);
    return ".!?؟…:".indexOf(last) < 0;
  }
}
