#!/usr/bin/env bash
# Liberty's own "server ... started in N seconds" for our server against a bare server with the
# same features and no application, started alternately the same number of times in one run.
# Usage: bench/startup-time.sh [rounds]   (after ./mvnw -DskipTests package liberty:create liberty:deploy)
# Each start is cold (--clean: no OSGi or annotation cache kept); WARM=true keeps the server's workarea
# between starts, as a restarted deployment does.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
start_options=(--clean)
[ "${WARM:-false}" = true ] && start_options=()
wlp=bootstrap/target/liberty/wlp
ours=assistants
bare=bare-same-features

if [ ! -d "$wlp/usr/servers/$ours" ]; then
    echo "Create the server first: ./mvnw -DskipTests package liberty:create liberty:deploy" >&2
    exit 1
fi

rm -rf "$wlp/usr/servers/$bare"
"$wlp/bin/server" create "$bare" >/dev/null
python3 - "$wlp/usr/servers/$ours/server.xml" "$wlp/usr/servers/$bare/server.xml" <<'PY'
import re, sys
ours = open(sys.argv[1]).read()
features = re.search(r"<featureManager>.*?</featureManager>", ours, re.S).group(0)
open(sys.argv[2], "w").write(f'<server>\n{features}\n<httpEndpoint id="defaultHttpEndpoint" httpPort="9380" httpsPort="9381"/>\n</server>\n')
PY

started_in() {
    local server="$1"
    rm -f "$wlp/usr/servers/$server/logs/messages.log"
    "$wlp/bin/server" start "$server" "${start_options[@]}" >/dev/null
    "$wlp/bin/server" stop "$server" >/dev/null
    sed -n 's/.*CWWKF0011I.* started in \([0-9.]*\) seconds.*/\1/p' "$wlp/usr/servers/$server/logs/messages.log"
}

# A server's first start makes its keystore and LTPA keys (RSA key generation: seconds on these machines), and
# the bare server is new in every run: one unmeasured start each keeps that out of the comparison, and makes
# the first measured WARM start find a workarea
started_in "$ours" >/dev/null
started_in "$bare" >/dev/null

for _ in $(seq "$rounds"); do
    echo "$ours $(started_in "$ours")"
    echo "$bare $(started_in "$bare")"
done | python3 -c '
import sys, statistics
times = {}
for line in sys.stdin:
    name, seconds = line.split()
    times.setdefault(name, []).append(float(seconds))
for name, values in times.items():
    print(f"{name}: median {statistics.median(values):.2f} s over {len(values)} starts {values}")
ours, bare = (statistics.median(v) for v in times.values())
print(f"ratio ours/bare: {ours / bare:.2f}")
'
