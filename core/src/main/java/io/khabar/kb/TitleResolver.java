package io.khabar.kb;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.TokenSequence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves title references ("الرئيس السوري", "وزير الخارجية الروسي", "الأمين العام للأمم
 * المتحدة", "المتحدث باسم الكرملين", "المبعوث الأممي إلى سوريا", "نظيره التركي") to the people
 * holding the role on a date, through the roles in the {@link KnowledgeBase}.
 *
 * <p>The title phrases are generated once from a small lexicon of role words crossed with the
 * countries' demonyms (الروسي، الروسية — field {@code demonyms} of countries.jsonl), the
 * countries' names for construct forms (وزير خارجية روسيا), and the organisations' names
 * (المتحدث باسم الكرملين، الأمين العام لجامعة الدول العربية), then matched with the same
 * {@link PhraseTrie} as names, so proclitics are tolerated (وللرئيس السوري).
 *
 * <p>Guards against the commonest misreadings: a title right after نائب/مساعد/مستشار/باسم/مبعوث
 * … is not the person's own title (نائب وزير الخارجية الروسي is not the minister), and a
 * following السابق/الراحل/المخلوع/المنتخب marks the reference as not the office holder of the
 * date. Immutable and thread-safe.
 */
public final class TitleResolver {

  private static final Set<String> NOT_THE_HOLDER_BEFORE =
      ArabicNormalizer.get().matchingForms(
      "نائب", "نائبة", "مساعد", "مساعدة", "مستشار", "مستشارة", "باسم", "مكتب", "مبعوث", "مبعوثة",
      "ممثل", "ممثلة", "زوجة", "زوج", "نجل", "ابنة", "شقيق", "شقيقة", "حرس", "موكب");
  private static final Set<String> FORMER_AFTER =
      ArabicNormalizer.get().matchingForms(
      "السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة", "المخلوع", "المخلوعة",
      "المعزول", "المعزولة", "الفار", "المنتخب", "المنتخبة", "المقبل", "المقبلة");

  private final KnowledgeBase kb;
  private final PhraseTrie<TitleSense> titles;
  private final PhraseTrie<Destination> destinations;

  /** The country an envoy or ambassador is sent to; {@code bare}: the name needs a ل proclitic. */
  record Destination(String code, boolean bare) {}

  private TitleResolver(KnowledgeBase kb) {
    this(kb, TitleLexicon.build(kb), TitleLexicon.destinations(kb));
  }

  /** Over tries built beforehand from {@code kb} ({@link KbSnapshot}). */
  TitleResolver(KnowledgeBase kb, PhraseTrie<TitleSense> titles,
      PhraseTrie<Destination> destinations) {
    this.kb = kb;
    this.titles = titles;
    this.destinations = destinations;
  }

  /** The destination phrases of envoys and ambassadors (for {@link KbSnapshot}). */
  PhraseTrie<Destination> destinations() {
    return destinations;
  }

  /** A resolver over the bundled knowledge base, built once. */
  public static TitleResolver getDefault() {
    return DefaultHolder.INSTANCE;
  }

  private static final class DefaultHolder {
    static final TitleResolver INSTANCE = KbSnapshot.bundledTitles()
        .orElseGet(() -> create(KnowledgeBase.loadDefault()));
  }

  public static TitleResolver create(KnowledgeBase kb) {
    return new TitleResolver(kb);
  }

  /** The generated title phrases (for inspection and reuse). */
  public PhraseTrie<TitleSense> titles() {
    return titles;
  }

  /** Every title in {@code tokens}, resolved at {@code date}; counterpart phrases are skipped. */
  public List<TitleMatch> findAll(TokenSequence tokens, LocalDate date) {
    return findAll(tokens, date, Optional.empty());
  }

  /**
   * Every title in {@code tokens}, resolved at {@code date}; counterpart phrases (نظيره الروسي)
   * take {@code counterpartRole} (the role of the person mentioned before) and are skipped
   * when it is empty.
   */
  public List<TitleMatch> findAll(
      TokenSequence tokens, LocalDate date, Optional<RoleType> counterpartRole) {
    Objects.requireNonNull(date, "date");
    ImmutableList.Builder<TitleMatch> out = ImmutableList.builder();
    int prevEnd = 0;
    for (PhraseMatch<TitleSense> m : titles.findAll(tokens)) {
      if (m.start() < prevEnd) {
        continue; // inside a destination or qualifier the previous title took
      }
      Optional<TitleMatch> r = resolve(tokens, m, date, counterpartRole);
      if (r.isPresent()) {
        out.add(r.get());
        prevEnd = r.get().end();
      }
    }
    return out.build();
  }

  /** The title starting at token {@code start}, if any, resolved at {@code date}. */
  public Optional<TitleMatch> resolveAt(
      TokenSequence tokens, int start, LocalDate date, Optional<RoleType> counterpartRole) {
    return titles.matchAt(tokens, start)
        .flatMap(m -> resolve(tokens, m, date, counterpartRole));
  }

  /** Convenience for a title given as a string: the title at its start. */
  public Optional<TitleMatch> resolve(String title, LocalDate date) {
    return resolve(title, date, Optional.empty());
  }

  /** As {@link #resolve(String, LocalDate)}, for a counterpart phrase with the given role. */
  public Optional<TitleMatch> resolve(
      String title, LocalDate date, Optional<RoleType> counterpartRole) {
    SimpleTokenSequence tokens = new SimpleTokenSequence(title);
    return tokens.size() == 0 ? Optional.empty() : resolveAt(tokens, 0, date, counterpartRole);
  }

  private Optional<TitleMatch> resolve(TokenSequence tokens, PhraseMatch<TitleSense> m,
      LocalDate date, Optional<RoleType> counterpartRole) {
    TitleSense sense = m.values().get(0);
    Optional<RoleType> role = sense.role().or(() -> counterpartRole);
    if (role.isEmpty()) {
      return Optional.empty();
    }
    if (m.start() > 0 && m.strippedChars() == 0
        && NOT_THE_HOLDER_BEFORE.contains(tokens.matchingForm(m.start() - 1).toString())) {
      return Optional.empty();
    }
    int end = m.end();
    Optional<String> forCountry = sense.forCountry();
    if (forCountry.isEmpty() && end < tokens.size()
        && (role.get() == RoleType.ENVOY || role.get() == RoleType.AMBASSADOR)) {
      Optional<PhraseMatch<Destination>> d = destinations.matchAt(tokens, end);
      if (d.isPresent()) {
        PhraseMatch<Destination> dm = d.get();
        Destination dest = dm.values().get(0);
        boolean ok = dest.bare()
            ? dm.strippedChars() > 0
                && tokens.matchingForm(end).charAt(dm.strippedChars() - 1) == 'ل'
            : dm.strippedChars() == 0;
        if (ok && !dest.code().equals(sense.of())) {
          forCountry = Optional.of(dest.code());
          end = dm.end();
        }
      }
    }
    boolean former = false;
    if (end < tokens.size() && FORMER_AFTER.contains(tokens.matchingForm(end).toString())) {
      former = true;
      end++;
    }
    List<KbEntity> holders =
        former ? ImmutableList.of() : holders(role.get(), sense.of(), forCountry, date);
    return Optional.of(new TitleMatch(m.start(), end, m.strippedChars(), role.get(), sense.of(),
        forCountry, sense.isCounterpart(), former, holders));
  }

  /** Holders, with the near-synonym roles the data may use instead. */
  private List<KbEntity> holders(
      RoleType role, String of, Optional<String> forCountry, LocalDate date) {
    List<KbEntity> h = kb.holders(role, of, forCountry, date);
    if (!h.isEmpty()) {
      return h;
    }
    RoleType fallback = switch (role) {
      case SECRETARY_GENERAL, MILITARY_COMMANDER -> RoleType.LEADER;
      case LEADER -> RoleType.MILITARY_COMMANDER;
      default -> null;
    };
    if (fallback != null) {
      return kb.holders(fallback, of, forCountry, date);
    }
    if (role == RoleType.ENVOY && forCountry.isPresent()) {
      return ImmutableList.of(); // an envoy to another country is not the one meant
    }
    return h;
  }

  /** Generates the title phrases from role words × demonyms, country names and organisations. */
  static final class TitleLexicon {

    // role words followed by a demonym (الرئيس الروسي) — definite forms
    private static final Object[][] DEFINITE = {
      {RoleType.HEAD_OF_STATE, new String[] {"الرئيس", "الرئيسة", "رئيس النظام", "الملك",
          "العاهل"}},
      {RoleType.HEAD_OF_GOVERNMENT, new String[] {"رئيس الوزراء", "رئيسة الوزراء",
          "رئيس الحكومة", "رئيسة الحكومة"}},
      {RoleType.VICE_PRESIDENT, new String[] {"نائب الرئيس", "نائبة الرئيس"}},
      {RoleType.CROWN_PRINCE, new String[] {"ولي العهد"}},
      {RoleType.FOREIGN_MINISTER, new String[] {"وزير الخارجية", "وزيرة الخارجية"}},
      {RoleType.DEFENCE_MINISTER, new String[] {"وزير الدفاع", "وزيرة الدفاع"}},
      {RoleType.INTERIOR_MINISTER, new String[] {"وزير الداخلية", "وزيرة الداخلية"}},
      {RoleType.AMBASSADOR, new String[] {"السفير", "السفيرة", "المندوب", "المندوبة",
          "المندوب الدائم", "المندوبة الدائمة"}},
      {RoleType.ENVOY, new String[] {"المبعوث", "المبعوثة", "الموفد", "المبعوث الخاص"}},
    };
    // role words followed by a country name (وزير خارجية روسيا) — construct forms
    private static final Object[][] CONSTRUCT = {
      {RoleType.HEAD_OF_STATE, new String[] {"رئيس", "رئيسة", "ملك", "عاهل", "أمير", "سلطان"}},
      {RoleType.HEAD_OF_GOVERNMENT, new String[] {"رئيس وزراء", "رئيسة وزراء", "رئيس حكومة",
          "رئيسة حكومة"}},
      {RoleType.VICE_PRESIDENT, new String[] {"نائب رئيس"}},
      {RoleType.CROWN_PRINCE, new String[] {"ولي عهد"}},
      {RoleType.FOREIGN_MINISTER, new String[] {"وزير خارجية", "وزيرة خارجية"}},
      {RoleType.DEFENCE_MINISTER, new String[] {"وزير دفاع", "وزيرة دفاع"}},
      {RoleType.INTERIOR_MINISTER, new String[] {"وزير داخلية", "وزيرة داخلية"}},
      {RoleType.AMBASSADOR, new String[] {"سفير", "سفيرة", "مندوب", "مندوبة"}},
    };
    // Countries whose president the data records as HEAD_OF_GOVERNMENT (README-people.md): in
    // Iran the Supreme Leader is the head of state, so "الرئيس الإيراني" names the president.
    private static final ImmutableSet<String> PRESIDENT_IS_HEAD_OF_GOVERNMENT =
        ImmutableSet.of("IR");
    // The Supreme Leader of Iran (HEAD_OF_STATE@IR): with a demonym, and fixed phrases.
    private static final String SUPREME_LEADER_COUNTRY = "IR";
    private static final String[] SUPREME_LEADER = {"المرشد", "المرشد الأعلى"};
    private static final String[] SUPREME_LEADER_FIXED = {"مرشد الثورة الإسلامية",
        "المرشد الأعلى للثورة الإسلامية", "مرشد الجمهورية الإسلامية",
        "المرشد الأعلى للجمهورية الإسلامية", "مرشد الثورة الإيرانية",
        "المرشد الأعلى للثورة الإيرانية"};
    // Fixed titles whose wording the generated ones do not cover; added before the organisation
    // titles, so they win where both produce a phrase (رئيس حكومة إقليم كردستان).
    private static final Object[][] FIXED = {
      // the Pope is the Holy See's head of state; a name right after (البابا تواضروس) is the
      // person's own title in apposition and wins over this reading
      {RoleType.HEAD_OF_STATE, "VA", new String[] {"البابا", "بابا الفاتيكان", "الحبر الأعظم",
          "بابا روما", "قداسة البابا"}},
      {RoleType.FOREIGN_MINISTER, "eu", new String[] {
          "مسؤول السياسة الخارجية في الاتحاد الأوروبي",
          "مسؤولة السياسة الخارجية في الاتحاد الأوروبي",
          "مسؤول السياسة الخارجية بالاتحاد الأوروبي",
          "مسؤولة السياسة الخارجية بالاتحاد الأوروبي",
          "منسق السياسة الخارجية في الاتحاد الأوروبي",
          "منسقة السياسة الخارجية في الاتحاد الأوروبي",
          "مسؤول السياسة الخارجية الأوروبية", "مسؤولة السياسة الخارجية الأوروبية",
          "الممثل الأعلى للسياسة الخارجية والأمنية في الاتحاد الأوروبي",
          "الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد الأوروبي",
          "الممثل الأعلى للشؤون الخارجية والسياسة الأمنية في الاتحاد الأوروبي",
          "الممثلة العليا للشؤون الخارجية والسياسة الأمنية في الاتحاد الأوروبي",
          "الممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية",
          "الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية",
          "وزير خارجية الاتحاد الأوروبي", "وزيرة خارجية الاتحاد الأوروبي"}},
      {RoleType.HEAD_OF_STATE, "krg", new String[] {"رئيس إقليم كردستان",
          "رئيس إقليم كردستان العراق"}},
      {RoleType.HEAD_OF_GOVERNMENT, "krg", new String[] {"رئيس حكومة إقليم كردستان",
          "رئيس حكومة إقليم كردستان العراق", "رئيس وزراء إقليم كردستان"}},
      {RoleType.CROWN_PRINCE, "AE", new String[] {"ولي عهد أبوظبي", "ولي عهد أبو ظبي"}},
      // the Saudi king's official style, used instead of الملك in Saudi and Gulf outlets
      {RoleType.HEAD_OF_STATE, "SA", new String[] {"خادم الحرمين الشريفين", "خادم الحرمين"}},
      {RoleType.SECRETARY_GENERAL, "plo", new String[] {
          "أمين سر اللجنة التنفيذية لمنظمة التحرير",
          "أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية",
          "أمين سر تنفيذية منظمة التحرير"}},
    };
    private static final String UN = "un";
    private static final String[] COUNTERPART = {"نظيره", "نظيرته", "نظيرها", "نظيريه",
        "نظرائه", "نظيرهم", "نظيرتها"};
    private static final String[] TO = {"إلى", "لدى", "في", "الى"};
    // of = un
    private static final String[] UN_ENVOY = {"المبعوث الأممي", "المبعوثة الأممية",
        "المبعوث الدولي", "المبعوثة الدولية", "الموفد الأممي", "الموفد الدولي",
        "مبعوث الأمم المتحدة", "مبعوثة الأمم المتحدة", "المبعوث الخاص للأمم المتحدة",
        "المبعوث الأممي الخاص", "المبعوثة الأممية الخاصة", "مبعوث الأمم المتحدة الخاص",
        "المبعوث الخاص للأمين العام للأمم المتحدة"};
    private static final String[] SPOKESPERSON = {"المتحدث باسم", "المتحدثة باسم",
        "الناطق باسم", "الناطقة باسم", "المتحدث الرسمي باسم", "الناطق الرسمي باسم",
        "المتحدثة الرسمية باسم", "الناطقة الرسمية باسم"};

    private TitleLexicon() {}

    static PhraseTrie<TitleSense> build(KnowledgeBase kb) {
      PhraseTrie.Builder<TitleSense> b = PhraseTrie.builder();
      List<KbEntity> countries = new ArrayList<>();
      for (KbEntity e : kb.entities()) {
        if (e.countryCode().isPresent()) {
          countries.add(e);
        }
      }
      for (KbEntity c : countries) {
        String code = c.countryCode().get();
        for (Object[] row : DEFINITE) {
          for (String w : (String[]) row[1]) {
            RoleType role = roleOf((RoleType) row[0], w, code);
            for (String d : c.demonyms()) {
              b.addJoined(sense(role, code, null), w, d);
            }
          }
        }
        for (Object[] row : CONSTRUCT) {
          for (String w : (String[]) row[1]) {
            RoleType role = roleOf((RoleType) row[0], w, code);
            for (String n : c.aliases()) {
              b.addJoined(sense(role, code, null), w, n);
            }
          }
        }
        if (code.equals(SUPREME_LEADER_COUNTRY)) {
          for (String w : SUPREME_LEADER) {
            for (String d : c.demonyms()) {
              b.addJoined(sense(RoleType.HEAD_OF_STATE, code, null), w, d);
            }
            for (String n : c.aliases()) {
              b.addJoined(sense(RoleType.HEAD_OF_STATE, code, null), w, "في", n);
            }
          }
          for (String w : SUPREME_LEADER_FIXED) {
            b.add(w, sense(RoleType.HEAD_OF_STATE, code, null));
          }
        }
        for (String w : COUNTERPART) {
          for (String d : c.demonyms()) {
            b.addJoined(new TitleSense(Optional.empty(), code, Optional.empty()), w, d);
          }
        }
      }
      for (Object[] row : FIXED) {
        for (String w : (String[]) row[2]) {
          b.add(w, sense((RoleType) row[0], (String) row[1], null));
        }
      }
      for (String w : UN_ENVOY) {
        b.add(w, sense(RoleType.ENVOY, "un", null));
      }
      for (KbEntity o : kb.entities()) {
        if (o.type() != EntityType.ORGANIZATION || StateBodies.generated(kb, o)) {
          continue;
        }
        List<String> names = new ArrayList<>(o.aliases());
        names.addAll(o.abbreviations());
        for (String n : names) {
          for (String w : SPOKESPERSON) {
            b.addJoined(sense(RoleType.SPOKESPERSON, o.key(), null), w, n);
          }
          b.addJoined(sense(RoleType.SECRETARY_GENERAL, o.key(), null), "الأمين العام", withLam(n));
          b.addJoined(sense(RoleType.SECRETARY_GENERAL, o.key(), null), "أمين عام", n);
          // secretaries of security councils: أمين مجلس الأمن الروسي، سكرتير مجلس الأمن الروسي
          b.addJoined(sense(RoleType.SECRETARY_GENERAL, o.key(), null), "أمين", n);
          b.addJoined(sense(RoleType.SECRETARY_GENERAL, o.key(), null), "سكرتير", n);
          b.addJoined(sense(RoleType.LEADER, o.key(), null), "زعيم", n);
          b.addJoined(sense(RoleType.LEADER, o.key(), null), "قائد", n);
          b.addJoined(sense(RoleType.LEADER, o.key(), null), "القائد العام", withLam(n));
          b.addJoined(sense(RoleType.LEADER, o.key(), null), "رئيس", n);
          b.addJoined(sense(RoleType.LEADER, o.key(), null), "رئيسة", n);
          b.addJoined(sense(RoleType.LEADER, o.key(), null), "المرشد العام", withLam(n));
        }
      }
      return b.build();
    }

    /**
     * "إلى سوريا", "الخاص إلى سوريا", "لدى العراق", bare "سوريا" (valid only as لسوريا) …, and
     * the United Nations, where states send ambassadors too ("لدى الأمم المتحدة").
     */
    static PhraseTrie<Destination> destinations(KnowledgeBase kb) {
      PhraseTrie.Builder<Destination> b = PhraseTrie.builder();
      for (KbEntity c : kb.entities()) {
        Optional<String> code = c.countryCode().or(() -> c.key().equals(UN) ? Optional.of(UN)
            : Optional.empty());
        if (code.isEmpty()) {
          continue;
        }
        Destination viaPreposition = new Destination(code.get(), false);
        Destination viaLam = new Destination(code.get(), true);
        for (String n : c.aliases()) {
          for (String p : TO) {
            b.addJoined(viaPreposition, p, n);
            b.addJoined(viaPreposition, "الخاص", p, n);
            b.addJoined(viaPreposition, "الخاصة", p, n);
          }
          b.addJoined(viaPreposition, "الخاص", withLam(n));
          b.addJoined(viaPreposition, "الخاصة", withLam(n));
          b.addJoined(viaLam, n);
        }
      }
      return b.build();
    }

    /** {@code role}, except a president's title where the president is head of government. */
    private static RoleType roleOf(RoleType role, String word, String code) {
      boolean president = role == RoleType.HEAD_OF_STATE
          && (word.startsWith("الرئيس") || word.startsWith("رئيس"));
      return president && PRESIDENT_IS_HEAD_OF_GOVERNMENT.contains(code)
          ? RoleType.HEAD_OF_GOVERNMENT : role;
    }

    private static TitleSense sense(RoleType role, String of, String forCountry) {
      return new TitleSense(Optional.of(role), of, Optional.ofNullable(forCountry));
    }

    /** The name after the preposition ل: للأمم المتحدة, لروسيا. */
    static String withLam(String name) {
      String n = name.strip();
      if (n.startsWith("ال") || n.startsWith("أل")) {
        return "لل" + n.substring(2);
      }
      return "ل" + n;
    }
  }
}
