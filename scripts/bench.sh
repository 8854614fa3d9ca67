#!/usr/bin/env bash
# Measures Chronicle's throughput against prose in the same run and prints the ratios, then
# the peak memory of `chronicle extract` on a 50 MB file.
# Usage: scripts/bench.sh [COUNT]   (COUNT benchmark repetitions, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-3}
out=$(mktemp)
go test -run '^$' -bench 'Extract|Prose' -benchmem -count "$count" ./pipeline/ | tee "$out"
awk '
  /^Benchmark/ { name=$1; sub(/-[0-9]+$/, "", name); ns[name]+=$3; n[name]++ }
  END {
    e = ns["BenchmarkExtract"]/n["BenchmarkExtract"]
    printf "\nextract vs prose full pipeline: %.1fx faster\n", (ns["BenchmarkProse"]/n["BenchmarkProse"])/e
    printf "extract vs prose tag-only:      %.1fx faster\n", (ns["BenchmarkProseTagOnly"]/n["BenchmarkProseTagOnly"])/e
    printf "quote stage adds:               %.0f%% to extract time\n", 100*(e/(ns["BenchmarkExtractWithoutQuotes"]/n["BenchmarkExtractWithoutQuotes"])-1)
  }' "$out"
go test -run TestLargeInputBoundedMemory -v ./cmd/chronicle/ | grep -E 'RSS|ok|FAIL'
echo
go test -run '^$' -bench 'Commands' -benchtime 3x -count "$count" ./cmd/chronicle/ | tee "$out"
awk '/^Benchmark/ { name=$1; sub(/-[0-9]+$/, "", name); n[name]++; ns[name]+=$3 } END {
  for (k in n) if (k ~ /extract/) { w = k; sub(/.*workers=/, "", w); e[w] = ns[k]/n[k] } else { w = k; sub(/.*workers=/, "", w); i[w] = ns[k]/n[k] }
  for (w in e) printf "ingest throughput with %s analysis worker(s): %.0f%% of extract\n", w, 100*e[w]/i[w] }' "$out"
go test -run '^$' -bench 'StoreShare' -benchtime 3x -count "$count" ./cmd/chronicle/ | tee "$out"
awk '/^Benchmark/ { name=$1; sub(/-[0-9]+$/, "", name); n[name]++; for (f = 2; f <= NF; f++) if ($f == "cpu-ns/article") t[name]+=$(f-1) } END {
  a = t["BenchmarkStoreShare/analyse"]/n["BenchmarkStoreShare/analyse"]; s = t["BenchmarkStoreShare/store"]/n["BenchmarkStoreShare/store"]
  printf "store CPU per article: %.0f%% of analysis (all cores analysing, ingest can reach %.0f%% of extract)\n", 100*s/a, 100*a/(a+s) }' "$out"
go test -run '^$' -bench 'CountsOneMillion' -benchtime 20x ./sqlite/ | grep -E '^Benchmark'
rm -f "$out"
