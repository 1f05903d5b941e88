package org.releasesim.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.releasesim.output.ChartTheme;

/**
 * Runs, sweeps, comparisons, calibration and the GUI share one chart theme: only
 * {@link ChartTheme} makes a chart or sets its background, grid or type, so no chart can drift
 * into a look of its own.
 */
class OneChartThemeTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.releasesim");
  }

  @Test
  void onlyTheThemeMakesChartsOrSetsTheirLook() {
    noClasses().that().doNotBelongToAnyOf(ChartTheme.class)
        .should().callConstructor(JFreeChart.class, String.class, Font.class, Plot.class,
            boolean.class)
        .orShould().callMethod(JFreeChart.class, "setBackgroundPaint", Paint.class)
        .orShould().callMethod(Plot.class, "setBackgroundPaint", Paint.class)
        .orShould().callMethod(XYPlot.class, "setDomainGridlinePaint", Paint.class)
        .orShould().callMethod(XYPlot.class, "setRangeGridlinePaint", Paint.class)
        .orShould().callMethod(Axis.class, "setLabelFont", Font.class)
        .orShould().callMethod(Axis.class, "setTickLabelFont", Font.class)
        .orShould().callMethod(LegendTitle.class, "setItemFont", Font.class)
        .orShould().callMethod(TextTitle.class, "setFont", Font.class)
        .check(classes);
  }
}
