"""The topic library: a tile touched to its pack's first page, with nine packs shown, beside the
one-pack kiosk's "Touch to start" to its first page, in the same process.

Run by the runner in its own process: ``python -m benchmarks.library '{"size": [1920, 1080], "starts": 30}'``.
The eight extra packs are copies of the bundled pack under other ids, installed into a private
data folder as a clinic would install them (``make_library``, also used for the cold start).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from benchmarks.common import emit, params
from benchmarks.frames import BUNDLED_PACK, ErrorCounter, open_kiosk
from benchmarks.stats import summary
from benchmarks.ui import Walker

#: Packs shown in the library measurement: nine fill a 1920x1080 screen without scrolling.
SHOWN = 9


def make_library(data: Path, count: int = SHOWN) -> tuple[str, ...]:
    """Install ``count - 1`` copies of the bundled pack into ``data`` and show them with it; the ids shown."""
    from kiosk.core.install.build import write_kpack  # noqa: PLC0415
    from kiosk.core.install.installer import PackInstaller  # noqa: PLC0415
    from kiosk.core.install.store import PackStore  # noqa: PLC0415
    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.settings import Settings, save_settings  # noqa: PLC0415

    paths = DataPaths.in_dir(data)
    store = PackStore(paths)
    work = Path(tempfile.mkdtemp(prefix="kiosk-bench-library-"))
    ids = [BUNDLED_PACK.name]
    for number in range(1, count):
        pack_id = f"topic-{number}"
        folder = work / pack_id
        shutil.copytree(BUNDLED_PACK, folder)
        toml = folder / "pack.toml"
        toml.write_text(
            toml.read_text(encoding="utf-8").replace(f'id = "{BUNDLED_PACK.name}"', f'id = "{pack_id}"'), "utf-8"
        )
        kpack = work / f"{pack_id}.kpack"
        write_kpack(folder, pack_id, "1.1.0", kpack)
        PackInstaller(store).install(kpack, Settings())
        ids.append(pack_id)
    save_settings(Settings().showing(tuple(ids)), paths.settings_file)
    shutil.rmtree(work, ignore_errors=True)
    return tuple(ids)


def _all_ready(window: Any, count: int, timeout_s: float = 120) -> float:
    """Run the event loop until every shown pack's screens are made; the seconds that took."""
    started = time.perf_counter()
    while len(window._views.views) < count:
        QApplication.processEvents()
        if time.perf_counter() - started > timeout_s:
            raise TimeoutError(f"only {len(window._views.views)} of {count} packs were made ready")
    return time.perf_counter() - started


def main() -> None:
    options = params()
    size = (int(options.get("size", (1920, 1080))[0]), int(options.get("size", (1920, 1080))[1]))
    starts = int(options.get("starts", 30))
    errors = ErrorCounter()
    data = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    shown = make_library(data)

    one = open_kiosk(size, Path(tempfile.mkdtemp(prefix="kiosk-bench-")))
    walker = Walker(one)
    single: list[float] = []
    for _ in range(starts):
        single.append(walker.start())
        walker.start_over()
    one.close()

    nine = open_kiosk(size, data, shown=shown)
    ready_s = _all_ready(nine, len(shown))
    walker = Walker(nine)
    tiles: list[float] = []
    for number in range(starts):
        tile = nine.attract.topics.tiles[number % len(shown)]
        tiles.append(walker.step(tile))
        walker.start_over()
    one_p95, nine_p95 = summary(single)["p95"], summary(tiles)["p95"]
    emit(
        {
            "size": f"{size[0]}x{size[1]}",
            "packs_shown": len(shown),
            "attract_to_first_page_one_pack": summary(single),
            "tile_to_first_page": summary(tiles),
            "p95_over_one_pack_ms": round(float(nine_p95) - float(one_p95), 2),
            "all_packs_ready_s": round(ready_s, 2),
            "errors": errors.count,
            "first_error": errors.first,
        }
    )


if __name__ == "__main__":
    main()
