"""``kiosk pack …``: build, keygen, sign, install, list, activate, roll back and remove from the command line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from kiosk.app import main
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings, load_settings, save_settings
from tests.core.install.kpack_corpus import rezip

Capture = pytest.CaptureFixture[str]


def set_version(folder: Path, version: str, title: str = "Demo topic") -> Path:
    toml = folder / "pack.toml"
    text = re.sub(r'(?m)^version = ".*"$', f'version = "{version}"', toml.read_text(encoding="utf-8"))
    toml.write_text(text.replace('en = "Demo topic"', f'en = "{title}"'), encoding="utf-8")
    return folder


def build(folder: Path, out: Path, capsys: Capture) -> Path:
    assert main(["pack", "build", str(folder), "-o", str(out)]) == 0
    capsys.readouterr()
    return out


def test_build_writes_a_kpack_and_says_what_is_in_it(pack_dir: Path, tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / "out" / "demo.kpack"
    assert main(["pack", "build", str(pack_dir), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert out.is_file()
    assert "pack 'demo' version 1.2.0" in printed and "not signed" in printed


def test_build_refuses_a_pack_with_mistakes_and_writes_nothing(pack_dir: Path, tmp_path: Path, capsys: Capture) -> None:
    (pack_dir / "en" / "joints.md").unlink()
    out = tmp_path / "demo.kpack"
    assert main(["pack", "build", str(pack_dir), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert "joints" in captured.out
    assert "is not valid" in captured.err and "nothing written" in captured.err
    assert not out.exists()


@pytest.mark.parametrize(
    ("output", "words"),
    [("demo.zip", "must end in .kpack"), ("{pack}/demo.kpack", "outside the pack folder")],
)
def test_build_with_a_bad_output_is_bad_usage(
    pack_dir: Path, tmp_path: Path, capsys: Capture, output: str, words: str
) -> None:
    out = output.format(pack=pack_dir) if "{pack}" in output else str(tmp_path / output)
    assert main(["pack", "build", str(pack_dir), "-o", out]) == 2
    assert words in capsys.readouterr().err
    assert not Path(out).exists()


def test_pack_without_an_action_is_bad_usage(capsys: Capture) -> None:
    assert main(["pack"]) == 2
    assert "choose an action" in capsys.readouterr().err


def test_an_unknown_option_is_bad_usage() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["pack", "install", "x.kpack", "--force"])
    assert exit_info.value.code == 2


def test_install_list_activate_rollback_and_remove(pack_dir: Path, tmp_path: Path, capsys: Capture) -> None:
    data = tmp_path / "kiosk-data"
    first = build(pack_dir, tmp_path / "v1.kpack", capsys)
    second = build(set_version(pack_dir, "1.3.0", "Demo topic, new"), tmp_path / "v2.kpack", capsys)

    assert main(["pack", "install", str(first), "--data-dir", str(data)]) == 0
    assert "Installed 'Demo topic' (demo) version 1.2.0, not signed by a trusted key." in capsys.readouterr().out
    assert main(["pack", "--data-dir", str(data), "install", str(second)]) == 0
    assert "version 1.3.0" in capsys.readouterr().out

    assert main(["pack", "list", "--data-dir", str(data)]) == 0
    listed = capsys.readouterr().out
    assert re.search(
        r"demo\s+1\.3\.0\s+en,es\s+2026-11-01\s+-\s+valid, can roll back to 1\.2\.0\s+Demo topic, new", listed
    )
    assert "rfa-facet" in listed and "bundled" in listed

    assert main(["pack", "activate", "demo", "--data-dir", str(data)]) == 0
    assert load_settings(DataPaths.in_dir(data).settings_file).active_pack == "demo"
    capsys.readouterr()

    assert main(["pack", "rollback", "demo", "--data-dir", str(data)]) == 0
    assert "back to version 1.2.0" in capsys.readouterr().out

    assert main(["pack", "remove", "demo", "--data-dir", str(data)]) == 1
    assert "pack on screen now" in capsys.readouterr().err
    assert main(["pack", "remove", "rfa-facet", "--data-dir", str(data)]) == 1
    assert "came with the kiosk and cannot be removed" in capsys.readouterr().err
    assert main(["pack", "activate", "rfa-facet", "--data-dir", str(data)]) == 0
    assert main(["pack", "remove", "demo", "--data-dir", str(data)]) == 0
    assert not (DataPaths.in_dir(data).packs_dir / "demo").exists()


def test_installing_the_same_version_again_says_it_is_already_installed(
    pack_dir: Path, tmp_path: Path, capsys: Capture
) -> None:
    kpack = build(pack_dir, tmp_path / "demo.kpack", capsys)
    assert main(["pack", "install", str(kpack)]) == 0
    capsys.readouterr()
    assert main(["pack", "install", str(kpack)]) == 0
    printed = capsys.readouterr()
    assert printed.out == "'Demo topic' (demo) version 1.2.0 is already installed; nothing was changed.\n"
    assert printed.err == ""


def test_a_refused_install_prints_every_reason_and_exits_1(pack_dir: Path, tmp_path: Path, capsys: Capture) -> None:
    good = build(pack_dir, tmp_path / "demo.kpack", capsys)
    bad = rezip(
        good,
        tmp_path / "bad.kpack",
        replace={"pack/en/welcome.md": b"changed!"},
        add=[("../evil.txt", b"x")],
    )
    assert main(["pack", "install", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "kiosk pack install: refused:" in err
    assert "  - '../evil.txt' would be written outside the pack (it uses '..')." in err
    assert not (tmp_path / "evil.txt").exists()
    assert not (DataPaths.choose(None).packs_dir / "demo").exists()


def test_installing_a_missing_file_is_refused_plainly(tmp_path: Path, capsys: Capture) -> None:
    assert main(["pack", "install", str(tmp_path / "gone.kpack")]) == 1
    assert "'gone.kpack' cannot be found" in capsys.readouterr().err


def test_activate_an_unknown_pack_is_refused(capsys: Capture) -> None:
    assert main(["pack", "activate", "nothing-here"]) == 1
    assert "There is no pack called 'nothing-here'" in capsys.readouterr().err


def test_keygen_trust_sign_and_a_kiosk_that_requires_signed_packs(
    pack_dir: Path, tmp_path: Path, capsys: Capture
) -> None:
    kpack = build(pack_dir, tmp_path / "demo.kpack", capsys)
    keys = tmp_path / "keys"
    assert main(["pack", "keygen", "--name", "Riverside IT", "--out", str(keys)]) == 0
    printed = capsys.readouterr().out
    private, public = keys / "riverside-it.key", keys / "riverside-it.pub"
    assert private.is_file() and public.is_file()
    assert private.stat().st_mode & 0o077 == 0
    assert f"kiosk pack trust {public} --name 'Riverside IT'" in printed
    line = next(row.strip() for row in printed.splitlines() if row.strip().startswith('"Riverside IT"'))
    assert tomllib.loads(line) == {"Riverside IT": public.read_text().strip()}

    paths = DataPaths.choose(None)
    save_settings(Settings(clinic_name="Riverside", require_signed=True), paths.settings_file)
    assert main(["pack", "trust", str(public), "--name", "Riverside IT"]) == 0
    assert "'Signed by Riverside IT'" in capsys.readouterr().out
    settings = load_settings(paths.settings_file)
    assert settings.trusted_keys == {"Riverside IT": public.read_text().strip()}
    assert settings.clinic_name == "Riverside" and settings.require_signed

    assert main(["pack", "install", str(kpack)]) == 1
    assert "not signed, and this kiosk only accepts signed packs" in capsys.readouterr().err
    assert main(["pack", "sign", str(kpack), "--key", str(private)]) == 0
    assert public.read_text().strip() in capsys.readouterr().out
    assert main(["pack", "install", str(kpack)]) == 0
    assert "signed by Riverside IT" in capsys.readouterr().out


def test_trusting_a_key_again_renames_it(tmp_path: Path, capsys: Capture) -> None:
    assert main(["pack", "keygen", "--out", str(tmp_path)]) == 0
    public = (tmp_path / "pack-signing.pub").read_text().strip()
    assert main(["pack", "trust", public, "--name", "Old name"]) == 0
    assert main(["pack", "trust", public, "--name", "New name"]) == 0
    assert load_settings(DataPaths.choose(None).settings_file).trusted_keys == {"New name": public}


@pytest.mark.parametrize("key", ["not-a-key", "AAAA"])
def test_trusting_something_that_is_not_a_public_key_is_bad_usage(key: str, capsys: Capture) -> None:
    assert main(["pack", "trust", key, "--name", "Someone"]) == 2
    assert "is not a public key made by 'kiosk pack keygen'" in capsys.readouterr().err
    assert not DataPaths.choose(None).settings_file.exists()


def test_keygen_never_overwrites_a_key(tmp_path: Path, capsys: Capture) -> None:
    assert main(["pack", "keygen", "--out", str(tmp_path)]) == 0
    before = (tmp_path / "pack-signing.key").read_bytes()
    capsys.readouterr()
    assert main(["pack", "keygen", "--out", str(tmp_path)]) == 1
    assert "never overwritten" in capsys.readouterr().err
    assert (tmp_path / "pack-signing.key").read_bytes() == before


def test_signing_with_something_that_is_not_a_key_is_bad_usage(pack_dir: Path, tmp_path: Path, capsys: Capture) -> None:
    kpack = build(pack_dir, tmp_path / "demo.kpack", capsys)
    before = kpack.read_bytes()
    (tmp_path / "notes.txt").write_text("hello")
    assert main(["pack", "sign", str(kpack), "--key", str(tmp_path / "notes.txt")]) == 2
    assert "kiosk pack keygen" in capsys.readouterr().err
    assert main(["pack", "sign", str(kpack), "--key", str(tmp_path / "missing.key")]) == 2
    assert "cannot read the key" in capsys.readouterr().err
    assert kpack.read_bytes() == before


def test_a_damaged_file_of_an_installed_version_exits_1_and_says_it_is_damaged(
    pack_dir: Path, tmp_path: Path, capsys: Capture
) -> None:
    from tests.core.install.kpack_corpus import entries

    kpack = build(pack_dir, tmp_path / "demo.kpack", capsys)
    assert main(["pack", "install", str(kpack)]) == 0
    capsys.readouterr()
    original = dict((info.filename, data) for info, data in entries(kpack))["pack/en/welcome.md"]
    damaged = rezip(kpack, tmp_path / "damaged.kpack", replace={"pack/en/welcome.md": original[::-1]})
    assert main(["pack", "install", str(damaged)]) == 1
    err = capsys.readouterr().err
    assert "which is installed already, but the file is damaged" in err and "en/welcome.md" in err


def test_build_with_an_expiry_date_and_trust_scoped_to_pack_ids(
    pack_dir: Path, tmp_path: Path, capsys: Capture
) -> None:
    out = tmp_path / "demo.kpack"
    assert main(["pack", "build", str(pack_dir), "-o", str(out), "--expires", "2099-12-31"]) == 0
    capsys.readouterr()
    assert main(["pack", "build", str(pack_dir), "-o", str(out), "--expires", "soon"]) == 2
    assert "--expires must be a date like 2027-06-30" in capsys.readouterr().err
    assert main(["pack", "keygen", "--name", "Knee team", "--out", str(tmp_path / "keys")]) == 0
    public = tmp_path / "keys" / "knee-team.pub"
    assert main(["pack", "trust", str(public), "--name", "Knee team", "--packs", "knee-*"]) == 0
    assert "Packs named knee-* signed with this key are now accepted" in capsys.readouterr().out
    settings = load_settings(DataPaths.choose(None).settings_file)
    assert settings.trusted_key_packs == {"Knee team": ("knee-*",)}
    assert main(["pack", "sign", str(out), "--key", str(tmp_path / "keys" / "knee-team.key")]) == 0
    capsys.readouterr()
    assert main(["pack", "install", str(out)]) == 1
    assert "trusts only for packs named knee-*" in capsys.readouterr().err
