package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * Words of speech whose complement gives them a sense that says nothing, each a construction of
 * news Arabic:
 * <ul>
 *   <li>دعا / دعوة with إلى or لـ + a visit or a feast (دعا الرئيس نظيره إلى زيارة باريس، دعوة
 *       البابا لزيارة كوريا، دعاه إلى مأدبة عشاء) is an invitation, no statement: the visit it
 *       offers is an event of its own. A call to act (دعا الحكومات إلى تعزيز الحماية) is said;
 *   <li>the singular تصريح in construct with a permitted act (تصريح عمل، تصريح إقامة) or with
 *       that act after لـ / بـ (وقف تصريح الشركتين لاستخدام السيارات، تصريح بالبناء) is a permit,
 *       no statement; a statement is told to someone (في تصريح للصحفيين، في تصريح لقناة);
 *   <li>the imperfect يشير / تشير right before إلى, after a word that is neither a name nor a
 *       title nor a body, has a thing for subject and means "points to" (والدقيقة تشير إلى 92، وهو
 *       ما يشير إلى احتمال، تقرير لصحيفة "فايننشال تايمز" يشير إلى): no statement; nor after a name
 *       that is the genitive of a noun (عدم مشاركة أمير قطر يشير إلى غياب حل). Speech is told
 *       with the subject after the verb (وأشار الوزير إلى، ويشير الباحثون إلى);
 *   <li>an imperfect verb of speech with a reflexive object (يصف نفسه بالعابر للحدود، تعتبر نفسها
 *       وصية) tells how someone habitually styles himself, no statement made at a time;
 *   <li>a verb spelt like an impersonal one (تبيّن "it became clear", يُتوقع "it is expected")
 *       with أن right after it has the reported clause for subject (تبين أن الفجوة تضيق، حفل يتوقع
 *       أن يغني فيه): nobody speaks. Said, it names its speaker before أن (تبين الوزارة أن).
 * </ul>
 * The words of inviting and what one is invited to, the permit nouns and permitted acts, and the
 * reflexive pronouns, the impersonal forms and أن are roles of {@code argument-cues.tsv}. Stateless after construction.
 */
final class UnspokenSenses {

  /** Tokens from an inviting word to the إلى of its visit: the subject, a title, the guest's name. */
  private static final int INVITATION_REACH = 10;

  /** Tokens from a permit to the لـ of the permitted act: the holder's name and an adjective. */
  private static final int PERMIT_REACH = 6;

  private final Set<String> inviting;
  private final Set<String> invitedTo;
  private final Set<String> permits;
  private final Set<String> permitted;
  private final Set<String> reflexives;
  private final Set<String> pointing;
  private final Set<String> titleWords;
  private final Set<String> impersonal;
  private final Set<String> bareThat;

  UnspokenSenses(TriggerLexicon lexicon) {
    this.inviting = lexicon.cues("INVITING");
    this.invitedTo = lexicon.cues("INVITED_TO");
    this.permits = lexicon.cues("PERMIT");
    this.permitted = lexicon.cues("PERMITTED_ACT");
    this.reflexives = lexicon.cues("REFLEXIVE");
    this.pointing = lexicon.cues("POINTING");
    this.titleWords = lexicon.cues("TITLE_WORD");
    this.impersonal = lexicon.cues("IMPERSONAL");
    this.bareThat = lexicon.cues("BARE_THAT");
  }

  /** The statement trigger found has a sense of no speech. */
  boolean unspoken(AnalyzedText text, EntityLayer layer, Found f) {
    String stem = Tokens.stem(text, f);
    if (pointing.contains(text.form(f.start())) && pointsTo(text, layer, f)) {
      return true;
    }
    if (impersonal.contains(stem) && f.end() < text.size()
        && bareThat.contains(text.form(f.end()))) {
      return true; // تبين أن: "it became clear that"
    }
    if (inviting.contains(stem) && invitation(text, f)) {
      return true;
    }
    if (permits.contains(stem) && permit(text, f)) {
      return true;
    }
    return f.trigger().pos() == TriggerLexicon.Pos.IMPERFECT && f.end() < text.size()
        && reflexives.contains(text.form(f.end()));
  }

  /** إلى (matching form الي) + a visit, or لـ + a visit, follows within the clause. */
  private boolean invitation(AnalyzedText text, Found f) {
    int end = Tokens.clauseEnd(text, f.end(),
        Math.min(text.size(), f.end() + INVITATION_REACH));
    for (int i = f.end(); i < end; i++) {
      String w = text.form(i);
      if (w.equals("الي") && i + 1 < text.size()
          && ComplementSenses.ofClass(invitedTo, text.form(i + 1))) {
        return true;
      }
      if (carries(w, 'ل') && afterProclitic(invitedTo, w)) {
        return true;
      }
    }
    return false;
  }

  /** A permitted act in construct right after, or after لـ / بـ within the clause. */
  private boolean permit(AnalyzedText text, Found f) {
    if (f.end() < text.size() && text.isWord(f.end())
        && ComplementSenses.ofClass(permitted, text.form(f.end()))) {
      return true;
    }
    int end = Tokens.clauseEnd(text, f.end(),
        Math.min(text.size(), f.end() + PERMIT_REACH));
    for (int i = f.end(); i < end; i++) {
      String w = text.form(i);
      if ((carries(w, 'ل') || carries(w, 'ب')) && afterProclitic(permitted, w)) {
        return true;
      }
    }
    return false;
  }

  /** The noun after the word's لـ or بـ is of the class (لزيارة، للعمل، بالبناء، لاستخدامهما). */
  private static boolean afterProclitic(Set<String> nouns, String w) {
    return ComplementSenses.ofClass(nouns, w) || ComplementSenses.ofClass(nouns, w.substring(1));
  }

  /** إلى follows at once and what stands before has no subject's shape: a thing points to. */
  private boolean pointsTo(AnalyzedText text, EntityLayer layer, Found f) {
    if (f.start() == 0 || f.end() >= text.size() || !text.form(f.end()).equals("الي")) {
      return false;
    }
    int before = f.start() - 1;
    int e = layer.entityAt(before);
    if (e >= 0) {
      int first = before;
      while (first > 0 && layer.entityAt(first - 1) == e) {
        first--;
      }
      // عدم مشاركة أمير قطر يشير: the name is the genitive of the noun that is the subject
      return first > 0 && text.isWord(first - 1) && layer.entityAt(first - 1) < 0
          && ObjectGenitives.nounShaped(text.form(first - 1));
    }
    String w = text.form(before);
    return !titleWords.contains(w) && !titleWords.contains(Tokens.withoutArticle(w))
        && !titleWords.contains("ال" + w);
  }

  /** The word starts with the proclitic {@code p} and has a noun after it. */
  private static boolean carries(String w, char p) {
    return w.length() > 3 && w.charAt(0) == p;
  }
}
