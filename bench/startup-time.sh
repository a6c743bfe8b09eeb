#!/usr/bin/env bash
# Liberty's own "server ... started in N seconds" for our server against a bare server with the
# same features and no application, started alternately the same number of times in one run.
# Usage: bench/startup-time.sh [rounds] [variant ...]   (after ./mvnw -DskipTests package liberty:create liberty:deploy)
# Each start is cold (--clean: no OSGi or annotation cache kept); WARM=true keeps the server's workarea
# between starts, as a restarted deployment does. A variant is another server of the same runtime (a copy
# of ours with one setting changed, as bench/profile/shared-library-server.sh makes): it is started in
# turn with ours and the bare one, so that a change is measured against both in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
variants=("${@:2}")
start_options=(--clean)
[ "${WARM:-false}" = true ] && start_options=()
wlp=bootstrap/target/liberty/wlp
ours=assistants
bare=bare-same-features

if [ ! -d "$wlp/usr/servers/$ours" ]; then
    echo "Create the server first: ./mvnw -DskipTests package liberty:create liberty:deploy" >&2
    exit 1
fi
for variant in "${variants[@]}"; do
    [ -d "$wlp/usr/servers/$variant" ] || { echo "No server $variant in $wlp/usr/servers" >&2; exit 1; }
done
servers=("$ours" "${variants[@]}" "$bare")

rm -rf "$wlp/usr/servers/$bare"
"$wlp/bin/server" create "$bare" >/dev/null
python3 - "$wlp/usr/servers/$ours/server.xml" "$wlp/usr/servers/$bare/server.xml" <<'PY'
import re, sys
ours = open(sys.argv[1]).read()
features = re.search(r"<featureManager>.*?</featureManager>", ours, re.S).group(0)
open(sys.argv[2], "w").write(f'<server>\n{features}\n<httpEndpoint id="defaultHttpEndpoint" httpPort="9380" httpsPort="9381"/>\n</server>\n')
PY

# "SERVER STARTED_IN APPLICATION_STARTED_IN" (seconds; "-" for a server without the application)
started_in() {
    local server="$1" log="$wlp/usr/servers/$1/logs/messages.log"
    rm -f "$log"
    "$wlp/bin/server" start "$server" "${start_options[@]}" >/dev/null
    "$wlp/bin/server" stop "$server" >/dev/null
    local started application
    started=$(sed -n 's/.*CWWKF0011I.* started in \([0-9.]*\) seconds.*/\1/p' "$log")
    application=$(sed -n 's/.*CWWKZ0001I: Application assistants started in \([0-9.]*\) seconds.*/\1/p' "$log")
    echo "$server $started ${application:--}"
}

# A server's first start makes its keystore and LTPA keys (RSA key generation: seconds on these machines), and
# the bare server is new in every run: one unmeasured start each keeps that out of the comparison, and makes
# the first measured WARM start find a workarea
for server in "${servers[@]}"; do started_in "$server" >/dev/null; done

for _ in $(seq "$rounds"); do
    for server in "${servers[@]}"; do started_in "$server"; done
done | python3 -c '
import sys, statistics
started, application = {}, {}
for line in sys.stdin:
    name, seconds, app_seconds = line.split()
    started.setdefault(name, []).append(float(seconds))
    if app_seconds != "-":
        application.setdefault(name, []).append(float(app_seconds))
bare = statistics.median(started[sys.argv[1]])
for name, values in started.items():
    line = f"{name}: median {statistics.median(values):.2f} s over {len(values)} starts {values}"
    if name in application:
        line += f"; application {statistics.median(application[name]):.2f} s {application[name]}"
    print(line)
for name, values in started.items():
    if name != sys.argv[1]:
        print(f"ratio {name}/bare: {statistics.median(values) / bare:.2f}")
' "$bare"
