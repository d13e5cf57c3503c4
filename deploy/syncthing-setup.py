#!/usr/bin/env python3
"""Set up Syncthing for a kiosk fleet: the local network only, the peers by address, the folders.

Run it on a configuration Syncthing made (``syncthing generate --home=DIR --no-default-folder``)
while Syncthing is stopped, as the user Syncthing runs as; run it again to add a peer or a
folder (what is there already is kept). It needs only Python 3 and works on the office PC too.
docs/fleet.md shows it in use.

What it sets, whatever was set before:

* no global discovery, no relays, no NAT traversal (UPnP, NAT-PMP, STUN), no usage reporting,
  no crash reporting, no automatic upgrades: nothing leaves the clinic's network;
* local discovery only with ``--local-discovery`` (by default peers are found by their address);
* Syncthing listens on ``--listen`` only, and its web page and REST API are on ``--gui``;
* each ``--peer ID=tcp://HOST:PORT`` is known by its ID and reached at that address only;
* each ``--receive ID=PATH`` folder is receive-only, each ``--send ID=PATH`` folder send-only,
  shared with the peers given; a send-only folder's ``.stignore`` leaves out the temporary files
  the kiosk writes its reports through, so no half report is ever sent.

    python3 syncthing-setup.py --home DIR --device-id        print this device's ID
"""

from __future__ import annotations

import argparse
import base64
import copy
import hashlib
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

MAX_CONFIG_BYTES = 4_000_000
#: Syncthing's options that reach outside the local network, and the values that keep it inside.
OFFLINE_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "urSeen": "3",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "stunKeepaliveStartS": "0",
    "stunKeepaliveMinS": "0",
    "announceLANAddresses": "false",
    "startBrowser": "false",
}
#: What a send-only folder never sends: the temporary files of the kiosk's atomic writes
#: (``.status.json-1a2b3c4d.tmp``), which exist for a moment before they are renamed.
STIGNORE = "// Written by syncthing-setup.py: the kiosk's temporary files are never sent\n.*.tmp\n"
DEVICE_ID = re.compile(r"^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$")
FOLDER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
ADDRESS = re.compile(r"^tcp[46]?://[^\s/]+:\d{1,5}$")
_LUHN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def device_id(cert_pem: bytes) -> str:
    """The Syncthing device ID of a certificate: SHA-256 of its DER bytes, base32 with Luhn check characters."""
    body = b"".join(line for line in cert_pem.splitlines() if line and not line.startswith(b"-----"))
    digest = hashlib.sha256(base64.b64decode(body)).digest()
    text = base64.b32encode(digest).decode("ascii").rstrip("=")
    checked = "".join(part + _luhn(part) for part in (text[i : i + 13] for i in range(0, 52, 13)))
    return "-".join(checked[i : i + 7] for i in range(0, 56, 7))


def _luhn(part: str) -> str:
    factor, total, n = 1, 0, len(_LUHN)
    for character in part:
        addend = factor * _LUHN.index(character)
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return _LUHN[(n - total % n) % n]


def _pair(text: str, what: str, pattern: re.Pattern[str]) -> tuple[str, str]:
    name, _, value = text.partition("=")
    if not pattern.match(name) or not value:
        raise argparse.ArgumentTypeError(f"{text!r} is not {what}")
    return name, value


def peer(text: str) -> tuple[str, str]:
    name, _, address = text.partition("=")
    device, address = _pair(f"{name.strip().upper()}={address.strip()}", "DEVICE-ID=tcp://HOST:PORT", DEVICE_ID)
    if not ADDRESS.match(address):
        raise argparse.ArgumentTypeError(f"{address!r} is not an address like tcp://192.168.1.20:22000")
    return device, address


def folder(text: str) -> tuple[str, str]:
    folder_id, path = _pair(text, "FOLDER-ID=/a/whole/path", FOLDER_ID)
    if not os.path.isabs(path):
        raise argparse.ArgumentTypeError(f"{path!r} is not a whole path")
    return folder_id, path


def _set(parent: ET.Element, tag: str, value: str) -> None:
    found = parent.findall(tag)
    element = found[0] if found else ET.SubElement(parent, tag)
    for extra in found[1:]:
        parent.remove(extra)
    element.text = value


