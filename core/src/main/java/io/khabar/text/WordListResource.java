package io.khabar.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a hand-written word list on the class path (the recogniser's and event stage's
 * {@code KIND WORD} files): blank lines and lines starting with {@code #} are skipped, the others
 * split into fields at whitespace, or at tabs where a field may hold several words. A missing
 * resource is an error of the build, not of the input: it throws.
 */
public final class WordListResource {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TABS = Pattern.compile("\t");

  private WordListResource() {}

  /** The rows of {@code resource}, fields split at any run of whitespace. */
  public static List<String[]> rows(Class<?> owner, String resource) {
    return read(owner, resource, SPACES);
  }

  /** The rows of {@code resource}, fields split at tabs (a field may hold spaces). */
  public static List<String[]> tabRows(Class<?> owner, String resource) {
    return read(owner, resource, TABS);
  }

  private static List<String[]> read(Class<?> owner, String resource, Pattern separator) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        // tab-separated fields keep their inner and outer spaces; a CR of a CRLF file goes
        String s = separator == TABS ? line.replace("\r", "") : line.strip();
        if (s.isBlank() || s.startsWith("#")) {
          continue;
        }
        rows.add(separator.split(s));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
