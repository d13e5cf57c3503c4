"""Fixtures for the fleet tests: a data folder, an inbox and an outbox, signed packs, a clock to step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.core.install.build import sign_kpack
from kiosk.core.install.signing import generate_key
from kiosk.core.paths import DataPaths
from kiosk.core.settings import Settings
from tests.core.install.kpack_corpus import demo_kpack

MakeKpack = Callable[..., Path]


class StepClock:
    """A monotonic clock that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def step(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths.in_dir(tmp_path / "data")


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    return tmp_path / "outbox"


@pytest.fixture
def key() -> tuple[bytes, str]:
    return generate_key()


@pytest.fixture
def signing(key: tuple[bytes, str]) -> Settings:
    """Settings of a kiosk that takes only packs signed by the clinic's key."""
    return Settings(kiosk_name="Waiting room 2", require_signed=True, trusted_keys={"Riverside IT": key[1]})


@pytest.fixture
def make_kpack(tmp_path: Path, key: tuple[bytes, str]) -> MakeKpack:
    """A .kpack of the demo pack (signed with the clinic's key unless ``signed=False``)."""
    made = iter(range(1000))

    def make(version: str = "1.2.0", *, signed: bool = True, pack_id: str = "demo") -> Path:
        kpack = demo_kpack(tmp_path / f"made-{next(made)}", version, pack_id)
        if signed:
            sign_kpack(kpack, key[0])
        return kpack

    return make


@dataclass
class Setup:
    """A kiosk's data folder, its inbox and outbox, a clock, settings that require signed packs,
    and a way to make packs: what every inbox test needs."""

    paths: DataPaths
    inbox: Path
    outbox: Path
    clock: StepClock
    signing: Settings
    make_kpack: MakeKpack
    tmp: Path


@pytest.fixture
def setup(  # noqa: PLR0917  (pytest passes fixtures by position)
    paths: DataPaths,
    inbox: Path,
    outbox: Path,
    clock: StepClock,
    signing: Settings,
    make_kpack: MakeKpack,
    tmp_path: Path,
) -> Setup:
    return Setup(paths, inbox, outbox, clock, signing, make_kpack, tmp_path)
