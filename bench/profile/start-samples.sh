#!/usr/bin/env bash
# Where a Liberty start spends its wall time: thread dumps (jcmd Thread.print, about two a second) of a
# starting server until it is started, then each sample of a thread doing the application's work named by
# the components on its stack (start-phases.py). JFR's execution samples miss most of a start: class
# loading and the interpreter's calls into the VM are not Java code, and JFR samples only that.
# Usage: bench/profile/start-samples.sh [starts] [server]   (after ./mvnw -DskipTests package liberty:create liberty:deploy)
set -euo pipefail
cd "$(dirname "$0")/../.."
starts="${1:-4}"
server="${2:-assistants}"
wlp=bootstrap/target/liberty/wlp
log="$wlp/usr/servers/$server/logs/messages.log"
dumps=$(mktemp)
trap 'rm -f "$dumps"' EXIT

for _ in $(seq "$starts"); do
    rm -f "$log"
    "$wlp/bin/server" start "$server" --clean >/dev/null &
    starting=$!
    until pid=$(pgrep -f "ws-server.jar $server" | head -n 1) && [ -n "$pid" ]; do sleep 0.05; done
    until grep -q CWWKF0011I "$log" 2>/dev/null; do
        echo "=== $(date +%s.%N)" >>"$dumps"
        jcmd "$pid" Thread.print >>"$dumps" 2>/dev/null || true
        sleep 0.15
    done
    wait "$starting"
    "$wlp/bin/server" stop "$server" >/dev/null
done
python3 "$(dirname "$0")/start-phases.py" "$dumps"
