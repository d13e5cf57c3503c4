"""Headphones: plugging them in starts speech mode, and speech mode says so when they are not there.

Qt Multimedia lists the audio outputs the system has (``QMediaDevices``) and says when the list
changes. Headphones that are a device of their own (USB, Bluetooth, a USB sound card's jack) appear
in that list when plugged in. A built-in jack often does not: the sound server switches its port on
the same output, which Qt does not report; there, a key or the two-finger hold starts speech mode.
Whether an output is headphones is read from its name, as the system gives it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

#: Words in an output's name (any language the system uses for them is rare: these are the usual).
HEADPHONE_WORDS = ("headphone", "headset", "earphone", "earbud", "hands-free", "handsfree", "airpods", "casque")


def looks_like_headphones(description: str, ident: str = "") -> bool:
    """Whether an audio output named ``description`` (its id ``ident``) is headphones."""
    words = f"{description} {ident}".lower()
    return any(word in words for word in HEADPHONE_WORDS)


class HeadphoneWatch(QObject):
    """Follows the system's audio outputs.

    Signals:
        plugged(): an output that is headphones appeared.
    """

    plugged = Signal()

    def __init__(self, parent: QObject | None = None, devices: Any = None) -> None:
        super().__init__(parent)
        if devices is None:
            from PySide6.QtMultimedia import QMediaDevices  # noqa: PLC0415  (loaded after the first frame)

            devices = QMediaDevices(self)
        self._devices = devices
        self._known = self._headphones()
        devices.audioOutputsChanged.connect(self._on_changed)

    def _headphones(self) -> set[bytes]:
        return {
            bytes(device.id())
            for device in self._devices.audioOutputs()
            if looks_like_headphones(device.description(), bytes(device.id()).decode(errors="replace"))
        }

    def connected(self) -> bool:
        """Whether sound goes to headphones now (the system's default output is headphones)."""
        device = self._devices.defaultAudioOutput()
        return looks_like_headphones(device.description(), bytes(device.id()).decode(errors="replace"))

    @Slot()
    def _on_changed(self) -> None:
        now = self._headphones()
        new, self._known = now - self._known, now
        if new:
            self.plugged.emit()
