package org.releasesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quotes of user text: one line, at most 80 characters, nothing invisible. */
class UserTextTest {
  @Test
  void aShortTextIsQuotedAsWritten() {
    assertEquals("jurisdictions[0].policy", UserText.quote("jurisdictions[0].policy"));
  }

  @Test
  void aLongTextIsCutAfterEightyCharactersAndSaysHowLongItWas() {
    String quote = UserText.quote("k".repeat(5_000_000));
    assertEquals("k".repeat(80) + "… (5000000 characters)", quote);
  }

  @Test
  void exactlyEightyCharactersAreNotCut() {
    assertEquals("x".repeat(80), UserText.quote("x".repeat(80)));
  }

  @Test
  void charactersAreCountedAsCodePointsSoNoneIsSplit() {
    // 81 emoji, each two chars in Java: the cut keeps 80 whole ones
    String quote = UserText.quote("\uD83D\uDE00".repeat(81));
    assertEquals("\uD83D\uDE00".repeat(80) + "… (81 characters)", quote);
  }

  @Test
  void lineBreaksAndRunsOfSpaceBecomeOneSpace() {
    assertEquals("a b c", UserText.quote("a\n\n  b\r\n\tc"));
  }

  @Test
  void invisibleCharactersAreShownByCodePoint() {
    assertEquals("s<U+200B>eed", UserText.quote("s\u200Beed"));
    assertEquals("<U+FEFF>time", UserText.quote("\uFEFFtime"));
    assertEquals("seed<U+00A0>", UserText.quote("seed\u00A0"));
    assertEquals("a<U+0000>b", UserText.quote("a\u0000b"));
  }

  @Test
  void theFirstNonAsciiCharacterIsNamedWithItsPosition() {
    assertEquals(Optional.of("U+200B ZERO WIDTH SPACE at character 2"),
        UserText.firstUnusual("s\u200Beed"));
    assertEquals(Optional.of("U+0435 CYRILLIC SMALL LETTER IE at character 2"),
        UserText.firstUnusual("s\u0435\u0435d"));
    assertEquals(Optional.empty(), UserText.firstUnusual("seed"));
  }

  @Test
  void onlyDigitsOutsideZeroToNineAreNonAsciiDigits() {
    assertEquals(Optional.of("U+FF11 FULLWIDTH DIGIT ONE at character 1"),
        UserText.firstNonAsciiDigit("\uFF11\uFF12\uFF13"));
    assertEquals(Optional.of("U+0663 ARABIC-INDIC DIGIT THREE at character 3"),
        UserText.firstNonAsciiDigit("12\u0663"));
    assertEquals(Optional.empty(), UserText.firstNonAsciiDigit("caf\u00E9 123"));
  }

  @Test
  void aCodePointThatIsNoCharacterIsSaidToBeInvalid() {
    assertTrue(UserText.codePoint(0x110000).contains("invalid"));
    assertEquals("U+0041 LATIN CAPITAL LETTER A", UserText.codePoint('A'));
  }
}
