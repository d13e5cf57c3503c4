"""Pack operations: validate the bundled pack, and validate, install and switch to a large synthetic pack.

Run by the runner in its own process: ``python -m benchmarks.packs '{"op": "validate"}'``. The
synthetic pack has 200 pages in English and Spanish, each with its own picture, about 50 MB in all
(random-noise PNG files, which do not compress, so the bytes really are moved and hashed).
"""

from __future__ import annotations

import random
import struct
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

from benchmarks.common import BUNDLED_PACK, emit, params

SECTIONS = 10
SENTENCES = {
    "en": (
        "Rest for a day.",
        "Then walk a little.",
        "Ask the staff if something is not clear.",
        "The doctor will talk with you first.",
        "This step takes about an hour.",
        "Bring a list of your medicines.",
        "A nurse will check your blood pressure.",
        "You can go home the same day.",
        "Someone should drive you home.",
        "Ice can help with soreness.",
    ),
    "es": (
        "Descanse un día.",
        "Luego camine un poco.",
        "Pregunte al personal si algo no está claro.",
        "El médico hablará con usted primero.",
        "Este paso dura una hora.",
        "Traiga una lista de sus medicinas.",
        "Una enfermera le toma la presión.",
        "Puede irse a casa el mismo día.",
        "Otra persona debe llevarle a casa.",
        "El hielo puede ayudar con el dolor.",
    ),
}


def noise_png(path: Path, size_bytes: int, rng: random.Random) -> None:
    """A valid PNG of random pixels of about ``size_bytes`` (noise does not compress)."""
    side = max(8, int((size_bytes / 3) ** 0.5))
    rows = b"".join(b"\x00" + rng.randbytes(side * 3) for _ in range(side))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b"")
    )


