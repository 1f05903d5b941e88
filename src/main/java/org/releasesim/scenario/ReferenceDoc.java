package org.releasesim.scenario;

import java.util.List;
import org.releasesim.model.param.Param;
import org.releasesim.model.param.ParamComponent;
import org.releasesim.model.param.ParamKind;
import org.releasesim.model.param.ParamSchema;
import org.releasesim.model.param.ScenarioParams;

/**
 * The scenario file reference ({@code docs/scenario-reference.md}), generated from the
 * parameter records: one table per section of the file, one row per key with its type, default,
 * unit, allowed values, source and meaning. A test fails when the committed copy is stale, so
 * the document always says what the code does.
 */
public final class ReferenceDoc {
  /** The {@link Param#source()} text that defers to the field owning a per-type record. */
  private static final String SEE_OWNER = "see owning field";
  private static final String HEADER = "| Key | Type | Default | Unit | Allowed | Source |"
      + " Description |\n|---|---|---|---|---|---|---|\n";

  private final StringBuilder out = new StringBuilder();

  private ReferenceDoc() {}

  /** The whole document as Markdown with Unix line ends. */
  public static String generate() {
    return new ReferenceDoc().render();
  }

  private String render() {
    out.append("# Scenario file reference\n\n")
        .append("Generated from the parameter records in `org.releasesim.model.param`; do not edit"
            + " by hand. Regenerate with\n`./release-sim reference-doc --out"
            + " docs/scenario-reference.md`.\n\n")
        .append("Every key is optional, except a defined policy's `name` and `cooperation`: a"
            + " key left out takes the default shown; an optional number left out (default"
            + " unset) takes the general parameter its description names. For keys of list"
            + " items (`[]`), the default is what an item takes when it leaves the key out; a list"
            + " left out takes the default list. `extends: other.yaml` starts from another file"
            + " (mappings merge, lists are replaced whole; the file must lie in or below the"
            + " folder of the scenario read, the working folder or the bundled `scenarios/`) and"
            + " `--set path.to.key=value` overrides any key on the command line. Ranges are inclusive. A source marked **assumption**"
            + " is a modelling assumption with no published figure behind it: sweep it.\n");
    topLevel();
    for (ParamComponent component : ParamSchema.componentsOf(ScenarioParams.class)) {
      Object value = component.valueIn(ScenarioParams.DEFAULTS);
      if (component.kind() == ParamKind.RECORD) {
        section(component.name(), component.param().doc());
        rows(component.recordType(), value, component.name(), component.param().unit());
      } else if (component.kind() == ParamKind.RECORD_LIST) {
        String items = component.name() + "[]";
        section(items, "Each item of `" + component.name() + "`.");
        Class<?> element = component.recordType();
        rows(element, ParamSchema.defaultsOf(element), items, component.param().unit());
      }
    }
    return out.toString();
  }

  private void topLevel() {
    section("Top level", "Keys at the top of the file; each mapping and list has its own section"
        + " below.");
    out.append(row("name", "text", "the file name without `.yaml`", "", "any text",
        "scenario input", "Name of the scenario in outputs and charts."));
    out.append(row("extends", "text", "none", "", "a file path", "scenario input",
        "Another scenario file (path relative to this one) whose values this file starts from;"
            + " it must lie, after following symbolic links, in or below the folder of the"
            + " scenario read, the working folder or the bundled `scenarios/`."));
    for (ParamComponent component : ParamSchema.componentsOf(ScenarioParams.class)) {
      out.append(leaf(component, component.name(), component.param().unit(),
          component.valueIn(ScenarioParams.DEFAULTS), ""));
    }
  }

  private void section(String title, String doc) {
    String heading = title.equals("Top level") ? title : "`" + title + "`";
    out.append("\n## ").append(heading).append("\n\n").append(doc).append("\n\n").append(HEADER);
  }

  /** The rows of every key of a record, nested records and list items following their key. */
  private void rows(Class<?> recordType, Object defaults, String path, String ownerUnit) {
    for (ParamComponent component : ParamSchema.componentsOf(recordType)) {
      String key = path + "." + component.name();
      Object value = component.valueIn(defaults);
      String unit = component.unitOr(ownerUnit);
      out.append(leaf(component, key, unit, value, path));
      if (component.kind() == ParamKind.RECORD) {
        rows(component.recordType(), value, key, unit);
      } else if (component.kind() == ParamKind.RECORD_LIST) {
        Class<?> element = component.recordType();
        rows(element, ParamSchema.defaultsOf(element), key + "[]", unit);
      }
    }
  }

  private static String leaf(ParamComponent component, String key, String unit, Object value,
      String ownerPath) {
    Param param = component.param();
    String source = param.source().equals(SEE_OWNER) && !param.assumption()
        ? "as `" + ownerPath + "`" : ParamText.source(param);
    if (param.assumption()) {
      source = "**assumption**" + source.substring("assumption".length());
    }
    return row(key, ParamText.typeName(component), shownDefault(component, value), unit,
        allowed(component), source, param.doc());
  }

  private static String allowed(ParamComponent component) {
    if (!component.param().allowed().isEmpty()) {
      return component.param().allowed();
    }
    return switch (component.kind()) {
      case DOUBLE, OPTIONAL_DOUBLE, INT, LONG -> ParamText.range(component.param());
      case BOOLEAN -> "true, false";
      case TEXT -> "any text";
      case ENUM -> String.join(", ", component.enumNames());
      case RECORD -> "the keys below";
      case RECORD_LIST -> ParamText.length(component.param());
    };
  }

  private static String shownDefault(ParamComponent component, Object value) {
    return switch (component.kind()) {
      case DOUBLE -> "`" + ParamText.number((Double) value) + "`";
      case OPTIONAL_DOUBLE -> value == null ? "unset"
          : "`" + ParamText.number((Double) value) + "`";
      case TEXT -> "`\"" + value + "\"`";
      case RECORD -> "see below";
      case RECORD_LIST -> {
        int size = ((List<?>) value).size();
        yield size == 0 ? "empty" : size + (size == 1 ? " item" : " items");
      }
      default -> "`" + value + "`";
    };
  }

  private static String row(String key, String type, String defaultValue, String unit,
      String allowed, String source, String description) {
    return "| `" + key + "` | " + String.join(" | ", cell(type), cell(defaultValue), cell(unit),
        cell(allowed), cell(source), cell(description)) + " |\n";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
  }
}
