"""The display module's real commands against cage on its headless backend (no screen, no input
devices): the rotation applied and read back, the display switched off and on; and for a cage
that turns only as it starts (0.1.4, Debian 12), deploy/kiosk-session passing the setting's -r.

cage 0.1.4 refuses to run as root and needs Xwayland; as root these tests run it as ``nobody``.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui import display as displays
from kiosk.ui.display import DisplayControl, parse_outputs

CAGE = shutil.which("cage")
DEPLOY = Path(__file__).resolve().parents[2] / "deploy"

pytestmark = pytest.mark.skipif(CAGE is None, reason="cage is not installed (.ci/run installs deploy/ci-packages.txt)")


def cage_version() -> tuple[int, ...]:
    assert CAGE is not None
    text = subprocess.run([CAGE, "-v"], capture_output=True, text=True, check=False, timeout=10).stdout
    match = re.search(r"(\d+)\.(\d+)\.(\d+)", text)
    assert match, f"cage -v said {text!r}"
    return tuple(int(part) for part in match.groups())


def has_output_management() -> bool:
    return cage_version() >= (0, 1, 5)


def as_nobody() -> list[str]:
    """cage 0.1.4 will not run as root: run it as nobody (later releases run as root)."""
    if os.geteuid() != 0 or has_output_management():
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("cage 0.1.4 refuses root and setpriv (util-linux) is missing")
    return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def headless_environ(runtime: Path) -> dict[str, str]:
    environ = {key: value for key, value in os.environ.items() if key not in ("WAYLAND_DISPLAY", "DISPLAY")}
    environ.update(
        XDG_RUNTIME_DIR=str(runtime),
        WLR_BACKENDS="headless",
        WLR_LIBINPUT_NO_DEVICES="1",
        WLR_RENDERER="pixman",  # no graphics card needed
        WLR_HEADLESS_OUTPUTS="1",
    )
    return environ


@pytest.fixture
def runtime() -> Iterator[Path]:
    """A private runtime folder for cage's socket (one that nobody may use, for cage 0.1.4 as root)."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-cage-"))
    folder.chmod(0o700)
    if as_nobody():
        shutil.chown(folder, "nobody", "nogroup")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def read_line(process: subprocess.Popen[str], seconds: float) -> str:
    """The next line the process prints, or "" when it prints none within ``seconds`` or ends."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], seconds)
    return process.stdout.readline().strip() if ready else ""


@pytest.fixture
def headless_cage(runtime: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """cage running headless, its client waiting; the test's environment points at its socket."""
    assert CAGE is not None
    process = subprocess.Popen(
        [*as_nobody(), CAGE, "--", "sh", "-c", "echo ready; exec sleep 600"],
        env=headless_environ(runtime),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # cage and its client end together
    )
    try:
        if read_line(process, 20) != "ready":
            os.killpg(process.pid, signal.SIGKILL)
            _out, errors = process.communicate(timeout=10)
            pytest.fail(f"cage did not start headless: {errors.strip()[-2000:]}")
        (socket,) = [path.name for path in runtime.glob("wayland-*") if not path.name.endswith(".lock")]
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
        monkeypatch.setenv("WAYLAND_DISPLAY", socket)
        yield socket
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate(timeout=10)


def wlr_randr() -> str:
    """What the compositor says now, asked apart from the kiosk's own commands."""
    program = shutil.which("wlr-randr")
    assert program is not None
    return subprocess.run([program], capture_output=True, text=True, check=True, timeout=10).stdout


def needs_wlr_randr() -> None:
    if shutil.which("wlr-randr") is None:
        pytest.skip("wlr-randr is not installed (.ci/run installs deploy/ci-packages.txt)")


def test_the_display_module_turns_the_screen_and_switches_it_off_and_on(qtbot: QtBot, headless_cage: str) -> None:
    needs_wlr_randr()
    display = DisplayControl(wayland=True, environ={})  # its own runner: QProcess
    with qtbot.waitSignal(display.changed, timeout=10_000):
        display.probe()
    if not has_output_management():
        # cage 0.1.4: no output management; the kiosk knows it, and shows black instead.
        assert display.problem == displays.UNSUPPORTED and not display.can_switch_off
        return
    assert display.problem == "" and [output.name for output in display.outputs] == ["HEADLESS-1"]

    display.rotate(90)
    qtbot.waitUntil(lambda: display.rotation == 90, timeout=10_000)
    assert [output.transform for output in parse_outputs(wlr_randr())] == ["90"]

    display.switch_off()
    qtbot.waitUntil(lambda: display.powered_off, timeout=10_000)
    assert [output.enabled for output in parse_outputs(wlr_randr())] == [False]

    with qtbot.waitSignal(display.changed, timeout=10_000):
        display.switch_on(90)
    (output,) = parse_outputs(wlr_randr())
    assert output.enabled and output.transform == "90"
    assert display.problem == "" and display.rotation == 90


def test_the_session_starts_a_cage_that_has_r_turned_as_the_settings_say(runtime: Path) -> None:
    """deploy/kiosk-session asks the kiosk for the rotation and gives cage 0.1.4 one -r per 90 degrees;
    the client reads the output's transform back from the compositor (wayland-info). A later cage
    has no -r: the session starts it unturned and leaves the turning to the kiosk (the test above)."""
    assert CAGE is not None
    info = shutil.which("wayland-info")
    if info is None:
        pytest.skip("wayland-info (wayland-utils) is missing to read the transform back")
    data = runtime / "data"
    data.mkdir()
    (data / "settings.toml").write_text("screen_rotation = 270\n", encoding="utf-8")
    if as_nobody():
        shutil.chown(data, "nobody", "nogroup")
    python = sys.executable  # kiosk-session asks for the rotation before cage starts, as itself
    kiosk = runtime / "kiosk"
    source = Path(__file__).resolve().parents[2]
    kiosk.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = screen ]; then PYTHONPATH="{source}" exec "{python}" -m kiosk "$@"; fi\n'
        'echo "session rotation: ${KIOSK_SESSION_ROTATION:-none}"\n'
        f'"{info}" | grep -o "output_transform: [0-9a-z°]*"\n',
        encoding="utf-8",
    )
    kiosk.chmod(0o755)
    cage = runtime / "cage"
    cage.write_text(f'#!/bin/sh\nexec {" ".join(as_nobody())} "{CAGE}" "$@"\n', encoding="utf-8")
    cage.chmod(0o755)
    environ = headless_environ(runtime) | {"CAGE": str(cage), "KIOSK_DATA_DIR": str(data)}
    environ["RUNTIME_DIRECTORY"] = str(runtime)
    result = subprocess.run(
        [DEPLOY / "kiosk-session", kiosk], env=environ, capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    if has_output_management():
        assert "session rotation: none" in result.stdout
        assert re.search(r"output_transform: (normal|0°)", result.stdout)  # wayland-info 1.2 or 1.1
    else:
        assert "session rotation: 270" in result.stdout
        assert "output_transform: 270" in result.stdout
