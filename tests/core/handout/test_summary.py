"""The take-home summary: whole parts dropped by priority until it fits one QR code (version 25-M)."""

from __future__ import annotations

from kiosk.core.handout.summary import MAX_BYTES, MAX_VERSION, Part, fitted, qr_code, summary_text


def test_parts_are_written_as_headed_lists_and_empty_parts_are_left_out() -> None:
    text = summary_text(
        [
            Part("", ("Your visit summary",), 0),
            Part("Questions I want to ask:", ("Could my pain come from my facet joints?", "What if it fails?"), 2),
            Part("Points to go over with your doctor:", (), 1),
            Part("Clinic phone:", ("555 0100",), 0, inline=True),
        ]
    )
    assert text == (
        "Your visit summary\n\nQuestions I want to ask:\n- Could my pain come from my facet joints?\n"
        "- What if it fails?\n\nClinic phone: 555 0100"
    )


def test_a_summary_too_long_for_one_code_drops_the_least_important_parts_whole() -> None:
    long_line = "Ask about this point with your doctor, since it matters for you. " * 3
    parts = [
        Part("", ("Ask your doctor whether a test block and RFA could help",), 0),
        Part("After the procedure, get help:", (long_line, long_line), 1),
        Part("Questions I want to ask:", tuple(f"{n}. {long_line}" for n in range(6)), 2),
        Part("", ("This is not a diagnosis.",), 3),
    ]
    text, code = fitted(parts)
    assert code is not None and isinstance(code.version, int) and code.version <= MAX_VERSION
    assert len(text.encode("utf-8")) <= MAX_BYTES
    assert text.startswith("Ask your doctor whether")
    assert "After the procedure, get help:" in text  # priority 1 kept
    assert "Questions I want to ask:" not in text and "not a diagnosis" not in text  # 2 and 3 dropped whole
    assert text.endswith(long_line.strip()) or text.endswith(long_line)  # never cut mid-sentence


def test_nothing_fits_gives_no_code_rather_than_a_cut_one() -> None:
    assert fitted([Part("", ("x" * (MAX_BYTES + 1),), 0)]) == ("", None)
    assert qr_code("") is None


def test_a_part_that_may_give_up_lines_does_so_one_by_one_and_says_there_were_more() -> None:
    point = "Do not stop a blood thinner on your own, since only your doctor can decide that for you. " * 2
    parts = [
        Part("", ("Ask your doctor whether a test block and RFA could help",), 0),
        Part("After the procedure, get help:", ("Call 911 for new trouble controlling your bladder. " * 3,), 0),
        Part("Points to go over with your doctor:", tuple(f"{n}. {point}" for n in range(8)), 1, more="And others."),
    ]
    text, code = fitted(parts)
    assert code is not None
    assert "After the procedure, get help:" in text  # priority 0: kept whole
    assert "0. Do not stop" in text and "7. Do not stop" not in text  # the first points stay, in order
    assert text.endswith("- And others.")
    assert len(text.encode("utf-8")) <= MAX_BYTES


def test_what_is_always_kept_is_never_dropped_and_gives_no_code_when_it_cannot_fit() -> None:
    parts = [
        Part("", ("Ask your doctor whether a test block and RFA could help",), 0),
        Part("After the procedure, get help:", ("Call 911 for new trouble controlling your bladder. " * 30,), 0),
        Part("Clinic phone:", ("555 0100",), 0, inline=True),
    ]
    assert fitted(parts) == ("", None)
