#!/usr/bin/env bash
# Throughput of POST /api/user/assistant on its 201 and 422 paths against the real server on
# PostgreSQL, of an authenticated look-up, of pages of 10 and 100 assistants, beside two baselines
# measured in the same run: Liberty's own /health/live (the framework's floor) and pgbench inserting
# the same row straight into the same table (the database's). Absolute figures depend on the
# machine; the ratios between scenarios measured together much less.
#
# Usage: bench/load/run.sh    (from a clone; builds what is missing, starts and stops its own server)
# Environment: THREADS (2), CONNECTIONS (16), DURATION (20 s measured per scenario), WARMUP (180 s: the
#              least warm-up of the first scenario), WARMUP_BLOCK (15 s), WARMUP_RISE (3 %: a block at most
#              this much faster than the best before ends the warm-up), WARMUP_MAX (420 s per scenario),
#              BENCH_PORT (9480), BENCH_DB (assistants_bench, dropped and recreated), KEEP_DB=1 keeps it,
#              SCENARIOS (all: "201 422 live languages unauthenticated list10 list100 pgbench"; a subset
#              measures only those, e.g. SCENARIOS="201 pgbench" to compare the create across settings).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

threads=${THREADS:-2}
connections=${CONNECTIONS:-16}
duration=${DURATION:-20}
warmup=${WARMUP:-180}
block=${WARMUP_BLOCK:-15}
rise_percent=${WARMUP_RISE:-3}
warmup_max=${WARMUP_MAX:-420}
port=${BENCH_PORT:-9480}
https_port=$((port + 1))
db=${BENCH_DB:-assistants_bench}
api_key=demo-key-alpha
all_scenarios="201 422 live languages unauthenticated list10 list100 pgbench"
scenarios=${SCENARIOS:-$all_scenarios}
for scenario in $scenarios; do
    [[ " $all_scenarios " == *" $scenario "* ]] || { echo "run.sh: no scenario $scenario (there are: $all_scenarios)" >&2; exit 1; }
done
wanted() { [[ " $scenarios " == *" $1 "* ]]; }
# The pages are read from another account, which holds only the 100 assistants put there for it:
# alpha ends the 201 scenario with thousands, and its count would measure an implausible account.
list_key=demo-key-beta
list_account=2
url="http://127.0.0.1:$port/api/user/assistant"
list_url="http://127.0.0.1:$port/api/user/assistants/get"
live_url="http://127.0.0.1:$port/health/live"
languages_url="http://127.0.0.1:$port/api/user/assistants/languages"
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
# ~/.m2, i.e. from whatever was last installed there). bootstrap.properties carries the settings
# (the rate limits checked on every request but never reached: the check's cost is in every figure;
# RATELIMIT_MINUTE=0 RATELIMIT_BURST=0 measures without it, RATELIMIT_REDIS_URL with Redis);
# the environment variables Liberty would also read are cleared so they cannot interfere.
server_started=true
(cd "$root" && env -u DB_URL -u DB_USER -u DB_PASSWORD -u DB_POOL_MAX -u HTTP_PORT -u HTTPS_PORT -u DEMO_DATA \
    ./mvnw -q -DskipTests package liberty:create liberty:deploy liberty:start \
    -DlooseApplication=false -DuserDirectory="$user_dir" -DserverStartTimeout=180 -DverifyTimeout=120 \
    -Dliberty.bootstrap.db.url="jdbc:postgresql://127.0.0.1:5432/$db?stringtype=unspecified" \
    -Dliberty.bootstrap.db.user=postgres -Dliberty.bootstrap.db.password=postgres \
    -Dliberty.bootstrap.http.port="$port" -Dliberty.bootstrap.https.port="$https_port" \
    -Dliberty.bootstrap.demo.data=true \
    -Dliberty.bootstrap.ratelimit.minute="${RATELIMIT_MINUTE:-1000000000}" \
    -Dliberty.bootstrap.ratelimit.burst="${RATELIMIT_BURST:-1000000000}" \
    -Dliberty.bootstrap.ratelimit.auth.minute="${RATELIMIT_AUTH_MINUTE:-1000000000}" \
    -Dliberty.bootstrap.ratelimit.redis.url="${RATELIMIT_REDIS_URL:-}")
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
echo "Load: $threads threads, $connections connections, $duration s measured per scenario, each after its warm-up"
echo "Warm-up: blocks of $block s of the scenario's own load, unmeasured, until a block is no more than" \
    "${rise_percent}% faster than the best before it; the first scenario (the create, which compiles most" \
    "of the service) for at least $warmup s, every other for at least two blocks; at most $warmup_max s each"

# The server's own CPU time per request does not depend on what else the shared CPUs run.
server_cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' \
        "/proc/$(cat "$user_dir/servers/.pid/assistants.pid")/stat"
}
load1() { cut -d' ' -f1 /proc/loadavg; }

# wrk_load SECONDS BODY STATUS URL KEY [--latency]: wrk's report, with post.lua's RESULT line.
wrk_load() {
    local seconds=$1 body=$2 status=$3 target=$4 key=$5; shift 5
    wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 10s "$@" -s "$here/post.lua" "$target" \
        -- "$body" "$status" "$key"
}

