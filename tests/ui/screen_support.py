"""A compositor that answers like wlr-randr under cage, without one: what the screen tests share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

UNSUPPORTED = "compositor doesn't support wlr-output-management-unstable-v1"


class FakeCompositor:
    """Answers wlr-randr's commands at once, keeping its outputs' state; or refuses them all, as
    cage 0.1.4 does (``supports=False``), or fails to switch off (``fails_off``)."""

    def __init__(self, *names: str, supports: bool = True, fails_off: bool = False) -> None:
        self.supports = supports
        self.fails_off = fails_off
        self.outputs = {name: {"enabled": True, "transform": "normal"} for name in names or ("HDMI-A-1",)}
        self.commands: list[list[str]] = []

    def run(self, program: str, args: list[str], done: Callable[[int, str], None]) -> None:
        self.commands.append([program, *args])
        if not self.supports:
            done(1, UNSUPPORTED)
            return
        if "--off" in args and self.fails_off:
            done(1, "failed to apply configuration")
            return
        name = ""
        for index, arg in enumerate(args):
            if arg == "--output":
                name = args[index + 1]
            elif arg in ("--on", "--off"):
                self.outputs[name]["enabled"] = arg == "--on"
            elif arg == "--transform":
                self.outputs[name]["transform"] = args[index + 1]
        done(0, self.listing())

    def listing(self) -> str:
        lines = []
        for name, state in self.outputs.items():
            lines += [f'{name} "Some monitor"', f"  Enabled: {'yes' if state['enabled'] else 'no'}"]
            if state["enabled"]:
                lines += ["  Modes:", "    1920x1080 px, 60.000000 Hz (preferred, current)", "  Position: 0,0"]
                lines += [f"  Transform: {state['transform']}", "  Scale: 1.000000"]
        return "\n".join(lines) + "\n"

    def sent(self, flag: str) -> bool:
        return any(flag in command for command in self.commands)


class WallClock:
    """Local time that moves only when the test says so."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now
