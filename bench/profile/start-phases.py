"""Reads start-samples.sh's thread dumps: each sample of a busy thread doing the application's work, named
by the components on its stack from the outermost in, with the innermost frames of the commonest ones."""
import collections
import re
import sys

COMPONENTS = [("flyway", "flywaydb"), ("eclipselink", "org.eclipse.persistence"), ("openapi", "openapi"),
              ("weld", "org.jboss.weld"), ("resteasy", "resteasy"), ("validator", "org.hibernate.validator"),
              ("annotation-scan", "com.ibm.ws.anno"), ("cdi", "com.ibm.ws.cdi"), ("jpa", "com.ibm.ws.jpa"),
              ("web-container", "com.ibm.ws.webcontainer"), ("ours", "ai.assistants"),
              ("security", "com.ibm.ws.security"), ("metrics", "metrics"), ("telemetry", "opentelemetry"),
              ("fault-tolerance", "faulttolerance"), ("health", "health"), ("jca", "com.ibm.ws.jca"),
              ("transactions", "com.ibm.tx"), ("plugin-cfg", "GeneratePluginConfig"), ("ltpa", "ltpa"),
              ("app-manager", "com.ibm.ws.app.manager")]
APPLICATION_WORK = {name for name, _ in COMPONENTS} - {"security", "metrics", "telemetry", "fault-tolerance",
                                                       "health", "jca", "transactions"}
IDLE = ("waitGet_", "LockSupport.park", "Object.wait", "Unsafe.park", "epollWait", "Thread.sleep", "accept0",
        "socketRead")

phases = collections.Counter()
innermost = collections.defaultdict(collections.Counter)
for dump in open(sys.argv[1]).read().split("=== ")[1:]:
    for thread in dump.split("\n\n"):
        frames = [re.sub(r"\(.*", "", line.strip()[3:]) for line in thread.split("\n") if line.strip().startswith("at ")]
        if not frames or any(idle in frames[0] for idle in IDLE) or "reportSlowlyStartingApps" in thread:
            continue
        seen = []
        for frame in reversed(frames):
            for name, part in COMPONENTS:
                if part in frame and name not in seen:
                    seen.append(name)
        if not APPLICATION_WORK.intersection(seen):
            continue
        phase = " > ".join(name for name in seen if name != "app-manager") or "(application manager)"
        phases[phase] += 1
        ours = [frame for frame in frames if not frame.startswith(("java.", "jdk.", "sun."))][:3]
        innermost[phase][" <- ".join(".".join(frame.split(".")[-2:]) for frame in ours)] += 1

total = sum(phases.values())
print(f"{total} samples of application work")
for phase, count in phases.most_common():
    print(f"{count:5d} {100.0 * count / total:5.1f}% {phase}")
    for frames, times in innermost[phase].most_common(3):
        print(f"{'':14}{times} {frames[:180]}")
