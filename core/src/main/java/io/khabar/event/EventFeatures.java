package io.khabar.event;

import io.khabar.ner.Entity;
import io.khabar.ner.EntityLayer;
import io.khabar.ner.Mention;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The features {@link EventAcceptor} judges one produced event by, read from what extraction
 * already holds (the analysed text, the entities, the trigger found, the event): no other pass
 * over the text, a few dozen strings per event. Each feature is a string {@code name=value}; the
 * model gives weight only to those frequent enough in its training data (rare words, such as a
 * rare neighbouring word, simply have no weight).
 * <ul>
 *   <li>{@code type}: the event type;
 *   <li>{@code form}: the trigger as written without its proclitics (matching form, words joined
 *       by {@code _}), {@code procl}: the proclitics stripped from it;
 *   <li>{@code pos}: the trigger's part of speech in the lexicon (perfect, imperfect, passive,
 *       masdar, noun, participle, phrase), {@code def}: a definite noun (ال), {@code weak}: a
 *       trigger the lexicon marks weak;
 *   <li>{@code modality}: ASSERTED or PLANNED (the only ones the acceptor judges);
 *   <li>{@code date}: the date basis (TEXT, PUBLICATION) or none;
 *   <li>{@code nparts}: the number of participants (1, 2, 3+); {@code main}: the first
 *       participant's role and kind (SPEAKER:PERSON, AGENT:ORGANIZATION …); {@code part}: every
 *       participant's role and kind; {@code linked}: whether the main participant is in the
 *       knowledge base; {@code mkind}: whether its mention nearest the trigger is a name or a
 *       title; {@code place}: whether a place is given;
 *   <li>{@code quoted}: the trigger stands inside a quotation; {@code question}: its sentence is
 *       a question; {@code relative}: a relative pronoun within three words before it;
 *   <li>{@code prev}, {@code next}: the word before and after the trigger in its sentence (matching
 *       form; {@code <s>}, {@code </s>} at the sentence edges);
 *   <li>{@code dist}: the distance in tokens from the trigger to the main participant's nearest
 *       mention in the sentence, with its side (b before, a after; 0-1, 2-3, 4-7, 8+), or
 *       {@code out} when it is not named in the sentence;
 *   <li>{@code sent}: the sentence index (0, 1, 2, 3-5, 6+: the lead or not);
 *   <li>pairs with the type: {@code type|pos}, {@code type|date}, {@code type|main},
 *       {@code type|dist}, {@code type|sent}.
 * </ul>
 * Which rule or frame produced the event is not recorded by the extractor, so it is no feature.
 */
final class EventFeatures {

  private static final int RELATIVE_WINDOW = 3;

  private EventFeatures() {}

  /**
   * The features of {@code event}, whose trigger was {@code found} (empty when no found trigger
   * starts where the event's does); {@code index} maps entity ids to indices of {@code layer}.
   */
  static List<String> of(AnalyzedText text, EntityLayer layer, Map<String, Integer> index,
      Event event, Optional<Found> found) {
    EventCore core = event.core();
    String type = event.type().name();
    int t = found.map(Found::start).orElseGet(() -> tokenAt(text, core.trigger().start()));
    int end = found.map(Found::end).orElse(t + 1);
    int sentence = text.sentenceOf(t);
    int sStart = text.sentenceStart(sentence);
    int sEnd = text.sentenceEnd(sentence);
    List<String> out = new ArrayList<>(32);
    out.add("type=" + type);
    String stripped = found.map(f -> Tokens.stem(text, f)).orElse(text.form(t));
    StringBuilder form = new StringBuilder(stripped);
    for (int k = t + 1; k < end; k++) {
      form.append('_').append(text.form(k));
    }
    out.add("form=" + form);
    String pos = found.map(f -> f.trigger().pos().name()).orElse("NONE");
    out.add("pos=" + pos);
    out.add("procl=" + found.map(f -> Tokens.proclitics(text, f)).orElse(""));
    if (stripped.startsWith("ال")) {
      out.add("def");
    }
    if (found.isPresent() && found.get().trigger().weak()) {
      out.add("weak");
    }
    out.add("modality=" + core.modality().name());
    String date = core.dateBasis().map(Enum::name).orElse("none");
    out.add("date=" + date);
    List<Participant> ps = core.participants();
    out.add("nparts=" + (ps.size() >= 3 ? "3+" : Integer.toString(ps.size())));
    String main = "none";
    Optional<Entity> mainEntity = Optional.empty();
    for (int i = 0; i < ps.size(); i++) {
      Integer e = index.get(ps.get(i).entity());
      String kind = e == null ? "?" : layer.entities().get(e).type().name();
      String part = ps.get(i).role().name() + ":" + kind;
      out.add("part=" + part);
      if (i == 0) {
        main = part;
        if (e != null) {
          mainEntity = Optional.of(layer.entities().get(e));
          out.add("linked=" + layer.linked(e).isPresent());
        }
      }
    }
    out.add("main=" + main);
    if (core.place().isPresent()) {
      out.add("place");
    }
    if (Tokens.insideQuotation(text, sStart, t)) {
      out.add("quoted");
    }
    for (int k = sStart; k < sEnd; k++) {
      String f = text.form(k);
      if (f.equals("؟") || f.equals("?")) {
        out.add("question");
        break;
      }
    }
    for (int k = Math.max(sStart, t - RELATIVE_WINDOW); k < t; k++) {
      if (Tokens.isRelativePronoun(text.form(k))) {
        out.add("relative");
        break;
      }
    }
    out.add("prev=" + (t - 1 >= sStart ? text.form(t - 1) : "<s>"));
    out.add("next=" + (end < sEnd ? text.form(end) : "</s>"));
    String dist = mainEntity.map(m -> distance(text, m, t, end, sStart, sEnd, out)).orElse("none");
    out.add("dist=" + dist);
    String sent = sentence <= 2 ? Integer.toString(sentence) : sentence <= 5 ? "3-5" : "6+";
    out.add("sent=" + sent);
    out.add("type|pos=" + type + "|" + pos);
    out.add("type|date=" + type + "|" + date);
    out.add("type|main=" + type + "|" + main);
    out.add("type|dist=" + type + "|" + dist);
    out.add("type|sent=" + type + "|" + sent);
    return out;
  }

  /**
   * The bucketed distance from the trigger [t, end) to the entity's nearest mention in the
   * sentence [sStart, sEnd), with its side; adds {@code mkind} for that mention.
   */
  private static String distance(AnalyzedText text, Entity entity, int t, int end, int sStart,
      int sEnd, List<String> out) {
    int best = Integer.MAX_VALUE;
    String side = "out";
    Mention nearest = null;
    for (Mention m : entity.mentions()) {
      int k = tokenAt(text, m.span().start());
      if (k < sStart || k >= sEnd) {
        continue;
      }
      int d = k < t ? t - k : k >= end ? k - end + 1 : 0;
      if (d < best) {
        best = d;
        side = k < t ? "b" : "a";
        nearest = m;
      }
    }
    if (nearest == null) {
      return "out";
    }
    out.add("mkind=" + nearest.kind().name());
    String bucket = best <= 1 ? "0-1" : best <= 3 ? "2-3" : best <= 7 ? "4-7" : "8+";
    return side + bucket;
  }

  /** The token holding char {@code offset} (a proclitic may precede it in the token). */
  private static int tokenAt(AnalyzedText text, int offset) {
    int k = text.tokenAtOrAfter(offset);
    if (k >= text.size() || k > 0 && text.start(k) > offset) {
      k--;
    }
    return Math.max(0, k);
  }
}
