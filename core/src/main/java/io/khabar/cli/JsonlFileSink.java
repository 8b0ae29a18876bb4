package io.khabar.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code --out FILE}: JSONL, one document per line. Each line, its newline included, goes to the
 * file in one write with no buffering in between, so that a run that is killed leaves complete
 * lines (the last one may be missing, never cut) as far as the operating system writes a buffer
 * whole.
 */
final class JsonlFileSink implements OutputSink {

  private final FileChannel channel;

  JsonlFileSink(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  @Override
  public void write(Outcome outcome) throws IOException {
    ByteBuffer line = ByteBuffer.wrap((outcome.json() + "\n").getBytes(StandardCharsets.UTF_8));
    while (line.hasRemaining()) {
      channel.write(line);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
