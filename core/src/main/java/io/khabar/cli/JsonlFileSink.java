package io.khabar.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code --out FILE}: JSONL, one document per line, written to a temporary file beside FILE and
 * moved over FILE by {@link #close()} once the run is through ({@link AtomicFiles}). A run that
 * fails, is stopped or is killed leaves FILE as it was: a previous complete output is never
 * replaced by a partial one.
 */
final class JsonlFileSink implements OutputSink {

  private final Path target;
  private final Path tmp;
  private final FileChannel channel;

  JsonlFileSink(Path file) throws IOException {
    this.target = file.toAbsolutePath();
    Path parent = target.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.tmp = AtomicFiles.temporaryFor(target);
    this.channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  @Override
  public void write(Outcome outcome) throws IOException {
    ByteBuffer line = ByteBuffer.wrap((outcome.json() + "\n").getBytes(StandardCharsets.UTF_8));
    while (line.hasRemaining()) {
      channel.write(line);
    }
  }

  /** Moves the complete output over FILE. */
  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    AtomicFiles.commit(tmp, target);
  }

  /** Drops the partial output; FILE stays as it was. */
  @Override
  public void abandon() {
    try {
      channel.close();
    } catch (IOException e) {
      // the file is dropped anyway
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      // a hidden leftover; FILE itself is untouched
    }
  }

  @Override
  public String toString() {
    return target.toString();
  }
}
