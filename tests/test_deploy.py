"""The Linux kiosk session: the systemd unit, and the session script that passes the kiosk's exit status on."""

from __future__ import annotations

import os
import pty
import re
import select
import shlex
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.exitcodes import EXIT_RESTART, EXIT_TO_DESKTOP
from kiosk.core.install.removable import MEDIA_ROOTS, find_kpacks, find_sticks
from kiosk.core.paths import DataPaths
from kiosk.core.pin import PinState, PinStore, pin_file

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
UNIT = DEPLOY / "kiosk.service"


def unit_entries(path: Path) -> dict[str, dict[str, list[str]]]:
    """``section -> key -> values`` of a systemd unit (keys may repeat, as systemd allows)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        key, sep, value = line.partition("=")
        assert sep, f"{path.name}: '{line}' is not KEY=VALUE"
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def seconds(value: str) -> float:
    units = {"ms": 0.001, "s": 1, "min": 60}
    for suffix, factor in units.items():
        if value.endswith(suffix):
            return float(value[: -len(suffix)]) * factor
    return float(value)


def test_the_unit_restarts_forever_and_watches_the_event_loop() -> None:
    unit = unit_entries(UNIT)
    service = unit["Service"]
    assert unit["Unit"]["StartLimitIntervalSec"] == ["0"]  # a crash loop never stops restarting
    assert service["Type"] == ["notify"]
    assert service["NotifyAccess"] == ["all"]  # the kiosk runs under the compositor, not as main process
    assert service["Restart"] == ["always"]
    assert seconds(service["RestartSec"][0]) > 0
    assert seconds(service["WatchdogSec"][0]) > 0
    assert unit["Install"]["WantedBy"] == ["multi-user.target"]


def test_a_crash_or_a_freeze_is_restarted_within_ten_seconds() -> None:
    service = unit_entries(UNIT)["Service"]
    # Frozen: killed at most WatchdogSec after the last ping, gone within TimeoutStopSec, started RestartSec later.
    worst = sum(seconds(service[key][0]) for key in ("WatchdogSec", "TimeoutStopSec", "RestartSec"))
    assert worst <= 10


def test_exit_to_the_desktop_is_not_restarted_and_is_not_a_failure() -> None:
    service = unit_entries(UNIT)["Service"]
    assert str(EXIT_TO_DESKTOP) in service["RestartPreventExitStatus"][0].split()
    assert str(EXIT_TO_DESKTOP) in service["SuccessExitStatus"][0].split()
    assert str(EXIT_RESTART) not in service["RestartPreventExitStatus"][0].split()
    assert any(f'"$$EXIT_STATUS" = {EXIT_TO_DESKTOP}' in line for line in service["ExecStopPost"])


def test_the_unit_runs_the_installed_kiosk_in_the_session_script() -> None:
    service = unit_entries(UNIT)["Service"]
    assert service["ExecStart"] == ["/opt/kiosk/current/app/deploy/kiosk-session /opt/kiosk/current/venv/bin/kiosk"]
    assert "KIOSK_DATA_DIR=/var/lib/kiosk" in service["Environment"]
    assert service["StateDirectory"] == ["kiosk"]
    assert service["User"] == ["kiosk"]


def fake_install(prefix: Path) -> None:
    """What install.sh leaves in ``prefix``, as far as the unit can see it."""
    deploy = prefix / "current" / "app" / "deploy"
    deploy.mkdir(parents=True)
    shutil.copy2(DEPLOY / "kiosk-session", deploy / "kiosk-session")
    kiosk = prefix / "current" / "venv" / "bin" / "kiosk"
    kiosk.parent.mkdir(parents=True)
    kiosk.write_text("#!/bin/sh\n", encoding="utf-8")
    kiosk.chmod(0o755)


def test_systemd_analyze_verify_accepts_the_unit_install_writes(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    assert analyze, "systemd-analyze is missing: .ci/run installs the systemd package"
    prefix = tmp_path / "opt-kiosk"
    fake_install(prefix)
    bundle = tmp_path / "bundle"  # install.sh reads the unit from the bundle's copy of the app
    (bundle / "app" / "deploy").mkdir(parents=True)
    shutil.copy2(DEPLOY / "install.sh", bundle / "install.sh")
    shutil.copy2(UNIT, bundle / "app" / "deploy" / "kiosk.service")
    unit = tmp_path / "kiosk.service"
    written = subprocess.run(
        ["bash", bundle / "install.sh", "--prefix", prefix, "--write-unit", unit],
        check=False,
        capture_output=True,
        text=True,
    )
    assert written.returncode == 0, written.stderr
    assert f"ExecStart={prefix}/current/app/deploy/kiosk-session {prefix}/current/venv/bin/kiosk" in unit.read_text()
    verified = subprocess.run([analyze, "verify", unit], check=False, capture_output=True, text=True)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout + verified.stderr == ""  # not even a warning (an unknown key is only a warning)


def test_systemd_analyze_verify_would_catch_a_broken_unit(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    assert analyze
    broken = tmp_path / "kiosk.service"
    broken.write_text(UNIT.read_text().replace("WatchdogSec=", "WatchdogSecs="), encoding="utf-8")
    verified = subprocess.run([analyze, "verify", broken], check=False, capture_output=True, text=True)
    assert "WatchdogSecs" in verified.stderr


@pytest.mark.parametrize("script", ["install.sh", "fetch-debs.sh"])
def test_the_shell_scripts_parse(script: str) -> None:
    assert subprocess.run(["bash", "-n", DEPLOY / script], check=False).returncode == 0


# --- the session script -----------------------------------------------------------------------

#: Stands in for cage: runs the program after "--" and, like cage 0.1.4, always exits 0.
FAKE_CAGE = """#!/bin/sh
while [ "$1" != "--" ]; do shift; done
shift
"$@"
exit 0
"""


def session(tmp_path: Path, kiosk_script: str, cage: str = FAKE_CAGE) -> subprocess.CompletedProcess[str]:
    for name, text in (("cage", cage), ("kiosk", kiosk_script)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        path.chmod(0o755)
    env = {"PATH": os.environ["PATH"], "CAGE": str(tmp_path / "cage"), "RUNTIME_DIRECTORY": str(tmp_path)}
    return subprocess.run(
        [DEPLOY / "kiosk-session", tmp_path / "kiosk", "--verbose"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize("status", [0, 1, EXIT_TO_DESKTOP, EXIT_RESTART])
def test_the_session_exits_with_the_kiosks_own_status_whatever_cage_says(tmp_path: Path, status: int) -> None:
    assert session(tmp_path, f"#!/bin/sh\nexit {status}\n").returncode == status


def test_the_session_passes_the_kiosk_its_arguments(tmp_path: Path) -> None:
    result = session(tmp_path, '#!/bin/sh\necho "args: $*"\n')
    assert result.stdout == "args: --verbose\n"


def test_a_killed_kiosk_makes_the_session_fail_so_systemd_restarts_it(tmp_path: Path) -> None:
    result = session(tmp_path, "#!/bin/sh\nkill -KILL $$\n")
    assert result.returncode == 128 + signal.SIGKILL


def test_a_compositor_that_cannot_start_is_a_failure_too(tmp_path: Path) -> None:
    result = session(tmp_path, "#!/bin/sh\nexit 0\n", cage="#!/bin/sh\necho 'no display' >&2\nexit 0\n")
    assert result.returncode == 1
    assert "the compositor stopped" in result.stderr


# --- USB sticks -------------------------------------------------------------------------------

USB_RULE = DEPLOY / "kiosk-usb.rules"


def udev_rules(path: Path) -> list[list[tuple[str, str, str]]]:
    """Each rule in ``path`` (one a line) as ``(key, operator, value)`` triples."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    rules = []
    for line in lines:
        pairs = []
        for part in line.split(", "):
            match = re.fullmatch(r'([A-Z_]+(?:\{[^}]+\})?)(==|!=|\+=|=|:=)"(.*)"', part)
            assert match, f"'{part}' is not KEY OPERATOR \"VALUE\""
            pairs.append((match[1], match[2], match[3]))
        rules.append(pairs)
    return rules


