package org.releasesim.experiment.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlSandbox;

/**
 * A condition over a row's columns, such as {@code crimes > 41000 && at_large_arrests < 50},
 * read and evaluated by Apache Commons JEXL rather than a parser of our own. The engine is shut
 * down to arithmetic, comparisons and logic: no method calls, {@code new}, lambdas, loops,
 * assignments, local variables, pragmas, imports, namespaces, array or map literals; every class
 * is denied to it (sandbox and permissions), strict mode makes an unknown name an error, and the
 * result must be true or false.
 *
 * <p>Column names. A name made of letters, digits and {@code _} is written as it is. Any other
 * character becomes {@code _} ({@code crimes/UNAUTHORIZED} is {@code crimes_UNAUTHORIZED}), and a
 * leading digit gets a {@code _} in front. A name of such words joined by dots
 * ({@code contrast.crimes}) may also be written as it is. When two columns give the same name,
 * the first in the table's order has it.
 */
public final class RowCondition {
  private static final Pattern DOTTED =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+");
  private static final String HOW = "Write a comparison over the outcome columns, such as"
      + " crimes > 41000 or contrast_crimes > 0 && at_large_arrests < 50, with numbers,"
      + " + - * / % and ( ), < <= > >= == !=, && || ! and ?: (nothing else: no method calls);"
      + " in a column name every character other than a letter, digit or _ is written _"
      + " (crimes/UNAUTHORIZED as crimes_UNAUTHORIZED; a dotted name such as contrast.crimes may"
      + " also stay as it is).";

  private final String text;
  private final JexlScript script;
  private final RowContext context;
  private final List<String> columns;
  private final List<Integer> used;

  private RowCondition(String text, JexlScript script, Map<String, Integer> names,
      List<String> columns, List<Integer> used) {
    this.text = text;
    this.script = script;
    this.context = new RowContext(names);
    this.columns = columns;
    this.used = List.copyOf(used);
  }

  /**
   * Reads a condition.
   *
   * @param text the condition as typed
   * @param columns the columns it may name, in table order
   * @throws DiscoveryException if it cannot be read or names something not in {@code columns}
   */
  public static RowCondition compile(String text, List<String> columns) {
    Map<String, Integer> names = new LinkedHashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      String column = columns.get(c);
      names.putIfAbsent(identifier(column), c);
      if (DOTTED.matcher(column).matches()) {
        names.putIfAbsent(column, c);
      }
    }
    JexlScript script;
    try {
      script = engine().createScript(text);
    } catch (JexlException e) {
      throw new DiscoveryException(where(text) + "cannot be read" + at(e.getInfo())
          + " (" + reason(e) + "). " + HOW + " " + allowed(columns));
    }
    List<Integer> used = new ArrayList<>();
    for (List<String> path : script.getVariables()) {
      String name = String.join(".", path);
      if (!names.containsKey(name)) {
        throw new DiscoveryException(where(text) + name + position(text, path.get(0))
            + " is not a column it may use. " + HOW + " " + allowed(columns));
      }
      if (!used.contains(names.get(name))) {
        used.add(names.get(name));
      }
    }
    used.sort(null);
    return new RowCondition(text, script, names, List.copyOf(columns), used);
  }

  /** The condition as typed. */
  public String text() {
    return text;
  }

  /** The indices of the columns the condition reads, in column order. */
  public List<Integer> columnsUsed() {
    return used;
  }

  /** The name a column has in a condition. */
  public static String identifier(String column) {
    String id = column.replaceAll("[^A-Za-z0-9_]", "_");
    return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "_" + id : id;
  }

  /**
   * Whether the condition holds for a row.
   *
   * @param row the row's values, in the order of the columns given to {@link #compile}
   * @param rowName names the row in a message, such as {@code run 12}
   * @throws DiscoveryException if the condition cannot be evaluated or is not true or false
   */
  public boolean test(double[] row, String rowName) {
    Object result;
    context.row = row;
    try {
      result = script.execute(context);
    } catch (JexlException e) {
      throw new DiscoveryException(where(text) + "cannot be evaluated on " + rowName
          + at(e.getInfo()) + " (" + reason(e) + "). " + HOW + " " + allowed(columns));
    }
    if (result instanceof Boolean b) {
      return b;
    }
    throw new DiscoveryException(where(text) + "gives " + result + " on " + rowName
        + ", not true or false: a condition compares, as in crimes > 41000. " + HOW + " "
        + allowed(columns));
  }

  private static JexlEngine engine() {
    JexlFeatures features = new JexlFeatures().script(false).methodCall(false)
        .newInstance(false).lambda(false).loops(false).sideEffect(false)
        .sideEffectGlobal(false).structuredLiteral(false).pragma(false).annotation(false)
        .localVar(false).importPragma(false).namespacePragma(false).namespaceIdentifier(false)
        .arrayReferenceExpr(false);
    return new JexlBuilder().features(features).permissions(JexlPermissions.RESTRICTED)
        .sandbox(new JexlSandbox(false)).strict(true).safe(false).silent(false).antish(true)
        .cache(0).create();
  }

  private static String where(String text) {
    return "--where \"" + text + "\": ";
  }

  private static String at(JexlInfo info) {
    return info == null || info.getColumn() <= 0 ? "" : " at column " + info.getColumn();
  }

  private static String position(String text, String first) {
    Matcher m = Pattern.compile("(?<![A-Za-z0-9_.])" + Pattern.quote(first)).matcher(text);
    return m.find() ? " (at column " + (m.start() + 1) + ")" : "";
  }

  /** JEXL's own words for the problem, without its location prefix. */
  private static String reason(JexlException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    // JEXL starts with where it was called from and the position: "T.main:13@1:8 parsing..."
    int space = message.indexOf(' ');
    boolean located = space > 0 && message.substring(0, space).contains("@");
    return (located ? message.substring(space + 1) : message).strip();
  }

  private static String allowed(List<String> columns) {
    List<String> shown = new ArrayList<>();
    for (String c : columns) {
      String id = identifier(c);
      shown.add(id.equals(c) ? c : c + " (" + id + ")");
    }
    return "Allowed columns: " + String.join(", ", shown) + ".";
  }

  /** The row being evaluated, by name; nothing can be set. */
  private static final class RowContext implements JexlContext {
    private final Map<String, Integer> names;
    private double[] row;

    RowContext(Map<String, Integer> names) {
      this.names = names;
    }

    @Override
    public Object get(String name) {
      Integer c = names.get(name);
      return c == null ? null : row[c];
    }

    @Override
    public void set(String name, Object value) {
      throw new UnsupportedOperationException("a condition cannot set " + name);
    }

    @Override
    public boolean has(String name) {
      return names.containsKey(name);
    }
  }
}
