"""Build the offline bundle: the app, every pinned wheel for one platform, and the install script.

    python tools/bundle.py [--target linux-x86_64|windows-x86_64] [--out DIR] [--python 3.13 ...]

The bundle is a folder to copy to a USB stick. It installs with no network at all
(``pip install --no-index --find-links wheels``); see docs/deployment.md.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Copied into the bundle's ``app`` folder: what the kiosk needs to run, and its guides.
APP_TREES = ("kiosk", "resources", "content", "deploy", "docs")
APP_FILES = ("pyproject.toml", "constraints.txt", "README.md", "main.py")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")

#: Python versions the wheels are fetched for (Debian 13 has 3.13; 3.12 is the oldest the kiosk runs on).
PYTHONS = ("3.12", "3.13", "3.14")

#: PySide6 6.12 needs glibc 2.34, so wheels for glibc up to 2.34 cover every machine it runs on.
GLIBC_MAX = 34


@dataclass(frozen=True)
class Target:
    name: str
    platforms: tuple[str, ...]
    installer: str


def _manylinux(arch: str) -> tuple[str, ...]:
    tags = [f"manylinux_2_{minor}_{arch}" for minor in range(GLIBC_MAX, 4, -1)]
    return (*tags, f"manylinux2014_{arch}", f"manylinux2010_{arch}", f"manylinux1_{arch}")


TARGETS = {
    "linux-x86_64": Target("linux-x86_64", _manylinux("x86_64"), "install.sh"),
    "windows-x86_64": Target("windows-x86_64", ("win_amd64",), "install.ps1"),
}


class BundleError(Exception):
    """A bundle cannot be built; the message says why."""


def version() -> str:
    text = (ROOT / "kiosk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise BundleError("no __version__ in kiosk/__init__.py")
    return match.group(1)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(constraints: Path) -> dict[str, str]:
    """``name -> version`` from a constraints file of ``name==version`` lines."""
    found: dict[str, str] = {}
    for raw in constraints.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            name, sep, pinned = line.partition("==")
            if not sep:
                raise BundleError(f"{constraints.name}: '{line}' is not pinned with ==")
            found[normalise(name)] = pinned.strip()
    return found


def runtime_requirements() -> list[str]:
    """The app's own dependencies (from pyproject.toml) and the build backend its install needs."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [*project["project"]["dependencies"], *project["build-system"]["requires"]]


def download_wheels(target: Target, pythons: Sequence[str], wheels: Path) -> None:
    """Fetch every wheel the app needs on ``target`` for each Python version, as pinned."""
    for python in pythons:
        command = [
            sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
            "--only-binary=:all:", "--implementation", "cp", "--python-version", python,
            *(arg for platform in target.platforms for arg in ("--platform", platform)),
            "-c", str(ROOT / "constraints.txt"), "-d", str(wheels), *runtime_requirements(),
        ]  # fmt: skip
        print(f"bundle: wheels for Python {python} on {target.name}", flush=True)
        if subprocess.run(command, check=False).returncode != 0:
            raise BundleError(f"could not download the wheels for Python {python} on {target.name} (see above)")


def check_pinned(wheels: Path, pinned: dict[str, str]) -> list[str]:
    """Every wheel must be the version constraints.txt pins; returns ``name==version`` lines."""
    found: set[str] = set()
    for wheel in sorted(wheels.glob("*.whl")):
        name, wheel_version = wheel.name.split("-")[:2]
        key = normalise(name)
        if pinned.get(key) != wheel_version:
            raise BundleError(f"{wheel.name} is not pinned in constraints.txt (pinned: {pinned.get(key, 'nothing')})")
        found.add(f"{key}=={wheel_version}")
    if not found:
        raise BundleError("no wheels were downloaded")
    return sorted(found)


def copy_app(app: Path) -> None:
    for tree in APP_TREES:
        shutil.copytree(ROOT / tree, app / tree, ignore=SKIP)
    for name in APP_FILES:
        shutil.copy2(ROOT / name, app / name)


def write_checksums(bundle: Path) -> None:
    """SHA256SUMS for every file, so the install script can refuse a damaged copy."""
    lines = []
    for path in sorted(p for p in bundle.rglob("*") if p.is_file()):
        relative = path.relative_to(bundle).as_posix()
        if relative != "SHA256SUMS":
            lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {relative}\n")
    (bundle / "SHA256SUMS").write_text("".join(lines), encoding="utf-8")


def build(target: Target, out: Path, pythons: Sequence[str]) -> Path:
    """Build ``out/kiosk-<version>-<target>``; an existing bundle of that name is replaced."""
    bundle = out / f"kiosk-{version()}-{target.name}"
    if bundle.exists():
        shutil.rmtree(bundle)
    wheels = bundle / "wheels"
    wheels.mkdir(parents=True)
    download_wheels(target, pythons, wheels)
    included = check_pinned(wheels, pins(ROOT / "constraints.txt"))
    copy_app(bundle / "app")
    installer = ROOT / "deploy" / target.installer
    shutil.copy2(installer, bundle / target.installer)
    (bundle / "VERSION").write_text(version() + "\n", encoding="utf-8")
    (bundle / "wheels.txt").write_text("\n".join(included) + "\n", encoding="utf-8")
    write_checksums(bundle)
    return bundle


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the kiosk's offline install bundle.")
    parser.add_argument("--target", choices=sorted(TARGETS), default="linux-x86_64")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="folder to build the bundle in")
    parser.add_argument(
        "--python", dest="pythons", action="append", metavar="X.Y",
        help=f"Python version(s) to fetch wheels for (default: {', '.join(PYTHONS)})",
    )  # fmt: skip
    args = parser.parse_args(argv)
    try:
        bundle = build(TARGETS[args.target], args.out, args.pythons or PYTHONS)
    except BundleError as err:
        print(f"bundle: {err}", file=sys.stderr)
        return 1
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    print(f"bundle: {bundle} ({size / 1e6:.0f} MB); copy the whole folder to a USB stick")
    return 0


if __name__ == "__main__":
    sys.exit(main())
