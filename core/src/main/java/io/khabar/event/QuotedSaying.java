package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.OptionalInt;

/**
 * نقلت الوكالة عن وزير الخارجية سيرغي لافروف قوله: the saying noun (قوله، قولها) right after a
 * name that عن governs, across its title, is that person's or body's own statement, which a
 * medium quotes; its possessive points to the name, not back to an event told before.
 */
final class QuotedSaying {

  /** Tokens between عن and the name: a title in apposition (عن النائب العام الشيخ …). */
  private static final int TITLE_REACH = 6;

  private QuotedSaying() {}

  /** The entity speaking in the saying noun at {@code f}, if عن governs the name before it. */
  static OptionalInt speaker(AnalyzedText text, EntityLayer layer, Found f, int floor) {
    if (f.trigger().type() != EventType.STATEMENT
        || f.trigger().pos() != TriggerLexicon.Pos.MASDAR || f.start() <= floor) {
      return OptionalInt.empty();
    }
    int e = layer.entityAt(f.start() - 1);
    if (e < 0 || !EntityKinds.isActor(layer, e)) {
      return OptionalInt.empty();
    }
    int start = f.start() - 1;
    while (start > floor && layer.entityAt(start - 1) == e) {
      start--;
    }
    for (int k = start - 1; k >= Math.max(floor, start - TITLE_REACH); k--) {
      String w = text.form(k);
      if (w.equals("عن")) {
        return OptionalInt.of(e);
      }
      if (!text.isWord(k) || layer.entityAt(k) >= 0) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }
}
