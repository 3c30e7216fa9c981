#!/usr/bin/env bash
# Whole-process timing of `ncpm ingest` on a real data.police.uk archive against a floor: DuckDB's own
# read_csv loading the same archive's CSVs, unzipped beforehand; and against the pandas script an analyst
# would write instead (bench/pandas_counts.py, reading the zip itself). See bench/README.md.
#
# usage: bench/ingest.sh [ARCHIVE]     (RUNS=3 by default; results in bench/results/)
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$project"
archive="${1:-../shared/data/police-uk/street-2018-10_2019-02-all-forces.zip}"
runs="${RUNS:-3}"

[ -r "$archive" ] || { echo "bench: archive $archive not found (see ../shared/data/README.md)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
command -v unzip >/dev/null || { echo "bench: unzip is missing (apt-get install unzip)" >&2; exit 1; }
# The system Python, not a pyenv shim: pandas comes from Debian (apt-get install python3-pandas).
python="${PYTHON:-/usr/bin/python3}"
"$python" -c 'import pandas' 2>/dev/null || { echo "bench: pandas is missing for $python (apt-get install python3-pandas)" >&2; exit 1; }

source bench/timing.sh
build_jar_if_stale

work="$(mktemp -d "${TMPDIR:-/tmp}/ncpm-bench-XXXXXX")"
trap 'rm -rf "$work"' EXIT
results="bench/results/ingest-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$results"


load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# (c) The floor reads plain CSV files: unzip once, outside the timings (timed alone for context).
/usr/bin/time -v -o "$results/unzip.time" unzip -q "$archive" -d "$work/csv"

ingest_wall=(); ingest_cpu=(); ingest_rss=(); ingest_rows=(); ingest_inner=()
floor_wall=(); floor_cpu=(); floor_rss=(); floor_rows=(); floor_inner=()
pandas_wall=(); pandas_cpu=(); pandas_rss=(); pandas_rows=(); pandas_inner=()
for run in $(seq 1 "$runs"); do
  # (b) ncpm ingest into a fresh store, as a whole process, through the launcher users run (its JVM options count).
  /usr/bin/time -v -o "$results/ingest-$run.time" \
    ./ncpm ingest --store "$work/store-$run.duckdb" "$archive" \
    >"$results/ingest-$run.out" 2>"$results/ingest-$run.err"
  stored="$(sed -n 's/^Street rows stored: \([0-9]*\).*/\1/p' "$results/ingest-$run.out")"
  aside="$(sed -n 's/^Rows set aside[^:]*: \([0-9]*\).*/\1/p' "$results/ingest-$run.out")"
  ingest_rows+=("$((stored + ${aside:-0}))")
  ingest_inner+=("$(awk '/ingest: (read and validated|committed)/ { s += $(NF - 1) } END { print s / 1000 }' "$results/ingest-$run.err")")
  ingest_wall+=("$(wall_seconds "$results/ingest-$run.time")")
  ingest_cpu+=("$(cpu_seconds "$results/ingest-$run.time")")
  ingest_rss+=("$(peak_rss_mb "$results/ingest-$run.time")")
  rm -f "$work/store-$run.duckdb" "$work/store-$run.duckdb.wal"

  # (c) the floor: DuckDB read_csv over the unzipped CSVs into a table of a fresh database file.
  /usr/bin/time -v -o "$results/floor-$run.time" \
    java -cp "target/lib/*" bench/ReadCsvFloor.java "$work/csv" "$work/floor-$run.duckdb" \
    >"$results/floor-$run.out" 2>"$results/floor-$run.err"
  floor_rows+=("$(sed -n 's/^rows=\([0-9]*\).*/\1/p' "$results/floor-$run.out")")
  floor_inner+=("$(sed -n 's/.*millis=\([0-9]*\).*/\1/p' "$results/floor-$run.out" | awk '{ print $1 / 1000 }')")
  floor_wall+=("$(wall_seconds "$results/floor-$run.time")")
  floor_cpu+=("$(cpu_seconds "$results/floor-$run.time")")
  floor_rss+=("$(peak_rss_mb "$results/floor-$run.time")")
  rm -f "$work/floor-$run.duckdb" "$work/floor-$run.duckdb.wal"

  # (e) pandas: every street CSV of the zip read and counted by force, month and crime type.
  /usr/bin/time -v -o "$results/pandas-$run.time" "$python" bench/pandas_counts.py "$archive" \
    >"$results/pandas-$run.out" 2>"$results/pandas-$run.err"
  pandas_rows+=("$(sed -n 's/^rows=\([0-9]*\).*/\1/p' "$results/pandas-$run.out")")
  pandas_inner+=("$(sed -n 's/.*millis=\([0-9]*\).*/\1/p' "$results/pandas-$run.out" | awk '{ print $1 / 1000 }')")
  pandas_wall+=("$(wall_seconds "$results/pandas-$run.time")")
  pandas_cpu+=("$(cpu_seconds "$results/pandas-$run.time")")
  pandas_rss+=("$(peak_rss_mb "$results/pandas-$run.time")")
  echo "bench: run $run/$runs: ingest ${ingest_wall[-1]} s, floor ${floor_wall[-1]} s, pandas ${pandas_wall[-1]} s" >&2
done

# (d) Report: medians of the runs, every run kept in $results.
iw="$(median "${ingest_wall[@]}")"; fw="$(median "${floor_wall[@]}")"
ii="$(median "${ingest_inner[@]}")"; fi_="$(median "${floor_inner[@]}")"
pw="$(median "${pandas_wall[@]}")"; pi="$(median "${pandas_inner[@]}")"
ir="${ingest_rows[0]}"; fr="${floor_rows[0]}"; pr="${pandas_rows[0]}"
{
  echo "NCPM Monitor ingest benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "archive:  $archive ($(du -h "$archive" | cut -f1) zipped, $(du -sh "$work/csv" | cut -f1) unzipped)"
  echo "machine:  $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo); $(java -version 2>&1 | head -1)"
  echo "load avg: $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after (other work on the machine makes timings noisy)"
  echo "runs:     $runs each, interleaved; figures are medians; unzip for the floor took $(wall_seconds "$results/unzip.time") s (not counted)"
  echo
  printf '%-24s %10s %8s %10s %8s %14s %12s\n' "" "rows" "wall s" "rows/s" "cpu s" "in-process s" "peak RSS MB"
  printf '%-24s %10s %8s %10.0f %8s %14s %12s\n' "ncpm ingest (zip)" "$ir" "$iw" "$(echo "$ir $iw" | awk '{ print $1 / $2 }')" \
    "$(median "${ingest_cpu[@]}")" "$ii" "$(median "${ingest_rss[@]}")"
  printf '%-24s %10s %8s %10.0f %8s %14s %12s\n' "floor: DuckDB read_csv" "$fr" "$fw" "$(echo "$fr $fw" | awk '{ print $1 / $2 }')" \
    "$(median "${floor_cpu[@]}")" "$fi_" "$(median "${floor_rss[@]}")"
  printf '%-24s %10s %8s %10.0f %8s %14s %12s\n' "pandas script (zip)" "$pr" "$pw" "$(echo "$pr $pw" | awk '{ print $1 / $2 }')" \
    "$(median "${pandas_cpu[@]}")" "$pi" "$(median "${pandas_rss[@]}")"
  echo
  echo "ratio ingest/floor, wall:       $(echo "$iw $fw" | awk '{ printf "%.2f", $1 / $2 }')"
  echo "ratio ingest/floor, cpu:        $(echo "$(median "${ingest_cpu[@]}") $(median "${floor_cpu[@]}")" | awk '{ printf "%.2f", $1 / $2 }')"
  echo "ratio ingest/floor, in-process: $(echo "$ii $fi_" | awk '{ printf "%.2f", $1 / $2 }')"
  echo "ratio ingest/floor, peak RSS:   $(echo "$(median "${ingest_rss[@]}") $(median "${floor_rss[@]}")" | awk '{ printf "%.2f", $1 / $2 }')"
  echo "ratio ingest/pandas, cpu:       $(echo "$(median "${ingest_cpu[@]}") $(median "${pandas_cpu[@]}")" | awk '{ printf "%.2f", $1 / $2 }')"
  echo "every run (wall s): ingest ${ingest_wall[*]}; floor ${floor_wall[*]}; pandas ${pandas_wall[*]}"
  echo "every run (cpu s):  ingest ${ingest_cpu[*]}; floor ${floor_cpu[*]}; pandas ${pandas_cpu[*]}"
  echo "every run (peak RSS MB): ingest ${ingest_rss[*]}; floor ${floor_rss[*]}; pandas ${pandas_rss[*]}"
  if [ "$ir" != "$fr" ] || [ "$ir" != "$pr" ]; then
    echo "WARNING: they read different numbers of rows (ingest $ir, floor $fr, pandas $pr)"
  fi
} | tee "$results/summary.txt"