def mount_command(rule: list[tuple[str, str, str]]) -> list[str]:
    (run,) = [shlex.split(value) for key, _operator, value in rule if key == "RUN{program}"]
    return run


def mount_options(rule: list[tuple[str, str, str]]) -> set[str]:
    return set(next(arg.split("=", 1)[1] for arg in mount_command(rule) if arg.startswith("--options=")).split(","))


#: What every rule asks of a device: a USB stick's file system, just plugged in.
STICK = {("ACTION", "add"), ("SUBSYSTEM", "block"), ("ENV{ID_BUS}", "usb"), ("ENV{ID_FS_USAGE}", "filesystem")}


def test_only_a_usb_stick_with_a_filesystem_is_mounted_when_plugged_in() -> None:
    rules = udev_rules(USB_RULE)
    assert len(rules) == 2
    kinds = []
    for rule in rules:
        conditions = {(key, value) for key, operator, value in rule if operator == "=="}
        assert conditions >= STICK
        kinds += [(operator, value) for key, operator, value in rule if key == "ENV{ID_FS_TYPE}"]
    # Every stick matches exactly one of the two: FAT and exFAT, or anything else.
    assert sorted(kinds) == [("!=", "vfat|exfat"), ("==", "vfat|exfat")]


def test_a_fat_stick_is_writable_by_the_kiosk_alone_and_any_other_is_read_only() -> None:
    by_kind = {
        operator: rule for rule in udev_rules(USB_RULE) for key, operator, _value in rule if key == "ENV{ID_FS_TYPE}"
    }
    fat, other = mount_options(by_kind["=="]), mount_options(by_kind["!="])
    assert {"rw", "sync", "nosuid", "nodev", "noexec", "uid=kiosk", "gid=kiosk", "fmask=0177", "dmask=0077"} <= fat
    assert "ro" not in fat
    assert {"ro", "nosuid", "nodev", "noexec"} <= other and "rw" not in other


