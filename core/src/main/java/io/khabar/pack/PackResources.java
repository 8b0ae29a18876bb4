package io.khabar.pack;

import io.khabar.event.PackedTriggers;
import io.khabar.kb.KbSnapshot;
import io.khabar.ner.PackedNameModel;
import io.khabar.token.StemLexicon;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The build step that computes the packed forms of the bundled data (see {@link PackedWriter}):
 * the knowledge base, titles, name-token lexicon and place-name index ({@code KbSnapshot}), the
 * name-finder model's decoding tables ({@code PackedNameModel}, from the OpenNLP model file, whatever its size), the
 * stem lexicon and the trigger lexicon. It is run by the core build after compiling ({@code
 * exec-maven-plugin}, phase {@code process-classes}) with the classes directory as its argument,
 * so the packed files always come from the data and code of the same build. Each loader falls back to its data when its packed
 * file is missing or was computed from other data. By hand: {@code java -cp <core classes and
 * dependencies> io.khabar.pack.PackResources core/target/classes}.
 */
public final class PackResources {

  private PackResources() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PackResources <classes directory>");
      System.exit(2);
    }
    Path classes = Path.of(args[0]);
    KbSnapshot.writeDefault(classes);
    PackedNameModel.writeDefault(classes);
    StemLexicon.writeDefault(classes);
    PackedTriggers.writeDefault(classes);
  }
}
