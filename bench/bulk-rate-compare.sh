#!/usr/bin/env bash
# Before/after of bulk throughput (issue 13's figures): builds the jar of a git ref (default: main) in
# a temporary folder from `git archive` (your work tree is not touched), builds this checkout's jar,
# and runs bench/bulk-rate.sh on both:
#   1. 6,000 rows, -j 16, a gateway answering in 50 ms, as the README shows it (no --rate):
#      rows/s as a fraction of 16 / 50 ms = 320 rows/s, and CPU per row;
#      the ref's default (rate: 10 before issue 13) runs only BEFORE_ROWS rows (at 10 rows/s 6,000 take 10 min);
#   2. the same with --rate 1000 (the most it accepts: no cap), for the ref;
#   3. the same gateway answering 429 + Retry-After: 1 past 100 requests/s: the settled rate and the
#      share of throttled requests.
# Usage: bench/bulk-rate-compare.sh [REF]   (env: ROWS=6000 BEFORE_ROWS=600; needs mvn, java 17+, curl)
set -euo pipefail
cd "$(dirname "$0")/.."
ref="${1:-main}"
rows="${ROWS:-6000}"
before_rows="${BEFORE_ROWS:-600}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "building $ref and this checkout ..." >&2
mkdir -p "$tmp/ref"
git archive "$ref" | tar -x -C "$tmp/ref"
(cd "$tmp/ref" && mvn -B -q -DskipTests package >&2)
cp "$tmp/ref/target/paytriage.jar" "$tmp/before.jar"
mvn -B -q -DskipTests package >&2
cp target/paytriage.jar "$tmp/after.jar"

run() { bench/bulk-rate.sh "$@"; echo; }
run --jar "$tmp/before.jar" --rows "$before_rows" --label "before ($ref), no --rate"
run --jar "$tmp/before.jar" --rows "$rows" --label "before ($ref), --rate 1000" -- --rate 1000
run --jar "$tmp/after.jar" --rows "$rows" --label "after, no --rate (rate: auto)"
run --jar "$tmp/before.jar" --rows "$rows" --limit 100 --label "before ($ref), --rate 1000, 429 past 100/s" -- --rate 1000
run --jar "$tmp/after.jar" --rows "$rows" --limit 100 --label "after, no --rate (rate: auto), 429 past 100/s"