def test_a_stick_is_mounted_where_staff_import_looks() -> None:
    for rule in udev_rules(USB_RULE):
        run = mount_command(rule)
        assert run[0] == "/usr/bin/systemd-mount"
        assert run[-2] == "$devnode"
        assert Path(run[-1].replace("%k", "sdb1")) == Path("/media/kiosk-usb-sdb1")


def test_staff_import_finds_a_pack_on_a_stick_where_the_rule_mounts_it(tmp_path: Path) -> None:
    mount_point = Path(mount_command(udev_rules(USB_RULE)[0])[-1].replace("%k", "sdb1"))
    (root,) = [root for root in MEDIA_ROOTS if mount_point.is_relative_to(root)]
    # The same layout under a temporary folder: a stick with the pack in a folder of its own.
    stick = tmp_path / mount_point.relative_to(root)
    pack = stick / "clinic packs" / "rfa-facet-1.1.kpack"
    pack.parent.mkdir(parents=True)
    pack.write_bytes(b"")
    assert find_kpacks([tmp_path]) == [pack]
    assert find_sticks([tmp_path], is_mount=lambda folder: folder == stick) == [stick]


def test_copy_report_to_usb_writes_on_a_stick_where_the_rule_mounts_it(tmp_path: Path) -> None:
    from kiosk.core.fleet import outbox

    mount_point = Path(mount_command(udev_rules(USB_RULE)[0])[-1].replace("%k", "sdb1"))
    (root,) = [root for root in MEDIA_ROOTS if mount_point.is_relative_to(root)]
    stick = tmp_path / mount_point.relative_to(root)
    stick.mkdir(parents=True)
    assert outbox.usb_folders([tmp_path], is_mount=lambda path: path == str(stick)) == [stick]


def test_systemd_mount_knows_every_option_the_rule_gives_it() -> None:
    tool = shutil.which("systemd-mount")
    assert tool, "systemd-mount is missing: .ci/run installs the systemd package"
    usage = subprocess.run([tool, "--help"], check=True, capture_output=True, text=True).stdout
    for rule in udev_rules(USB_RULE):
        flags = [arg.split("=", 1)[0] for arg in mount_command(rule) if arg.startswith("--")]
        assert flags, "the rule passes options"
        for flag in flags:
            assert re.search(rf"{re.escape(flag)}\b", usage), f"systemd-mount has no {flag}"


