package io.khabar.event;

import io.khabar.event.TriggerLexicon.Trigger;
import io.khabar.token.AnalyzedText;
import java.util.Optional;
import java.util.Set;

/**
 * أبلغ "informed" tells a message whose content follows as بـ or أن (أبلغت واشنطن طهران بذلك،
 * أبلغه أن …). With a quotation or a colon after its object (وأبلغ ماكرون اللاعبين: «أشكركم»،
 * أبلغ المدرب الصحفيين "…") it is "told": the subject's words are quoted, a statement, and the
 * one told is its audience, not a party. Such a trigger is read as a statement trigger of the same
 * form, position and modality. The quotation must end the verb's clause within a few words, with
 * no بـ or أن complement before it and none opening it (أبلغ ترامب "بأسف …" is the message).
 * With a gathering or the press as its object (وأبلغ ترامب مؤتمرا صحفيا أن …، أبلغ الجنرال جلسة
 * للكونغرس بأن …، أبلغ الوزير الصحفيين أن …) it is "told" as well, whatever follows: words said
 * to an audience, not a message sent to a party. Those nouns are the AUDIENCE role of
 * {@code argument-cues.tsv}.
 */
final class Telling {

  /** The verb's matching-form stem. */
  private static final String INFORMED = "ابلغ";
  /** Tokens between the verb and the quotation: its subject, its object and a place. */
  private static final int QUOTE_REACH = 16;

  /** Tokens between the verb and its audience: its subject with a title (أبلغ رئيس الأركان جلسة). */
  private static final int AUDIENCE_REACH = 8;

  private final Set<String> audience;

  Telling(TriggerLexicon lexicon) {
    this.audience = lexicon.cues("AUDIENCE");
  }

  /** The found trigger read as a statement when it quotes what it tells, else itself. */
  Found read(AnalyzedText text, Found f) {
    if (f.trigger().type() != EventType.MESSAGE || !Tokens.stem(text, f).startsWith(INFORMED)) {
      return f;
    }
    return quotes(text, f) || toldAudience(text, f)
        ? new Found(f.start(), f.end(), f.stripped(), asStatement(f.trigger()), f.reach()) : f;
  }

  /** An audience noun is the verb's object, before any أن or بـ of what was told. */
  private boolean toldAudience(AnalyzedText text, Found f) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    for (int i = f.reach(); i < Math.min(sentenceEnd, f.reach() + AUDIENCE_REACH); i++) {
      String w = text.form(i);
      if (Tokens.isBreak(text, i) || w.equals("ان") || w.equals("بان") || w.startsWith("انه")
          || w.startsWith("بانه")) {
        return false;
      }
      if (audience.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean quotes(AnalyzedText text, Found f) {
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    for (int i = f.reach(); i < Math.min(sentenceEnd, f.reach() + QUOTE_REACH); i++) {
      String w = text.form(i);
      if (Tokens.isBreak(text, i)) {
        // أبلغه "بأسف مضي بلاده …": a quoted بـ complement is the message's content
        boolean content = i + 1 < sentenceEnd && text.form(i + 1).length() > 2
            && text.form(i + 1).charAt(0) == 'ب';
        return w.equals(":") || Tokens.isQuote(w) && !content;
      }
      if (w.equals("ان") || w.equals("بان") || w.equals("انه") || w.equals("بانه")
          || w.equals("انها") || w.equals("بانها") || w.startsWith("بذلك")) {
        return false; // أبلغه أن …، أبلغت طهران بذلك: the message's content
      }
    }
    return false;
  }

  private static Trigger asStatement(Trigger t) {
    return new Trigger(EventType.STATEMENT, Optional.empty(), t.pos(), t.form(), t.modality(),
        t.weak());
  }
}
