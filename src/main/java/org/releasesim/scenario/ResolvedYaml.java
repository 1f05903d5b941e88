package org.releasesim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import org.releasesim.model.param.ScenarioParams;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The fully resolved scenario as YAML: {@code name} first, then every parameter in record order,
 * defaults filled in and no {@code extends}. Run manifests record it so that a run can be
 * repeated from the manifest alone; doubles are written in Java's shortest round-trip form, so
 * the text reads back to equal parameters.
 */
final class ResolvedYaml {
  private ResolvedYaml() {}

  static String of(String name, ScenarioParams params) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("name", name);
    document.putAll(ParamsAsMaps.of(params));
    return dumper().dump(document);
  }

  /** A plain value (maps, lists, scalars) as YAML on one line, in flow style. */
  static String flow(Object plain) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
    options.setSplitLines(false);
    options.setWidth(Integer.MAX_VALUE);
    return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options)
        .dump(plain).strip();
  }

  private static Yaml dumper() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setSplitLines(false);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    options.setDereferenceAliases(true);
    return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options);
  }
}
