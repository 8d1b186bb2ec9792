#!/usr/bin/env bash
# Bulk throughput against a loopback beGateway (src/test/java/dev/paytriage/gateway/ThrottlingGateway.java,
# run from source: no build of the stub needed) that answers each lookup after a fixed latency and,
# with --limit N, answers 429 + Retry-After past N requests per second.
# Prints one block: rows/s (wall, JVM start included) as a fraction of what the connections allow
# (concurrency / latency), CPU per row of the whole paytriage process (user+sys from /usr/bin/time),
# what the gateway saw (requests, throttled share, accepted requests/s) and paytriage's summary lines.
#
# Usage: bench/bulk-rate.sh [--jar JAR] [--rows N] [-j N] [--latency-ms MS] [--limit N]
#                           [--java-opts "..."] [--label TEXT] [--stderr FILE]
#                           [-- extra bulk options, e.g. --rate 1000]
# Defaults: target/paytriage.jar, 6000 rows, -j 16, 50 ms, no limit, the launcher's JVM flags
# (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC, as ./paytriage runs it). Needs java 17+ and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/paytriage.jar rows=6000 j=16 latency=50 limit=0 label="" keep="" extra=()
java_opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    -j) j="$2"; shift 2 ;;
    --latency-ms) latency="$2"; shift 2 ;;
    --limit) limit="$2"; shift 2 ;;
    --java-opts) java_opts="$2"; shift 2 ;;
    --label) label="$2"; shift 2 ;;
    --stderr) keep="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "unknown option $1 (see the usage at the top of $0)" >&2; exit 2 ;;
  esac
done
[[ -f "$jar" ]] || { echo "no $jar: build it first (mvn -B -q -DskipTests package)" >&2; exit 1; }

work=$(mktemp -d)
stub_pid=""
trap '[[ -n "$stub_pid" ]] && kill "$stub_pid" 2>/dev/null; rm -rf "$work"' EXIT
java src/test/java/dev/paytriage/gateway/ThrottlingGateway.java --limit "$limit" --latency-ms "$latency" \
  --retry-after 1 --body src/main/resources/sandbox/begateway/insufficient_funds_v2.json \
  --port-file "$work/port" >"$work/stub.log" 2>&1 &
stub_pid=$!
for _ in $(seq 100); do [[ -s "$work/port" ]] && break; sleep 0.1; done
[[ -s "$work/port" ]] || { echo "the stub gateway did not start:" >&2; cat "$work/stub.log" >&2; exit 1; }
port=$(cat "$work/port")

cat > "$work/config.yaml" <<YAML
default_gateway: stub
gateways:
  stub:
    type: begateway
    base_url: http://127.0.0.1:$port
    shop_id: "361"
    secret_key: bench-secret
YAML
{ echo "ref"; for ((i = 1; i <= rows; i++)); do printf '%05d-b%09x\n' $((10000 + i % 90000)) "$i"; done; } > "$work/in.csv"

set +e
# shellcheck disable=SC2086
/usr/bin/time -f "%e %U %S %M" -o "$work/time" java $java_opts -jar "$jar" bulk "$work/in.csv" \
  -o "$work/out.jsonl" -j "$j" --config "$work/config.yaml" "${extra[@]}" 2>"$work/err"
code=$?
set -e
[[ -n "$keep" ]] && cp "$work/err" "$keep"
stats=$(curl -fs "http://127.0.0.1:$port/__stats" || echo '{}')
read -r wall user sys rss < "$work/time"
written=$(grep -c . "$work/out.jsonl" 2>/dev/null || true)
ok=$(grep -c '"status":"ok"' "$work/out.jsonl" 2>/dev/null || true)
python3 - "$stats" <<PY
import json, sys
s = json.loads(sys.argv[1] or "{}")
rows, wall, cpu = $rows, $wall, $user + $sys
ceiling = round($j * 1000 / $latency) if $latency > 0 else 0
req, thr = s.get("requests", 0), s.get("throttled", 0)
print("== ${label:-bulk} ==")
print(f"jar ${jar}; {rows} rows, -j $j, gateway latency ${latency} ms, gateway limit "
      + ("none" if float("$limit") <= 0 else "$limit req/s") + "; extra: ${extra[*]:-none}; JVM: ${java_opts:-defaults}")
print(f"exit $code; $written rows written, $ok ok")
frac = f" = {rows / wall / ceiling:.2f} of {ceiling} rows/s (j/latency)" if ceiling else ""
print(f"wall {wall:.1f} s: {rows / wall:.1f} rows/s{frac}")
print(f"CPU {cpu:.1f} s (user $user + sys $sys): {cpu * 1000 / rows:.2f} ms per row; peak RSS {$rss // 1024} MB")
share = f"{thr / req:.1%}" if req else "-"
print(f"gateway saw {req} requests, {thr} throttled ({share}); accepted {s.get('accepted_per_second', 0)} req/s")
PY
echo "paytriage said: $(grep -v '^\s*$' "$work/err" | grep -v '^bulk: [0-9]* of' | tail -3 | cut -c1-300 | tr '\n' ' ')"
