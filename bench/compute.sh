#!/usr/bin/env bash
# Whole-process timing of `ncpm compute --all` over (a) the sample dataset store made by `ncpm demo` and
# (b) a store loaded with all of ../shared/data. See bench/README.md.
#
# usage: bench/compute.sh      (RUNS=3 by default; results in bench/results/)
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$project"
data="${DATA:-../shared/data}"
runs="${RUNS:-3}"

for d in police-uk home-office-prc ons-pfa-tables population; do
  [ -d "$data/$d" ] || { echo "bench: $data/$d not found (see ../shared/data/README.md)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

source bench/timing.sh
build_jar_if_stale

work="$(mktemp -d "${TMPDIR:-/tmp}/ncpm-bench-XXXXXX")"
trap 'rm -rf "$work"' EXIT
results="bench/results/compute-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$results"


# The two stores, built once, outside the timings (each load is timed alone for context).
echo "bench: making the stores (sample dataset; all of $data)..." >&2
/usr/bin/time -v -o "$results/load-sample.time" \
  java -jar target/ncpm.jar demo --no-serve --store "$work/sample.duckdb" >"$results/load-sample.out" 2>"$results/load-sample.err"
/usr/bin/time -v -o "$results/load-shared.time" \
  java -jar target/ncpm.jar ingest --store "$work/shared.duckdb" "$data/police-uk" "$data/home-office-prc" \
  "$data/ons-pfa-tables" "$data/population" >"$results/load-shared.out" 2>"$results/load-shared.err"

street_rows() { sed -n 's/^Street rows stored: \([0-9]*\).*/\1/p' "$1"; }
crime_records() { sed -n 's/^Street rows stored: [0-9]* (\([0-9]*\) crime records.*/\1/p' "$1"; }
observations() { sed -n 's/.*Observations stored: \([0-9]*\).*/\1/p' "$1"; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A wall cpu rss inner figures available
for run in $(seq 1 "$runs"); do
  for s in sample shared; do  # interleaved, so that a change in the machine's load hits both alike
    /usr/bin/time -v -o "$results/compute-$s-$run.time" \
      java -jar target/ncpm.jar compute --all --store "$work/$s.duckdb" \
      >"$results/compute-$s-$run.out" 2>"$results/compute-$s-$run.err"
    wall[$s]+="$(wall_seconds "$results/compute-$s-$run.time") "
    cpu[$s]+="$(cpu_seconds "$results/compute-$s-$run.time") "
    rss[$s]+="$(peak_rss_mb "$results/compute-$s-$run.time") "
    inner[$s]+="$(sed -n 's/.* in \([0-9.]*\) s\.$/\1/p' "$results/compute-$s-$run.out") "
    figures[$s]="$(sed -n 's/.*: \([0-9]*\) figures, \([0-9]*\) available.*/\1 \2/p' "$results/compute-$s-$run.out")"
  done
  echo "bench: run $run/$runs: sample $(wall_seconds "$results/compute-sample-$run.time") s," \
    "shared $(wall_seconds "$results/compute-shared-$run.time") s" >&2
done

{
  echo "NCPM Monitor compute benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine:  $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo); $(java -version 2>&1 | head -1)"
  echo "load avg: $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after (other work on the machine makes timings noisy)"
  echo "runs:     $runs each, interleaved; figures are medians of the runs of 'ncpm compute --all'"
  echo "stores:   sample = 'ncpm demo' (synthetic, seed 2019, scale 0.1), loaded in $(wall_seconds "$results/load-sample.time") s;"
  echo "          shared = all of $data/{police-uk,home-office-prc,ons-pfa-tables,population}, loaded in $(wall_seconds "$results/load-shared.time") s"
  echo "records:  street rows (every stored row, crime and anti-social behaviour) + observations"
  echo
  printf '%-8s %12s %12s %12s %12s %9s %8s %8s %12s %12s %14s\n' store "street rows" "crime recs" observations \
    "records" figures "wall s" "cpu s" "in-process s" "peak RSS MB" "wall s/M rec"
  for s in sample shared; do
    out="$results/load-$s.out"
    st="$(street_rows "$out")"; cr="$(crime_records "$out")"; ob="$(observations "$out")"
    rec=$((st + ob))
    # shellcheck disable=SC2086
    w="$(median ${wall[$s]})"; c="$(median ${cpu[$s]})"; i="$(median ${inner[$s]})"; r="$(median ${rss[$s]})"
    printf '%-8s %12s %12s %12s %12s %9s %8s %8s %12s %12s %14.2f\n' "$s" "$st" "$cr" "$ob" "$rec" \
      "${figures[$s]%% *}" "$w" "$c" "$i" "$r" "$(echo "$w $rec" | awk '{ print $1 / ($2 / 1e6) }')"
  done
  echo
  for s in sample shared; do
    echo "$s: figures (available): ${figures[$s]% *} (${figures[$s]#* }); every run wall s: ${wall[$s]}; cpu s: ${cpu[$s]}; in-process s: ${inner[$s]}; peak RSS MB: ${rss[$s]}"
  done
} | tee "$results/summary.txt"
