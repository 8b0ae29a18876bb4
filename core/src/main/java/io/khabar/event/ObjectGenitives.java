package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * A name after a speech verb is its subject only when what stands right before it can head a
 * subject: a title (الرئيس الأمريكي، وزير)، a body noun, a press noun, the kind of body the name
 * names (شركة، نادي، وزارة: the {@code SUBJECT_HEAD} cues), an adjective, a time, a comma, or
 * another name. An indefinite noun right before the name, shaped as only nouns are, is in
 * construct with it, and
 * that noun is the verb's object (وصف تحقيق مولر بأنه، ووصف الأطباء حالة بولسونارو، واقترحت
 * بالمقابل إدانة حماس، وأشار إلى أصول صندوق الاحتياطي): the name is the object's genitive, no
 * speaker, and no speaker for a participle after the clause either. Only a name known (linked)
 * or told before counts: before a name told for the first time, an unknown word is more likely
 * a first name the name finder left out (وقالت الخبيرة باتريشا ريد). A name in construct with a
 * noun of kin or counsel (قال شقيق عبد الفتاح، أعلن محامي غلاشكوف أنه توفي: the {@code
 * KIN_OR_COUNSEL} cues) is whose brother or lawyer speaks, no speaker either; the speaker's own
 * name, when the text gives it, follows in apposition (قال محامي واينستين، بن برافمان). Stateless.
 */
final class ObjectGenitives {

  private final Cues cues;
  private final TitleHeads titleHeads;
  private final Set<String> subjectHeads;
  private final Set<String> press;
  private final Set<String> kinOrCounsel;

  ObjectGenitives(Cues cues, TitleHeads titleHeads, TriggerLexicon lexicon) {
    this.cues = cues;
    this.titleHeads = titleHeads;
    this.subjectHeads = lexicon.cues("SUBJECT_HEAD");
    this.press = lexicon.cues("PRESS");
    this.kinOrCounsel = lexicon.cues("KIN_OR_COUNSEL");
  }

  /**
   * The name at {@code name} is the genitive of a noun a preposition governs (وأشار إلى أصول
   * صندوق الاحتياطي، في مواجهة ميليشيات الحوثي): no subject of the clause it stands in. Unlike
   * {@link #test}, the noun must follow a preposition, since the clause's own verb may stand
   * right before its subject's name (من جهته رد أحمد الرميحي). A name told for the first time
   * counts too: after a preposition even a first name left out is no subject.
   */
  boolean governedGenitive(AnalyzedText text, EntityLayer layer, int from, int name) {
    if (name - 2 < from || !inConstruct(text, layer, from, name)) {
      return false;
    }
    String p = text.form(name - 2);
    return cues.cuePrepositions.contains(p) || p.equals("عن") || p.equals("وفي")
        || p.equals("والي") || p.equals("وعلي");
  }

  /** The name at {@code name}, after a verb ending at {@code verbEnd}, is an object's genitive. */
  boolean test(AnalyzedText text, EntityLayer layer, int verbEnd, int name) {
    if (name - 1 >= verbEnd && text.isWord(name - 1) && layer.entityAt(name - 1) < 0
        && kinOrCounsel.contains(text.form(name - 1)) && !text.surface(name - 1).endsWith("ه")) {
      // قال شقيق عبد الفتاح، أعلن محامي غلاشكوف: the brother, the lawyer speaks. The matching
      // form spells شقيقة as شقيقه "his brother", whose name follows in apposition: the surface
      // tells them apart
      return true;
    }
    int e = layer.entityAt(name);
    if (layer.linked(e).isEmpty() && Tokens.occurrences(layer, 0, name - 1).stream()
        .noneMatch(o -> o.entity() == e)) {
      return false; // وقالت الخبيرة باتريشا ريد: before a name told first, likely a first name
    }
    return inConstruct(text, layer, verbEnd, name) && nounShaped(text.form(name - 1));
  }

  /**
   * The word has a shape only Arabic nouns have, so it is no first name the name finder left out
   * (المدرب أنتونيو كونتي): a feminine noun (حالة، إدانة) or plural (قرارات), a verbal noun
   * تفعيل (تحقيق، تقرير), or a broken plural أفعال (أنصار، أرقام).
   */
  static boolean nounShaped(String w) {
    int n = w.length();
    return n >= 3 && (w.endsWith("ة") || w.endsWith("ه") && n >= 4)
        || n >= 5 && w.endsWith("ات")
        || n == 5 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي'
        || n == 5 && (w.charAt(0) == 'ا' || w.charAt(0) == 'أ') && w.charAt(3) == 'ا';
  }

  /** The word right before the name is an indefinite noun that heads no subject. */
  private boolean inConstruct(AnalyzedText text, EntityLayer layer, int verbEnd, int name) {
    int i = name - 1;
    if (i < verbEnd || !text.isWord(i) || layer.entityAt(i) >= 0) {
      return false;
    }
    String w = text.form(i);
    return !w.startsWith("ال") && !w.startsWith("باسم") && !titleHeads.titleNoun(w)
        && !cues.bodyNouns.contains(w) && !press.contains(w) && !subjectHeads.contains(w)
        && !cues.timeCues.contains(w) && !w.endsWith("ي") && !w.endsWith("يه")
        && !w.endsWith("ين") && !w.endsWith("ون") && w.length() > 1;
  }
}
