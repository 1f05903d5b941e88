package org.releasesim.model.param;

import static org.releasesim.model.param.InvalidParameterException.require;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The policies a scenario knows: the four bundled ones and those its file defines under
 * {@code policies}, looked up by name. Checks that the defined ones are complete and distinctly
 * named and that every policy a jurisdiction refers to exists; a problem names the key path
 * ({@code policies[1].name}, {@code jurisdictions[0].policyChanges[2].policy}) so the scenario
 * reader can point at its line.
 */
public final class PolicyCatalog {
  /** Stands for every policy of a scenario in compare --policies and sweep policy factors. */
  public static final String ALL = "all";
  /** What a reference to a policy may be, in the words of the scenario reference. */
  static final String NAMES_ALLOWED = "HONOR_DETAINERS, NOTIFY_ONLY, SERIOUS_ONLY,"
      + " NO_COOPERATION, or the name of a policy under policies";
  /** What a policy's own name may be. */
  static final String NAME_ALLOWED = "1 to 40 letters, digits, _ or -, starting with a letter;"
      + " required";
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

  private PolicyCatalog() {}

  /** Every name a scenario with these definitions knows: the bundled ones first. */
  public static List<String> names(List<ReleasePolicy> defined) {
    List<String> names = new ArrayList<>();
    for (BundledPolicy b : BundledPolicy.values()) {
      names.add(b.name());
    }
    defined.forEach(p -> names.add(p.name()));
    return names;
  }

  /** The definition of the policy named, if the scenario knows one. */
  static Optional<ReleasePolicy> find(String name, List<ReleasePolicy> defined,
      TrustParams trust) {
    Optional<BundledPolicy> bundled = BundledPolicy.named(name);
    if (bundled.isPresent()) {
      return Optional.of(bundled.get().definition(trust));
    }
    return defined.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Rejects an incomplete or ambiguous definition and a reference to no known policy. */
  static void check(List<ReleasePolicy> defined, List<JurisdictionParams> jurisdictions) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < defined.size(); i++) {
      ReleasePolicy p = defined.get(i);
      String at = "policies[" + i + "].";
      require(NAME.matcher(p.name()).matches(), at + "name", p.name().isBlank()
          ? "a policy needs a name: 1 to 40 letters, digits, '_' or '-', starting with a letter"
          : "a policy's name is 1 to 40 letters, digits, '_' or '-', starting with a letter");
      require(BundledPolicy.named(p.name()).isEmpty() && !p.name().equals(ALL), at + "name",
          "this name is taken (" + (p.name().equals(ALL) ? "'all' stands for every policy"
              : "a bundled policy has it") + "); give the policy another name");
      Integer earlier = seen.putIfAbsent(p.name(), i);
      require(earlier == null, at + "name",
          "policies[" + earlier + "] has this name too; policy names must be distinct");
      require(p.cooperation() != null, at + "cooperation", "missing; every policy gives it: a"
          + " number from 0 (as NO_COOPERATION) to 1 (as HONOR_DETAINERS), how cooperative with"
          + " ICE residents perceive the policy to be, which drives their trust (an assumption"
          + " to sweep)");
    }
    List<String> names = names(defined);
    for (int j = 0; j < jurisdictions.size(); j++) {
      JurisdictionParams jp = jurisdictions.get(j);
      String at = "jurisdictions[" + j + "].";
      known(names, jp.policy(), at + "policy");
      for (int k = 0; k < jp.policyChanges().size(); k++) {
        known(names, jp.policyChanges().get(k).policy(), at + "policyChanges[" + k + "].policy");
      }
    }
  }

  private static void known(List<String> names, String name, String path) {
    if (!names.contains(name)) {
      boolean own = names.size() > BundledPolicy.values().length;
      throw new UnknownNameException(path, "no policy has this name", names,
          own ? "the bundled policies and those the scenario defines under policies"
              : "or define your own under policies");
    }
  }
}
