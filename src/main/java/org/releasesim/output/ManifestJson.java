package org.releasesim.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Writes and reads {@link RunManifest} as pretty-printed JSON with a fixed field order, so two
 * manifests can be compared with {@code diff}. Times are ISO-8601 UTC strings such as
 * {@code 2025-03-01T12:00:00Z}; the end time and wall time of a run still running are
 * {@code null}.
 */
public final class ManifestJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addModule(new SimpleModule("instants")
          .addSerializer(Instant.class, new InstantSerializer())
          .addDeserializer(Instant.class, new InstantDeserializer()))
      .build();

  private ManifestJson() {}

  /** Write {@code manifest} to {@code file} atomically, ending with a newline. */
  public static void write(Path file, RunManifest manifest) throws IOException {
    AtomicFiles.writeString(file, toJson(manifest) + "\n");
  }

  /** The manifest as pretty-printed JSON. */
  public static String toJson(RunManifest manifest) throws IOException {
    return MAPPER.writeValueAsString(manifest);
  }

  /**
   * Read a manifest. Fields added by later versions are ignored, so old tools can read new
   * manifests.
   *
   * @throws IOException if the file cannot be read or is not a manifest
   */
  public static RunManifest read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file);
    } catch (CharacterCodingException e) {
      throw new IOException(file + " is not a readable run manifest: it is not UTF-8 text.", e);
    }
    try {
      return MAPPER.readValue(text, RunManifest.class);
    } catch (JsonProcessingException e) {
      throw new IOException(file + " is not a readable run manifest: "
          + JsonFailures.describe(e) + ".", e);
    }
  }

  /** An {@link Instant} as its ISO-8601 string; jackson-databind alone has no java.time. */
  private static final class InstantSerializer extends StdScalarSerializer<Instant> {
    InstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads what {@link InstantSerializer} wrote. */
  private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
    InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = parser.getValueAsString();
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        return (Instant) context.handleWeirdStringValue(Instant.class, text,
            "not an ISO-8601 instant such as 2025-03-01T12:00:00Z");
      }
    }
  }
}
