"""Syncthing for real: an office and a kiosk, two Syncthing instances on loopback, set up by
deploy/syncthing-setup.py before they start (the local network only: no global or local
discovery, relays, NAT traversal, usage or crash reporting, upgrades).

The office drops a signed pack into its send-only packs folder; Syncthing brings it to the kiosk's
receive-only inbox; the kiosk's inbox scan (kiosk.core.fleet, as the kiosk runs it) installs it
and writes the result and its status report into its send-only outbox; Syncthing brings both back
to the office's receive-only reports folder. Every wait is on Syncthing's REST API or a file, with
a deadline.

Needs Debian's syncthing package (deploy/ci-packages.txt); the test fails, never skips, without it.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kiosk.core.fleet import outbox
from kiosk.core.fleet.inbox import SETTLE_S, InboxScanner
from kiosk.core.fleet.report import build_report
from kiosk.core.install.build import sign_kpack
from kiosk.core.install.signing import generate_key
from kiosk.core.install.store import PackStore
from kiosk.core.paths import PROJECT_ROOT, DataPaths
from kiosk.core.settings import Settings
from tests.core.fleet.conftest import StepClock
from tests.core.install.kpack_corpus import demo_kpack

SETUP = PROJECT_ROOT / "deploy" / "syncthing-setup.py"
PACKS = "clinic-packs"
REPORTS = "kiosk-reports-lobby"
DEADLINE_S = 90.0
#: What Syncthing's log says when it reaches outside the local network (relays, discovery servers,
#: local broadcast discovery, UPnP and NAT-PMP, STUN, usage and crash reports, upgrades).
OUTSIDE = ("syncthing.net", "relay", "discovery mechanism", "upnp", "nat-pmp", "stun", "usage report", "upgrade check")
#: Nothing from outside may answer: the instances' traffic must stay on loopback.
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def syncthing() -> str:
    tool = shutil.which("syncthing")
    assert tool, "syncthing is not installed: apt-get install syncthing (deploy/ci-packages.txt)"
    return tool


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def until(what: str, check: Callable[[], Any], wait: Callable[[], None], deadline_s: float = DEADLINE_S) -> Any:
    """Check until ``check`` gives something true, calling ``wait`` (Syncthing's event long-poll:
    it returns at the next event, or after a second) between two checks; fail after the deadline."""
    end = time.monotonic() + deadline_s
    while True:
        try:
            value = check()
        except (OSError, ValueError, KeyError):
            value = None
        if value:
            return value
        if time.monotonic() > end:
            pytest.fail(f"after {deadline_s:.0f} s still waiting for {what}")
        wait()


@dataclass
class Instance:
    """One Syncthing: its home, device ID, ports, API key and process."""

    name: str
    home: Path
    device: str
    listen: int
    gui: int
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    api_key: str = ""
    last_event: int = 0

    def setup(self, *arguments: str) -> None:
        command = [sys.executable, str(SETUP), "--home", str(self.home), *arguments]
        done = subprocess.run(command, capture_output=True, text=True, check=False, env=self.env, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr
        gui = ET.parse(self.home / "config.xml").getroot().find("gui")
        assert gui is not None
        self.api_key = gui.findtext("apikey") or ""

    def start(self, log: Path) -> None:
        """Start it and wait (on its output) until its REST API listens."""
        command = [syncthing(), "serve", f"--home={self.home}", "--no-browser", "--no-restart", "--no-upgrade"]
        self.process = subprocess.Popen(command, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        listening = threading.Event()
        threading.Thread(target=self._keep_log, args=(log, listening), daemon=True).start()
        assert listening.wait(30), f"{self.name}'s Syncthing did not start: see {log}"
        assert self.get("/rest/system/ping") == {"ping": "pong"}

    def _keep_log(self, log: Path, listening: threading.Event) -> None:
        assert self.process is not None and self.process.stdout is not None
        with log.open("wb") as out:
            for line in self.process.stdout:
                out.write(line)
                out.flush()
                if b"GUI and API listening on" in line:
                    listening.set()
        listening.set()  # it stopped: the REST call in start() says so

    def next_event(self) -> None:
        """Wait until this Syncthing reports an event (a connection, a scan, a file), at most a second."""
        events = self._call("GET", f"/rest/events?since={self.last_event}&timeout=1").get("value") or []
        if events:
            self.last_event = int(events[-1]["id"])

    def get(self, path: str) -> dict[str, Any]:
        return self._call("GET", path)

    def post(self, path: str) -> dict[str, Any]:
        return self._call("POST", path)

    def _call(self, method: str, path: str) -> dict[str, Any]:
        if self.process is not None and self.process.poll() is not None:
            pytest.fail(f"{self.name}'s Syncthing stopped (exit status {self.process.returncode})")
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui}{path}", method=method, headers={"X-API-Key": self.api_key}
        )
        with NO_PROXY.open(request, timeout=10) as answer:
            body = answer.read()
        data = json.loads(body) if body.strip() else {}
        return data if isinstance(data, dict) else {"value": data}

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        if self.process.stdout is not None:
            self.process.stdout.close()


def generate(name: str, root: Path, env: dict[str, str]) -> Instance:
    home = root / name / "syncthing"
    done = subprocess.run(
        [syncthing(), "generate", f"--home={home}", "--no-default-folder"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    ids = subprocess.run(
        [sys.executable, str(SETUP), "--home", str(home), "--device-id"], capture_output=True, text=True, check=True
    )
    device = ids.stdout.strip()
    assert device in done.stdout + done.stderr  # the ID Syncthing itself printed
    return Instance(name, home, device, free_port(), free_port(), env)


@dataclass
class Clinic:
    office: Instance
    kiosk: Instance
    office_packs: Path
    office_reports: Path
    kiosk_inbox: Path
    kiosk_outbox: Path


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    """The office PC and one kiosk, each with its own Syncthing, connected on loopback only."""
    syncthing()
    env = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "STNORESTART": "1",
        "STNOUPGRADE": "1",
        "STNODEFAULTFOLDER": "1",
        "all_proxy": "",
        "http_proxy": "",
        "https_proxy": "",
    }
    office, kiosk = generate("office", tmp_path, env), generate("kiosk", tmp_path, env)
    paths = Clinic(
        office,
        kiosk,
        tmp_path / "office" / "packs",
        tmp_path / "office" / "reports" / "lobby",
        tmp_path / "kiosk" / "inbox",
        tmp_path / "kiosk" / "outbox",
    )
    office.setup(
        f"--listen=tcp://127.0.0.1:{office.listen}",
        f"--gui=127.0.0.1:{office.gui}",
        f"--peer={kiosk.device}=tcp://127.0.0.1:{kiosk.listen}",
        f"--send={PACKS}={paths.office_packs}",
        f"--receive={REPORTS}={paths.office_reports}",
    )
    kiosk.setup(
        f"--listen=tcp://127.0.0.1:{kiosk.listen}",
        f"--gui=127.0.0.1:{kiosk.gui}",
        f"--peer={office.device}=tcp://127.0.0.1:{office.listen}",
        f"--receive={PACKS}={paths.kiosk_inbox}",
        f"--send={REPORTS}={paths.kiosk_outbox}",
    )
    try:
        office.start(tmp_path / "office.log")
        kiosk.start(tmp_path / "kiosk.log")  # it dials the office, which listens already
        for one, other in ((office, kiosk), (kiosk, office)):
            until(
                f"{one.name} to connect to {other.name}",
                lambda one=one, other=other: one.get("/rest/system/connections")["connections"][other.device][
                    "connected"
                ],
                one.next_event,
            )
        yield paths
    finally:
        kiosk.stop()
        office.stop()


def offline_settings(config: Path) -> dict[str, str]:
    options = ET.parse(config).getroot().find("options")
    assert options is not None
    return {child.tag: child.text or "" for child in options}


def test_setup_keeps_syncthing_on_the_local_network(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    kiosk = generate("kiosk", tmp_path, env)
    office = "ABCDEFG-ABCDEFG-ABCDEFG-ABCDEFG-ABCDEFG-ABCDEFG-ABCDEFG-ABCDEFG"
    kiosk.setup(f"--peer={office}=tcp://192.168.1.20:22000", f"--receive={PACKS}={tmp_path / 'inbox'}")
    kiosk.setup(f"--send={REPORTS}={tmp_path / 'outbox'}", f"--peer={office}=tcp://192.168.1.21:22000")  # a second run
    options = offline_settings(kiosk.home / "config.xml")
    assert {key: options[key] for key in ("globalAnnounceEnabled", "localAnnounceEnabled", "relaysEnabled")} == {
        "globalAnnounceEnabled": "false",
        "localAnnounceEnabled": "false",
        "relaysEnabled": "false",
    }
    assert (options["natEnabled"], options["urAccepted"], options["autoUpgradeIntervalH"]) == ("false", "-1", "0")
    assert (options["crashReportingEnabled"], options["stunKeepaliveStartS"]) == ("false", "0")
    assert options["listenAddress"] == "tcp://0.0.0.0:22000"
    root = ET.parse(kiosk.home / "config.xml").getroot()
    assert root.findtext("gui/address") == "127.0.0.1:8384"
    (peer,) = [d for d in root.findall("device") if d.get("id") == office]
    assert [a.text for a in peer.findall("address")] == ["tcp://192.168.1.21:22000"]
    folders = {f.get("id"): (f.get("type"), {d.get("id") for d in f.findall("device")}) for f in root.findall("folder")}
    assert folders == {PACKS: ("receiveonly", {kiosk.device, office}), REPORTS: ("sendonly", {kiosk.device, office})}
    assert (tmp_path / "outbox" / ".stignore").read_text(encoding="utf-8").splitlines()[-1] == ".*.tmp"
    assert (tmp_path / "inbox" / ".stfolder").is_dir()


def test_a_signed_pack_goes_from_the_office_to_the_kiosk_and_its_result_comes_back(
    clinic: Clinic, tmp_path: Path
) -> None:
    started = time.monotonic()
    private, public = generate_key()
    kpack = demo_kpack(tmp_path / "made", "1.3.0")
    sign_kpack(kpack, private)
    # The office puts the pack in its folder (whole, by a rename) and Syncthing looks at once.
    shutil.copyfile(kpack, clinic.office_packs / ".copying.tmp")
    os.replace(clinic.office_packs / ".copying.tmp", clinic.office_packs / "rfa-1.3.kpack")
    clinic.office.post(f"/rest/db/scan?folder={PACKS}")
    arrived = clinic.kiosk_inbox / "rfa-1.3.kpack"
    until(
        "the kiosk to have received the pack",
        lambda: (
            clinic.office.get(f"/rest/db/completion?folder={PACKS}&device={clinic.kiosk.device}")["completion"] == 100
            and arrived.is_file()
            and arrived.read_bytes() == kpack.read_bytes()
        ),
        clinic.kiosk.next_event,
    )

    # The kiosk's inbox scan, as the kiosk runs it (its clock stepped past the settling time).
    paths = DataPaths.in_dir(tmp_path / "kiosk-data")
    settings = Settings(kiosk_name="Lobby", require_signed=True, trusted_keys={"Riverside IT": public})
    clock = StepClock()
    scanner = InboxScanner(paths, clock=clock)
    assert scanner.scan(clinic.kiosk_inbox, settings, clinic.kiosk_outbox).outcomes == []
    clock.step(SETTLE_S)
    scanned = scanner.scan(clinic.kiosk_inbox, settings, clinic.kiosk_outbox)
    assert scanned.installed == ["demo"]
    info = PackStore(paths).info("demo", settings)
    assert info is not None and (info.version, info.signed_by) == ("1.3.0", "Riverside IT")
    report = build_report(paths, settings, reason="pack-change", picture=None, inbox=scanner.results())
    outbox.write_report(clinic.kiosk_outbox, outbox.kiosk_id(settings), report)

    # Back at the office: the result and the report, whole.
    clinic.kiosk.post(f"/rest/db/scan?folder={REPORTS}")
    result = clinic.office_reports / "Lobby" / "results" / "rfa-1.3.kpack.json"
    status = clinic.office_reports / "Lobby" / "status.json"
    until(
        "the office to have received the result and the report",
        lambda: (
            clinic.kiosk.get(f"/rest/db/completion?folder={REPORTS}&device={clinic.office.device}")["completion"] == 100
            and result.is_file()
            and status.is_file()
        ),
        clinic.office.next_event,
    )
    came_back = json.loads(result.read_text(encoding="utf-8"))
    assert (came_back["outcome"], came_back["pack"], came_back["signed_by"]) == (
        "installed",
        {"id": "demo", "version": "1.3.0"},
        "Riverside IT",
    )
    sent = json.loads(status.read_text(encoding="utf-8"))
    assert sent["kiosk"]["id"] == "Lobby"
    assert {"id": "demo", "version": "1.3.0"}.items() <= next(p for p in sent["packs"] if p["id"] == "demo").items()
    assert sent["inbox"][0]["outcome"] == "installed"
    # Nothing half-written crossed, and the kiosk wrote nothing into the office's packs.
    assert not [p for p in clinic.office_reports.rglob("*.tmp")]
    assert sorted(p.name for p in clinic.office_packs.iterdir()) == [".stfolder", ".stignore", "rfa-1.3.kpack"]
    # And neither Syncthing reached for anything outside: no relay, discovery server, NAT or reporting.
    for log in (tmp_path / "office.log", tmp_path / "kiosk.log"):
        said = log.read_text(encoding="utf-8", errors="replace").lower()
        assert [word for word in OUTSIDE if word in said] == [], log.name
    print(f"syncthing round trip: {time.monotonic() - started:.1f} s")
