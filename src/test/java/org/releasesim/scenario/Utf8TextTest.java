package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding input files as UTF-8, and saying where a file is not. */
class Utf8TextTest {
  @Test
  void utf8TextIsReadAsWrittenWithItsByteOrderMark() throws Exception {
    String text = "\uFEFFdescription: café 東京\n";
    assertEquals(text, Utf8Text.decode(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aLatin1ByteIsReportedAtItsOffsetLineAndColumn() {
    // "seed: 1\n" is 8 bytes; on line 2 "description: caf" is 16 characters, then é in Latin-1
    byte[] bytes = "seed: 1\ndescription: caf\u00E9\n".getBytes(StandardCharsets.ISO_8859_1);
    Utf8Text.NotUtf8Exception e = assertThrows(Utf8Text.NotUtf8Exception.class,
        () -> Utf8Text.decode(bytes));
    assertTrue(e.getMessage().contains("offset 24 (line 2, column 17)"), e.getMessage());
  }

  @Test
  void columnsCountCharactersNotBytes() {
    // "é: " is 4 bytes but 3 characters, so the bad byte is column 4, offset 4
    byte[] good = "é: ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xFF;
    Utf8Text.NotUtf8Exception e = assertThrows(Utf8Text.NotUtf8Exception.class,
        () -> Utf8Text.decode(bytes));
    assertTrue(e.getMessage().contains("offset 4 (line 1, column 4)"), e.getMessage());
  }

  @Test
  void aTruncatedCharacterAtTheEndIsNotUtf8() {
    byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
    byte[] cut = {euro[0], euro[1]};
    assertThrows(Utf8Text.NotUtf8Exception.class, () -> Utf8Text.decode(cut));
  }
}
