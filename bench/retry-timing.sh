#!/usr/bin/env bash
# Retry timing benchmark: wall time of one `check` against a WireMock-served beGateway that answers
# at once, fails twice with 500, asks for Retry-After: 1 with 429, always fails with 503, or never
# answers; with the requests WireMock saw. Subtract the first line (JVM start-up + one request) to
# see what backoff, Retry-After and total_timeout cost. Rerun after changes to gateway/http.
# Usage: bench/retry-timing.sh [runs]   (needs the jar: mvn -B -q -DskipTests package; and curl)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
jar=target/paytriage.jar
wm=$(ls ~/.m2/repository/org/wiremock/wiremock-standalone/*/wiremock-standalone-*.jar 2>/dev/null | tail -1)
[[ -f "$jar" ]] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
[[ -f "$wm" ]] || { echo "WireMock standalone not in ~/.m2: run mvn -B verify once" >&2; exit 1; }

port=$(( 20000 + RANDOM % 20000 ))
java -jar "$wm" --port "$port" --disable-banner >/dev/null 2>&1 &
wm_pid=$!
work=$(mktemp -d)
trap 'kill "$wm_pid" 2>/dev/null; rm -rf "$work"' EXIT
admin="http://localhost:$port/__admin"
for _ in $(seq 50); do curl -fs "$admin/mappings" >/dev/null 2>&1 && break; sleep 0.2; done

body=$(python3 -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read()))' \
  src/main/resources/sandbox/begateway/insufficient_funds_v2.json 2>/dev/null) \
  || body=$(sed 's/\\/\\\\/g; s/"/\\"/g' src/main/resources/sandbox/begateway/insufficient_funds_v2.json | tr -d '\n' | sed 's/^/"/; s/$/"/')
stub() { curl -fs -X POST "$admin/mappings" -d "$1" >/dev/null; }
ok='{"status":200,"headers":{"Content-Type":"application/json"},"body":'"$body"'}'
path() { echo "/transactions/$1"; }
stub '{"request":{"method":"GET","url":"'"$(path direct)"'"},"response":'"$ok"'}'
stub '{"scenarioName":"f","requiredScenarioState":"Started","newScenarioState":"1","request":{"method":"GET","url":"'"$(path flaky)"'"},"response":{"status":500}}'
stub '{"scenarioName":"f","requiredScenarioState":"1","newScenarioState":"2","request":{"method":"GET","url":"'"$(path flaky)"'"},"response":{"status":500}}'
stub '{"scenarioName":"f","requiredScenarioState":"2","request":{"method":"GET","url":"'"$(path flaky)"'"},"response":'"$ok"'}'
stub '{"scenarioName":"b","requiredScenarioState":"Started","newScenarioState":"1","request":{"method":"GET","url":"'"$(path busy)"'"},"response":{"status":429,"headers":{"Retry-After":"1"}}}'
stub '{"scenarioName":"b","requiredScenarioState":"1","request":{"method":"GET","url":"'"$(path busy)"'"},"response":'"$ok"'}'
stub '{"request":{"method":"GET","url":"'"$(path down)"'"},"response":{"status":503}}'
stub '{"request":{"method":"GET","url":"'"$(path silent)"'"},"response":{"status":200,"fixedDelayMilliseconds":60000}}'

cat > "$work/config.yaml" <<YAML
gateways:
  bepaid:
    type: begateway
    base_url: http://localhost:$port
    shop_id: "361"
    secret_key: bench-secret
    connect_timeout: 2s
    read_timeout: 2s
    total_timeout: 3s
    max_attempts: 3
YAML

measure() {
  local label="$1" ref="$2" tmp; tmp=$(mktemp)
  for _ in $(seq "$runs"); do
    curl -fs -X POST "$admin/scenarios/reset" >/dev/null
    curl -fs -X DELETE "$admin/requests" >/dev/null
    /usr/bin/time -f "%e" -a -o "$tmp" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" \
      check "$ref" --config "$work/config.yaml" -o json --verbose >/dev/null 2>"$work/err" || true
  done
  local seen; seen=$(curl -fs -X POST "$admin/requests/count" -d '{"method":"GET","url":"/transactions/'"$ref"'"}' \
    | tr -dc '0-9')
  # time(1) adds "Command exited with non-zero status 4" for the failing cases: keep the numbers only
  awk -v label="$label" -v seen="$seen" '/^[0-9.]+$/ { s += $1; if (min == "" || $1 < min) min = $1; if ($1 > max) max = $1; n++ }
    END { printf "%-40s %.2f s mean (%.2f-%.2f) of %d runs, %d requests in the last\n", label, s / n, min, max, n, seen }' "$tmp"
  # the last run's own account: each attempt's time and the wait before the next
  grep -E '^http .* -> ' "$work/err" | sed 's/^http bepaid: /    /'
  grep '^paytriage:' "$work/err" | sed 's/^/    /' || true
  rm -f "$tmp"
}
measure "200 at once" direct
measure "500, 500, then 200" flaky
measure "429 Retry-After: 1, then 200" busy
measure "503 every time (3 attempts)" down
measure "never answers (total_timeout 3s)" silent
