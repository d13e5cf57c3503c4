"""The benchmark runner behind ``make bench``: every measurement in its own process, a table, results.json.

    python -m benchmarks.run                  # the full run (about half an hour on 2 cores)
    python -m benchmarks.run --quick          # small counts, a few seconds: proves every benchmark still runs
    python -m benchmarks.run --soak-turns 20000 --soak-sessions 1000

Displays: ``offscreen`` (Qt's in-memory platform, with a virtual screen of the wanted size) and,
when ``Xvfb`` is installed, ``xvfb`` (a real X server and Qt's xcb platform). Cold start and the
page turns at 1920x1080 run on both; everything else on the first one.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import platform
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import BUNDLED_PACK, cpu_seconds, read_result, stop
from benchmarks.stats import summary

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results.json"
HD = (1920, 1080)
UHD = (3840, 2160)


@dataclass(frozen=True)
class Counts:
    """How much each measurement does; the quick mode only proves that it runs."""

    launches: int
    turns: int
    switches: int
    soak_turns: int
    soak_sessions: int
    idle_s: float
    settle_s: float
    pack_pages: int
    pack_bytes: int
    timeout_s: float
    #: Narration and video (benchmarks/media.py): taps per figure, and video plays for the memory figure.
    media_repeats: int = 20
    video_plays: int = 200


FULL = Counts(
    launches=7,
    turns=200,
    switches=40,
    soak_turns=100_000,
    soak_sessions=5_000,
    idle_s=60.0,
    settle_s=5.0,
    pack_pages=200,
    pack_bytes=50_000_000,
    timeout_s=4 * 3600,
)
QUICK = Counts(
    launches=1,
    turns=3,
    switches=1,
    soak_turns=12,
    soak_sessions=1,
    idle_s=0.3,
    settle_s=1.0,
    pack_pages=4,
    pack_bytes=400_000,
    timeout_s=120,
    media_repeats=2,
    video_plays=12,
)

#: The start-up floor the absolute time limits are written for: a machine where the bare window's
#: first frame takes about 120 ms. Elsewhere every time limit scales with the floor of the same run.
REFERENCE_START_FLOOR_MS = 120.0
HD_TAP = ("tap", "offscreen-1920x1080")
HD_FLOOR = ("turn_floor", "offscreen-1920x1080", "turn")
UHD_FLOOR = ("turn_floor", "offscreen-3840x2160", "turn")


@dataclass(frozen=True)
class Target:
    """One limit: the figure's name, where it is in results.json, which statistic, and the limit.

    ``scales``: a time, whose limit scales with this run's start-up floor. ``floor``: where the
    floor it is compared with lies (the same statistic of it is taken), to report the ratio.
    """

    figure: str
    path: tuple[str, ...]
    statistic: str
    limit: float
    scales: bool = True
    floor: tuple[str, ...] | None = None


TARGETS: list[Target] = [
    Target("cold start to first frame (ms)", ("cold_start", "offscreen", "kiosk"), "median", 350,
           floor=("cold_start", "offscreen", "floor")),
    Target("cold start minus floor (ms)", ("cold_start", "offscreen", "over_floor_ms"), "value", 60),
    Target("tap to next page, first visit, p95 (ms)", (*HD_TAP, "page_first_visit"), "p95", 12, floor=HD_FLOOR),
    Target("tap to next page, first visit, p99 (ms)", (*HD_TAP, "page_first_visit"), "p99", 16.7, floor=HD_FLOOR),
    Target("tap to next page, warm, p95 (ms)", (*HD_TAP, "page_warm"), "p95", 10, floor=HD_FLOOR),
    Target("tap to next page, warm, p99 (ms)", (*HD_TAP, "page_warm"), "p99", 16.7, floor=HD_FLOOR),
    Target("tap to next page, first visit, 3840x2160, p95 (ms)", ("tap", "offscreen-3840x2160", "page_first_visit"),
           "p95", 16.7, floor=UHD_FLOOR),
    Target("language switch, p95 (ms)", (*HD_TAP, "language_switch"), "p95", 16.7, floor=HD_FLOOR),
    Target("text-size change, p95 (ms)", (*HD_TAP, "text_size_change"), "p95", 33, floor=HD_FLOOR),
    Target("tap to next question, p95 (ms)", (*HD_TAP, "answer_to_question"), "p95", 10, floor=HD_FLOOR),
    Target("tap last answer to result, p95 (ms)", (*HD_TAP, "answer_to_result"), "p95", 16.7, floor=HD_FLOOR),
    Target("last answer to the result's QR code painted, p95 (ms)", (*HD_TAP, "answer_to_qr_code"), "p95", 50),
    Target("a page laid out and made into PDF for print, p95 (ms)", (*HD_TAP, "handout_for_print"), "p95", 300),
    Target("press to pressed frame, p95 (ms)", (*HD_TAP, "press_to_pressed"), "p95", 16.7, floor=HD_FLOOR),
    Target("each frame of a page's fade, p95 (ms)", (*HD_TAP, "fade_frame"), "p95", 16.7, floor=HD_FLOOR),
    Target("PSS with every screen visited (MiB)", ("memory", "after_every_screen", "pss"), "value", 95, scales=False),
    Target("soak RSS growth after warm-up (MiB)", ("memory", "soak", "rss_growth_mib"), "value", 1, scales=False),
    Target("attract screen idle (% of a core)", ("idle", "percent_of_core"), "value", 1, scales=False),
    Target("cold start, nine packs shown minus one (ms)", ("library", "cold_start", "nine_over_one_ms"), "value", 40),
    Target("tile to first page with nine packs, p95 minus one pack's start (ms)",
           ("library", "tile", "p95_over_one_pack_ms"), "value", 25),
    Target("validate bundled pack (ms)", ("packs", "validate_bundled", "ms"), "value", 150),
    Target("install a 50 MB pack (ms)", ("packs", "install", "install_ms"), "value", 1500),
    Target("largest allowed page converts (ms)", ("packs", "largest_page", "slowest_ms"), "value", 200),
    Target("longest watchdog gap, heaviest allowed pack (ms)", ("watchdog", "heaviest", "longest_gap_ms"), "value",
           1000),
    Target("tap to narration start, p95 (ms)", ("media", "narration_start"), "p95", 150),
    Target("speech mode: screen change to first spoken word, p95 (ms)", ("speech", "screen_to_first_word"), "p95", 150),
    Target("speech mode: key to the next control spoken, p95 (ms)", ("speech", "key_to_next_control"), "p95", 100),
    Target("usage counting on, page turn p95 minus counting off (ms)", ("usage", "p95_extra_ms"), "value", 0.5),
    Target("status report written to the outbox, p95 (ms)", ("report", "write"), "p95", 1000),
    Target("attract screen held while a report is made, p95 (ms)", ("report", "longest_loop_gap"), "p95", 50),
    Target("tap to a video's first frame, p95 (ms)", ("media", "video_first_frame"), "p95", 300),
    Target("page turn away from a playing video, extra p95 (ms)", ("media", "turn_away_extra_ms"), "value", 16.7),
    Target("RSS after 200 video plays minus after 10 (MiB)", ("media", "memory", "rss_growth_mib"), "value", 5,
           scales=False),
]  # fmt: skip


def offscreen_env(size: tuple[int, int], folder: Path) -> dict[str, str]:
    """Qt's offscreen platform with one virtual screen of ``size`` (its default screen is 800x800)."""
    config = folder / f"screen-{size[0]}x{size[1]}.json"
    screen = {"name": "bench", "x": 0, "y": 0, "width": size[0], "height": size[1], "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}


@contextmanager
def xvfb(size: tuple[int, int]) -> Iterator[dict[str, str] | None]:
    """An X server of ``size`` for the measurement (None when Xvfb is not installed or does not start)."""
    binary = shutil.which("Xvfb")
    if binary is None:
        yield None
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [binary, "-displayfd", str(write_end), "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        yield {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"} if number else None
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def private_audio(folder: Path) -> Iterator[dict[str, str] | None]:
    """A PulseAudio server of the measurement's own, playing into a null sink, so the real speech
    engine (speech-dispatcher, which it starts in this runtime folder) speaks without a sound card
    (None when PulseAudio is not installed or does not start)."""
    binary = shutil.which("pulseaudio")
    if binary is None:
        yield None
        return
    runtime = folder / "audio"
    runtime.mkdir(mode=0o700, exist_ok=True)
    socket = runtime / "pulse.sock"
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime), "PULSE_SERVER": f"unix:{socket}"}
    command = [binary, "-n", "--daemonize=yes", "--use-pid-file=yes", "--exit-idle-time=-1"]
    command += [f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1"]
    command += ["--load=module-null-sink sink_name=bench_null", "--load=module-always-sink"]
    started = subprocess.run(command, env=env, capture_output=True, text=True, timeout=30, check=False)
    if started.returncode != 0:
        yield None
        return
    try:
        yield {key: env[key] for key in ("XDG_RUNTIME_DIR", "HOME", "PULSE_SERVER")}
    finally:
        pid = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
        if pid.is_file():
            with contextlib.suppress(ValueError, ProcessLookupError):
                os.kill(int(pid.read_text().strip()), signal.SIGTERM)
        subprocess.run([binary, "--kill"], env=env, check=False, timeout=30)


def speech_mode(env: dict[str, str], work: Path, repeats: int, timeout_s: float) -> dict[str, Any]:
    """Speech mode's two figures, through the real speech engine where it runs here."""
    with private_audio(work) as audio:
        return measure("speech", {"size": HD, "repeats": repeats}, {**env, **(audio or {})}, timeout_s)


def child_env(display: dict[str, str], data: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_QPA")}
    env.update(display)
    env["XDG_CONFIG_HOME"] = str(data / "config")  # Qt's own settings, if any, stay out of the user's
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def measure(module: str, options: dict[str, Any], env: dict[str, str], timeout_s: float) -> dict[str, Any]:
    """Run ``benchmarks.<module>`` in a fresh process and return what it reported (or why it failed)."""
    command = [sys.executable, "-m", f"benchmarks.{module}", json.dumps(options)]
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout_s, check=False
        )
    except subprocess.TimeoutExpired:
        return {"failed": f"took longer than {timeout_s:.0f} s"}
    result = read_result(done.stdout)
    if done.returncode != 0 or result is None:
        return {"failed": f"exit code {done.returncode}: {done.stderr.strip()[-600:]}"}
    return result


def kiosk_start() -> list[str]:
    """The ``kiosk`` command as installed beside this Python (what a service would run)."""
    script = Path(sys.executable).with_name("kiosk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kiosk"]


def kiosk_command(data: Path) -> list[str]:
    return [*kiosk_start(), "--exit-after-first-frame", "--pack", str(BUNDLED_PACK), "--data-dir", str(data)]


def launch_ms(command: list[str], env: dict[str, str], timeout_s: float = 60) -> float:
    """Milliseconds from launching ``command`` to its first painted frame.

    The program prints a line right after its first frame (``kiosk --exit-after-first-frame``
    prints its own count, from the kernel's process start time, in 10 ms steps). The runner
    times the same span itself, from just before the launch to that line, to a tenth of a
    millisecond. A program that prints nothing within ``timeout_s`` is killed and reported.
    """
    with tempfile.TemporaryFile(mode="w+") as errors:  # a file: a chatty program never blocks on it
        started = time.perf_counter()
        with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=errors, text=True) as process:
            assert process.stdout is not None
            with selectors.DefaultSelector() as waiting:
                waiting.register(process.stdout, selectors.EVENT_READ)
                ready = waiting.select(timeout_s)
            line = process.stdout.readline() if ready else ""
            elapsed = (time.perf_counter() - started) * 1000
            if not ready:
                process.kill()
            try:
                process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        errors.seek(0)
        if process.returncode != 0 or not line.strip():
            raise RuntimeError(f"{command[0]} failed ({process.returncode}): {errors.read().strip()[-400:]}")
    return round(elapsed, 1)


