#!/usr/bin/env bash
# Reruns the triage benchmark (JMH, one thread): verdicts per second over the 48 sandbox cases.
# Usage: bench/run-triage-bench.sh [extra JMH options, e.g. -wi 1 -i 3]
# Normal builds never compile the benchmarks; this script builds them with the `bench` Maven profile.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -Pbench -DskipTests test-compile
mvn -B -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"

# taskset pins the JVM to one core when available, so the number is per core on a shared machine.
PIN=()
if command -v taskset >/dev/null 2>&1; then
  PIN=(taskset -c 0)
fi
"${PIN[@]}" java -cp "$CP" org.openjdk.jmh.Main 'dev.paytriage.bench.TriageBench' -rf text -rff target/triage-bench.txt "$@"
echo "results: target/triage-bench.txt" >&2
