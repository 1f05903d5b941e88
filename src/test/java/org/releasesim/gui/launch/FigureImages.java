package org.releasesim.gui.launch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Checks that a saved figure is a picture, not an empty or blank window. */
final class FigureImages {
  private FigureImages() {}

  static void assertLooksLikeAFigure(BufferedImage img, int minWidth, int minHeight) {
    assertTrue(img.getWidth() >= minWidth && img.getHeight() >= minHeight,
        img.getWidth() + " x " + img.getHeight());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        colours.add(img.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertTrue(colours.size() >= 20, "only " + colours.size() + " colours: blank?");
  }
}
