# Shared by the benchmark scripts (sourced, not run): building the jar, and reading /usr/bin/time -v reports.

build_jar_if_stale() {  # the same rule as ./ncpm: missing or older than the sources
  if [ ! -f target/ncpm.jar ] || [ -n "$(find pom.xml src/main -newer target/ncpm.jar -print -quit)" ]; then
    echo "bench: building target/ncpm.jar..." >&2
    mvn -q -B -DskipTests package >&2
  fi
}
wall_seconds() {  # "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.31" -> 62.31
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"
}
cpu_seconds() {  # user + system time: less sensitive than wall time to other work on the machine
  awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { print s }' "$1"
}
peak_rss_mb() {
  awk -F': ' '/Maximum resident set size/ { printf "%.0f\n", $2 / 1024 }' "$1"
}
median() {  # of the numbers given as arguments
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