def cold_start(env: dict[str, str], data: Path, launches: int) -> dict[str, Any]:
    """The kiosk and the floor launched in turn (after one unmeasured launch of each fills the disk cache)."""
    kiosk = kiosk_command(data)
    floor = [sys.executable, "-m", "benchmarks.floor"]
    # An installed kiosk has its bytecode compiled by pip; a checkout being edited may not.
    compileall.compile_dir(ROOT / "kiosk", quiet=1)
    launch_ms(kiosk, env)
    launch_ms(floor, env)
    kiosk_ms: list[float] = []
    floor_ms: list[float] = []
    for _ in range(launches):
        kiosk_ms.append(launch_ms(kiosk, env))
        floor_ms.append(launch_ms(floor, env))
    result: dict[str, Any] = {"kiosk": summary(kiosk_ms), "floor": summary(floor_ms)}
    result["over_floor_ms"] = round(result["kiosk"]["median"] - result["floor"]["median"], 1)
    result["ratio"] = round(result["kiosk"]["median"] / result["floor"]["median"], 2)
    return result


def cold_start_library(env: dict[str, str], work: Path, launches: int) -> dict[str, Any]:
    """Cold start showing nine packs (the topic library) against one, launched in turn the same way."""
    from benchmarks.library import make_library  # noqa: PLC0415

    one, nine = work / "one-pack", work / "nine-packs"
    one.mkdir(parents=True, exist_ok=True)
    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.settings import Settings, save_settings  # noqa: PLC0415

    save_settings(Settings(), DataPaths.in_dir(one).settings_file)  # the bundled pack alone
    make_library(nine)
    commands = {name: [*kiosk_start(), "--exit-after-first-frame", "--data-dir", str(data)] for name, data in
                (("one", one), ("nine", nine))}  # fmt: skip
    for command in commands.values():
        launch_ms(command, env)
    times: dict[str, list[float]] = {"one": [], "nine": []}
    for _ in range(launches):
        for name, command in commands.items():
            times[name].append(launch_ms(command, env))
    result: dict[str, Any] = {name: summary(values) for name, values in times.items()}
    result["nine_over_one_ms"] = round(result["nine"]["median"] - result["one"]["median"], 1)
    return result


