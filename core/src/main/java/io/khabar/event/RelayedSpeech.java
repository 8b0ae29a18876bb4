package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * A medium that relays someone else's words does not speak them. In وذكرت «نيويورك تايمز»
 * نقلا عن مقربين من ماكين أن … the paper only passes on what its sources said: the speaker of
 * نقل عن "quoted, relayed from" is the one عن governs, named at once or after his title (نقلت
 * الوكالة عن وزير الخارجية سيرغي لافروف), and no one when the source is left unnamed (عن مصادر،
 * عن مقربين من ماكين: the name after مقربين is whom they are close to, not a speaker). A speech
 * verb whose words come through نقلا عن before they are told (ذكرت الصحيفة نقلا عن … أن) is
 * the same relay, and its subject does not speak either, unless what follows is a medium
 * credited for the report (نقلا عن وكالة الأنباء الأردنية). Stateless.
 */
final class RelayedSpeech {

  /** Tokens from عن to the source's name, across his title (عن وزير الخارجية الروسي X). */
  private static final int SOURCE_REACH = 6;
  /** Tokens from a speech verb to نقلا عن: its subject (two quoted media), a date, a comma. */
  private static final int RELAY_REACH = 16;
  /** The matching forms of the adverbial masdar "relaying" (نقلا، نقلاً). */
  private static final Set<String> RELAYING = Set.of("نقلا");

  private final Cues cues;
  private final Obliques obliques;
  /** Nouns of the press: وكالة، صحيفة، موقع (the PRESS role). */
  private final Set<String> press;

  RelayedSpeech(Cues cues, Obliques obliques, TriggerLexicon lexicon) {
    this.cues = cues;
    this.obliques = obliques;
    this.press = lexicon.cues("PRESS");
  }

  /** Makes {@code speakers} the source a relay names (none when unnamed), not the relay. */
  void apply(AnalyzedText text, EntityLayer layer, Found f, Clause c, Set<Integer> speakers) {
    int about = relayAbout(text, f);
    if (about >= 0) {
      int source = sourceAfter(text, layer, about + 1, c.sentenceEnd());
      speakers.clear();
      if (source >= 0) {
        speakers.add(source); // نقلت الوكالة عن لافروف: Lavrov speaks
      }
      return;
    }
    if (!speakers.isEmpty() && relayedAfter(text, layer, f, c.sentenceEnd())) {
      speakers.clear(); // ذكرت الصحيفة نقلا عن مصادر أن: the paper relays
    }
  }

  /** The token عن of a نقل عن trigger at {@code f}, or -1 for any other trigger. */
  private static int relayAbout(AnalyzedText text, Found f) {
    String form = f.trigger().form();
    if (!form.contains("نقل") || !form.endsWith(" عن")) {
      return -1;
    }
    for (int i = f.end() - 1; i >= f.start(); i--) {
      if (text.form(i).equals("عن")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The actor named from {@code from} on, with only its title before it (title words, definite
   * words, a word in construct with the name); -1 when an indefinite common noun names the
   * source (مصادر، مسؤول).
   */
  private int sourceAfter(AnalyzedText text, EntityLayer layer, int from, int to) {
    if (from < to && pressNoun(text.form(from))) {
      return -1; // نقلا عن وكالة الأنباء الأردنية: the medium credited speaks for no one
    }
    for (int i = from; i < Math.min(to, from + SOURCE_REACH); i++) {
      int e = layer.entityAt(i);
      if (e >= 0) {
        int end = i;
        while (end < to && layer.entityAt(end) == e) {
          end++;
        }
        int next = end < to ? layer.entityAt(end) : -1;
        if (EntityKinds.isPerson(layer, e) && next >= 0 && EntityKinds.isPerson(layer, next)) {
          return next; // عن وزير الخارجية الروسي سيرغي لافروف: the title read as a name
        }
        return EntityKinds.isActor(layer, e) ? e : -1;
      }
      String w = text.form(i);
      boolean title = obliques.isTitleWord(w)
          || w.startsWith("ال") && obliques.isTitleWord(w.substring(2));
      // عن الميجر جنرال يوري …: a definite word or one in construct with the name is his title;
      // عن مقربين من ماكين، عن صديق مقرب: an indefinite noun names an unnamed source
      boolean construct = i + 1 < to && layer.entityAt(i + 1) >= 0;
      if (!text.isWord(i) && !Tokens.isComma(w) && !Tokens.isQuote(w)
          || text.isWord(i) && !title && !w.startsWith("ال") && !construct) {
        return -1;
      }
    }
    return -1;
  }

  /** نقلا عن follows the speech verb before its words are told (before إن, أن, a colon). */
  private boolean relayedAfter(AnalyzedText text, EntityLayer layer, Found f, int to) {
    if (f.trigger().form().contains("نقل")) {
      return false;
    }
    for (int i = f.end(); i + 1 < Math.min(to, f.end() + RELAY_REACH); i++) {
      String w = text.form(i);
      if (RELAYING.contains(w) && text.form(i + 1).equals("عن")) {
        // وصرح الرزاز … نقلا عن وكالة الأنباء الأردنية قوله: a medium credited, not a source
        return i + 2 >= to || !pressNoun(text.form(i + 2));
      }
      if (w.equals(":") || layer.entityAt(i) < 0
          && (cues.complementizers.contains(w) || cues.bareThat.contains(w))) {
        return false; // (but «أن بي سي» is a name)
      }
    }
    return false;
  }

  private boolean pressNoun(String w) {
    return press.contains(w) || w.startsWith("ال") && press.contains(w.substring(2));
  }
}
