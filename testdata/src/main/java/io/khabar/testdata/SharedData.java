package io.khabar.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared corpora directory (never copied into the repository). Order: an explicit
 * {@code --shared PATH} argument, the system property {@code khabar.shared}, then {@code ../shared}.
 */
public final class SharedData {

  private SharedData() {}

  public static Path root(String... args) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--shared")) {
        return Path.of(args[i + 1]);
      }
    }
    String prop = System.getProperty("khabar.shared");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    return Path.of("..", "shared");
  }

  /** {@code root/relative} if it exists. */
  public static Optional<Path> find(String relative, String... args) {
    Path p = root(args).resolve(relative);
    return Files.exists(p) ? Optional.of(p) : Optional.empty();
  }

  public static final String ANERCORP_TRAIN = "data/anercorp/train.txt";
  public static final String ANERCORP_TEST = "data/anercorp/test.txt";
  public static final String AQMAR_ARTICLES = "data/aqmar/articles";
}