def make_pack(root: Path, pages: int = 200, total_bytes: int = 50_000_000, pack_id: str = "synthetic") -> Path:
    """Write a valid two-language pack of ``pages`` pages with one picture each, about ``total_bytes``."""
    rng = random.Random(7)
    root.mkdir(parents=True, exist_ok=True)
    (root / "images").mkdir(exist_ok=True)
    ids = [f"page-{n:03d}" for n in range(pages)]
    per_section = -(-pages // SECTIONS)
    sections = "\n".join(
        f'[[sections]]\nid = "s{n}"\ntitle = {{ en = "Part {n + 1}", es = "Parte {n + 1}" }}\n' for n in range(SECTIONS)
    )
    (root / "pack.toml").write_text(
        f"""format = 1
id = "{pack_id}"
version = "1.0.0"
languages = ["en", "es"]
default_language = "en"
pages = [{", ".join(f'"{i}"' for i in ids)}]

[title]
en = "A long test pack"
es = "Un paquete largo de prueba"

[review]
reviewed_by = "Benchmark"
review_date = 2026-11-21

[readability]
en_max_grade = 8
es_min_reading_ease = 60

{sections}
[sources.leaflet]
citation = "Benchmark Clinic. A test leaflet. 2026."
""",
        encoding="utf-8",
    )
    for lang in ("en", "es"):
        (root / lang).mkdir(exist_ok=True)
    for number, page_id in enumerate(ids):
        image = f"picture-{number:03d}.png"
        noise_png(root / "images" / image, total_bytes // pages, rng)
        for lang, words in SENTENCES.items():
            body = (
                " ".join(rng.choice(words) for _ in range(8)) + "\n\n" + " ".join(rng.choice(words) for _ in range(6))
            )
            title = f"Step {number + 1}" if lang == "en" else f"Paso {number + 1}"
            alt = "A test picture" if lang == "en" else "Una imagen de prueba"
            (root / lang / f"{page_id}.md").write_text(
                f"title: {title}\nsection: s{number // per_section}\nicon: fa6s.bed\nimage: {image}\n"
                f"alt: {alt}\nsources: leaflet\n\n{body}\n",
                encoding="utf-8",
            )
    return root


def folder_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def validate(folder: Path) -> dict[str, Any]:
    """``validate_pack`` in this fresh process, with every import it needs on the way."""
    started = time.perf_counter()
    from kiosk.core.content.validate import validate_pack  # noqa: PLC0415

    report = validate_pack(folder)
    elapsed = (time.perf_counter() - started) * 1000
    return {"ms": round(elapsed, 1), "valid": report.ok, "problems": [str(p) for p in report.problems[:5]]}


def install_and_switch(pages: int, total_bytes: int) -> dict[str, Any]:
    """Build a .kpack of the synthetic pack, install it, make it the active pack and load it, each timed."""
    try:
        from kiosk.core.install.build import write_kpack  # noqa: PLC0415
        from kiosk.core.install.installer import PackInstaller  # noqa: PLC0415
        from kiosk.core.install.store import PackStore  # noqa: PLC0415
    except ImportError as err:
        return {"missing": f"the pack store is not available ({err})"}
    from kiosk.core.install.locate import open_pack  # noqa: PLC0415
    from kiosk.core.paths import DataPaths  # noqa: PLC0415
    from kiosk.core.settings import Settings  # noqa: PLC0415

    work = Path(tempfile.mkdtemp(prefix="kiosk-bench-pack-"))
    folder = make_pack(work / "src", pages, total_bytes)
    kpack = work / "synthetic.kpack"
    write_kpack(folder, "synthetic", "1.0.0", kpack)
    paths = DataPaths.in_dir(work / "data")
    store = PackStore(paths)
    settings = Settings()

    started = time.perf_counter()
    PackInstaller(store).install(kpack, settings)
    install_ms = (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    settings = store.activate("synthetic", settings)
    opened = open_pack(settings.active_pack, paths)
    switch_ms = (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    settings = store.activate("rfa-facet", settings)
    back = open_pack(settings.active_pack, paths)
    switch_back_ms = (time.perf_counter() - started) * 1000
    return {
        "kpack_mb": round(kpack.stat().st_size / 1_000_000, 1),
        "install_ms": round(install_ms, 1),
        "switch_ms": round(switch_ms, 1),
        "switch_back_ms": round(switch_back_ms, 1),
        "switched_to": opened.pack.id if opened.pack else None,
        "switched_back_to": back.pack.id if back.pack else None,
    }


def largest_pages(repeats: int) -> dict[str, Any]:
    """Convert each of the largest pages the budgets allow (``benchmarks/hostile.py``) ``repeats`` times.

    Reported per shape as the median in ms and as a ratio to the floor: plain prose of the
    same size, the cheapest 64 KiB page there is.
    """
    from benchmarks.hostile import LARGEST_PAGES  # noqa: PLC0415
    from kiosk.core.content.markup import prepare, render_markdown  # noqa: PLC0415

    prepare()
    shapes: dict[str, float] = {}
    for name, text in LARGEST_PAGES.items():
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            render_markdown(text)
            times.append((time.perf_counter() - started) * 1000)
        shapes[name] = round(sorted(times)[len(times) // 2], 1)
    slowest = max(shapes, key=lambda name: shapes[name])
    floor = shapes["prose"] or 0.1
    return {
        "shapes_ms": shapes,
        "slowest": slowest,
        "slowest_ms": shapes[slowest],
        "slowest_over_floor": round(shapes[slowest] / floor, 2),
    }


def main() -> None:
    options = params()
    op = options.get("op", "validate")
    pages = int(options.get("pages", 200))
    total = int(options.get("bytes", 50_000_000))
    if op == "validate":
        emit(validate(BUNDLED_PACK))
    elif op == "validate-synthetic":
        folder = make_pack(Path(tempfile.mkdtemp(prefix="kiosk-bench-pack-")) / "synthetic", pages, total)
        result = validate(folder)
        result["mb"] = round(folder_bytes(folder) / 1_000_000, 1)
        emit(result)
    elif op == "install":
        emit(install_and_switch(pages, total))
    elif op == "largest-pages":
        emit(largest_pages(int(options.get("repeats", 5))))
    else:
        raise SystemExit(f"unknown op {op!r}")


if __name__ == "__main__":
    main()
