#!/usr/bin/env bash
# Start-up benchmark: wall time and peak memory of one `check` on a sandbox payment, with and
# without the launcher's class-data-sharing archive. Rerun after changes that touch start-up.
# Usage: bench/startup.sh [runs]   (needs the jar: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
jar=target/paytriage.jar
[[ -f "$jar" ]] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
jsa=$(mktemp -d)/bench.jsa
logs=(-Xlog:disable -Xlog:all=error:stderr)
java -XX:ArchiveClassesAtExit="$jsa" "${logs[@]}" -jar "$jar" check 58213-4f9a1c2b7e -o json >/dev/null

measure() {
  local label="$1"; shift
  local tmp; tmp=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -a -o "$tmp" "$@" >/dev/null 2>&1
  done
  awk -v label="$label" '{ s += $1; if ($2 > p) p = $2; n++ }
    END { printf "%-32s %.3f s mean of %d runs, peak RSS %d MB\n", label, s / n, n, p / 1024 }' "$tmp"
  rm -f "$tmp"
}
cmd=(check 58213-4f9a1c2b7e -o json)
measure "java -jar (JVM defaults)" java "${logs[@]}" -jar "$jar" "${cmd[@]}"
measure "launcher flags, no CDS" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "${logs[@]}" -jar "$jar" "${cmd[@]}"
measure "launcher flags + CDS archive" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile="$jsa" "${logs[@]}" -jar "$jar" "${cmd[@]}"
