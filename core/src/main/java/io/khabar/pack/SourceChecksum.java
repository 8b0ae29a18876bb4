package io.khabar.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;

/**
 * A checksum of the class-path resources a packed file was computed from, stored in the file and
 * compared on load: a packed file from other data (a models jar of another build) is ignored
 * and the data read as it is. A missing resource counts as one zero byte.
 */
public final class SourceChecksum {

  private SourceChecksum() {}

  /** The CRC-32 of the bytes of {@code resources} (class-loader names, no leading slash). */
  public static long of(ClassLoader loader, String... resources) {
    CRC32 crc = new CRC32();
    for (String r : resources) {
      byte[] data = bytes(loader, r);
      crc.update(data == null ? new byte[] {0} : data);
    }
    return crc.getValue();
  }

  /** The bytes of a class-path resource, or null when there is none. */
  public static byte[] bytes(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
