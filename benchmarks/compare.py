"""``make bench-compare``: the kiosk beside a browser kiosk showing the same pages, in one run.

What a clinic would otherwise deploy is a browser in kiosk mode showing web pages. This exports
the bundled pack's English pages as static HTML files: each page's HTML exactly as the kiosk
converted and made it safe (``PageText.html``), its title and picture, and a Next link to the next
page, with a style sheet of the kiosk's sizes. Debian's ``chromium`` shows them full screen
(``--kiosk``) on an X server (Xvfb) of 1920x1080, and the kiosk runs on an X server of the same
size, one after the other:

- **first paint**: from launching the program to its first frame with content. Chromium: the
  first page's first contentful paint (``performance`` in the page, on the wall clock). The kiosk:
  its first frame (``kiosk --exit-after-first-frame``), as ``make bench`` measures cold start.
- **page turn**: from a tap on Next to the next page's first paint. Chromium: a mouse press and
  release on the link (DevTools' ``Input.dispatchMouseEvent``) to the next document's first
  contentful paint. The kiosk: a tap to the frame that paints the next page (``benchmarks.ui``).
- **memory**: PSS of every process of the program once every page has been shown.

Chromium is driven through the DevTools protocol on a pipe (``--remote-debugging-pipe``): no port
is opened and nothing is fetched; its background networking, updates and sync are off.

    python -m benchmarks.compare            # the full comparison (a few minutes)
    python -m benchmarks.compare --quick    # one launch and one walk of each
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import BUNDLED_PACK, emit, params, stop
from benchmarks.stats import summary

ROOT = Path(__file__).resolve().parents[1]
#: Written into ``make bench``'s results file, under "compare".
RESULTS = ROOT / "benchmarks" / "results.json"
SIZE = (1920, 1080)
#: The kiosk's page sizes (the normal text size of the bundled style), for the exported pages.
STYLE = """
html, body { margin: 0; height: 100%; background: #f6f4ef; color: #1d2730; font-family: sans-serif; }
body { display: flex; flex-direction: column; box-sizing: border-box; padding: 32px 48px; }
h1 { font-size: 44px; margin: 0 0 24px; }
main { flex: 1; display: flex; gap: 40px; min-height: 0; font-size: 28px; line-height: 1.45; }
.text { flex: 11; overflow: auto; }
.picture { flex: 9; display: flex; align-items: center; justify-content: center; }
.picture img { max-width: 100%; max-height: 100%; }
nav { display: flex; justify-content: flex-end; padding-top: 24px; }
nav a { display: block; min-width: 320px; padding: 28px 0; text-align: center; font-size: 32px;
        border-radius: 16px; background: #155e75; color: #fff; text-decoration: none; }
"""


def export_pages(folder: Path, lang: str = "en") -> list[Path]:
    """The bundled pack's pages as static HTML files in ``folder``, each linking to the next."""
    from kiosk.core.content.reader import load_pack  # noqa: PLC0415

    pack = load_pack(BUNDLED_PACK).pack
    if pack is None:
        raise RuntimeError("the bundled pack did not load")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kiosk.css").write_text(STYLE, encoding="utf-8")
    ids = [page.id for page in pack.pages]
    files: list[Path] = []
    for number, page in enumerate(pack.pages):
        text = page.text(lang)
        body = re.sub(
            r'href="([^"]*)"',
            lambda link: f'href="{link.group(1)}.html"' if link.group(1) in ids else 'href="#"',
            text.html,
        )
        picture = ""
        image = pack.image_path(page.image, lang) if page.image else None
        if image is not None:
            shutil.copyfile(image, folder / image.name)
            picture = f'<div class="picture"><img src="{image.name}" alt="{html.escape(text.alt)}"></div>'
        following = f"{ids[number + 1]}.html" if number + 1 < len(ids) else f"{ids[0]}.html"
        document = (
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(text.title)}</title>'
            f'<link rel="stylesheet" href="kiosk.css"></head><body><h1>{html.escape(text.title)}</h1>'
            f'<main><div class="text">{body}</div>{picture}</main><nav><a id="next" href="{following}">Next</a></nav>'
            "</body></html>"
        )
        path = folder / f"{page.id}.html"
        path.write_text(document, encoding="utf-8")
        files.append(path)
    return files


class DevTools:
    """Chromium's DevTools protocol over the pipe it reads on fd 3 and writes on fd 4."""

    def __init__(self, to_browser: int, from_browser: int) -> None:
        self._out = to_browser
        self._in = from_browser
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def _read_message(self, timeout_s: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        while b"\0" not in self._buffer:
            import select  # noqa: PLC0415

            ready, _, _ = select.select([self._in], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self._in, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed its DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        value: dict[str, Any] = json.loads(message)
        return value

    def call(self, method: str, session: str | None = None, timeout_s: float = 30, **arguments: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": arguments}
        if session is not None:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read_message(timeout_s)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            self.events.append(answer)


def _descendants(pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    found = [pid]
    for candidate in sorted(parents):
        ancestor = parents.get(candidate)
        while ancestor is not None and ancestor not in found and ancestor > 1:
            ancestor = parents.get(ancestor)
        if ancestor in found and candidate not in found:
            found.append(candidate)
    return found


def pss_mib(pid: int) -> float:
    """PSS of ``pid`` and every process under it, in MiB."""
    total_kib = 0
    for each in _descendants(pid):
        try:
            for line in Path(f"/proc/{each}/smaps_rollup").read_text(encoding="ascii").splitlines():
                if line.startswith("Pss:"):
                    total_kib += int(line.split()[1])
        except OSError:
            continue
    return round(total_kib / 1024, 1)


def chromium_walk(pages: list[Path], env: dict[str, str], turns: int, timeout_s: float = 60) -> dict[str, Any]:
    """Launch Chromium on the first page, then Next through the pages: first paint, turns, PSS."""
    binary = shutil.which("chromium")
    if binary is None:
        return {"missing": "Debian's chromium is not installed"}
    to_browser_read, to_browser_write = os.pipe()
    from_browser_read, from_browser_write = os.pipe()
    profile = Path(tempfile.mkdtemp(prefix="kiosk-compare-chromium-"))
    flags = [
        "--kiosk", "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--no-sandbox",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-features=Translate,MediaRouter,OptimizationHints", "--disable-extensions",
        "--password-store=basic", "--remote-debugging-pipe", f"--user-data-dir={profile}",
        f"--window-size={SIZE[0]},{SIZE[1]}", "--window-position=0,0",
    ]  # fmt: skip
    # Chromium reads DevTools commands on fd 3 and writes on fd 4; a shell puts the pipes there.
    command = ["sh", "-c", f'exec "$@" 3<&{to_browser_read} 4>&{from_browser_write}', "sh", binary, *flags]
    command.append(pages[0].as_uri())
    launched = time.time()
    browser = subprocess.Popen(
        command,
        env=env,
        pass_fds=(to_browser_read, from_browser_write),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(to_browser_read)
    os.close(from_browser_write)
    tools = DevTools(to_browser_write, from_browser_read)
    try:
        target = _page_target(tools, timeout_s)
        session = tools.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        first = _painted_at(tools, session, pages[0].stem, timeout_s)
        result: dict[str, Any] = {"first_paint_ms": round((first - launched) * 1000, 1)}
        times: list[float] = []
        shown = 0
        while len(times) < turns:
            box = _evaluate(tools, session, "JSON.stringify(document.getElementById('next').getBoundingClientRect())")
            rect = json.loads(box)
            x, y = rect["x"] + rect["width"] / 2, rect["y"] + rect["height"] / 2
            shown = (shown + 1) % len(pages)
            tapped = time.time()
            for kind in ("mousePressed", "mouseReleased"):
                tools.call("Input.dispatchMouseEvent", session, type=kind, x=x, y=y, button="left", clickCount=1)
            painted = _painted_at(tools, session, pages[shown].stem, timeout_s)
            times.append((painted - tapped) * 1000)
        result["page_turn"] = summary(times)
        result["pss_mib"] = pss_mib(browser.pid)
        result["processes"] = len(_descendants(browser.pid))
        return result
    finally:
        stop(browser)
        os.close(to_browser_write)
        os.close(from_browser_read)
        shutil.rmtree(profile, ignore_errors=True)


def _page_target(tools: DevTools, timeout_s: float) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for info in tools.call("Target.getTargets")["targetInfos"]:
            if info["type"] == "page":
                target: str = info["targetId"]
                return target
        time.sleep(0.01)
    raise TimeoutError("Chromium opened no page")


def _evaluate(tools: DevTools, session: str, expression: str) -> Any:
    answer = tools.call("Runtime.evaluate", session, expression=expression, returnByValue=True)
    return answer.get("result", {}).get("value")


#: The wall-clock time of this document's first contentful paint, or null before it.
_PAINT = (
    "(() => { const p = performance.getEntriesByName('first-contentful-paint')[0];"
    " return p ? JSON.stringify([location.pathname, performance.timeOrigin + p.startTime]) : null; })()"
)


def _painted_at(tools: DevTools, session: str, page: str, timeout_s: float) -> float:
    """Seconds on the wall clock when the page named ``page`` had its first contentful paint."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            value = _evaluate(tools, session, _PAINT)
        except RuntimeError:  # the old document went away under the call: ask the new one
            value = None
        if value:
            path, epoch_ms = json.loads(value)
            if Path(path).stem == page:
                return float(epoch_ms) / 1000
        time.sleep(0.002)
    raise TimeoutError(f"{page} was never painted")


def kiosk_walk(turns: int) -> dict[str, Any]:
    """The kiosk side, in this process on the runner's X server: Next through the pack from the
    start, page after page, then PSS (what ``benchmarks.ui`` times as first-visit turns)."""
    from benchmarks.common import memory_mib  # noqa: PLC0415
    from benchmarks.frames import open_kiosk  # noqa: PLC0415
    from benchmarks.ui import Walker, first_visit_turns  # noqa: PLC0415

    walker = Walker(open_kiosk(SIZE))
    times, _ = first_visit_turns(walker, turns)
    return {"page_turn": summary(times), "pss_mib": memory_mib()["pss"]}


def compare(launches: int, turns: int) -> dict[str, Any]:
    from benchmarks import run  # noqa: PLC0415

    work = Path(tempfile.mkdtemp(prefix="kiosk-compare-"))
    try:
        pages = export_pages(work / "site")
        with run.xvfb(SIZE) as display, run.private_audio(work) as audio:
            if display is None:
                return {"missing": "Xvfb is not installed"}
            # The kiosk's speech engine starts with its window: its own sound server, as in make bench.
            env = {**run.child_env(display, work / "data"), **(audio or {})}
            kiosk_first: list[float] = []
            browser_first: list[float] = []
            kiosk_turns: list[dict[str, Any]] = []
            browser_turns: list[dict[str, Any]] = []
            command = run.kiosk_command(work / "data")
            run.launch_ms(command, env)  # one unmeasured launch of each fills the disk cache
            chromium_walk(pages, env, 1)
            for _ in range(launches):  # alternating, so a busy moment of the machine hits both
                kiosk_first.append(run.launch_ms(command, env))
                walked = chromium_walk(pages, env, turns)
                if "missing" in walked:
                    return walked
                browser_first.append(walked["first_paint_ms"])
                browser_turns.append(walked)
                kiosk_turns.append(run.measure("compare", {"kiosk_turns": turns}, env, 600))
        return _summarise(kiosk_first, browser_first, kiosk_turns, browser_turns, len(pages))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _summarise(
    kiosk_first: list[float],
    browser_first: list[float],
    kiosk_turns: list[dict[str, Any]],
    browser_turns: list[dict[str, Any]],
    pages: int,
) -> dict[str, Any]:
    def turn_values(walks: list[dict[str, Any]]) -> dict[str, float]:
        p95s = [walk["page_turn"]["p95"] for walk in walks if "page_turn" in walk]
        medians = [walk["page_turn"]["median"] for walk in walks if "page_turn" in walk]
        pss = [walk["pss_mib"] for walk in walks if "pss_mib" in walk]
        if not p95s:
            raise RuntimeError(f"no page turns measured: {walks}")
        return {"median": round(summary(medians)["median"], 1), "p95": round(summary(p95s)["median"], 1),
                "pss": round(summary(pss)["median"], 1)}  # fmt: skip

    kiosk, browser = turn_values(kiosk_turns), turn_values(browser_turns)
    rows = [
        ("first paint (ms, median)", summary(kiosk_first)["median"], summary(browser_first)["median"]),
        ("page turn, median (ms)", kiosk["median"], browser["median"]),
        ("page turn, p95 (ms)", kiosk["p95"], browser["p95"]),
        ("PSS, every page shown (MiB)", kiosk["pss"], browser["pss"]),
    ]
    return {
        "size": f"{SIZE[0]}x{SIZE[1]}",
        "pages": pages,
        "runs": len(kiosk_first),
        "rows": [
            {"figure": figure, "kiosk": k, "chromium": c, "chromium_over_kiosk": round(c / k, 2) if k else None}
            for figure, k, c in rows
        ],
        "kiosk_first_paint": summary(kiosk_first),
        "chromium_first_paint": summary(browser_first),
        "chromium_processes": browser_turns[-1].get("processes"),
    }


def table(result: dict[str, Any]) -> str:
    lines = ["| figure | kiosk | Chromium --kiosk | Chromium / kiosk |", "| --- | --- | --- | --- |"]
    for row in result["rows"]:
        lines.append(f"| {row['figure']} | {row['kiosk']:g} | {row['chromium']:g} | {row['chromium_over_kiosk']:g}x |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    options = params() if len(sys.argv) > 1 and sys.argv[1].startswith("{") else None
    if options is not None:  # the kiosk's side, in a process of its own
        emit(kiosk_walk(int(options["kiosk_turns"])))
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.compare", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one launch and a short walk of each")
    parser.add_argument(
        "--out", type=Path, help=f"results file to add it to (default: {RESULTS.relative_to(ROOT)}; quick: none)"
    )
    args = parser.parse_args(argv)
    result = compare(launches=1 if args.quick else 5, turns=6 if args.quick else 40)
    if "missing" in result:
        print(f"not compared: {result['missing']}", file=sys.stderr)
        return 1
    print(table(result))
    out = args.out or (None if args.quick else RESULTS)
    if out is not None:
        results = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
        results["compare"] = result
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"\nwritten to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
