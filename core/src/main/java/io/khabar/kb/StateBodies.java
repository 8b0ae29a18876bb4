package io.khabar.kb;

import com.google.common.collect.ImmutableList;
import io.khabar.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The state bodies every country has, generated from its demonyms: news names them as a noun and
 * the country's adjective (الحكومة اليمنية، الرئاسة التونسية، الخارجية الإماراتية، الجيش الأردني).
 * One ORGANIZATION per country with demonyms and per body: government, presidency, ministries
 * of foreign affairs, defence and the interior, army, parliament. The curated files stay in
 * charge: a body is not generated when its key ({@code mfa-sy}) exists or any of its aliases
 * already names another entity (الحكومة السورية is {@code syrian-government}, الجيش الأمريكي the
 * US Armed Forces), so a hand-written entry with a proper name and Wikidata id always wins.
 */
final class StateBodies {

  /** Their origin in {@link KnowledgeBase#origin}. */
  static final String ORIGIN = "generated from the country's demonyms (StateBodies)";

  /**
   * Whether {@code e} was generated here. The title lexicon leaves these out: no office holder
   * is known for them, and their role phrases (المتحدث باسم الحكومة اليمنية …) would add some
   * 20,000 phrases to load for titles that resolve to nobody.
   */
  static boolean generated(KnowledgeBase kb, KbEntity e) {
    return kb.origin(e.key()).filter(ORIGIN::equals).isPresent();
  }

  /**
   * One kind of body: key prefix, subtype, English name pattern ({@code %s} the country), Arabic
   * nouns before a feminine demonym and before a masculine one.
   */
  private record Body(String prefix, String subtype, String name, List<String> beforeFeminine,
      List<String> beforeMasculine) {}

  private static final List<Body> BODIES = List.of(
      new Body("gov", "state-body", "Government of %s", List.of("الحكومة"), List.of()),
      new Body("presidency", "state-body", "Presidency of %s", List.of("الرئاسة"), List.of()),
      new Body("mfa", "ministry", "Ministry of Foreign Affairs of %s",
          List.of("وزارة الخارجية", "الخارجية"), List.of()),
      new Body("mod", "ministry", "Ministry of Defence of %s",
          List.of("وزارة الدفاع", "الدفاع"), List.of()),
      new Body("moi", "ministry", "Ministry of the Interior of %s",
          List.of("وزارة الداخلية", "الداخلية"), List.of()),
      new Body("army", "state-body", "Armed Forces of %s", List.of("القوات المسلحة"),
          List.of("الجيش")),
      new Body("parliament", "state-body", "Parliament of %s", List.of(), List.of("البرلمان")));

  private StateBodies() {}

  /**
   * The bodies of the {@code country-xx} entities among {@code entities} that have demonyms,
   * leaving out those the entities already hold (by key or by any alias).
   */
  static List<KbEntity> generate(Collection<KbEntity> entities) {
    ArabicNormalizer n = ArabicNormalizer.get();
    Set<String> keys = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (KbEntity e : entities) {
      keys.add(e.key());
      e.aliases().forEach(a -> names.add(n.matchingForm(a)));
    }
    List<KbEntity> out = new ArrayList<>();
    for (KbEntity c : entities) {
      Optional<String> code = c.countryCode();
      if (code.isEmpty() || c.demonyms().isEmpty()) {
        continue;
      }
      String cc = code.get().toLowerCase(Locale.ROOT);
      for (Body b : BODIES) {
        String key = b.prefix() + "-" + cc;
        if (keys.contains(key)) {
          continue;
        }
        List<String> aliases = new ArrayList<>();
        for (String d : c.demonyms()) {
          boolean feminine = d.endsWith("ة");
          for (String noun : feminine ? b.beforeFeminine() : b.beforeMasculine()) {
            aliases.add(noun + " " + d);
          }
        }
        if (aliases.isEmpty() || aliases.stream().anyMatch(a -> names.contains(n.matchingForm(a)))) {
          continue;
        }
        out.add(new KbEntity(key, EntityType.ORGANIZATION, String.format(Locale.ROOT, b.name(),
            c.name()), Optional.empty(), ImmutableList.copyOf(aliases), ImmutableList.of(),
            code, ImmutableList.of(), Optional.of(c.key()), Optional.of(b.subtype()),
            ImmutableList.of()));
      }
    }
    return out;
  }
}
