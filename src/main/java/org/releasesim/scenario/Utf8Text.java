package org.releasesim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of an input file as UTF-8, strictly: a file in another encoding is refused
 * where its first bad byte is (byte offset, line and column), instead of being read with
 * replacement characters or failing with the decoder's own "Input length = 1".
 */
public final class Utf8Text {
  private Utf8Text() {}

  /** A file is not UTF-8 text; the message says where, and nothing of what is there. */
  public static final class NotUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception(String message) {
      super(message);
    }
  }

  /**
   * The text of {@code bytes}; a leading byte-order mark is kept (YAML readers skip it).
   *
   * @throws NotUtf8Exception at the first byte that is not valid UTF-8
   */
  public static String decode(byte[] bytes) throws NotUtf8Exception {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw notUtf8(bytes, in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw notUtf8(bytes, in.position());
    }
    return out.flip().toString();
  }

  private static NotUtf8Exception notUtf8(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    // the bytes before the bad one on its line decoded cleanly, so they count as characters
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    int column = before.codePointCount(0, before.length()) + 1;
    return new NotUtf8Exception("the file is not UTF-8 text: the byte at offset " + offset
        + " (line " + line + ", column " + column + ") is not valid UTF-8; is it a binary file,"
        + " or saved in another encoding such as Latin-1 or Windows-1252? Save it as UTF-8.");
  }
}
