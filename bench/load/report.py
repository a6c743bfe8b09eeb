"""The load benchmark's table: every scenario beside the two baselines measured in the same run.

Usage: python3 report.py RESULTS   (the lines run.sh appends: name rps p50 p99 requests socket_errors
rows load1 server_cpu_ms_per_request postgres_cpu_ms_per_request)
"""
import sys

LABELS = {
    "live": "GET /health/live (floor)",
    "languages": "GET languages, with a key",
    "unauthenticated": "GET languages, no key: 401",
    "201": "POST -> 201 (create)",
    "422": "POST -> 422 (rejected)",
    "list10": "GET list, 10 a page",
    "list100": "GET list, 100 a page",
    "pgbench": "pgbench INSERT (same row)",
}
ORDER = ["live", "languages", "unauthenticated", "422", "201", "pgbench", "list10", "list100"]
# The targets, each a ratio of two rows of this one run.
TARGETS = [
    ("201", "pgbench", 0.5, "a create against the database's own insert"),
    ("languages", "live", 0.7, "an authenticated look-up against Liberty's floor"),
    ("422", "live", 0.5, "a rejected create against Liberty's floor"),
]

rows = {}
for line in open(sys.argv[1]):
    name, rps, p50, p99, requests, errors, written, load, server_cpu, pg_cpu = line.split()
    rows[name] = dict(rps=float(rps), p50=float(p50), p99=float(p99), requests=int(requests),
                      errors=int(errors), written=written, load=load, server_cpu=server_cpu, pg_cpu=pg_cpu)


def ratio(name, baseline):
    return f"{rows[name]['rps'] / rows[baseline]['rps']:.2f}" if baseline in rows else "-"


print(f"{'scenario':<29}{'req/s':>9}{'x live':>8}{'x pgbench':>10}{'server CPU':>11}{'PG CPU':>8}"
      f"{'p50 ms':>8}{'p99 ms':>8}{'requests':>10}{'sock err':>9}{'load1':>7}  rows")
print(f"{'':<29}{'':>9}{'':>8}{'':>10}{'ms/req':>11}{'ms/req':>8}")
for name in [n for n in ORDER if n in rows]:
    r = rows[name]
    print(f"{LABELS[name]:<29}{r['rps']:>9.0f}{ratio(name, 'live'):>8}{ratio(name, 'pgbench'):>10}"
          f"{r['server_cpu']:>11}{r['pg_cpu']:>8}{r['p50']:>8.2f}{r['p99']:>8.2f}{r['requests']:>10}"
          f"{r['errors']:>9}{r['load']:>7}  {r['written']}")
print()
# A run of some scenarios only (SCENARIOS) states the targets whose two rows it measured.
measured = lambda *names: all(name in rows for name in names)
for name, baseline, target, meaning in TARGETS:
    if measured(name, baseline):
        value = rows[name]["rps"] / rows[baseline]["rps"]
        print(f"{name}/{baseline} {value:.2f} (target >= {target}: {meaning}) {'met' if value >= target else 'NOT met'}")
if measured("201", "pgbench"):
    create_pg, insert_pg = float(rows["201"]["pg_cpu"]), float(rows["pgbench"]["pg_cpu"])
    print(f"PostgreSQL CPU per create / per bare insert {create_pg / insert_pg:.2f} (target <= 1.3)"
          f" {'met' if create_pg / insert_pg <= 1.3 else 'NOT met'}")
if measured("list100", "list10"):
    print(f"list100/list10 {rows['list100']['rps'] / rows['list10']['rps']:.2f}")
