"""Where the staff gesture lives: the top corner on the side away from "Start over".

"Start over" sits on the leading side of the visit's header (the left, or the right in a
right-to-left language), so the staff corner is the top trailing corner. The patient's screens
keep their controls out of a larger square there (``KEEP_CLEAR_PX``), so a staff member's finger
holding the corner is never on a patient's button, and a patient never has to reach into it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

#: The staff gesture counts a press inside a square of this many logical pixels in the corner.
CORNER_PX = 120
#: A finger may wander this far while holding (logical pixels).
SLOP_PX = 40
#: No patient control reaches into a square this big in the corner: the hold's square, and the
#: room a holding finger may wander, so every control is well over CORNER_PX from the corner.
KEEP_CLEAR_PX = CORNER_PX + SLOP_PX


def corner_square(window: QWidget, side: int = CORNER_PX) -> QRect:
    """The square of ``side`` logical pixels in ``window``'s staff corner, in its own coordinates."""
    x = 0 if window.isRightToLeft() else window.width() - side
    return QRect(x, 0, side, side)


def in_corner(window: QWidget, local: QPoint, side: int = CORNER_PX) -> bool:
    """Whether ``local`` (in ``window``'s coordinates) is in its staff corner."""
    return corner_square(window, side).contains(local)
