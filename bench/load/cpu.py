"""CPU time (user + system, in ms) that the processes of one command name spend while this runs.

Usage: python3 cpu.py COMMAND_NAME   prints the total when it receives SIGTERM or SIGINT.

Samples /proc every 100 ms: a process that exists at the start counts from its CPU time then, one
that starts later (a PostgreSQL backend for a new connection) from zero, and each counts up to its
last sample, so a process that ends loses at most its last 100 ms.
"""
import os
import signal
import sys
import time

name = sys.argv[1]
ticks_per_second = os.sysconf("SC_CLK_TCK")


def cpu_ticks():
    found = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read()
        except OSError:
            continue
        comm = fields[fields.index("(") + 1:fields.rindex(")")]
        if comm == name or comm.startswith(name + ":"):
            rest = fields[fields.rindex(")") + 2:].split()
            found[pid] = int(rest[11]) + int(rest[12])
    return found


start = cpu_ticks()
last = dict(start)
stopping = False


def stop(*_):
    global stopping
    stopping = True


signal.signal(signal.SIGTERM, stop)
signal.signal(signal.SIGINT, stop)
while not stopping:
    last.update(cpu_ticks())
    time.sleep(0.1)
last.update(cpu_ticks())
spent = sum(ticks - start.get(pid, 0) for pid, ticks in last.items())
print(int(spent * 1000 / ticks_per_second))
