"""What every measurement shares: reading memory and CPU from /proc, and handing results to the runner.

Each measurement runs in its own process (``python -m benchmarks.<module> '<json params>'``) and
prints one line ``BENCH-RESULT {json}`` on stdout; everything else it prints is ignored.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULT_PREFIX = "BENCH-RESULT "
MIB = 1024 * 1024
#: The bundled pack every measurement uses.
BUNDLED_PACK = Path(__file__).resolve().parents[1] / "content" / "rfa-facet"


def uptime_ms() -> float:
    """Milliseconds since this process started, as the kernel counts it (same clock as the kiosk's flag)."""
    with open("/proc/self/stat", encoding="ascii") as handle:
        start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as handle:
        uptime_s = float(handle.read().split()[0])
    return (uptime_s - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000


def memory_mib(pid: int | str = "self") -> dict[str, float]:
    """Proportional (PSS) and resident (RSS) set size of a process, in MiB, from smaps_rollup."""
    values: dict[str, float] = {}
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in ("Rss", "Pss"):
                values[key.lower()] = round(int(rest.split()[0]) / 1024, 1)
    return values


def cpu_seconds(pid: int | str = "self") -> float:
    """User + system CPU time used so far by a process and all its threads."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def emit(result: dict[str, Any]) -> None:
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def read_result(stdout: str) -> dict[str, Any] | None:
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            value = json.loads(line[len(RESULT_PREFIX) :])
            return value if isinstance(value, dict) else None
    return None


def params() -> dict[str, Any]:
    """The JSON parameters a measurement process was started with (its one argument)."""
    if len(sys.argv) < 2:
        return {}
    value = json.loads(sys.argv[1])
    return value if isinstance(value, dict) else {}


def stop(process: subprocess.Popen[Any]) -> None:
    """End a program the benchmark started: asked first, killed when it does not end within 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
