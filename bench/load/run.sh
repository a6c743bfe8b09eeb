#!/usr/bin/env bash
# Throughput of POST /api/user/assistant on its 201 and 422 paths against the real server on
# PostgreSQL, beside pgbench inserting the same row straight into the same table, and of a page of
# 10 and of 100 assistants from GET /api/user/assistants/get, all in one run: absolute figures
# depend on the machine, the ratios between scenarios measured together less so.
#
# Usage: bench/load/run.sh    (from a clone; builds what is missing, starts and stops its own server)
# Environment: THREADS (2), CONNECTIONS (16), DURATION (20 s), WARMUP (10 s), BENCH_PORT (9480),
#              BENCH_DB (assistants_bench, dropped and recreated), KEEP_DB=1 keeps it afterwards.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

threads=${THREADS:-2}
connections=${CONNECTIONS:-16}
duration=${DURATION:-20}
warmup=${WARMUP:-10}
port=${BENCH_PORT:-9480}
https_port=$((port + 1))
db=${BENCH_DB:-assistants_bench}
api_key=demo-key-alpha
# The pages are read from another account, which holds only the 100 assistants put there for it:
# alpha ends the 201 scenario with thousands, and its count would measure an implausible account.
list_key=demo-key-beta
list_account=2
url="http://127.0.0.1:$port/api/user/assistant"
list_url="http://127.0.0.1:$port/api/user/assistants/get"
pg=(-h 127.0.0.1 -p 5432 -U postgres)

# A server of its own, beside (not instead of) the one liberty:run uses, in the same Liberty runtime.
user_dir="$root/bootstrap/target/liberty-bench/usr"
wlp="$root/bootstrap/target/liberty/wlp"
work=$(mktemp -d)
server_started=false

cleanup() {
    if $server_started; then
        WLP_USER_DIR="$user_dir" "$wlp/bin/server" stop assistants >/dev/null || true
    fi
    if [ "${KEEP_DB:-}" != 1 ]; then
        dropdb "${pg[@]}" --if-exists "$db" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "run.sh: $*" >&2; exit 1; }

for tool in java psql pgbench createdb curl python3; do
    command -v "$tool" >/dev/null || fail "$tool is needed"
done
if ! command -v wrk >/dev/null; then
    echo "Installing wrk..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    fail "something already listens on port $port; it would be measured instead of this build"
fi

dropdb "${pg[@]}" --if-exists "$db"
createdb "${pg[@]}" "$db"

echo "Building and starting the server on PostgreSQL database $db, port $port..."
# The packaged WAR is deployed (not the loose application, whose module jars would come from
# ~/.m2, i.e. from whatever was last installed there). bootstrap.properties carries the settings;
# the environment variables Liberty would also read are cleared so they cannot interfere.
server_started=true
(cd "$root" && env -u DB_URL -u DB_USER -u DB_PASSWORD -u DB_POOL_MAX -u HTTP_PORT -u HTTPS_PORT -u DEMO_DATA \
    ./mvnw -q -DskipTests package liberty:create liberty:deploy liberty:start \
    -DlooseApplication=false -DuserDirectory="$user_dir" -DserverStartTimeout=180 -DverifyTimeout=120 \
    -Dliberty.bootstrap.db.url="jdbc:postgresql://127.0.0.1:5432/$db?stringtype=unspecified" \
    -Dliberty.bootstrap.db.user=postgres -Dliberty.bootstrap.db.password=postgres \
    -Dliberty.bootstrap.http.port="$port" -Dliberty.bootstrap.https.port="$https_port" \
    -Dliberty.bootstrap.demo.data=true)
for _ in $(seq 60); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break
    sleep 2
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || fail "the server did not become ready"

sql() { psql "${pg[@]}" -d "$db" -qAtX -v ON_ERROR_STOP=1 "$@"; }
rows() { sql -c "SELECT count(*) FROM assistants"; }

# post_status BODY [KEY]
post_status() {
    curl -s -o "$work/body" -w '%{http_code}' -X POST "$url" -H "Authorization: Bearer ${2:-$api_key}" \
        -H "Content-Type: application/json" --data-binary "@$1"
}

# Each scenario must do what it claims before it is timed.
[ "$(post_status "$here/create-201.json")" = 201 ] || fail "create-201.json was not created: $(cat "$work/body")"
[ "$(post_status "$here/create-422.json")" = 422 ] || fail "create-422.json was not a 422: $(cat "$work/body")"
violations=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["errors"]))' "$work/body")
sql -f "$here/insert-assistant.sql"
differences=$(sql -c "
    WITH r AS (SELECT to_jsonb(a) - 'id' - 'created_at' - 'updated_at' AS j FROM assistants a ORDER BY id LIMIT 2)
    SELECT string_agg(k, ', ') FROM (
        SELECT k FROM r, jsonb_object_keys(r.j) k GROUP BY k HAVING count(DISTINCT r.j -> k) > 1) d")
[ -z "$differences" ] || fail "insert-assistant.sql writes another row than a 201 does, in: $differences"

machine() {
    echo "Machine: $(nproc) CPUs ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), shared by wrk, Liberty and PostgreSQL;" \
        "load average before the run $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "         $(java -version 2>&1 | head -1); $(psql "${pg[@]}" -d "$db" -AtX -c 'SHOW server_version')"
}
machine
echo "Load: $threads threads, $connections connections, $duration s per scenario after $warmup s of the same load unmeasured"

# The server's own CPU time per request does not depend on what else the shared CPUs run.
server_cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' \
        "/proc/$(cat "$user_dir/servers/.pid/assistants.pid")/stat"
}
load1() { cut -d' ' -f1 /proc/loadavg; }