def idle_cost(env: dict[str, str], data: Path, counts: Counts) -> dict[str, Any]:
    """CPU the real ``kiosk`` process uses while its attract screen waits, as a share of one core."""
    command = kiosk_command(data)
    command.remove("--exit-after-first-frame")
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(counts.settle_s)  # start-up and the idle-time preparation of pages are over
        if process.poll() is not None:
            return {"failed": f"the kiosk exited with {process.returncode}"}
        cpu_before, started = cpu_seconds(process.pid), time.monotonic()
        time.sleep(counts.idle_s)
        cpu_after, elapsed = cpu_seconds(process.pid), time.monotonic() - started
    finally:
        stop(process)
    used = cpu_after - cpu_before
    return {"seconds": round(elapsed, 1), "cpu_s": round(used, 3), "percent_of_core": round(100 * used / elapsed, 2)}


def pack_operations(env: dict[str, str], counts: Counts) -> dict[str, Any]:
    command = [*kiosk_start(), "validate", "--quiet", str(BUNDLED_PACK)]
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False, timeout=60)
    whole_ms = (time.perf_counter() - started) * 1000
    synthetic = {"pages": counts.pack_pages, "bytes": counts.pack_bytes}
    return {
        "validate_bundled": measure("packs", {"op": "validate"}, env, counts.timeout_s),
        "kiosk_validate_command_ms": round(whole_ms, 1),
        "validate_synthetic": measure("packs", {"op": "validate-synthetic", **synthetic}, env, counts.timeout_s),
        "install": measure("packs", {"op": "install", **synthetic}, env, counts.timeout_s),
        "largest_page": measure("packs", {"op": "largest-pages", "repeats": counts.turns // 20 + 1}, env, 600),
    }


def watchdog_gaps(env: dict[str, str], counts: Counts) -> dict[str, Any]:
    """The longest time without a watchdog ping: loading and walking the heaviest allowed pack, and the bundled one."""
    floor = measure("stall", {"pack": "bundled"}, env, counts.timeout_s)
    heaviest = measure("stall", {"pack": "heaviest"}, env, counts.timeout_s)
    result: dict[str, Any] = {"floor": floor, "heaviest": heaviest}
    if "longest_gap_ms" in floor and "longest_gap_ms" in heaviest:
        result["heaviest_over_floor"] = round(heaviest["longest_gap_ms"] / max(floor["longest_gap_ms"], 0.1), 2)
    return result


def machine() -> dict[str, Any]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        total_kib = int(Path("/proc/meminfo").read_text(encoding="utf-8").split()[1])
    except (OSError, ValueError, IndexError):
        total_kib = 0
    from PySide6 import __version__ as pyside_version  # noqa: PLC0415

    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory_gib": round(total_kib / 1024 / 1024, 1),
        "gpu": "none (software rendering)",
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyside6": pyside_version,
    }


def run(counts: Counts, xvfb_wanted: bool, soak_size: tuple[int, int] = HD) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    try:
        return _run(counts, xvfb_wanted, soak_size, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(counts: Counts, xvfb_wanted: bool, soak_size: tuple[int, int], work: Path) -> dict[str, Any]:
    data = work / "data"
    hd = child_env(offscreen_env(HD, work), data)
    tap_options = {"turns": counts.turns, "switches": counts.switches}
    results: dict[str, Any] = {"machine": machine(), "quick": counts == QUICK, "counts": counts.__dict__}
    results["cold_start"] = {"offscreen": cold_start(hd, data, counts.launches)}
    uhd = child_env(offscreen_env(UHD, work), data)
    floor_options = {"turns": counts.turns}
    results["turn_floor"] = {
        "offscreen-1920x1080": measure("turn_floor", {"size": HD, **floor_options}, hd, counts.timeout_s),
        "offscreen-3840x2160": measure("turn_floor", {"size": UHD, **floor_options}, uhd, counts.timeout_s),
    }
    results["tap"] = {
        "offscreen-1920x1080": measure("ui", {"size": HD, **tap_options}, hd, counts.timeout_s),
        "offscreen-3840x2160": measure("ui", {"size": UHD, **tap_options, "full_set": False}, uhd, 600),
    }
    if xvfb_wanted:
        with xvfb(HD) as display:
            if display is None:
                results["cold_start"]["xvfb"] = {"missing": "Xvfb is not installed"}
            else:
                x_env = child_env(display, data)
                results["cold_start"]["xvfb"] = cold_start(x_env, data, counts.launches)
                results["tap"]["xvfb-1920x1080"] = measure("ui", {"size": HD, **tap_options}, x_env, counts.timeout_s)
                results["turn_floor"]["xvfb-1920x1080"] = measure(
                    "turn_floor", {"size": HD, **floor_options}, x_env, counts.timeout_s
                )
    results["library"] = {
        "cold_start": cold_start_library(hd, work, counts.launches),
        "tile": measure("library", {"size": HD, "starts": max(9, counts.turns // 5)}, hd, counts.timeout_s),
    }
    results["speech"] = speech_mode(hd, work, max(10, counts.turns // 20), counts.timeout_s)
    # Twice the turns of the other figures: a difference of two p95s needs more samples than one p95.
    results["usage"] = measure("usage", {"size": HD, "turns": 2 * counts.turns}, hd, counts.timeout_s)
    results["report"] = measure("report", {"size": HD, "reports": max(10, counts.turns // 10)}, hd, counts.timeout_s)
    results["idle"] = idle_cost(hd, data, counts)
    results["packs"] = pack_operations(hd, counts)
    results["watchdog"] = watchdog_gaps(hd, counts)
    media = {"size": HD, "repeats": counts.media_repeats, "plays": counts.video_plays, "early_plays": 10}
    results["media"] = measure("media", media, hd, counts.timeout_s)
    soak = {"size": soak_size, "turns": counts.soak_turns, "sessions": counts.soak_sessions}
    results["memory"] = measure("memory", soak, child_env(offscreen_env(soak_size, work), data), counts.timeout_s)
    results["targets"] = check_targets(results)
    return results


def lookup(results: dict[str, Any], path: tuple[str, ...], statistic: str) -> float | None:
    value: Any = results
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    if statistic != "value":
        value = value.get(statistic) if isinstance(value, dict) else None
    return float(value) if isinstance(value, int | float) else None


def start_floor_scale(results: dict[str, Any]) -> float:
    """How much slower this run's bare window starts than the machine the time limits are written for."""
    floor = lookup(results, ("cold_start", "offscreen", "floor"), "median")
    return floor / REFERENCE_START_FLOOR_MS if floor else 1.0


def check_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Every target with the figure, its ratio to its floor, and its limit on this machine."""
    scale = start_floor_scale(results)
    rows = []
    for target in TARGETS:
        value = lookup(results, target.path, target.statistic)
        limit = round(target.limit * scale, 2) if target.scales else target.limit
        row: dict[str, Any] = {"figure": target.figure, "value": value, "target": target.limit, "limit_here": limit}
        floor = lookup(results, target.floor, target.statistic) if target.floor else None
        row["ratio_to_floor"] = round(value / floor, 2) if value is not None and floor else None
        row["met"] = value is not None and value <= limit
        rows.append(row)
    return rows


def _cell(stats: Any) -> str:
    if not isinstance(stats, dict):
        return "—"
    if "failed" in stats or "missing" in stats:
        return "not measured"
    return f"{stats['median']:.1f} / {stats['p95']:.1f} / {stats['p99']:.1f} (n={stats['n']})"


def table(results: dict[str, Any]) -> str:
    """A Markdown table: timings as median / p95 / p99, then every target and whether it is met."""
    lines = ["| figure | median / p95 / p99 |", "| --- | --- |"]
    for name, stats in results["cold_start"].items():
        if "kiosk" in stats:
            lines.append(f"| cold start, {name} (ms) | {_cell(stats['kiosk'])} |")
            lines.append(f"| floor: bare window, {name} (ms) | {_cell(stats['floor'])} |")
    labels = {
        "page_first_visit": "tap to next page, first visit",
        "page_warm": "tap to next page, warm",
        "language_switch": "language switch",
        "text_size_change": "text-size change",
        "answer_to_question": "tap answer to next question",
        "answer_to_result": "tap last answer to result",
    }
    for where, stats in results["tap"].items():
        if "failed" in stats:
            lines.append(f"| tap to screen, {where} | failed: {stats['failed'][:80]} |")
            continue
        for key, label in labels.items():
            if key in stats:
                lines.append(f"| {label}, {where} (ms) | {_cell(stats[key])} |")
    for where, stats in results.get("turn_floor", {}).items():
        lines.append(f"| floor: bare window switching two screens, {where} (ms) | {_cell(stats.get('turn'))} |")
    scale = start_floor_scale(results)
    lines += ["", f"Time limits here are the written limit x {scale:.2f} (this run's start-up floor over 120 ms).", ""]
    lines += [
        "| target | measured | ratio to floor | limit | limit here | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in results["targets"]:
        value = "not measured" if row["value"] is None else f"{row['value']:g}"
        ratio = "" if row.get("ratio_to_floor") is None else f"{row['ratio_to_floor']:g}x"
        met = "yes" if row["met"] else "NO"
        lines.append(f"| {row['figure']} | {value} | {ratio} | ≤ {row['target']:g} | ≤ {row['limit_here']:g} | {met} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small counts: only proves every benchmark runs")
    parser.add_argument("--no-xvfb", action="store_true", help="offscreen only, even when Xvfb is installed")
    parser.add_argument("--soak-turns", type=int, help="page turns in the soak (full run: 100000)")
    parser.add_argument("--soak-sessions", type=int, help="questionnaire sessions in the soak (full run: 5000)")
    parser.add_argument("--out", type=Path, help=f"results file (default: {RESULTS.relative_to(ROOT)}; quick: none)")
    args = parser.parse_args(argv)
    counts = QUICK if args.quick else FULL
    if args.soak_turns is not None or args.soak_sessions is not None:
        counts = Counts(
            **{
                **counts.__dict__,
                "soak_turns": counts.soak_turns if args.soak_turns is None else args.soak_turns,
                "soak_sessions": counts.soak_sessions if args.soak_sessions is None else args.soak_sessions,
            }
        )
    results = run(counts, xvfb_wanted=not args.no_xvfb)
    print(table(results))
    out = args.out or (None if args.quick else RESULTS)
    if out is not None:
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"\nwritten to {out}")
    failed = [key for key, value in _failures(results)]
    if failed:
        print("\nfailed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


def _failures(results: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """Every measurement that failed (a benchmark that cannot run is an error, never a silent gap)."""
    if isinstance(results, dict):
        if "failed" in results:
            yield where, results["failed"]
        if results.get("errors"):
            yield where + " (errors in slots)", results.get("first_error")
        for key, value in results.items():
            yield from _failures(value, f"{where}.{key}" if where else key)


if __name__ == "__main__":
    sys.exit(main())