# warm_up MINIMUM_SECONDS BODY STATUS URL KEY: the JIT takes minutes on two cores; a scenario is
# measured once its throughput has stopped rising.
warm_up() {
    local minimum=$1 body=$2 status=$3 target=$4 key=$5
    local spent=0 blocks=0 best=0 rps
    while :; do
        rps=$(wrk_load "$block" "$body" "$status" "$target" "$key" | sed -n 's/^RESULT .*rps=\([0-9.]*\).*/\1/p')
        spent=$((spent + block)); blocks=$((blocks + 1))
        local rising; rising=$(awk -v now="$rps" -v best="$best" -v pct="$rise_percent" \
            'BEGIN { print (now > best * (1 + pct / 100)) ? 1 : 0 }')
        awk -v now="$rps" -v best="$best" 'BEGIN { exit !(now > best) }' && best=$rps
        if [ "$spent" -ge "$warmup_max" ]; then break; fi
        if [ "$spent" -ge "$minimum" ] && [ "$blocks" -ge 2 ] && [ "$rising" = 0 ]; then break; fi
    done
    echo "   warmed up for $spent s (last block $rps req/s, best $best req/s)"
}

# run_wrk SCENARIO BODY STATUS URL KEY: warms up, measures, appends the figures to results.
# BODY - is a GET; KEY - sends no key.
first_scenario=true
run_wrk() {
    local name=$1 body=$2 status=$3 target=$4 key=$5
    wanted "$name" || return 0
    local minimum=0
    if $first_scenario; then minimum=$warmup; first_scenario=false; fi
    warm_up "$minimum" "$body" "$status" "$target" "$key"
    local before cpu; before=$(rows); cpu=$(server_cpu_ms)
    python3 "$here/cpu.py" postgres >"$work/$name.pgcpu" & local sampler=$!
    wrk_load "$duration" "$body" "$status" "$target" "$key" --latency | tee "$work/$name.out"
    kill -TERM "$sampler"; wait "$sampler" || true
    cpu=$(( $(server_cpu_ms) - cpu ))
    local added=$(( $(rows) - before ))
    local result; result=$(sed -n 's/^RESULT //p' "$work/$name.out")
    local -A r; local kv
    for kv in $result; do r[${kv%%=*}]=${kv#*=}; done
    [ "${r[unexpected]}" = 0 ] || fail "$name: ${r[unexpected]} answers were not $status"
    # Rows written must match the answers: every 201 one row (plus the requests still in flight
    # when wrk stopped counting), every other answer none.
    if [ "$status" = 201 ]; then
        [ "$added" -ge "${r[expected]}" ] && [ "$added" -le $(( ${r[expected]} + connections )) ] \
            || fail "$name: $added rows written for ${r[expected]} answers 201"
    else
        [ "$added" = 0 ] || fail "$name: $added rows written by requests that create nothing"
    fi
    echo "$name ${r[rps]} ${r[p50_ms]} ${r[p99_ms]} ${r[requests]} ${r[socket_errors]} rows+$added $(load1)" \
        "$(per_request "$cpu" "${r[requests]}") $(per_request "$(cat "$work/$name.pgcpu")" "${r[requests]}")" >>"$work/results"
}
per_request() { awk -v ms="$1" -v n="$2" 'BEGIN { printf "%.3f", ms / n }'; }

wanted 201 && { echo; echo "== POST $url -> 201 (create-201.json)"; }
run_wrk 201 "$here/create-201.json" 201 "$url" "$api_key"
wanted 422 && { echo; echo "== POST $url -> 422 (create-422.json, $violations violations)"; }
run_wrk 422 "$here/create-422.json" 422 "$url" "$api_key"
wanted live && { echo; echo "== GET $live_url -> 200 (Liberty's own health check: the framework's floor)"; }
run_wrk live - 200 "$live_url" -
wanted languages && { echo; echo "== GET $languages_url -> 200 with a key (an authenticated look-up)"; }
run_wrk languages - 200 "$languages_url" "$api_key"
wanted unauthenticated && { echo; echo "== GET $languages_url -> 401 without a key (HTTP, servlet and JAX-RS dispatch)"; }
run_wrk unauthenticated - 401 "$languages_url" -

# Every page below must be full.
while { wanted list10 || wanted list100; } && [ "$(sql -c "SELECT count(*) FROM assistants WHERE account_id = $list_account")" -lt 100 ]; do
    [ "$(post_status "$here/create-201.json" "$list_key")" = 201 ] || fail "create-201.json was not created: $(cat "$work/body")"
done
list_items() {
    curl -s -o "$work/body" -w '%{http_code}' "$list_url?per_page=$1" -H "Authorization: Bearer $list_key"
}
for per_page in 10 100; do
    wanted "list$per_page" || continue
    [ "$(list_items "$per_page")" = 200 ] || fail "the list with per_page=$per_page was not a 200: $(head -c 300 "$work/body")"
    listed=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["data"]))' "$work/body")
    [ "$listed" = "$per_page" ] || fail "the list with per_page=$per_page held $listed assistants"
    echo; echo "== GET $list_url?per_page=$per_page -> 200 ($per_page assistants)"
    run_wrk "list$per_page" - 200 "$list_url?per_page=$per_page" "$list_key"
done

if wanted pgbench; then
    echo; echo "== pgbench -f insert-assistant.sql (the same row, straight into $db)"
    pgbench "${pg[@]}" -n -M prepared -c "$connections" -j "$threads" -T "$block" -f "$here/insert-assistant.sql" "$db" >/dev/null
    before=$(rows)
    python3 "$here/cpu.py" postgres >"$work/pgbench.pgcpu" & sampler=$!
    pgbench "${pg[@]}" -n -M prepared -c "$connections" -j "$threads" -T "$duration" -f "$here/insert-assistant.sql" \
        -l --log-prefix="$work/txlog" "$db" 2>&1 | tee "$work/pgbench.out"
    kill -TERM "$sampler"; wait "$sampler" || true
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
    echo "pgbench $tps $percentiles $processed 0 rows+$added $(load1) - $(per_request "$(cat "$work/pgbench.pgcpu")" "$processed")" \
        >>"$work/results"
fi

echo
python3 "$here/report.py" "$work/results"
