"""Fixtures for the install tests: a private data folder, its pack store, a trusted signing key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.install.signing import generate_key
from kiosk.core.install.store import PackStore
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths.in_dir(tmp_path / "data")


@pytest.fixture
def store(paths: DataPaths) -> PackStore:
    return PackStore(paths)


@pytest.fixture
def signer(tmp_path: Path) -> tuple[bytes, Settings]:
    pem, public = generate_key()
    return pem, Settings(trusted_keys={"Riverside IT": public})
