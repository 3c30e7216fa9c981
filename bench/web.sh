#!/usr/bin/env bash
# Load benchmark on loopback: the dynamic site (`ncpm serve`) against nginx serving the static copy
# of the same site (`ncpm publish`), in the same run, with wrk. See bench/README.md.
#
# usage: bench/web.sh          (DURATION=10s CONNECTIONS=32 THREADS=2 by default; results in bench/results/)
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$project"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
dynamic_port="${DYNAMIC_PORT:-18070}"
static_port="${STATIC_PORT:-18080}"

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y wrk nginx-light curl)" >&2; exit 1; }
done
source bench/timing.sh
build_jar_if_stale

work="$(mktemp -d "${TMPDIR:-/tmp}/ncpm-web-bench-XXXXXX")"
# nginx's workers run as an unprivileged user (nobody, www-data): mktemp's folder is its owner's only,
# and nginx would answer every request 403 (300 bytes), which wrk counts as requests all the same.
chmod 755 "$work"
results="bench/results/web-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$results"
server_pid=""; nginx_conf="$work/nginx.conf"
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && nginx -c "$nginx_conf" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "bench: building the sample store and its static copy..." >&2
java -jar target/ncpm.jar demo --no-serve --store "$work/store.duckdb" >"$results/demo.out" 2>"$results/demo.err"
java -jar target/ncpm.jar publish --store "$work/store.duckdb" --out "$work/site" >"$results/publish.out" 2>"$results/publish.err"

java -jar target/ncpm.jar serve --store "$work/store.duckdb" --port "$dynamic_port" >"$results/serve.out" 2>"$results/serve.err" &
server_pid=$!
cat >"$nginx_conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  gzip_static on;
  server {
    listen 127.0.0.1:$static_port;
    root $work/site;
    index index.html;
  }
}
CONF
# nginx's gzip_static serves a precompressed sibling (.gz) to clients that accept gzip, as ncpm serve
# keeps a gzipped copy of each answer; level 6, the JDK's default, for the files measured.
gzip -k -6 "$work/site/forces/gwent/index.html" "$work/site/api/v1/figures/homicide.json"
nginx -c "$nginx_conf"
for i in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$dynamic_port/" >/dev/null && break
  sleep 0.5
done

# One warm-up pass each (JIT, caches), then the measured runs, interleaved. Beside requests/s and
# p99, the servers' own CPU time per request (user and system, from /proc): it moves much less than
# throughput when other work shares the machine, and wrk's own CPU is not in it.
server_cpu_ticks() {  # user and system clock ticks of the processes given
  local u=0 s=0 a b
  for p in "$@"; do read -r a b < <(awk '{ print $14, $15 }' "/proc/$p/stat"); u=$((u + a)); s=$((s + b)); done
  echo "$u $s"
}
run() {  # name encoding url pid...: encoding "identity" (as wrk asks) or "gzip" (as browsers ask)
  local name="$1 ($2)" encoding="$2" url="$3"; shift 3
  local u0 s0 u1 s1 rps p99 n hz
  hz="$(getconf CLK_TCK)"
  read -r u0 s0 < <(server_cpu_ticks "$@")
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Accept-Encoding: $encoding" "$url" >"$results/$name.txt"
  read -r u1 s1 < <(server_cpu_ticks "$@")
  rps="$(awk '/Requests\/sec/ { print $2 }' "$results/$name.txt")"
  p99="$(awk '$1 == "99%" { print $2 }' "$results/$name.txt")"
  n="$(awk '/requests in/ { print $1 }' "$results/$name.txt")"
  if grep -q 'Non-2xx' "$results/$name.txt"; then echo "bench: $name had answers other than 2xx/3xx" >&2; fi
  last_rps="$rps"
  printf '%-44s %12s %10s %8s %8s\n' "$name" "$rps" "$p99" \
    "$(awk -v t=$((u1 - u0)) -v n="$n" -v hz="$hz" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')" \
    "$(awk -v t=$((s1 - s0)) -v n="$n" -v hz="$hz" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')"
}
nginx_workers="$(pgrep -P "$(cat "$work/nginx.pid")" | tr '\n' ' ')"
page="/forces/gwent/"
api="/api/v1/figures/homicide.json"
# Both servers must give the real answer (200) before anything is measured
for url in "http://127.0.0.1:$dynamic_port$page" "http://127.0.0.1:$dynamic_port/api/v1/figures?metric=homicide" \
           "http://127.0.0.1:$static_port$page" "http://127.0.0.1:$static_port$api"; do
  status="$(curl -s -o /dev/null -w '%{http_code}' "$url")"
  [ "$status" = 200 ] || { echo "bench: $url answers $status, not 200: nothing to compare" >&2; exit 1; }
done
wrk -t1 -c4 -d3s "http://127.0.0.1:$dynamic_port$page" >/dev/null
wrk -t1 -c4 -d3s "http://127.0.0.1:$dynamic_port/api/v1/figures?metric=homicide" >/dev/null
wrk -t1 -c4 -d3s "http://127.0.0.1:$static_port$page" >/dev/null
wrk -t1 -c4 -d3s -H "Accept-Encoding: gzip" "http://127.0.0.1:$dynamic_port$page" >/dev/null
ratios=()
{
  echo "NCPM Monitor web benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine:  $(nproc) cores; wrk -t$threads -c$connections -d$duration on loopback; load avg $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "site:     the sample dataset (ncpm demo), $(grep -o '[0-9]* figures' "$results/serve.out" | head -1)"
  echo
  printf '%-44s %12s %10s %8s %8s\n' "what" "requests/s" "p99" "user µs" "sys µs"
  for encoding in identity gzip; do
    run "dynamic force page (ncpm serve)" "$encoding" "http://127.0.0.1:$dynamic_port$page" "$server_pid"; page_dynamic="$last_rps"
    run "static force page (nginx)" "$encoding" "http://127.0.0.1:$static_port$page" $nginx_workers; page_static="$last_rps"
    run "dynamic API, homicide JSON" "$encoding" "http://127.0.0.1:$dynamic_port/api/v1/figures?metric=homicide" "$server_pid"
    api_dynamic="$last_rps"
    run "static API file (nginx)" "$encoding" "http://127.0.0.1:$static_port$api" $nginx_workers; api_static="$last_rps"
    ratios+=("$(awk -v d="$page_dynamic" -v s="$page_static" -v e="$encoding" 'BEGIN { printf "force page, %-8s nginx/ncpm requests/s = %.2f", e ":", s / d }')")
    ratios+=("$(awk -v d="$api_dynamic" -v s="$api_static" -v e="$encoding" 'BEGIN { printf "API call,   %-8s nginx/ncpm requests/s = %.2f", e ":", s / d }')")
  done
  echo
  printf '%s\n' "${ratios[@]}"
} | tee "$results/summary.txt"