# wrk SCENARIO BODY STATUS [URL [KEY]]: prints wrk's report, appends its figures to results. BODY - is a GET.
run_wrk() {
    local name=$1 body=$2 status=$3 target=${4:-$url} key=${5:-$api_key}
    wrk -t "$threads" -c "$connections" -d "${warmup}s" --timeout 10s -s "$here/post.lua" "$target" \
        -- "$body" "$status" "$key" >/dev/null
    local before cpu; before=$(rows); cpu=$(server_cpu_ms)
    wrk -t "$threads" -c "$connections" -d "${duration}s" --timeout 10s --latency -s "$here/post.lua" "$target" \
        -- "$body" "$status" "$key" | tee "$work/$name.out"
    cpu=$(( $(server_cpu_ms) - cpu ))
    local added=$(( $(rows) - before ))
    local result; result=$(sed -n 's/^RESULT //p' "$work/$name.out")
    local -A r; local kv
    for kv in $result; do r[${kv%%=*}]=${kv#*=}; done
    [ "${r[unexpected]}" = 0 ] || fail "$name: ${r[unexpected]} answers were not $status"
    # Rows written must match the answers: every 201 one row (plus the requests still in flight
    # when wrk stopped counting), every 422 none.
    if [ "$status" = 201 ]; then
        [ "$added" -ge "${r[expected]}" ] && [ "$added" -le $(( ${r[expected]} + connections )) ] \
            || fail "$name: $added rows written for ${r[expected]} answers 201"
    else
        [ "$added" = 0 ] || fail "$name: $added rows written by requests that create nothing"
    fi
    local cpu_per_request; cpu_per_request=$(awk -v ms="$cpu" -v n="${r[requests]}" 'BEGIN { printf "%.2f", ms / n }')
    echo "$name ${r[rps]} ${r[p50_ms]} ${r[p99_ms]} ${r[requests]} ${r[socket_errors]} rows+$added $(load1) $cpu_per_request" \
        >>"$work/results"
}

echo; echo "== POST $url -> 201 (create-201.json)"
run_wrk 201 "$here/create-201.json" 201
echo; echo "== POST $url -> 422 (create-422.json, $violations violations)"
run_wrk 422 "$here/create-422.json" 422

# Every page below must be full.
while [ "$(sql -c "SELECT count(*) FROM assistants WHERE account_id = $list_account")" -lt 100 ]; do
    [ "$(post_status "$here/create-201.json" "$list_key")" = 201 ] || fail "create-201.json was not created: $(cat "$work/body")"
done
list_items() {
    curl -s -o "$work/body" -w '%{http_code}' "$list_url?per_page=$1" -H "Authorization: Bearer $list_key"
}
for per_page in 10 100; do
    [ "$(list_items "$per_page")" = 200 ] || fail "the list with per_page=$per_page was not a 200: $(head -c 300 "$work/body")"
    listed=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["data"]))' "$work/body")
    [ "$listed" = "$per_page" ] || fail "the list with per_page=$per_page held $listed assistants"
    echo; echo "== GET $list_url?per_page=$per_page -> 200 ($per_page assistants)"
    run_wrk "list$per_page" - 200 "$list_url?per_page=$per_page" "$list_key"
done

echo; echo "== pgbench -f insert-assistant.sql (the same row, straight into $db)"
pgbench "${pg[@]}" -n -M prepared -c "$connections" -j "$threads" -T "$warmup" -f "$here/insert-assistant.sql" "$db" >/dev/null
before=$(rows)
pgbench "${pg[@]}" -n -M prepared -c "$connections" -j "$threads" -T "$duration" -f "$here/insert-assistant.sql" \
    -l --log-prefix="$work/txlog" "$db" 2>&1 | tee "$work/pgbench.out"
added=$(( $(rows) - before ))
tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$work/pgbench.out")
processed=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$work/pgbench.out")
[ "$added" = "$processed" ] || fail "pgbench: $added rows written for $processed transactions"
# pgbench reports only the mean latency; its per-transaction log (latency in µs, third column) has the rest.
percentiles=$(cat "$work"/txlog.* | python3 -c '
import sys
latencies = sorted(int(line.split()[2]) for line in sys.stdin)
pick = lambda p: latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] / 1000
print(f"{pick(50):.2f} {pick(99):.2f}")')
echo "pgbench $tps $percentiles $processed 0 rows+$added $(load1) -" >>"$work/results"

echo
python3 - "$work/results" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    name, rps, p50, p99, requests, errors, written, load, cpu = line.split()
    rows[name] = (float(rps), float(p50), float(p99), int(requests), int(errors), written, load, cpu)
labels = {"201": "POST -> 201 (create)", "422": "POST -> 422 (rejected)", "list10": "GET list, 10 a page",
          "list100": "GET list, 100 a page", "pgbench": "pgbench INSERT (same row)"}
print(f"{'scenario':<28}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'requests':>10}{'sock err':>9}"
      f"{'server CPU ms/req':>19}{'load1 after':>12}  rows")
for name, (rps, p50, p99, requests, errors, written, load, cpu) in rows.items():
    print(f"{labels[name]:<28}{rps:>10.1f}{p50:>9.2f}{p99:>9.2f}{requests:>10}{errors:>9}{cpu:>19}{load:>12}  {written}")
ratio = lambda a, b: rows[a][0] / rows[b][0]
print(f"throughput ratios: 201/pgbench {ratio('201', 'pgbench'):.3f}   "
      f"422/pgbench {ratio('422', 'pgbench'):.3f}   422/201 {ratio('422', '201'):.2f}   "
      f"list100/list10 {ratio('list100', 'list10'):.2f}")
PY
