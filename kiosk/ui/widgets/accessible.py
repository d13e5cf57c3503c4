"""What a screen reader is told beyond what Qt knows: roles, states and actions of the kiosk's own
widgets, and announcements.

Qt describes every widget to screen readers by itself (AT-SPI on Linux). Where its description is
wrong or missing for this kiosk, :func:`install` adds an interface of the kiosk's own:

- every push button (so every ``TouchButton``): Toggle does what Press does. Qt's Toggle only flips
  the check mark, and the kiosk acts on ``clicked``, so a screen reader's Toggle used to tick the
  language box without switching the language. A button may also say what it is
  (``accessible_role()``: an answer of a single-choice question is a radio button) and whether it
  is chosen (``accessible_checked()``: the answer given before, after Back);
- widgets that say what they are with ``accessible_role()`` and, when a tap acts on them,
  ``accessible_press()`` (with ``accessible_pressable()`` saying when it can): the attract screen's
  "Touch to start", a page's picture, a group of answers, an icon that only decorates.

Every action through these interfaces is first sent to its widget as an event of
:func:`action_event_type`, which the idle watcher (an application-wide event filter) counts as the
patient's activity, as it counts a touch.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QPushButton, QWidget

_installed = False


@functools.cache
def action_event_type() -> QEvent.Type:
    """The event a widget gets just before a screen reader presses or toggles it."""
    return QEvent.Type(QEvent.registerEventType())


def _note_action(widget: QWidget) -> None:
    QCoreApplication.sendEvent(widget, QEvent(action_event_type()))


def install() -> None:
    """Use the kiosk's interfaces from now on (once per process; cheap to call again)."""
    global _installed  # noqa: PLW0603  (one factory for the whole application, installed once)
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QPushButton):
        return ButtonInterface(obj)
    if isinstance(obj, QWidget) and hasattr(type(obj), "accessible_role"):
        return WidgetInterface(obj)
    return None


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` (``assertive``: at once, interrupting what it was saying)."""
    if not text.strip():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def checked_changed(widget: QWidget) -> None:
    """Tell a screen reader that ``widget``'s checked state changed (one Qt does not track itself)."""
    state = QAccessible.State()
    state.checked = True
    QAccessible.updateAccessibility(QAccessibleStateChangeEvent(widget, state))


class ButtonInterface(QAccessibleWidget):
    """A push button: Press and (when it can be ticked) Toggle both click it."""

    def __init__(self, button: QPushButton) -> None:
        super().__init__(button, QAccessible.Role.Button)
        self._button = button

    def _ticks(self) -> bool:
        return self._button.isCheckable() or self.role() == QAccessible.Role.RadioButton

    def role(self) -> QAccessible.Role:
        chooses: Callable[[], QAccessible.Role] | None = getattr(self._button, "accessible_role", None)
        if chooses is not None:
            return chooses()
        return QAccessible.Role.CheckBox if self._button.isCheckable() else QAccessible.Role.Button

    def text(self, kind: QAccessible.Text) -> str:
        found = super().text(kind)
        if kind == QAccessible.Text.Name and not found:
            return " ".join(self._button.text().replace("&", "").split())
        return found

    def state(self) -> QAccessible.State:
        state = super().state()
        button = self._button
        if self._ticks():
            checked: Callable[[], bool] = getattr(button, "accessible_checked", button.isChecked)
            state.checkable = True
            state.checked = checked()
        state.pressed = button.isDown()
        state.defaultButton = button.isDefault()
        return state

    def actionNames(self) -> list[str]:  # noqa: N802  (Qt override)
        names = []
        if self._button.isEnabled():
            names.append(QAccessibleActionInterface.pressAction())
            if self._ticks():
                names.append(QAccessibleActionInterface.toggleAction())
        return [*names, *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802  (Qt override)
        if name in (QAccessibleActionInterface.pressAction(), QAccessibleActionInterface.toggleAction()):
            button = self._button
            if button.isEnabled() and button.isVisible():
                _note_action(button)
                button.click()
            return
        super().doAction(name)


class WidgetInterface(QAccessibleWidget):
    """A widget that says its role (``accessible_role``) and may be pressed (``accessible_press``)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Client)
        self._target = widget

    def role(self) -> QAccessible.Role:
        role: QAccessible.Role = self._target.accessible_role()  # type: ignore[attr-defined]
        return role

    def _press(self) -> Callable[[], None] | None:
        press: Callable[[], None] | None = getattr(self._target, "accessible_press", None)
        pressable: Callable[[], bool] = getattr(self._target, "accessible_pressable", lambda: True)
        return press if press is not None and self._target.isEnabled() and pressable() else None

    def actionNames(self) -> list[str]:  # noqa: N802  (Qt override)
        press = [QAccessibleActionInterface.pressAction()] if self._press() is not None else []
        return [*press, *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802  (Qt override)
        if name == QAccessibleActionInterface.pressAction():
            press = self._press()
            if press is not None and self._target.isVisible():
                _note_action(self._target)
                press()
            return
        super().doAction(name)


class Group(QWidget):
    """Controls that belong together, named by what they answer (a question's answers): a screen
    reader says the group's name as the focus comes into it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install()

    def accessible_role(self) -> QAccessible.Role:
        return QAccessible.Role.Grouping


class Decoration(QLabel):
    """An icon beside words that already say everything (a page's icon beside its title): not
    offered to a screen reader as a picture, so it is skipped rather than read as "image"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install()

    def accessible_role(self) -> QAccessible.Role:
        return QAccessible.Role.Client
