#!/usr/bin/env bash
# Reruns the speed check of the outside-text gate (PAN scanner + control stripping) on large and
# hostile inputs: megabytes of digits, spaced digits, order lists, complaint prose, 2,000-digit runs.
# Prints ms and ns per character at two sizes; linear time shows as a flat ns/char column.
# Usage: bench/pan-scan.sh [MB for the larger size, default 4]
# Normal builds never compile the benchmarks; this script builds them with the `bench` Maven profile.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -Pbench -DskipTests test-compile
# a small stack on purpose: the scanner must not recurse (the regex it replaced overflowed on long runs)
java -Xss256k -cp target/classes:target/test-classes dev.paytriage.bench.PanScanBench "$@"