def test_the_mount_tool_reads_the_kiosk_user_by_name_in_a_fat_sticks_options(tmp_path: Path) -> None:
    """libmount turns ``uid=kiosk`` into the kiosk user's number: checked with a user every system has,
    with --fake (it does everything but mount) and libmount's own account of the options it fixed."""
    import grp
    import pwd

    mount = shutil.which("mount")
    assert mount, "mount is missing: .ci/run installs util-linux"
    (fat,) = [rule for rule in udev_rules(USB_RULE) if ("ENV{ID_FS_TYPE}", "==", "vfat|exfat") in rule]
    nobody = pwd.getpwnam("nobody")
    group = grp.getgrgid(nobody.pw_gid).gr_name  # "nogroup" on Debian: newer libmount reads group names too
    named = {"uid=kiosk": "uid=nobody", "gid=kiosk": f"gid={group}"}
    options = ",".join(sorted(named.get(option, option) for option in mount_options(fat)))
    image, target = tmp_path / "stick.img", tmp_path / "mnt"
    image.write_bytes(b"")
    target.mkdir()
    done = subprocess.run(
        [mount, "--fake", "-t", "vfat", "-o", f"loop,{options}", str(image), str(target)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LIBMOUNT_DEBUG": "all"},
    )
    # util-linux 2.38 (Debian 12) says "fixed options", 2.41 (Debian 13) "optstr:" with what it will pass on.
    fixed = [line for line in done.stderr.splitlines() if "fixed options" in line or line.startswith("optstr:")]
    assert fixed, done.stderr[-2000:]
    assert any(f"uid={nobody.pw_uid}" in line and "uid=nobody" not in line for line in fixed), fixed


def test_install_puts_the_usb_rule_where_udev_reads_it() -> None:
    script = (DEPLOY / "install.sh").read_text(encoding="utf-8")
    assert '/app/deploy/kiosk-usb.rules" /etc/udev/rules.d/90-kiosk-usb.rules' in script


# --- what install.sh sets up -----------------------------------------------------------------

INSTALL = (DEPLOY / "install.sh").read_text(encoding="utf-8")


def test_cage_finds_a_private_runtime_folder_without_logind() -> None:
    # Without libpam-systemd nothing sets XDG_RUNTIME_DIR, and cage stops at once without it.
    service = unit_entries(UNIT)["Service"]
    (folder,) = service["RuntimeDirectory"]
    assert f"XDG_RUNTIME_DIR=/run/{folder}" in service["Environment"]
    assert service["RuntimeDirectoryMode"] == ["0700"]  # the Wayland socket is the kiosk user's alone


def test_the_data_folder_exists_for_the_kiosk_user_before_the_first_boot() -> None:
    # The guide sets the staff PIN as the kiosk user right after installing, before systemd ever made it.
    (folder,) = unit_entries(UNIT)["Service"]["StateDirectory"]
    assert f"install -d -o kiosk -g kiosk -m 755 /var/lib/{folder}\n" in INSTALL


def test_install_asks_a_running_systemd_only_when_there_is_one() -> None:
    # In a chroot or a disk image being prepared, daemon-reload fails: the files are enough there.
    setup = INSTALL[INSTALL.index("setup_system() {") :]
    booted_check = setup.index("[ ! -d /run/systemd/system ]")
    for live_only in ("systemctl daemon-reload", "systemctl is-active", "systemctl restart"):
        assert setup.index(live_only) > booted_check, f"{live_only} runs before the check for a booted system"
    assert setup.index("systemctl enable") < booted_check  # enabling only writes links, so it works anywhere


def test_fetch_debs_lets_apt_download_into_its_work_folder() -> None:
    # mktemp -d makes a folder only root can enter; apt downloads as the user _apt and warns without this.
    script = (DEPLOY / "fetch-debs.sh").read_text(encoding="utf-8")
    assert script.index('chmod 755 "$work"') < script.index("apt-get -qq")


# --- the guide --------------------------------------------------------------------------------

GUIDE = ROOT / "docs" / "deployment.md"


def test_the_guide_gives_the_units_own_times() -> None:
    service = unit_entries(UNIT)["Service"]
    guide = " ".join(GUIDE.read_text(encoding="utf-8").split())
    restart, watchdog, stop = (seconds(service[key][0]) for key in ("RestartSec", "WatchdogSec", "TimeoutStopSec"))
    assert f"`RestartSec={restart:g}`" in guide
    assert f"{watchdog:g} s after the last one systemd aborts the kiosk" in guide
    assert f"kills it {stop:g} s later at most, and starts it again {restart:g} s after that" in guide
    assert f"**at most {watchdog + stop + restart:g} s** in all" in guide


def test_the_guide_names_the_files_install_writes() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    script = (DEPLOY / "install.sh").read_text(encoding="utf-8")
    for installed in re.findall(r"(/etc/[\w./-]+)", script):
        assert f"`{installed}`" in guide, f"the guide does not say that install.sh writes {installed}"


# --- the staff PIN install.sh sets -------------------------------------------------------------


def pin_bundle(tmp_path: Path) -> tuple[Path, Path, Path]:
    """install.sh, a prefix with an installed kiosk (this checkout's own) and the kiosk's data folder;
    made on first use, the same ones afterwards (a rerun)."""
    prefix = tmp_path / "opt-kiosk"
    kiosk = prefix / "current" / "venv" / "bin" / "kiosk"
    if not kiosk.exists():
        kiosk.parent.mkdir(parents=True)
        kiosk.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m kiosk "$@"\n', encoding="utf-8")
        kiosk.chmod(0o755)
    data = tmp_path / "var-lib-kiosk"
    data.mkdir(exist_ok=True)
    return DEPLOY / "install.sh", prefix, data


def pin_step(tmp_path: Path, env_pin: str | None = None) -> subprocess.CompletedProcess[str]:
    """install.sh's PIN step with no terminal (as from a provisioning script), KIOSK_STAFF_PIN as given."""
    script, prefix, data = pin_bundle(tmp_path)
    env = {key: value for key, value in os.environ.items() if key != "KIOSK_STAFF_PIN"}
    if env_pin is not None:
        env["KIOSK_STAFF_PIN"] = env_pin
    return subprocess.run(
        ["bash", script, "--prefix", prefix, "--pin-only", data],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def stored_pin(tmp_path: Path) -> PinStore:
    return PinStore(pin_file(DataPaths.choose(tmp_path / "var-lib-kiosk")))


def test_install_takes_the_first_pin_from_the_environment_without_a_terminal(tmp_path: Path) -> None:
    done = pin_step(tmp_path, "86420")
    assert done.returncode == 0, done.stderr
    assert "the staff PIN from KIOSK_STAFF_PIN is set" in done.stdout
    assert "86420" not in done.stdout + done.stderr
    assert stored_pin(tmp_path).check("86420").ok


def test_a_rerun_never_resets_the_pin(tmp_path: Path) -> None:
    assert pin_step(tmp_path, "86420").returncode == 0
    again = pin_step(tmp_path, "11111")
    assert again.returncode == 0, again.stderr
    assert "the staff PIN already set is kept" in again.stdout
    assert stored_pin(tmp_path).check("86420").ok
    assert pin_step(tmp_path).returncode == 0  # nor a rerun without the variable
    assert stored_pin(tmp_path).check("86420").ok


def test_without_a_terminal_or_the_variable_no_pin_is_chosen(tmp_path: Path) -> None:
    done = pin_step(tmp_path)
    assert done.returncode == 0, done.stderr
    assert "no staff PIN yet: set it with" in done.stdout
    assert "set-pin --data-dir" in done.stdout
    assert stored_pin(tmp_path).state is PinState.NOT_SET


def test_a_bad_pin_in_the_environment_stops_the_install(tmp_path: Path) -> None:
    done = pin_step(tmp_path, "12ab")
    assert done.returncode == 1
    assert "KIOSK_STAFF_PIN must be 4 to 8 digits" in done.stderr
    assert stored_pin(tmp_path).state is PinState.NOT_SET


def test_a_damaged_pin_file_is_left_for_staff_to_replace(tmp_path: Path) -> None:
    _script, _prefix, data = pin_bundle(tmp_path)
    path = pin_file(DataPaths.choose(data))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("hash = [not toml", encoding="utf-8")
    done = pin_step(tmp_path, "86420")
    assert done.returncode == 0, done.stderr
    assert "the staff PIN file cannot be read" in done.stdout
    assert path.read_text(encoding="utf-8") == "hash = [not toml"


def on_terminal(tmp_path: Path, typed: list[str]) -> str:
    """install.sh's PIN step on a terminal (a pseudo-terminal): answers each prompt with ``typed``,
    returns everything the terminal showed."""
    script, prefix, data = pin_bundle(tmp_path)
    env = {key: value for key, value in os.environ.items() if key != "KIOSK_STAFF_PIN"}
    main_fd, terminal = pty.openpty()
    process = subprocess.Popen(
        ["bash", str(script), "--prefix", str(prefix), "--pin-only", str(data)],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        start_new_session=True,
    )
    os.close(terminal)
    shown = b""
    answers = list(typed)
    try:
        while True:
            ready, _, _ = select.select([main_fd], [], [], 60)
            assert ready, f"install.sh waits for something: {shown.decode(errors='replace')}"
            try:
                chunk = os.read(main_fd, 4096)
            except OSError:  # the terminal closed: install.sh ended
                break
            if not chunk:
                break
            shown += chunk
            if answers and shown.endswith(b": "):  # a prompt waits (getpass has turned the echo off)
                os.write(main_fd, answers.pop(0).encode() + b"\n")
    finally:
        os.close(main_fd)
        assert process.wait(timeout=60) == 0
    return shown.decode(errors="replace")


def test_on_a_terminal_install_asks_for_the_first_pin_twice_without_showing_it(tmp_path: Path) -> None:
    shown = on_terminal(tmp_path, ["97531", "97531"])
    assert "choose the staff PIN (4 to 8 digits): it is asked twice and not shown" in shown
    assert "New staff PIN (4 to 8 digits):" in shown
    assert "The same PIN again:" in shown
    assert "97531" not in shown  # typed without echo
    assert stored_pin(tmp_path).check("97531").ok
    # Run again on a terminal: nothing is asked, the PIN stays.
    again = on_terminal(tmp_path, [])
    assert "New staff PIN" not in again
    assert "the staff PIN already set is kept" in again
    assert stored_pin(tmp_path).check("97531").ok


@pytest.mark.parametrize(
    "before",
    [
        "Listen localhost:631\n",
        "Listen localhost:631\nPreserveJobFiles Yes\n  preservejobhistory  yes\n",
        "<Policy default>\n</Policy>",  # no newline at the end
    ],
)
def test_install_sets_the_print_service_to_keep_no_job_and_a_second_run_changes_nothing(
    tmp_path: Path, before: str
) -> None:
    conf = tmp_path / "cupsd.conf"
    conf.write_text(before, encoding="utf-8")
    for _ in range(2):
        subprocess.run(["bash", DEPLOY / "install.sh", "--print-settings", conf], check=True, timeout=30)
    lines = conf.read_text(encoding="utf-8").splitlines()
    assert lines.count("PreserveJobFiles No") == 1 and lines.count("PreserveJobHistory No") == 1
    assert not any(line.lower().strip().startswith("preservejob") and line.endswith("es") for line in lines)
    assert lines[0] == before.splitlines()[0]  # the rest is left as it was
    if before.endswith("</Policy>"):
        assert "</Policy>" in lines  # never glued to the line after it


# --- the screen: rotation through the session, touch turned with it ------------------------------

#: Stands in for cage 0.1.4: it has -r, and notes how it was started.
FAKE_CAGE_014 = """#!/bin/sh
if [ "$1" = -h ]; then
    echo " -d	 Do not draw client side decorations, when possible"
    echo " -r	 Rotate the output 90 degrees clockwise, specify up to three times"
    exit 0
fi
echo "cage $*" | sed 's/ -- .*//' >> "$RUNTIME_DIRECTORY/cage-calls"
while [ "$1" != "--" ]; do shift; done
shift
"$@"
exit 0
"""

#: A kiosk that answers ``screen --rotation`` from a file, says what the session told it, and
#: exits 66 (turn the screen: start cage again) the first time.
ROTATING_KIOSK = """#!/bin/sh
if [ "$1" = screen ]; then cat "$RUNTIME_DIRECTORY/rotation"; exit 0; fi
echo "told: ${KIOSK_SESSION_ROTATION:-none}"
if [ ! -e "$RUNTIME_DIRECTORY/turned" ]; then
    touch "$RUNTIME_DIRECTORY/turned"
    echo 90 > "$RUNTIME_DIRECTORY/rotation"
    exit 66
fi
exit 0
"""


def test_the_session_turns_a_cage_that_has_r_and_starts_it_again_when_staff_turn_the_screen(tmp_path: Path) -> None:
    (tmp_path / "rotation").write_text("270\n")
    result = session(tmp_path, ROTATING_KIOSK, cage=FAKE_CAGE_014)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "cage-calls").read_text().splitlines() == ["cage -d -s -r -r -r", "cage -d -s -r"]
    assert result.stdout.splitlines() == ["told: 270", "told: 90"]
    assert "starting the compositor again" in result.stderr


def test_a_cage_without_r_is_started_unturned_and_the_kiosk_turns_it(tmp_path: Path) -> None:
    (tmp_path / "rotation").write_text("90\n")
    (tmp_path / "turned").touch()
    result = session(tmp_path, ROTATING_KIOSK)  # FAKE_CAGE has no -h, like cage 0.1.5 and later no -r
    assert result.returncode == 0, result.stderr
    assert result.stdout == "told: none\n"


def test_a_rotation_that_is_not_one_of_four_turns_nothing(tmp_path: Path) -> None:
    (tmp_path / "rotation").write_text("45\n")
    (tmp_path / "turned").touch()
    result = session(tmp_path, ROTATING_KIOSK, cage=FAKE_CAGE_014)
    assert (tmp_path / "cage-calls").read_text().splitlines() == ["cage -d -s"]
    assert result.stdout == "told: 0\n"


TOUCH_RULES = DEPLOY / "kiosk-touch.rules"


def touch_output(drm: Path) -> str:
    result = subprocess.run(
        ["sh", DEPLOY / "kiosk-touch-output"], env={"KIOSK_DRM_DIR": str(drm), "PATH": os.environ["PATH"]},
        capture_output=True, text=True, check=True, timeout=10,
    )  # fmt: skip
    return result.stdout


@pytest.mark.parametrize(
    ("connectors", "named"),
    [
        ({"card0-HDMI-A-1": "connected"}, "WL_OUTPUT=HDMI-A-1\n"),
        ({"card0-DP-1": "disconnected", "card0-HDMI-A-2": "connected"}, "WL_OUTPUT=HDMI-A-2\n"),
        ({"card0-HDMI-A-1": "connected", "card1-eDP-1": "connected"}, "WL_OUTPUT=eDP-1\n"),  # the built-in panel
        ({"card0-HDMI-A-1": "disconnected"}, ""),
        ({}, ""),
    ],
)
def test_a_touchscreen_is_mapped_to_the_connected_screen(
    tmp_path: Path, connectors: dict[str, str], named: str
) -> None:
    for name, status in connectors.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "status").write_text(f"{status}\n")
    assert touch_output(tmp_path) == named


def test_the_touch_rule_asks_for_touchscreens_only_and_again_when_a_screen_comes() -> None:
    rules = [line for line in TOUCH_RULES.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    touch, screen = rules
    assert 'ENV{ID_INPUT_TOUCHSCREEN}=="1"' in touch and 'SUBSYSTEM=="input"' in touch
    assert 'IMPORT{program}="/opt/kiosk/current/app/deploy/kiosk-touch-output"' in touch
    assert 'SUBSYSTEM=="drm"' in screen and "--property-match=ID_INPUT_TOUCHSCREEN=1" in screen
    assert os.access(DEPLOY / "kiosk-touch-output", os.X_OK)
    assert '/app/deploy/kiosk-touch.rules" > /etc/udev/rules.d/90-kiosk-touch.rules' in INSTALL
