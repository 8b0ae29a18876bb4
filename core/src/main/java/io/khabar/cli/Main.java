package io.khabar.cli;

import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.token.Token;
import io.khabar.token.Tokenizer;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The khabar command line.
 *
 * <pre>
 *   demo                 extract from the bundled sample article: entities, then events as a dated timeline
 *   extract [OPTIONS] FILE|DIR|-...   the extraction JSON of each file (a directory's *.txt
 *                        files, recursively; - is standard input as one document), one document
 *                        per line, in input order
 *   extract [OPTIONS] --jsonl IN   one {"id","text","published"} object per line (IN or - for
 *                        stdin) in, one extraction JSON per line out
 *                        (options: --threads, --out FILE|DIR, --published, --max-chars,
 *                        --pretty, --progress/--no-progress; see the usage text)
 *   tokens FILE...       one token per line: start TAB end TAB type TAB text (UTF-8 input)
 * </pre>
 *
 * Output is UTF-8 whatever the platform default. Exit codes ({@link ExitCodes}): 0 done, 1 an
 * input could not be read (for {@code extract}: some document failed), 2 bad arguments, 3 the
 * output could not be written. {@code --version} prints {@code khabar VERSION}.
 */
public final class Main {

  static final String SAMPLE = "/io/khabar/sample/sample-article.txt";
  private static final String VERSION = "/io/khabar/version.properties";
  /** The sample article's dateline. */
  static final LocalDate SAMPLE_PUBLISHED = LocalDate.of(2026, 1, 29);

  private static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -jar khabar-cli.jar COMMAND [ARGS]",
      "commands:",
      "  demo            extract from the bundled sample article: entities and a dated event timeline",
      ExtractOptions.USAGE,
      "  tokens FILE...  print the tokens of each UTF-8 file: start<TAB>end<TAB>type<TAB>text",
      "                  (a '# FILE' line precedes each file when several are given)",
      io.khabar.serve.ServeOptions.USAGE,
      "  --version       print khabar's version;  --help, extract --help: this text",
      ExitCodes.HELP);

  private Main() {}

  public static void main(String[] args) {
    // the command line ships no SLF4J binding: keep its "no providers" notice off stderr, which
    // carries the progress bar and summary (a user's -Dslf4j.internal.verbosity wins)
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    // keeps the reason a write to standard output failed (disk full, closed pipe) to report it
    PrintWriter out = new FailureKeepingWriter(new BufferedWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(args, System.in, out, err, Terminal.stderrIsTerminal());
    out.flush();
    err.flush();
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command; returns the exit code. Separate from {@link #main} for tests. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    return run(args, in, out, err, false);
  }

  static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err,
      boolean errIsTerminal) {
    if (args.length == 0) {
      err.println(USAGE);
      return 2;
    }
    switch (args[0]) {
      case "demo":
        if (args.length != 1) {
          err.println(USAGE);
          return 2;
        }
        return demo(out, err);
      case "extract":
        return ExtractCommand.run(args, ExtractCommand.ExtractorFactory.defaults(), in, out, err,
            errIsTerminal, USAGE);
      case "serve":
        return io.khabar.serve.ServeCommand.run(args, out, err, USAGE);
      case "tokens":
        if (args.length < 2) {
          err.println(USAGE);
          return 2;
        }
        return tokens(args, out, err);
      case "-h":
      case "--help":
      case "help":
        out.println(USAGE);
        return 0;
      case "--version":
        out.println("khabar " + version());
        return 0;
      default:
        err.println("unknown command: " + args[0]);
        err.println(USAGE);
        return 2;
    }
  }

  /** The version the build wrote into {@code io/khabar/version.properties}. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream(VERSION)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // reported as unknown
    }
    return p.getProperty("version", "(unknown version)");
  }

  private static int demo(PrintWriter out, PrintWriter err) {
    String text;
    try (InputStream in = Main.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        err.println("sample article missing from the jar: " + SAMPLE);
        return 1;
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("cannot read the sample article: " + e.getMessage());
      return 1;
    }
    Extraction x = Extractor.createDefault().extract(text, SAMPLE_PUBLISHED);
    new DemoReport(x).print(out);
    return 0;
  }

  private static int tokens(String[] args, PrintWriter out, PrintWriter err) {
    int code = 0;
    boolean several = args.length > 2;
    for (int a = 1; a < args.length; a++) {
      String text;
      try {
        text = Files.readString(Path.of(args[a]), StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        err.println(args[a] + ": not valid UTF-8");
        code = 1;
        continue;
      } catch (IOException | RuntimeException e) {
        err.println(args[a] + ": cannot read (" + e + ")");
        code = 1;
        continue;
      }
      if (several) {
        out.println("# " + args[a]);
      }
      StringBuilder line = new StringBuilder(64);
      for (Token token : Tokenizer.get().tokenize(text).tokens()) {
        line.setLength(0);
        line.append(token.start()).append('\t').append(token.end()).append('\t')
            .append(token.type()).append('\t').append(token.text());
        out.println(line);
      }
    }
    return code;
  }
}
