package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.NameTransliterator;
import io.khabar.kb.PlaceNames;
import io.khabar.text.Span;
import io.khabar.token.AnalyzedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the accepted mentions into entities: mentions linked to one knowledge-base entity form one
 * entity ({@link AliasChoice} picks among entities sharing an alias; a quoted ambiguous name
 * prefers the organisation, «الشرق الأوسط» the newspaper); unknown mentions with the same matching
 * form and type form one; a one-word unknown person mention that is the family name of exactly one
 * multi-word person of the document joins that person (أحمد الشرع … الشرع); a title in apposition
 * joins its name's entity. A title, or a body's description ({@link
 * BodyDescriptions#describes}: الحكومة المغربية), is a mention of kind TITLE. A seat of power (البيت الأبيض) is a place when every
 * mention only says where. An unknown entity is named by the transliteration of its longest name,
 * an unknown body by the English of its noun phrase where {@link BodyNames} can read it, an
 * unknown place by its gazetteer name ({@link PlaceNames}) before any spelling, else by {@link
 * NameTransliterator#transliteratePlace} (its definite words by their letters, not as family
 * names).
 * Ids follow the order of first mention. Immutable and thread-safe.
 */
final class MentionMerger {

  private final KnowledgeBase kb;
  private final NameTransliterator transliterator;
  private final BodyNames bodyNames;
  private final PlaceNames placeNames;

  MentionMerger(KnowledgeBase kb, NameTransliterator transliterator) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.transliterator = Objects.requireNonNull(transliterator, "transliterator");
    this.placeNames = PlaceNames.of(kb);
    this.bodyNames = new BodyNames(kb, transliterator, placeNames);
  }

  /** The mention is exactly what a pair of quotes encloses: «الشرق الأوسط». */
  private static boolean quoted(AnalyzedText text, Candidate c) {
    if (c.start() == 0 || c.end() >= text.size()) {
      return false;
    }
    String open = text.form(c.start() - 1);
    String close = text.form(c.end());
    return open.equals("«") && close.equals("»") || open.equals("\"") && close.equals("\"")
        || open.equals("“") && close.equals("”");
  }

  /**
   * A seat of power (البيت الأبيض، الكرملين) is an organisation when it acts and a place when the
   * text only says where: every mention governed by في، داخل، إلى or من makes it a place.
   */
  private static boolean onlyLocative(AnalyzedText text, List<int[]> tokenRanges) {
    for (int[] r : tokenRanges) {
      int t = r[0];
      String own = text.form(t).substring(0, Math.max(0, Math.min(text.form(t).length(),
          r[2] - text.start(t))));
      boolean governed = own.endsWith("ب") || t > 0 && LOCATIVE.contains(text.form(t - 1));
      if (!governed) {
        return false;
      }
    }
    return !tokenRanges.isEmpty();
  }

  private static final ImmutableSet<String> LOCATIVE = ImmutableSet.of(
      "في", "داخل", "الي", "من", "وفي", "امام", "قرب");

  /** One entity under construction. */
  private static final class Group {
    final EntityType type;
    final Optional<KbEntity> kb;
    final List<Span> mentions = new ArrayList<>();
    /** The mentions that are names, not titles in apposition: an unknown entity is named by one. */
    final List<Span> names = new ArrayList<>();
    /** The mentions that describe the entity (الرئيس الروسي، الملك): kind TITLE. */
    final Set<Span> titles = new HashSet<>();
    final List<int[]> tokenRanges = new ArrayList<>();
    final Set<String> forms = new HashSet<>();
    Group mergedInto;

    Group(EntityType type, Optional<KbEntity> kb) {
      this.type = type;
      this.kb = kb;
    }

    Group root() {
      Group g = this;
      while (g.mergedInto != null) {
        g = g.mergedInto;
      }
      return g;
    }
  }

  /**
   * The entities of the accepted candidates (in text order, titles in apposition joined);
   * {@code apposedHeads}: the generic heads cut off bodies' names before them (token → proclitic
   * chars), which the token map still gives the body they head.
   */
  EntityLayer merge(AnalyzedText text, List<Candidate> accepted,
      Optional<LocalDate> published, Map<Integer, Integer> apposedHeads) {
    // keys named unambiguously anywhere in the document decide ambiguous mentions
    Set<String> namedKeys = new HashSet<>();
    for (Candidate c : accepted) {
      if (c.entities().size() == 1) {
        KbEntity e = c.entities().get(0);
        namedKeys.add(e.key());
        if (e.type() == EntityType.PERSON) {
          // a Jordanian minister named in the text supports Amman over Oman
          e.country().ifPresent(cc -> namedKeys.add("country-" + cc.toLowerCase(Locale.ROOT)));
        }
      }
    }
    Map<String, Group> byKey = new LinkedHashMap<>();
    Map<String, Group> byForm = new HashMap<>();
    List<Group> groups = new ArrayList<>();
    Group[] candidateGroup = new Group[accepted.size()];
    List<Integer> deferred = new ArrayList<>();
    for (int ci = 0; ci < accepted.size(); ci++) {
      Candidate c = accepted.get(ci);
      if (c.isTitle() && c.entities().isEmpty() && c.sameAs() < 0) {
        continue; // a title that names nobody (a model's span that was only a title)
      }
      if (c.sameAs() >= 0) {
        deferred.add(ci); // a title in apposition joins its name's entity, below
        continue;
      }
      Group g;
      String form = formOf(text, c);
      if (!c.entities().isEmpty()) {
        ImmutableList<KbEntity> options = c.entities();
        if (options.size() > 1 && quoted(text, c)) {
          // a quoted name is a body or a title, not a region: «الشرق الأوسط» is the newspaper
          ImmutableList<KbEntity> bodies = options.stream()
              .filter(k -> k.type() == EntityType.ORGANIZATION)
              .collect(ImmutableList.toImmutableList());
          options = bodies.isEmpty() ? options : bodies;
        }
        KbEntity e = AliasChoice.choose(options, form, namedKeys, published);
        g = byKey.get(e.key());
        if (g == null) {
          g = new Group(e.type(), Optional.of(e));
          byKey.put(e.key(), g);
          groups.add(g);
        }
      } else {
        String formKey = c.type() + "|" + AliasChoice.withoutArticle(form);
        g = byForm.get(formKey);
        if (g == null) {
          g = new Group(c.type(), Optional.empty());
          byForm.put(formKey, g);
          groups.add(g);
        }
      }
      Span span = text.span(c.start(), c.end(), c.stripped());
      g.mentions.add(span);
      if (c.isTitle() || BodyDescriptions.describes(text, c, kb)) {
        g.titles.add(span);
      } else {
        g.names.add(span);
      }
      g.tokenRanges.add(new int[] {c.start(), c.end(), span.start()});
      g.forms.add(form);
      candidateGroup[ci] = g;
    }
    for (int ci : deferred) {
      Candidate c = accepted.get(ci);
      Group g = candidateGroup[c.sameAs()];
      Span span = text.span(c.start(), c.end(), c.stripped());
      g.mentions.add(span);
      if (c.isTitle()) {
        g.titles.add(span);
      } else {
        g.names.add(span);
      }
      g.tokenRanges.add(new int[] {c.start(), c.end(), span.start()});
    }
    mergeFamilyNames(text, groups);
    mergeShortBodyNames(groups);

    // order by first mention, assign ids
    List<Group> roots = new ArrayList<>();
    for (Group g : groups) {
      if (g.mergedInto != null) {
        g.root().mentions.addAll(g.mentions);
        g.root().names.addAll(g.names);
        g.root().titles.addAll(g.titles);
        g.root().tokenRanges.addAll(g.tokenRanges);
      }
    }
    for (Group g : groups) {
      if (g.mergedInto == null) {
        roots.add(g);
      }
    }
    roots.sort(Comparator.comparingInt(g -> g.mentions.stream().mapToInt(Span::start).min().orElse(0)));
    Map<Group, Integer> index = new HashMap<>();
    ImmutableList.Builder<Entity> entities = ImmutableList.builder();
    int[] tokenEntity = new int[text.size()];
    Arrays.fill(tokenEntity, -1);
    int[] mentionStart = new int[text.size()];
    Arrays.fill(mentionStart, -1);
    for (int i = 0; i < roots.size(); i++) {
      Group g = roots.get(i);
      index.put(g, i);
      ImmutableList<Mention> mentions = g.mentions.stream().distinct().sorted()
          .map(s -> Mention.of(text.text(), s,
              g.titles.contains(s) && !g.names.contains(s) ? MentionKind.TITLE : MentionKind.NAME))
          .collect(ImmutableList.toImmutableList());
      String name = g.kb.map(KbEntity::name).orElseGet(() -> unknownName(
          g.type, longestName(text.text(), g.names.isEmpty() ? g.mentions : g.names)));
      EntityType type = g.kb.flatMap(KbEntity::subtype).filter("seat"::equals).isPresent()
          && onlyLocative(text, g.tokenRanges) ? EntityType.LOCATION : g.type;
      entities.add(new Entity("E" + (i + 1), type, name,
          g.kb.flatMap(KbEntity::wikidata), g.kb.map(KbEntity::key), mentions));
      for (int[] r : g.tokenRanges) {
        Arrays.fill(tokenEntity, r[0], r[1], i);
        mentionStart[r[0]] = r[2];
      }
    }
    // a body's generic head in apposition before its name (تنظيم داعش، حركة حماس) is outside the
    // mention but inside the noun phrase later stages read: the token map covers it
    for (Map.Entry<Integer, Integer> head : apposedHeads.entrySet()) {
      int h = head.getKey();
      if (h + 1 < tokenEntity.length && tokenEntity[h] < 0 && mentionStart[h + 1] >= 0) {
        tokenEntity[h] = tokenEntity[h + 1];
        mentionStart[h] = text.span(h, h + 1, head.getValue()).start();
      }
    }
    return new EntityLayer(entities.build(), tokenEntity, mentionStart,
        roots.stream().map(g -> g.kb).collect(ImmutableList.toImmutableList()));
  }

  /**
   * An unknown body's English name where its noun phrase can be read, an unknown place's
   * gazetteer name, else the transliteration (a place's definite words by their letters, a
   * person's foreign words also under their spelling variants).
   */
  private String unknownName(EntityType type, String longest) {
    return switch (type) {
      case ORGANIZATION -> bodyNames.english(longest)
          .orElseGet(() -> transliterator.transliterate(longest));
      case LOCATION -> placeNames.english(longest)
          .orElseGet(() -> transliterator.transliteratePlace(longest));
      case PERSON -> transliterator.transliteratePerson(longest); // and its spelling variants
      default -> transliterator.transliterate(longest);
    };
  }

  /** The longest of the spans' texts; the first in the text of equal length. */
  private static String longestName(String text, List<Span> spans) {
    String best = "";
    for (Span s : spans.stream().sorted().toList()) {
      String t = text.substring(s.start(), s.end());
      if (t.length() > best.length()) {
        best = t;
      }
    }
    return best;
  }

  /**
   * An unknown person joins the one longer person whose name ends with its name: the family name
   * alone (الشرع after أحمد الشرع), or a family name of several words (عبد الرحمن after رامي عبد
   * الرحمن; a tail starting with بن، بنت or آل is a father's or a family's name, not the
   * person's); or, right after an honorific, the one whose given name it is (الشيخ صباح). With
   * two candidates it stays apart.
   */
  private static void mergeFamilyNames(AnalyzedText text, List<Group> groups) {
    Map<String, List<Group>> byLastWord = new HashMap<>();
    Map<String, List<Group>> byGivenName = new HashMap<>();
    for (Group g : groups) {
      if (g.type != EntityType.PERSON) {
        continue;
      }
      for (String f : g.forms) {
        String[] words = f.split(" ");
        for (int k = 1; k < words.length; k++) {
          if (!NASAB_LINKS.contains(words[k])) {
            byLastWord.computeIfAbsent(String.join(" ", List.of(words).subList(k, words.length)),
                x -> new ArrayList<>()).add(g);
          }
        }
        int first = 0;
        while (first < words.length && TitlePrefix.isHonorificWord(words[first])) {
          first++;
        }
        if (words.length - first > 1) {
          byGivenName.computeIfAbsent(words[first], k -> new ArrayList<>()).add(g);
        }
      }
    }
    for (Group g : groups) {
      if (g.type != EntityType.PERSON || g.kb.isPresent()) {
        continue;
      }
      boolean afterHonorific = g.tokenRanges.stream()
          .anyMatch(r -> r[0] > 0 && TitlePrefix.isHonorificWord(
              ProcliticStripper.withoutConjunction(text.form(r[0] - 1), 3)));
      Set<Group> targets = new HashSet<>();
      for (String f : g.forms) {
        List<Group> named = new ArrayList<>(byLastWord.getOrDefault(f, List.of()));
        if (afterHonorific) {
          named.addAll(byGivenName.getOrDefault(f, List.of()));
        }
        for (Group h : named) {
          if (h != g && h.forms.stream().noneMatch(g.forms::contains)) {
            targets.add(h.root());
          }
        }
      }
      if (targets.size() == 1) {
        g.mergedInto = targets.iterator().next();
      }
    }
  }

  /**
   * An unknown body named by the first words of a longer body's name of the document is that
   * body: حكومة الوفاق after حكومة الوفاق الوطني, وزارة الصحة after وزارة الصحة السعودية (news
   * names a body in full once, then by its head and first complement). With two such longer
   * bodies (وزارة الخارجية الأمريكية and الروسية) it stays apart.
   */
  private static void mergeShortBodyNames(List<Group> groups) {
    for (Group g : groups) {
      if (g.type != EntityType.ORGANIZATION || g.kb.isPresent() || g.mergedInto != null) {
        continue;
      }
      Set<Group> targets = new HashSet<>();
      for (String f : g.forms) {
        for (Group h : groups) {
          if (h != g && h.type == EntityType.ORGANIZATION
              && h.forms.stream().anyMatch(hf -> hf.startsWith(f + " "))) {
            targets.add(h.root());
          }
        }
      }
      targets.remove(g);
      if (targets.size() == 1) {
        g.mergedInto = targets.iterator().next();
      }
    }
  }

  /** Words that link a person's name to a father's or a family's (matching form; آل is ال). */
  private static final ImmutableSet<String> NASAB_LINKS = ImmutableSet.of("بن", "ابن", "بنت", "ال");

  private static String formOf(AnalyzedText text, Candidate c) {
    StringBuilder sb = new StringBuilder();
    for (int i = c.start(); i < c.end(); i++) {
      String f = text.form(i);
      if (i == c.start()) {
        f = f.substring(Math.min(c.stripped(), f.length()));
      }
      if (f.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(f);
    }
    return sb.toString();
  }
}
