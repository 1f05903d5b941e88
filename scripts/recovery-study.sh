#!/usr/bin/env bash
# Recovery study of the posterior calibration on the real model (docs/uncertainty.md, Recovery).
#
# Each trial draws true parameter values from the priors of a calibration file, runs its county
# once at them to make the data (calibrate --posterior FILE --simulate-at prior --seed i), and
# calibrates the copy that carries those data, as a user would. It then checks whether each
# parameter's 90% credible interval (q05 to q95 of parameters.csv) holds the true value. With
# the truth drawn from the prior, a calibrated posterior does so in 90% of trials.
#
#   scripts/recovery-study.sh [--file FILE] [--trials N] [--first-seed S] [--threads T] [--out DIR]
#   scripts/recovery-study.sh --noise R --at KEY=VALUE [--at KEY=VALUE ...] [--file FILE]
#
# The second form runs the county R times at fixed values, with seeds 1 to R, and prints the
# mean and standard deviation of every target: the county's own noise, from which the study
# file's standard errors were chosen.
#
# Writes DIR/trials.csv (one row per trial and parameter), DIR/coverage.csv (per parameter:
# trials, covered, coverage with its 95% Wilson interval, mean SD ratio and interval width) and
# DIR/summary.txt (runs, wall time); keeps every trial's files under DIR/trial-<i>/ (DIR
# defaults to results/recovery/<time>); prints the coverage table and the wall time. Needs only
# bash, awk (mawk will do) and Java 17; ./release-sim builds the jar if it is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rs="$here/release-sim"
file="$here/scenarios/calibration/recovery-study.yaml"
trials=25
first=1
threads=2
out=""
noise=0
at=()

usage() {
  sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --file) file="$2"; shift 2 ;;
    --trials) trials="$2"; shift 2 ;;
    --first-seed) first="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --noise) noise="$2"; shift 2 ;;
    --at) at+=(--simulate-at "$2"); shift 2 ;;
    -h|--help) usage ;;
    *) echo "recovery-study: unknown option '$1'" >&2; usage ;;
  esac
done
for n in "$trials" "$first" "$threads" "$noise"; do
  case "$n" in
    ''|*[!0-9]*) echo "recovery-study: '$n' is not a whole number" >&2; exit 2 ;;
  esac
done
if [ ! -f "$file" ]; then
  echo "recovery-study: no calibration file '$file'" >&2
  exit 2
fi

start=$(date +%s)

# The value: of every target in a copy written by --simulate-at, as "id value" lines.
values() {
  awk '/^targets:/ { inside = 1; next }
       inside && /^[^ #]/ { inside = 0 }
       inside && /value: / {
         id = $1; sub(/:$/, "", id)
         v = $0; sub(/.*value: /, "", v); sub(/[,}].*/, "", v)
         print id, v
       }' "$1"
}

