package io.khabar.kb;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Country entities generated from ICU4J locale data: one {@code country-xx} LOCATION per current
 * ISO 3166 alpha-2 region, named in English and, as its one alias, in Arabic (any parenthetical
 * qualifier such as "(منطقة إدارية خاصة)" dropped). The curated {@code countries.jsonl} adds
 * variants and demonyms on top.
 */
final class IcuCountries {

  private static final ULocale ARABIC = new ULocale("ar");

  /**
   * ICU codes that are not ISO 3166-1 countries: exceptionally reserved DG (Diego Garcia), EA
   * (Ceuta and Melilla), IC (Canary Islands), and the user-assigned XK (Kosovo).
   */
  private static final ImmutableSet<String> NOT_ISO = ImmutableSet.of("DG", "EA", "IC", "XK");

  /** Every current ISO 3166-1 alpha-2 code, from ICU. */
  static final ImmutableSet<String> CODES = java.util.Arrays.stream(ULocale.getISOCountries())
      .filter(c -> !NOT_ISO.contains(c))
      .collect(ImmutableSet.toImmutableSet());

  private IcuCountries() {}

  static List<KbEntity> all() {
    // One display-names instance per language, asked for every region: the same names as
    // ULocale.getDisplayCountry, which looks the instance up per call through a one-entry cache,
    // so alternating English and Arabic rebuilt it (and reread its locale data) every time.
    LocaleDisplayNames englishNames = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
    LocaleDisplayNames arabicNames = LocaleDisplayNames.getInstance(ARABIC);
    List<KbEntity> out = new ArrayList<>();
    for (String code : CODES) {
      String english = englishNames.regionDisplayName(code);
      String arabic = withoutMarks(stripQualifier(arabicNames.regionDisplayName(code)));
      if (english.isEmpty() || english.equals(code)) {
        continue;
      }
      ImmutableList<String> aliases =
          arabic.isEmpty() || arabic.equals(code) ? ImmutableList.of() : ImmutableList.of(arabic);
      out.add(new KbEntity(
          "country-" + code.toLowerCase(Locale.ROOT),
          EntityType.LOCATION,
          stripQualifier(english),
          Optional.empty(),
          aliases,
          ImmutableList.of(),
          Optional.of(code),
          ImmutableList.of(),
          Optional.empty(),
          Optional.of("country"),
          ImmutableList.of()));
    }
    return out;
  }

  /** ICU writes a few names with harakat (عُمان); the data convention is none. */
  private static String withoutMarks(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!io.khabar.text.ArabicNormalizer.isIgnorable(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String stripQualifier(String name) {
    int p = name.indexOf('(');
    return (p > 0 ? name.substring(0, p) : name).strip();
  }
}
