"""The offline bundle: built from this checkout, installed with no network at all, and it runs.

Building fetches the pinned wheels with pip (from its cache when it has them); installing then
happens in a network namespace with no network interface, with pip told to use no index.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk import __version__

ROOT = Path(__file__).resolve().parents[1]
#: Only what a shell needs: no PIP_* settings, no proxy, nothing that could point at an index.
CLEAN_ENV = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
NO_NETWORK = ["unshare", "--net", "--map-root-user", "--"]
NETWORK_CHECK = "import socket; print(sorted(name for _index, name in socket.if_nameindex()))"


@dataclass(frozen=True)
class Installed:
    bundle: Path
    prefix: Path

    @property
    def kiosk(self) -> Path:
        return self.prefix / "current" / "venv" / "bin" / "kiosk"

    @property
    def python(self) -> Path:
        return self.prefix / "current" / "venv" / "bin" / "python"


def offline(command: list[str | Path], home: Path) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with no network and a clean environment."""
    env = {**CLEAN_ENV, "HOME": str(home)}
    # Run from ``home``, never from the checkout, which Python would otherwise import first.
    args = [*NO_NETWORK, *map(str, command)]
    return subprocess.run(args, check=False, cwd=home, env=env, capture_output=True, text=True)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        [sys.executable, "tools/bundle.py", "--out", str(out)], check=False, cwd=ROOT, capture_output=True, text=True
    )
    assert built.returncode == 0, built.stderr
    assert "copy the whole folder to a USB stick" in built.stdout
    return out / f"kiosk-{__version__}-linux-x86_64"


@pytest.fixture(scope="module")
def installed(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    # As on a clinic PC: the bundle was copied from a stick, and there is no network.
    home = tmp_path_factory.mktemp("home")
    prefix = tmp_path_factory.mktemp("machine") / "opt-kiosk"
    result = offline(
        ["bash", bundle / "install.sh", "--app-only", "--prefix", prefix, "--python", sys.executable], home
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return Installed(bundle, prefix)


def test_the_install_really_had_no_network(tmp_path: Path) -> None:
    seen = offline([sys.executable, "-c", NETWORK_CHECK], tmp_path)
    assert seen.returncode == 0, seen.stderr
    assert seen.stdout.strip() == "['lo']"  # only loopback, and it is down


def test_the_bundle_holds_every_pinned_wheel_for_each_python_and_nothing_unpinned(bundle: Path) -> None:
    pinned = {
        line.split("==")[0].lower().replace("_", "-"): line.split("==")[1]
        for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").split()
    }
    included = (bundle / "wheels.txt").read_text(encoding="utf-8").split()
    assert {"pyside6-essentials", "pyside6-addons", "shiboken6", "nh3", "cryptography", "textstat"} <= {
        line.split("==")[0] for line in included
    }
    for line in included:
        name, version = line.split("==")
        assert pinned[name.replace(".", "-")] == version
    cffi = sorted(wheel.name.split("-")[2] for wheel in (bundle / "wheels").glob("cffi-*.whl"))
    assert cffi == ["cp312", "cp313", "cp314"]  # Debian 13 has Python 3.13
    assert not list((bundle / "wheels").glob("pytest*")), "test tools stay out of the kiosk"


def test_the_installed_kiosk_validates_the_bundled_pack_offline(installed: Installed, tmp_path: Path) -> None:
    pack = installed.prefix / "current" / "app" / "content" / "rfa-facet"
    result = offline([installed.kiosk, "validate", "--quiet", pack], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid: pack 'rfa-facet'" in result.stdout


def test_the_installed_kiosk_runs_from_its_own_copy_and_shows_a_frame(installed: Installed, tmp_path: Path) -> None:
    where = offline([installed.python, "-c", "import kiosk.core.paths as p; print(p.PROJECT_ROOT)"], tmp_path)
    assert Path(where.stdout.strip()) == installed.prefix / "releases" / __version__ / "app"
    assert os.readlink(installed.prefix / "current") == f"releases/{__version__}"
    shown = offline([installed.kiosk, "--exit-after-first-frame", "--data-dir", tmp_path / "data"], tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip().isdigit()  # milliseconds to the first frame: fonts, theme and pack all loaded


def test_the_whole_app_is_compiled_at_install_for_a_kiosk_user_who_cannot_write_there(installed: Installed) -> None:
    # The kiosk's own user cannot write next to the code, so whatever the install leaves
    # uncompiled is compiled again at every start.
    app = installed.prefix / "current" / "app" / "kiosk"
    tag = subprocess.run(
        [installed.python, "-c", "import sys; print(sys.implementation.cache_tag)"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    missing = [
        source.relative_to(app)
        for source in app.rglob("*.py")
        if not (source.parent / "__pycache__" / f"{source.stem}.{tag}.pyc").is_file()
    ]
    assert missing == []


def test_a_damaged_bundle_is_refused_before_anything_is_installed(tmp_path: Path) -> None:
    bundle = tmp_path / "stick" / "kiosk"
    bundle.mkdir(parents=True)
    shutil.copy2(ROOT / "deploy" / "install.sh", bundle / "install.sh")
    (bundle / "VERSION").write_text(f"{__version__}\n", encoding="utf-8")
    subprocess.run("sha256sum install.sh VERSION > SHA256SUMS", shell=True, cwd=bundle, check=True)
    (bundle / "VERSION").write_text("9.9.9\n", encoding="utf-8")  # a bad copy from a worn stick
    prefix = tmp_path / "opt-kiosk"
    result = offline(["bash", bundle / "install.sh", "--app-only", "--prefix", prefix], tmp_path)
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert not prefix.exists()


def test_an_unpinned_wheel_stops_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("bundle_tool", ROOT / "tools" / "bundle.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bundle_tool", builder)
    spec.loader.exec_module(builder)
    (tmp_path / "requests-2.0.0-py3-none-any.whl").write_bytes(b"")
    with pytest.raises(builder.BundleError, match=re.escape("requests-2.0.0-py3-none-any.whl is not pinned")):
        builder.check_pinned(tmp_path, builder.pins(ROOT / "constraints.txt"))


def test_the_network_check_itself_sees_a_network_outside(tmp_path: Path) -> None:
    # Without the namespace the same check finds more than loopback, so the check can fail.
    names = [name for _index, name in socket.if_nameindex()]
    assert names != ["lo"]
