#!/usr/bin/env bash
# Ingest benchmark (issue 4): 1,000 generated pages on 10 local hosts with
# 50 ms latency, 10 requests/s allowed per host (politeness floor 10 s),
# embedded store. Prints the first run's wall time and its ratio to the
# floor, two unchanged re-runs (feeds answering 304; every page answering
# 304) and the peak RSS of the process, embedded store included.
# Targets: first run within 1.3x the floor, under 200 MB RSS, unchanged
# re-run under 25% of the first run.
set -euo pipefail
cd "$(dirname "$0")/.."
go test -run '^$' -bench 'BenchmarkIngest1000Pages' -benchtime 1x -timeout 15m ./ingest "$@" |
	awk '/^Benchmark/ {
		for (i = 3; i < NF; i += 2) m[$(i+1)] = $i
		printf "first run:                 %6.2f s (%.2fx the 10 s politeness floor)\n", m["first-run-s"], m["x-floor"]
		printf "re-run, feeds answer 304:  %6.2f s (%.1f%% of the first run)\n", m["rerun-feed304-s"], m["rerun-feed304-%"]
		printf "re-run, every page 304:    %6.2f s (%.1f%% of the first run)\n", m["rerun-pages304-s"], m["rerun-pages304-%"]
		printf "peak RSS:                  %6.1f MB (test process with the embedded store)\n", m["peak-RSS-MB"]
		next
	}
	{ print }'
