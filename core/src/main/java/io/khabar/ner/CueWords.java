package io.khabar.ner;

import com.google.common.collect.ImmutableMap;
import io.khabar.text.ArabicNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-written trigger words that announce a name nearby, keyed by matching-form stem. Each class
 * is there for a linguistic reason:
 *
 * <ul>
 *   <li>{@link Cue#TITLE}: honorifics and office titles stand in apposition directly before a
 *       person's name (الرئيس حسني مبارك) and are annotated outside it.
 *   <li>{@link Cue#SPEECH}: news reports in verb–subject order, so a reporting verb is followed by
 *       the speaker, a person or an organisation (وقال المتحدث…، أعلنت الوزارة).
 *   <li>{@link Cue#PLACE}: geographic classifiers head an idafa whose second term is a place name
 *       (مدينة حلب، محافظة البصرة).
 *   <li>{@link Cue#ORG}: institution nouns head organisation names and are usually inside them
 *       (حزب العمال، جامعة القاهرة، وكالة الأنباء).
 *   <li>{@link Cue#KIN}: kinship nouns are followed by a person's name (نجل الرئيس، زوجته سعاد).
 *   <li>{@link Cue#NAME_LINK}: بن/ابن/أبو/عبد link parts of one personal name, so a name continues
 *       on both sides.
 *   <li>{@link Cue#MOTION}: prepositions of place and movement take a place as object (وصل إلى
 *       بغداد).
 *   <li>{@link Cue#GIVEN_NAME}: given names, Arabic and transliterated foreign ones, from the
 *       lexicon {@value #GIVEN_NAMES} (written from general knowledge, not taken from any
 *       corpus): a personal name usually starts with one, and the family name after it is often
 *       unseen.
 * </ul>
 */
public final class CueWords {

  public enum Cue { TITLE, SPEECH, PLACE, ORG, KIN, NAME_LINK, MOTION, GIVEN_NAME }

  /** The given-name lexicon (hand-written, one resource in the models jar). */
  public static final String GIVEN_NAMES = "/io/khabar/models/lexicon/given-names.txt";

  private static final Map<String, Cue> CUES = build();

  private CueWords() {}

  /** The cue class of a matching-form stem (or form), or {@code null} if it is not a cue. */
  public static Cue of(String stem) {
    return CUES.get(stem);
  }

  public static int size() {
    return CUES.size();
  }

  private static Map<String, Cue> build() {
    Map<String, Cue> m = new java.util.LinkedHashMap<>();
    put(m, Cue.TITLE, "رئيس", "رئيسة", "ملك", "ملكة", "أمير", "أميرة", "سيد", "سيدة", "شيخ",
        "دكتور", "د", "مهندس", "وزير", "وزيرة", "نائب", "سفير", "عقيد", "لواء", "عميد", "جنرال",
        "مستشار", "مستشارة", "أمين", "زعيم", "متحدث", "ناطق", "مبعوث", "لاعب", "مدرب", "كاتب",
        "شاعر", "فنان", "فنانة", "مطرب", "مطربة", "مخرج", "بابا", "إمام", "قائد", "مرشح", "سيناتور",
        "أستاذ", "حاج", "رئيس الوزراء", "المنسق", "مراسل", "مندوب", "قاضي", "محامي", "الرئيس",
        "الملك", "السيد", "الشيخ", "الوزير", "الأمير", "المستشار", "الجنرال", "الدكتور");
    put(m, Cue.SPEECH, "قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "أضاف", "أضافت", "صرح",
        "صرحت", "أوضح", "أوضحت", "أشار", "أشارت", "ذكر", "ذكرت", "اعتبر", "اعتبرت", "نفى", "نفت",
        "دعا", "دعت", "طالب", "طالبت", "حذر", "حذرت", "رأى", "يقول", "تقول", "أفاد", "أفادت",
        "نقل", "نقلت", "التقى", "استقبل", "زار");
    put(m, Cue.PLACE, "مدينة", "محافظة", "بلدة", "قرية", "منطقة", "ولاية", "إقليم", "عاصمة",
        "جزيرة", "نهر", "بحر", "جبل", "مخيم", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
        "شرقي", "غربي", "حي", "ميناء", "مطار", "دولة", "مقاطعة", "ضاحية", "وسط");
    put(m, Cue.ORG, "وكالة", "حركة", "حزب", "شركة", "جامعة", "منظمة", "مجلس", "وزارة", "جمعية",
        "اتحاد", "نادي", "بنك", "مصرف", "صحيفة", "قناة", "جبهة", "هيئة", "مؤسسة", "معهد", "مركز",
        "لجنة", "منتخب", "جيش", "مجموعة", "تنظيم", "محكمة", "برلمان", "جريدة", "مجلة", "إذاعة",
        "تلفزيون", "كتائب", "سرايا", "ائتلاف", "تحالف");
    put(m, Cue.KIN, "زوجة", "زوج", "ابنة", "شقيق", "شقيقة", "نجل", "والد", "والدة", "عائلة",
        "أسرة", "أخ", "أخت", "عم", "خال");
    put(m, Cue.NAME_LINK, "بن", "ابن", "بنت", "أبو", "أبي", "أبا", "عبد", "آل", "أم");
    put(m, Cue.MOTION, "إلى", "في", "من", "نحو", "قرب", "داخل", "عبر", "باتجاه", "حتى");
    put(m, Cue.GIVEN_NAME, givenNames());
    return ImmutableMap.copyOf(m);
  }

  /** The names of {@value #GIVEN_NAMES}, in the models jar, as written there. */
  public static String[] givenNames() {
    try (InputStream in = CueWords.class.getResourceAsStream(GIVEN_NAMES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + GIVEN_NAMES
            + " (khabar-models must be on the class path)");
      }
      List<String> names = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int hash = line.indexOf('#');
        String content = hash < 0 ? line : line.substring(0, hash);
        for (String w : content.trim().split("\\s+")) {
          if (!w.isEmpty()) {
            names.add(w);
          }
        }
      }
      return names.toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + GIVEN_NAMES, e);
    }
  }

  private static void put(Map<String, Cue> m, Cue cue, String... words) {
    ArabicNormalizer n = ArabicNormalizer.get();
    for (String w : words) {
      m.putIfAbsent(n.matchingForm(w), cue);
    }
  }
}
