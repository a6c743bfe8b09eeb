#!/usr/bin/env bash
# Makes the server "shared-library": ours with every third-party jar moved out of the application
# (WEB-INF/lib) into a Liberty shared library that the application's class loader uses. Liberty scans
# every class of an application's jars for annotations at each cold start (the largest piece of the
# application's start in start-samples.sh: 12 of 89 samples, reading class files from hibernate-validator,
# caffeine, jedis, flyway ...); a shared library is not part of the application and is not scanned.
# Measured with bench/startup-time.sh 5 shared-library: no gain beyond the noise (application start 6.80 s
# against 6.78 s for ours), so the product keeps its jars in the WAR; kept to rerun that comparison.
# Usage: bench/profile/shared-library-server.sh   (after ./mvnw -DskipTests package liberty:create liberty:deploy)
set -euo pipefail
cd "$(dirname "$0")/../.."
servers=bootstrap/target/liberty/wlp/usr/servers
[ -d "$servers/assistants" ] || { echo "Create the server first: ./mvnw -DskipTests package liberty:create liberty:deploy" >&2; exit 1; }
rm -rf "$servers/shared-library"
cp -r "$servers/assistants" "$servers/shared-library"
rm -rf "$servers/shared-library"/{logs,workarea,data,tranlog}
mkdir -p "$servers/shared-library/third-party"
python3 - "$servers/shared-library" <<'PY'
import re, shutil, sys
server = sys.argv[1]
loose = f"{server}/apps/assistants.war.xml"
kept = []
for line in open(loose).read().splitlines():
    jar = re.search(r'sourceOnDisk="([^"]*\.jar)"', line)
    if jar and "/ai/assistants/" not in jar.group(1):
        shutil.copy(jar.group(1), f"{server}/third-party/")
    else:
        kept.append(line)
open(loose, "w").write("\n".join(kept) + "\n")
config = open(f"{server}/server.xml").read()
config = config.replace('<classloader apiTypeVisibility="spec, ibm-api, api, stable, third-party"/>',
                        '<classloader apiTypeVisibility="spec, ibm-api, api, stable, third-party" commonLibraryRef="thirdParty"/>')
config = config.replace("</server>", '    <library id="thirdParty"><fileset dir="${server.config.dir}/third-party" includes="*.jar"/></library>\n</server>')
assert 'commonLibraryRef="thirdParty"' in config, "server.xml's classloader element changed: update this script"
open(f"{server}/server.xml", "w").write(config)
PY
echo "shared-library: $(ls "$servers/shared-library/third-party" | wc -l) jars in its shared library"
