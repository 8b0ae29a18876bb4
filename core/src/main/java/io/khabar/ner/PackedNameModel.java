package io.khabar.ner;

import io.khabar.pack.PackedReader;
import io.khabar.pack.PackedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.ArtifactSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled name-finder model ({@link ArabicNameFinder#DEFAULT_MODEL}) in the packed form its
 * decoder reads: the {@link DecoderTables}, the feature descriptor, and the raw bytes of the
 * model's resources (word classes, word frequencies) with the name of the serializer OpenNLP
 * reads each with. Computed at build time from the OpenNLP model file by {@code
 * io.khabar.pack.PackResources}, so retraining stays one command: the build packs whatever
 * model file is bundled, of any size.
 *
 * <p>Loading it skips OpenNLP's model reader, which decodes every predicate and parameter one by
 * one into a map that the decoder's tables then copy; the feature generators are made by
 * OpenNLP's own factory from the same descriptor and resources, so decoding is identical. The
 * file carries a checksum of the model file it was computed from: for any other model file (or
 * without the packed file) the finder reads the OpenNLP model as before.
 */
public final class PackedNameModel {

  private static final Logger LOG = LoggerFactory.getLogger(PackedNameModel.class);

  /** Class-path location of the packed model. */
  static final String RESOURCE = "io/khabar/pack/ner-ar.packed";

  private static final String TAG = "khabar-ner/1";
  private static final String SERIALIZER = "serializer-class-";
  private static final String MANIFEST = "manifest.properties";
  private static final String DESCRIPTOR = "generator.featuregen";
  private static final String MODEL = "nameFinder.model";

  private PackedNameModel() {}

  /** The tables of the bundled model from its packed form, if that is current. */
  static Optional<DecoderTables> readDefault() {
    byte[] packed = bytes(RESOURCE);
    byte[] model = packed == null ? null : bytes(ArabicNameFinder.DEFAULT_MODEL.substring(1));
    if (packed == null || model == null) {
      return Optional.empty();
    }
    PackedReader in = new PackedReader(packed);
    in.expect(TAG);
    if (in.readLong() != crc(model)) {
      LOG.debug("{} was packed from another model file: reading the model", RESOURCE);
      return Optional.empty();
    }
    byte[] descriptor = in.readBytes();
    Map<String, Object> resources = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String name = new String(in.readBytes(), StandardCharsets.UTF_8);
      String serializer = new String(in.readBytes(), StandardCharsets.UTF_8);
      resources.put(name, deserialize(serializer, in.readBytes()));
    }
    TokenNameFinderFactory factory =
        new TokenNameFinderFactory(descriptor, resources, new BioCodec());
    DecoderTables tables = DecoderTables.read(in, factory::createFeatureGenerators);
    return NameDecoder.create(tables).isPresent() ? Optional.of(tables) : Optional.empty();
  }

  private static Object deserialize(String serializerClass, byte[] data) {
    try {
      ArtifactSerializer<?> s = (ArtifactSerializer<?>) Class.forName(serializerClass, true,
          PackedNameModel.class.getClassLoader()).getDeclaredConstructor().newInstance();
      return s.create(new ByteArrayInputStream(data));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a resource of " + RESOURCE, e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make serializer " + serializerClass, e);
    }
  }

  /**
   * Packs the bundled model into {@code classesDir}; writes nothing (and removes an older packed
   * file) when the model is not one the decoder can read from tables alone.
   */
  public static void writeDefault(Path classesDir) throws IOException {
    Path target = classesDir.resolve(RESOURCE);
    Files.deleteIfExists(target);
    byte[] model = bytes(ArabicNameFinder.DEFAULT_MODEL.substring(1));
    if (model == null) {
      return;
    }
    Optional<byte[]> packed = pack(model);
    if (packed.isEmpty()) {
      System.err.println("the bundled name-finder model is not packable: it is read as a model");
      return;
    }
    Files.createDirectories(target.getParent());
    try (OutputStream out = Files.newOutputStream(target)) {
      out.write(packed.get());
    }
  }

  /** The packed form of an OpenNLP model file, if its decoding needs nothing else. */
  static Optional<byte[]> pack(byte[] modelFile) throws IOException {
    TokenNameFinderModel model = new TokenNameFinderModel(new ByteArrayInputStream(modelFile));
    Optional<DecoderTables> tables = NameDecoder.tables(model);
    if (tables.isEmpty() || model.getFactory().getClass() != TokenNameFinderFactory.class) {
      return Optional.empty();
    }
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(modelFile))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    Properties manifest = new Properties();
    manifest.load(new ByteArrayInputStream(entries.get(MANIFEST)));
    Map<String, String> serializers = new LinkedHashMap<>();
    for (String name : entries.keySet()) {
      String s = manifest.getProperty(SERIALIZER + name);
      if (s != null) {
        serializers.put(name, s);
      } else if (!Set.of(MANIFEST, DESCRIPTOR, MODEL).contains(name)) {
        return Optional.empty(); // an artifact the packed form would leave out
      }
    }
    if (!entries.containsKey(DESCRIPTOR)) {
      return Optional.empty();
    }
    PackedWriter out = new PackedWriter().writeTag(TAG).writeLong(crc(modelFile));
    out.writeBytes(entries.get(DESCRIPTOR));
    out.writeInt(serializers.size());
    serializers.forEach((name, serializer) -> {
      out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(serializer.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(entries.get(name));
    });
    tables.get().writeTo(out);
    return Optional.of(out.toByteArray());
  }

  private static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = PackedNameModel.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
