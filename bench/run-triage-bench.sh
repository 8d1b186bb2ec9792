#!/usr/bin/env bash
# Reruns the triage benchmark (JMH, one thread): verdicts per second over the 48 sandbox cases.
# Usage: bench/run-triage-bench.sh [extra JMH options, e.g. -wi 1 -i 3]
# Normal builds never compile the benchmarks; this script builds them with the `bench` Maven profile.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -Pbench -DskipTests test-compile
mvn -B -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"

# The benchmark runs one thread (one core's worth of verdicts). BENCH_CPU=N also pins the whole JVM,
# JIT and GC included, to core N with taskset; that is slower to warm up and useful on a quiet machine.
PIN=()
if [[ -n "${BENCH_CPU:-}" ]] && command -v taskset >/dev/null 2>&1; then
  PIN=(taskset -c "$BENCH_CPU")
fi
"${PIN[@]}" java -cp "$CP" org.openjdk.jmh.Main 'dev.paytriage.bench.TriageBench' -rf text -rff target/triage-bench.txt "$@"
echo "results: target/triage-bench.txt" >&2
