#!/usr/bin/env bash
# Bulk exactly-once under a small heap: N rows (default 60000) where row 1's gateway accepts the
# connection and never answers (its total_timeout ends it), every other row a sandbox payment. Before
# the bounded reorder buffer every finished row waited in memory behind row 1 (OutOfMemoryError,
# nothing written); now reading ahead stalls instead. Prints rows written, whether each row appears
# once and in order, the exit code, wall time, peak RSS and the largest heap after a GC.
# Usage: bench/bulk-never-answering.sh [rows] [heap] [jar]   (needs python3 for the silent gateway)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-60000}"
heap="${2:-128m}"
jar="${3:-target/paytriage.jar}"
[[ -f "$jar" ]] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)

# A gateway that accepts connections and never says a word.
python3 - "$work/port" <<'PY' &
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(64)
open(sys.argv[1], "w").write(str(s.getsockname()[1]))
held = []
while True:
    c, _ = s.accept(); held.append(c)
PY
silent_pid=$!
trap 'kill "$silent_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [[ -s "$work/port" ]] && break; sleep 0.1; done
port=$(cat "$work/port")

cat > "$work/config.yaml" <<YAML
default_gateway: sandbox
gateways:
  silent:
    type: begateway
    base_url: http://127.0.0.1:$port
    shop_id: "361"
    secret_key: bench-secret
    connect_timeout: 2s
    read_timeout: 20s
    total_timeout: 20s
    max_attempts: 1
YAML

java -jar "$jar" sandbox list | awk '{print $1}' > "$work/ids"
python3 - "$work/ids" "$rows" > "$work/in.csv" <<'PY'
import sys
ids = [l.strip() for l in open(sys.argv[1]) if l.strip()]
n = int(sys.argv[2])
print("ref,gateway")
print(ids[0] + ",silent")
for i in range(1, n):
    print(ids[i % len(ids)] + ",")
PY

set +e
/usr/bin/time -f "%e s wall, %M KB peak RSS" -o "$work/time" \
  java -Xmx"$heap" -Xlog:gc:file="$work/gc.log" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" \
  bulk "$work/in.csv" -o "$work/out.jsonl" -j 4 --config "$work/config.yaml" 2>"$work/err"
code=$?
set -e
written=$(grep -c . "$work/out.jsonl" 2>/dev/null || true)
in_order=$(python3 - "$work/out.jsonl" "$rows" <<'PY'
import json, sys
try:
    got = [json.loads(l)["row"] for l in open(sys.argv[1]) if l.strip()]
except FileNotFoundError:
    got = []
print("yes" if got == list(range(1, int(sys.argv[2]) + 1)) else "no")
PY
)
peak_heap=$(grep -o -- '->[0-9]*M' "$work/gc.log" | tr -dc '0-9\n' | sort -n | tail -1)
echo "rows: $rows  heap: -Xmx$heap  jar: $jar"
echo "exit $code; $written rows written; every row once, in order: $in_order"
echo "$(cat "$work/time"); largest heap after a GC: ${peak_heap:-?} MB"
echo "stderr: $(grep -v '^\s*$' "$work/err" | tail -2 | cut -c1-200 | tr '\n' ' ')"