def configure(root: ET.Element, args: argparse.Namespace, own: str) -> list[tuple[str, str, str]]:
    """Change the configuration ``root`` as the options say; the folders to make, with their kind."""
    options = root.find("options")
    gui = root.find("gui")
    defaults = root.find("defaults")
    if options is None or gui is None or defaults is None:
        raise SystemExit("syncthing-setup: this is not a configuration made by 'syncthing generate'")
    for key, value in OFFLINE_OPTIONS.items():
        _set(options, key, value)
    _set(options, "localAnnounceEnabled", "true" if args.local_discovery else "false")
    _set(options, "listenAddress", args.listen)
    _set(gui, "address", args.gui)
    gui.set("enabled", "true")
    template = defaults.find("device")
    peers = dict(args.peer)
    for device_id, address in peers.items():
        device = next((d for d in root.findall("device") if d.get("id") == device_id), None)
        if device is None:
            device = copy.deepcopy(template) if template is not None else ET.Element("device")
            position = list(root).index(gui)
            root.insert(position, device)
        device.set("id", device_id)
        device.set("name", device.get("name") or device_id[:7])
        device.set("introducer", "false")
        for old in device.findall("address"):
            device.remove(old)
        address_element = ET.Element("address")
        address_element.text = address
        device.insert(0, address_element)
        _set(device, "autoAcceptFolders", "false")
    made: list[tuple[str, str, str]] = []
    folder_template = defaults.find("folder")
    for kind, folders in (("receiveonly", args.receive), ("sendonly", args.send)):
        for folder_id, path in folders:
            element = next((f for f in root.findall("folder") if f.get("id") == folder_id), None)
            if element is None:
                element = copy.deepcopy(folder_template) if folder_template is not None else ET.Element("folder")
                root.insert(list(root).index(gui), element)
                for old in element.findall("device"):
                    element.remove(old)
            element.set("id", folder_id)
            element.set("label", element.get("label") or folder_id)
            element.set("path", path)
            element.set("type", kind)
            element.set("fsWatcherEnabled", "true")
            element.set("fsWatcherDelayS", "2")
            element.set("rescanIntervalS", "60")
            element.set("ignorePerms", "true")
            shared = {d.get("id") for d in element.findall("device")}
            for device_id in [own, *peers]:
                if device_id not in shared:
                    share = ET.Element("device", {"id": device_id, "introducedBy": ""})
                    ET.SubElement(share, "encryptionPassword")
                    element.insert(len(element.findall("device")), share)
            made.append((folder_id, path, kind))
    return made


def _write(path: Path, data: bytes, mode: int) -> None:
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def make_folder(path: str, kind: str) -> None:
    """The folder, with Syncthing's marker in it (and, for a send-only folder, its ignore list)."""
    root = Path(path)
    (root / ".stfolder").mkdir(parents=True, exist_ok=True)
    ignore = root / ".stignore"
    if kind == "sendonly" and not ignore.exists():
        _write(ignore, STIGNORE.encode("utf-8"), 0o644)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--home", required=True, type=Path, help="Syncthing's configuration folder (its --home)")
    parser.add_argument("--device-id", action="store_true", help="print this device's ID and change nothing")
    parser.add_argument(
        "--listen", default="tcp://0.0.0.0:22000", help="where Syncthing listens (default tcp://0.0.0.0:22000)"
    )
    parser.add_argument("--gui", default="127.0.0.1:8384", help="its web page and REST API (default 127.0.0.1:8384)")
    parser.add_argument("--peer", type=peer, action="append", default=[], help="DEVICE-ID=tcp://HOST:PORT")
    parser.add_argument("--receive", type=folder, action="append", default=[], help="a receive-only FOLDER-ID=PATH")
    parser.add_argument("--send", type=folder, action="append", default=[], help="a send-only FOLDER-ID=PATH")
    parser.add_argument(
        "--local-discovery", action="store_true", help="also find peers by broadcast on the local network"
    )
    args = parser.parse_args(argv)
    config = args.home / "config.xml"
    try:
        own = device_id((args.home / "cert.pem").read_bytes())
        raw = config.read_bytes()
    except OSError as err:
        print(f"syncthing-setup: {err.filename}: {err.strerror}. Run 'syncthing generate --home={args.home}' first.")
        return 1
    if args.device_id:
        print(own)
        return 0
    if len(raw) > MAX_CONFIG_BYTES:
        print(f"syncthing-setup: {config} is too large to be Syncthing's configuration")
        return 1
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as err:
        print(f"syncthing-setup: {config} cannot be read ({err})")
        return 1
    if args.peer and own in dict(args.peer):
        print("syncthing-setup: a peer's ID is this device's own ID")
        return 2
    made = configure(root, args, own)
    ET.indent(root, space="    ")
    _write(config, ET.tostring(root, encoding="utf-8") + b"\n", 0o600)
    for folder_id, path, kind in made:
        make_folder(path, kind)
        print(f"folder {folder_id}: {path} ({kind})")
    for device, address in args.peer:
        print(f"peer {device} at {address}")
    print(f"{config}: local network only; this device is {own}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
