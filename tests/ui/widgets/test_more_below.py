"""The "More below" cue: shown while text goes on below its box, gone when the text fits."""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from kiosk.ui.widgets.more_below import MoreBelow


def text_box(qtbot: QtBot, lines: int) -> tuple[QTextEdit, MoreBelow]:
    box = QTextEdit()
    box.setReadOnly(True)
    box.setPlainText("\n".join(f"Line {n} of the page." for n in range(1, lines + 1)))
    cue = MoreBelow(box, "#ffffff")
    qtbot.addWidget(box)
    box.resize(600, 200)
    box.show()
    qtbot.waitExposed(box)
    return box, cue


def test_text_that_fits_once_its_box_grows_loses_the_cue_its_strip_made(qtbot: QtBot) -> None:
    """The strip under the text adds its own height to the scroll range: when the box grows so that
    the text fits without the strip (but would not with it), the cue must still go."""
    box, cue = text_box(qtbot, 20)
    qtbot.waitUntil(cue.is_shown)
    document = int(box.document().size().height())
    frame = box.height() - box.viewport().height() - cue._margin  # the box's own frame
    box.resize(600, document + frame + 4)  # the text fits the whole box, not the box minus the strip
    qtbot.waitUntil(lambda: not cue.is_shown())
    assert box.verticalScrollBar().maximum() == 0


def test_the_cue_stays_while_text_goes_on_below_and_goes_at_the_end(qtbot: QtBot) -> None:
    box, cue = text_box(qtbot, 40)
    qtbot.waitUntil(cue.is_shown)
    bar = box.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert cue.is_shown()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not cue.is_shown())
    assert bar.value() == bar.maximum()
