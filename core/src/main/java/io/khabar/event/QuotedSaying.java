package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.OptionalInt;

/**
 * نقلت الوكالة عن وزير الخارجية سيرغي لافروف قوله: the saying noun (قوله، قولها) right after a
 * name that عن governs, across its title, is that person's or body's own statement, which a
 * medium quotes; its possessive points to the name, not back to an event told before. And
 * وأضافت الحركة على لسان القيادي فيها، سامي أبو زهري: «على لسان» names the person through whose
 * tongue the subject speaks, and he is the speaker (the subject may be named before it: وأكدت
 * الحركة على لسان المتحدث باسمها X). A speech verb inside words quoted after a trigger in its
 * sentence is part of those words, no statement of its own (وقال الاتحاد في تغريدة
 * "فارقنا هنري ميشال، صرح كرة القدم": the edifice صرح, and no name in the quotation speaks;
 * وتابع: "قطر … كما أنها ترفض"), unless it reports in the order of a report, its speaker named
 * after it (وأضاف المصدر: "قال أردوغان إنه …"); the extractor checks that order.
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

  /** Tokens between the verb and على لسان: a date, a comma, the subject (الحركة، حركة حماس). */
  private static final int SUBJECT_REACH = 4;

  /** Tokens from لسان to the person it names, across his title: القيادي البارز فيها، X. */
  private static final int TONGUE_REACH = 8;

  /**
   * The person named after «على لسان» right after the speech verb at {@code f} (across a
   * date or a comma), before any complementizer or quotation.
   */
  static OptionalInt throughTongue(AnalyzedText text, EntityLayer layer, boolean[] inTimex,
      Found f, int right) {
    if (f.trigger().type() != EventType.STATEMENT
        || f.trigger().pos() != TriggerLexicon.Pos.PERFECT
            && f.trigger().pos() != TriggerLexicon.Pos.IMPERFECT) {
      return OptionalInt.empty();
    }
    int i = f.end();
    // وأكدت الحركة على لسان: the subject itself may stand before it
    while (i < right && i < f.end() + SUBJECT_REACH && (inTimex[i] || Tokens.isComma(text.form(i))
        || layer.entityAt(i) >= 0 || text.form(i).startsWith("ال"))) {
      i++;
    }
    if (i + 1 >= right || !text.form(i).equals("علي") || !text.form(i + 1).equals("لسان")) {
      return OptionalInt.empty();
    }
    for (int k = i + 2; k < Math.min(right, i + 2 + TONGUE_REACH); k++) {
      int e = layer.entityAt(k);
      if (e >= 0 && EntityKinds.isPerson(layer, e)) {
        return OptionalInt.of(e);
      }
      if (Tokens.isBreak(text, k)) {
        break;
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The speech trigger at {@code f} lies inside a quotation opened in its sentence after another
   * trigger outside it (وقال الاتحاد في تغريدة "…"): the words quoted, not a statement.
   */
  static boolean withinQuotedWords(AnalyzedText text, Found f, Clause c, int[] triggerStarts) {
    if (f.trigger().type() != EventType.STATEMENT
        || !Tokens.insideQuotation(text, c.sentenceStart(), f.start())) {
      return false;
    }
    for (int t : triggerStarts) {
      if (t >= c.sentenceStart() && t < f.start()
          && !Tokens.insideQuotation(text, c.sentenceStart(), t)) {
        return true;
      }
    }
    return false;
  }
}
