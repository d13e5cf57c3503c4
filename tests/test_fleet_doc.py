"""docs/fleet.md: its Syncthing commands run as written (with the system's folders moved into a
temporary one), its report example is the report the kiosk writes, and the drop-in it installs
runs Debian's unit as the kiosk user with the configuration the commands wrote."""

from __future__ import annotations

import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.core.fleet.inbox import Outcome
from kiosk.core.fleet.report import build_report
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings
from tests.test_deploy import unit_entries

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "fleet.md"
#: The commands that change the running system (services, packages): their words are checked, not run.
SYSTEM = ("systemctl ", "apt-get ")


def sh_lines() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def moved(line: str, root: Path) -> str:
    """``line`` with every folder of the system inside ``root``, and as the user running the test."""
    line = line.replace("/opt/kiosk/current/app", str(ROOT)).replace("/mnt/kiosk-VERSION-linux-x86_64/app", str(ROOT))
    line = re.sub(r"^runuser -u \w+ -- ", "", line)
    for folder in ("/home/", "/var/lib/", "/srv/", "/etc/", "/usr/local/"):
        line = line.replace(f" {folder}", f" {root}{folder}").replace(f"={folder}", f"={root}{folder}")
    return line


def test_every_syncthing_command_runs_as_written(tmp_path: Path) -> None:
    lines = sh_lines()
    assert lines, "the page has its commands"
    script = [moved(line, tmp_path) for line in lines if not line.startswith(SYSTEM)]
    (tmp_path / "usr" / "local" / "bin").mkdir(parents=True)
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", "\n".join(script)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    kiosk = ET.parse(tmp_path / "home" / "kiosk" / ".config" / "syncthing" / "config.xml").getroot()
    office = ET.parse(tmp_path / "home" / "clinic" / ".config" / "syncthing" / "config.xml").getroot()
    kinds = {(f.get("id"), f.get("type")) for f in kiosk.findall("folder")}
    assert kinds == {("clinic-packs", "receiveonly"), ("kiosk-reports-lobby", "sendonly")}
    kinds = {(f.get("id"), f.get("type")) for f in office.findall("folder")}
    assert kinds == {("clinic-packs", "sendonly"), ("kiosk-reports-lobby", "receiveonly")}
    assert {f.get("path") for f in kiosk.findall("folder")} == {
        f"{tmp_path}/var/lib/kiosk/inbox",
        f"{tmp_path}/var/lib/kiosk/outbox",
    }
    assert kiosk.findtext("options/globalAnnounceEnabled") == office.findtext("options/relaysEnabled") == "false"
    # The device ID each side printed is the one the other was given.
    printed = re.findall(r"^[A-Z2-7]{7}(?:-[A-Z2-7]{7}){7}$", done.stdout, re.M)
    assert len(printed) == 2
    drop_in = tmp_path / "etc" / "systemd" / "system" / "syncthing@kiosk.service.d" / "kiosk.conf"
    assert drop_in.read_bytes() == (ROOT / "deploy" / "syncthing-kiosk.conf").read_bytes()
    # The service commands name the units the drop-in and the users belong to.
    services = [line for line in lines if line.startswith("systemctl enable")]
    assert services == [f"systemctl enable --now syncthing@{user}.service" for user in ("kiosk", "clinic")]


def test_the_drop_in_runs_syncthing_on_the_configuration_the_commands_wrote() -> None:
    entries = unit_entries(ROOT / "deploy" / "syncthing-kiosk.conf")["Service"]
    start = entries["ExecStart"]
    assert start[0] == ""  # clears Debian's own ExecStart first
    command = start[1].split()
    assert command[:2] == ["/usr/bin/syncthing", "serve"]
    assert {"--no-browser", "--no-restart", "--no-upgrade", "--home=/home/kiosk/.config/syncthing"} <= set(command)
    assert "--home=/home/kiosk/.config/syncthing" in " ".join(sh_lines())
    assert entries["Environment"] == ["STNOUPGRADE=1"]


def test_the_report_example_has_the_fields_the_kiosk_writes(tmp_path: Path) -> None:
    examples = [json.loads(block) for block in re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)]
    report, result = examples
    written = build_report(DataPaths.in_dir(tmp_path), Settings(), reason="hourly", picture=None)
    assert list(report) == list(written)
    for key in ("kiosk", "health", "settings"):
        assert list(report[key]) == list(written[key]), key
    assert list(report["packs"][0]) == list(written["packs"][0])
    assert list(report["inbox"][0]) == ["file", "outcome", "checked_at", "pack"]
    assert list(result) == list(Outcome("f", "refused", "", "").as_json("k"))
    documented = set(re.findall(r"^\| `([a-z_]+)`", DOC.read_text(encoding="utf-8"), re.M))
    assert set(written) - {"format", "kind", "kiosk", "app"} <= documented
