"""Where the kiosk keeps its files, and the one helper that keeps a name inside a folder."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

APP_NAME = "kiosk"
ENV_DATA_DIR = "KIOSK_DATA_DIR"

#: The checkout or install root holding ``content/`` and ``resources/``.
PROJECT_ROOT = Path(__file__).resolve().parents[2]
RESOURCES_DIR = PROJECT_ROOT / "resources"
BUNDLED_CONTENT_DIR = PROJECT_ROOT / "content"

#: A Windows drive letter at the start of a name (``C:``): never inside a folder.
DRIVE_LETTER = re.compile(r"^[A-Za-z]:")


def safe_relative(name: str) -> PurePosixPath | None:
    """Return ``name`` as a relative path, or None if it could leave its folder.

    Refuses absolute paths, drive letters, backslashes, ``..`` parts, empty names and
    anything with a URL scheme, so that a pack or a resource name can only ever point at a
    file inside the folder it belongs to.
    """
    if not name or "\\" in name or "\x00" in name or DRIVE_LETTER.match(name):
        return None
    if ":" in name.split("/", 1)[0]:
        return None
    path = PurePosixPath(name)
    if path.is_absolute() or any(part in ("..", "") for part in path.parts):
        return None
    if path.parts and path.parts[0] == ".":
        path = PurePosixPath(*path.parts[1:]) if len(path.parts) > 1 else PurePosixPath()
    return path if path.parts else None


def resolve_inside(root: Path, name: str) -> Path | None:
    """Return the existing file ``root/name``, or None if it is missing or outside ``root``.

    Symbolic links that lead out of ``root`` are refused too.
    """
    relative = safe_relative(name)
    if relative is None:
        return None
    candidate = root.joinpath(*relative.parts)
    try:
        resolved = candidate.resolve(strict=True)
        resolved.relative_to(root.resolve())
    except (OSError, ValueError):
        return None
    return resolved if resolved.is_file() else None


def resource_path(name: str) -> Path:
    """Path of a file shipped in ``resources/``; a programming error if it does not exist."""
    path = resolve_inside(RESOURCES_DIR, name)
    if path is None:
        raise FileNotFoundError(f"no resource named {name!r}")
    return path


@dataclass(frozen=True)
class DataPaths:
    """The folders the kiosk writes to: settings, installed packs and logs."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @classmethod
    def in_dir(cls, root: Path) -> DataPaths:
        """Everything under one folder (``--data-dir``, ``KIOSK_DATA_DIR``, tests)."""
        root = root.expanduser().resolve()
        return cls(config_dir=root, data_dir=root, log_dir=root / "logs")

    @classmethod
    def for_platform(cls) -> DataPaths:
        import platformdirs  # noqa: PLC0415  (only needed without --data-dir)

        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def choose(cls, data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
        """``--data-dir`` first, then ``KIOSK_DATA_DIR``, then the platform's usual places."""
        chosen = data_dir or os.environ.get(ENV_DATA_DIR)
        return cls.in_dir(Path(chosen)) if chosen else cls.for_platform()

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def packs_dir(self) -> Path:
        return self.data_dir / "packs"

    @property
    def staging_dir(self) -> Path:
        """Where packs are unpacked and checked before they are switched in (same disk as ``packs_dir``)."""
        return self.packs_dir / ".staging"

    @property
    def pack_versions_file(self) -> Path:
        """The newest signed version installed of each pack (no downgrade); outside every pack folder."""
        return self.data_dir / "pack-versions.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "kiosk.log"
