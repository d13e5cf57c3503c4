from pathlib import Path

import pytest

from kiosk.core.paths import DataPaths, resolve_inside, resource_path, safe_relative


@pytest.mark.parametrize(
    "name",
    [
        "../x.png",
        "a/../../x.png",
        "/etc/passwd",
        "C:\\x.png",
        "C:/x.png",
        "..\\x.png",
        "\\\\server\\x",
        "",
        "http://example.org/x.png",
        "a/../b.png",
        "file:///etc/passwd",
        "x\x00.png",
    ],
)
def test_names_that_could_leave_the_folder_are_refused(name: str) -> None:
    assert safe_relative(name) is None


@pytest.mark.parametrize("name", ["x.png", "sub/x.svg", "./x.png"])
def test_plain_relative_names_are_accepted(name: str) -> None:
    assert safe_relative(name) is not None


def test_resolve_inside_refuses_a_symlink_that_leads_out(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    root = tmp_path / "pack"
    root.mkdir()
    (root / "inside.txt").write_text("fine")
    (root / "link.txt").symlink_to(outside)
    assert resolve_inside(root, "inside.txt") == (root / "inside.txt").resolve()
    assert resolve_inside(root, "link.txt") is None
    assert resolve_inside(root, "missing.txt") is None


def test_resource_path_finds_shipped_files_and_refuses_escapes() -> None:
    assert resource_path("themes/base.qss").is_file()
    with pytest.raises(FileNotFoundError):
        resource_path("../pyproject.toml")


def test_data_dir_comes_from_the_environment(tmp_path: Path, private_data_dir: Path) -> None:
    paths = DataPaths.choose(None)
    assert paths.settings_file == private_data_dir.resolve() / "settings.toml"
    explicit = DataPaths.choose(tmp_path / "elsewhere")
    assert explicit.packs_dir == (tmp_path / "elsewhere").resolve() / "packs"
