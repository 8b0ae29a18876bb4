package io.khabar.event;

import com.google.common.collect.ImmutableSetMultimap;
import io.khabar.event.TriggerLexicon.Pos;
import io.khabar.event.TriggerLexicon.SplitTrigger;
import io.khabar.event.TriggerLexicon.Trigger;
import io.khabar.kb.PhraseTrie;
import io.khabar.pack.PackedReader;
import io.khabar.pack.PackedWriter;
import io.khabar.pack.SourceChecksum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default {@link TriggerLexicon} in packed form: its two tries with their values numbered,
 * and its cue words. Written at build time by {@code io.khabar.pack.PackResources} from the
 * lexicon that the trigger tables build, read by {@link TriggerLexicon#loadDefault} when its
 * checksum matches the tables on the class path: loading then skips normalising and adding some
 * ten thousand trigger phrases.
 */
public final class PackedTriggers {

  static final String RESOURCE = "io/khabar/pack/triggers.packed";
  private static final String TAG = "khabar-triggers/1";
  private static final int NONE = -1;

  private PackedTriggers() {}

  /** The default lexicon from its packed form, if that was made from the current tables. */
  static Optional<TriggerLexicon> read() {
    byte[] bytes = SourceChecksum.bytes(PackedTriggers.class.getClassLoader(), RESOURCE);
    if (bytes == null) {
      return Optional.empty();
    }
    PackedReader in = new PackedReader(bytes);
    in.expect(TAG);
    if (in.readLong() != sources()) {
      return Optional.empty();
    }
    String[] s = in.readStrings();
    int[] t = in.readInts();
    List<Trigger> triggers = new ArrayList<>(t.length / 6);
    EventType[] types = EventType.values();
    Pos[] pos = Pos.values();
    Modality[] modalities = Modality.values();
    for (int i = 0; i < t.length; i += 6) {
      triggers.add(new Trigger(types[t[i]],
          t[i + 1] == NONE ? Optional.empty() : Optional.of(s[t[i + 1]]), pos[t[i + 2]],
          s[t[i + 3]], modalities[t[i + 4]], t[i + 5] != 0));
    }
    int[] sp = in.readInts();
    List<SplitTrigger> splits = new ArrayList<>();
    for (int i = 0; i < sp.length; ) {
      Trigger trigger = triggers.get(sp[i]);
      int maxGap = sp[i + 1];
      int words = sp[i + 2];
      String[] object = new String[words];
      for (int k = 0; k < words; k++) {
        object[k] = s[sp[i + 3 + k]];
      }
      splits.add(new SplitTrigger(trigger, Arrays.asList(object), maxGap));
      i += 3 + words;
    }
    PhraseTrie<Trigger> trie = PhraseTrie.read(in, triggers::get);
    PhraseTrie<SplitTrigger> splitTrie = PhraseTrie.read(in, splits::get);
    int[] cues = in.readInts();
    ImmutableSetMultimap.Builder<String, String> b = ImmutableSetMultimap.builder();
    for (int i = 0; i < cues.length; i += 2) {
      b.put(s[cues[i]], s[cues[i + 1]]);
    }
    return Optional.of(new TriggerLexicon(trie, splitTrie, b.build()));
  }

  /** Writes the lexicon the trigger tables build into {@code classesDir}. */
  public static void writeDefault(Path classesDir) throws IOException {
    TriggerLexicon lexicon = TriggerLexicon.build();
    Map<String, Integer> strings = new LinkedHashMap<>();
    Map<Trigger, Integer> triggerIndex = new LinkedHashMap<>();
    List<Integer> t = new ArrayList<>();
    Map<SplitTrigger, Integer> splitIndex = new LinkedHashMap<>();
    List<Integer> sp = new ArrayList<>();
    java.util.function.ToIntFunction<Trigger> trigger = tr -> triggerIndex.computeIfAbsent(tr, k -> {
      t.add(k.type().ordinal());
      t.add(k.subtype().map(x -> id(strings, x)).orElse(NONE));
      t.add(k.pos().ordinal());
      t.add(id(strings, k.form()));
      t.add(k.modality().ordinal());
      t.add(k.weak() ? 1 : 0);
      return triggerIndex.size();
    });
    // number the values in the order the tries hold them
    lexicon.triggers().writeTo(new PackedWriter(), trigger);
    lexicon.splitVerbs().writeTo(new PackedWriter(), st -> splitIndex.computeIfAbsent(st, k -> {
      sp.add(trigger.applyAsInt(k.trigger()));
      sp.add(k.maxGap());
      sp.add(k.object().size());
      k.object().forEach(w -> sp.add(id(strings, w)));
      return splitIndex.size();
    }));
    List<Integer> cues = new ArrayList<>();
    lexicon.cueEntries().forEach(e -> {
      cues.add(id(strings, e.getKey()));
      cues.add(id(strings, e.getValue()));
    });
    PackedWriter out = new PackedWriter().writeTag(TAG).writeLong(sources());
    out.writeStrings(new ArrayList<>(strings.keySet()));
    out.writeInts(t.stream().mapToInt(Integer::intValue).toArray());
    out.writeInts(sp.stream().mapToInt(Integer::intValue).toArray());
    lexicon.triggers().writeTo(out, triggerIndex::get);
    lexicon.splitVerbs().writeTo(out, splitIndex::get);
    out.writeInts(cues.stream().mapToInt(Integer::intValue).toArray());
    Path file = classesDir.resolve(RESOURCE);
    Files.createDirectories(file.getParent());
    Files.write(file, out.toByteArray());
  }

  private static int id(Map<String, Integer> strings, String s) {
    return strings.computeIfAbsent(s, k -> strings.size());
  }

  /** The tables the lexicon is built from. */
  private static long sources() {
    return SourceChecksum.of(PackedTriggers.class.getClassLoader(),
        TriggerLexicon.SOURCES.toArray(new String[0]));
  }
}
