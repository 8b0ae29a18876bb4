package io.khabar.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Files and directories as documents, in argument order. {@code -} is standard input as one
 * document ({@link StdinJob}). A file is one document named by its file name; a directory is walked recursively (symbolic links to directories are not followed)
 * and its {@code *.txt} files become documents in path order, named by their path relative to
 * the directory with {@code /} separators; a directory without any is noted
 * ({@link #notes()}). Paths are listed up front (so the total is known); the files are read
 * later, by the workers.
 */
final class FileSource implements DocumentSource {

  private final ImmutableList<Job> jobs;
  private final ImmutableList<String> notes;

  FileSource(List<String> inputs, InputStream stdin, LocalDate published, boolean pretty,
      long maxBytes) {
    ImmutableList.Builder<Job> all = ImmutableList.builder();
    ImmutableList.Builder<String> notes = ImmutableList.builder();
    for (String input : inputs) {
      Path p = Path.of(input);
      if (input.equals("-")) {
        all.add(new StdinJob(stdin, published, pretty, maxBytes));
      } else if (Files.isDirectory(p)) {
        if (walk(p, published, pretty, maxBytes, all) == 0) {
          notes.add(input + ": no *.txt files in this directory");
        }
      } else {
        Path fileName = p.getFileName();
        all.add(new FileJob(p, fileName == null ? input : fileName.toString(), published, pretty,
            maxBytes));
      }
    }
    this.jobs = all.build();
    this.notes = notes.build();
  }

  /** What the user should know before the run: directories that gave no document. */
  List<String> notes() {
    return notes;
  }

  /** Adds the documents of {@code dir} in path order; returns how many. */
  private static int walk(Path dir, LocalDate published, boolean pretty, long maxBytes,
      ImmutableList.Builder<Job> into) {
    record Entry(Path relative, Job job) {}
    List<Entry> entries = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String n = file.getFileName().toString();
          if (n.toLowerCase(Locale.ROOT).endsWith(".txt") && !attrs.isDirectory()) {
            Path rel = dir.relativize(file);
            entries.add(new Entry(rel, new FileJob(file, name(rel), published, pretty, maxBytes)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          Path rel = dir.relativize(file);
          String n = name(rel);
          entries.add(new Entry(rel, new FailedJob(n, 0, n, "cannot read: " + e, 0)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      String n = dir.toString();
      entries.add(new Entry(Path.of(""), new FailedJob(n, 0, n, "cannot read: " + e, 0)));
    }
    entries.sort((a, b) -> a.relative().compareTo(b.relative()));
    entries.forEach(e -> into.add(e.job()));
    return entries.size();
  }

  private static String name(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  @Override
  public void forEach(JobSink sink) throws InterruptedException {
    for (Job job : jobs) {
      sink.accept(job);
    }
  }

  @Override
  public OptionalLong documents() {
    return OptionalLong.of(jobs.size());
  }

  @Override
  public OptionalLong bytes() {
    return OptionalLong.empty();
  }
}