if [ "$noise" -gt 0 ]; then
  if [ ${#at[@]} -eq 0 ]; then
    echo "recovery-study: --noise needs --at KEY=VALUE for every fitted parameter" >&2
    exit 2
  fi
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  for ((r = 1; r <= noise; r++)); do
    "$rs" calibrate --posterior "$file" "${at[@]}" --seed "$r" --out "$work/copy.yaml" \
      > /dev/null
    values "$work/copy.yaml"
  done | awk -v runs="$noise" '
    { if (!($1 in n)) order[++k] = $1; n[$1]++; s[$1] += $2; ss[$1] += $2 * $2 }
    END {
      printf "%-26s %12s %12s   (%d runs at the values given)\n", "target", "mean", "sd", runs
      for (i = 1; i <= k; i++) {
        t = order[i]; m = s[t] / n[t]; v = (ss[t] - n[t] * m * m) / (n[t] - 1)
        printf "%-26s %12.5g %12.4g\n", t, m, sqrt(v > 0 ? v : 0)
      }
    }'
  echo "wall time: $(( $(date +%s) - start )) s"
  exit 0
fi

if [ -z "$out" ]; then
  out="$here/results/recovery/$(date -u +%Y%m%d-%H%M%S)"
fi
mkdir -p "$out"
echo "trial,parameter,truth,q05,median,q95,sd_ratio,covered" > "$out/trials.csv"
runs=0
for ((i = first; i < first + trials; i++)); do
  work="$out/trial-$i"
  rm -rf "$work"
  mkdir -p "$work"
  # each trial's calibration has a master seed of its own, so that the trials are independent
  awk -v s=$((1000 + i)) '/^seed:/ { print "seed: " s; next } { print }' "$file" \
    > "$work/calibration.yaml"
  "$rs" calibrate --posterior "$work/calibration.yaml" --simulate-at prior --seed "$i" \
    --out "$work/data.yaml" > "$work/simulate.txt"
  "$rs" calibrate --posterior "$work/data.yaml" --out "$work" --threads "$threads" --quiet \
    > "$work/calibrate.txt"
  params="$(find "$work/calibration" -name parameters.csv)"
  gens="$(dirname "$params")/generations.csv"
  runs=$(( runs + 1 + $(awk -F, 'NR > 1 { s += $3 } END { print s }' "$gens") ))
  # the truth from the copy's header, then parameters.csv, whose prior column is the only
  # quoted one (and holds commas)
  awk -v trial="$i" '
    FNR == NR {
      if ($0 ~ /^# simulate-at: truth /) { split($4, kv, "="); truth[kv[1]] = kv[2] }
      next
    }
    { gsub(/"[^"]*"/, "prior"); n = split($0, c, ",") }
    FNR == 1 { for (j = 1; j <= n; j++) col[c[j]] = j; next }
    {
      key = c[1]; t = truth[key]
      lo = c[col["q05"]]; hi = c[col["q95"]]
      printf "%d,%s,%s,%s,%s,%s,%s,%s\n", trial, key, t, lo, c[col["median"]], hi,
        c[col["sd_ratio"]], (t + 0 >= lo + 0 && t + 0 <= hi + 0) ? "true" : "false"
    }' "$work/data.yaml" "$params" >> "$out/trials.csv"
  echo "trial $i of $((first + trials - 1)) done ($(( $(date +%s) - start )) s)" >&2
done

wall=$(( $(date +%s) - start ))
awk -F, '
  NR == 1 { next }
  {
    if (!($2 in n)) order[++k] = $2
    n[$2]++; if ($8 == "true") c[$2]++; r[$2] += $7; w[$2] += $6 - $4
  }
  END {
    print "parameter,trials,covered,coverage,wilson95_low,wilson95_high,mean_sd_ratio,mean_width"
    for (i = 1; i <= k; i++) {
      p = order[i]; m = n[p]; x = c[p] + 0; f = x / m
      # Wilson score interval for the coverage (z = 1.96)
      z = 1.96; d = 1 + z * z / m; mid = (f + z * z / (2 * m)) / d
      half = z * sqrt(f * (1 - f) / m + z * z / (4 * m * m)) / d
      printf "%s,%d,%d,%.3f,%.3f,%.3f,%.3f,%.4g\n", p, m, x, f, mid - half, mid + half,
        r[p] / m, w[p] / m
    }
  }' "$out/trials.csv" > "$out/coverage.csv"
echo "$trials trials, $runs model runs, wall time $wall s ($(date -u -d "@$wall" +%H:%M:%S))" \
  > "$out/summary.txt"

awk -F, '
  NR == 1 { printf "%-42s %6s %7s %8s %15s %9s\n", "parameter", "trials", "covered", "coverage",
              "95% (Wilson)", "SD ratio"; next }
  { printf "%-42s %6d %7d %7.1f%% %6.1f-%5.1f%% %9.3f\n", $1, $2, $3, 100 * $4, 100 * $5,
      100 * $6, $7 }' "$out/coverage.csv"
cat "$out/summary.txt"
echo "wrote $out/trials.csv, coverage.csv and summary.txt"
