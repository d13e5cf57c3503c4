"""The sanitiser removes what a page may not show, and the checks name each line."""

import pytest

from kiosk.core.content.markup import check_markdown, render_markdown


@pytest.mark.parametrize(
    ("markdown", "must_not_contain"),
    [
        ("Hello <script>alert(1)</script> there", ["<script", "alert(1)"]),
        ('<iframe src="https://example.org">inside</iframe>', ["<iframe", "example.org", "inside"]),
        ('<img src="x.png" onerror="alert(1)">', ["onerror", "alert"]),
        ("[click](javascript:alert(1))", ["javascript"]),
        ("![remote](https://example.org/x.png)", ["example.org", "src="]),
        ("![remote](//example.org/x.png)", ["example.org", "src="]),
        ("![outside](../secret.png)", ["secret", "src="]),
        ("![absolute](/etc/passwd)", ["/etc/passwd", "src="]),
        ("![drive](C:/x.png)", ["C:/", "src="]),
        ("[site](https://example.org)", ["href"]),
        ('<a href="page:x" onclick="evil()">t</a>', ["onclick", "evil"]),
        ("<style>body{display:none}</style>text", ["<style", "display"]),
        ("[mail](mailto:someone@example.org)", ["mailto", "href"]),
    ],
)
def test_sanitiser_removes_unsafe_parts(markdown: str, must_not_contain: list[str]) -> None:
    html = render_markdown(markdown)
    for fragment in must_not_contain:
        assert fragment not in html


def test_safe_markdown_is_kept() -> None:
    html = render_markdown(
        "# Title\n\n**Bold** and *soft*.\n\n- one\n- two\n\n![a joint](joints.svg)\n\n[recovery](page:recovery)"
    )
    assert "<h1>Title</h1>" in html
    assert "<strong>Bold</strong>" in html and "<em>soft</em>" in html
    assert "<li>one</li>" in html
    assert '<img src="joints.svg" alt="a joint">' in html or '<img alt="a joint" src="joints.svg">' in html
    assert '<a href="page:recovery">recovery</a>' in html


def test_links_that_go_nowhere_on_the_kiosk_become_plain_words() -> None:
    html = render_markdown("See [below](#below), [nothing]() and [recovery](page:recovery).")
    assert 'href="#below"' not in html and 'href=""' not in html
    assert "below" in html and "nothing" in html
    assert '<a href="page:recovery">recovery</a>' in html


def test_checks_report_each_problem_with_its_line() -> None:
    text = "\n".join(
        [
            "Fine text.",  # line 10
            "<script>alert(1)</script>",  # 11
            "![x](http://example.org/x.png)",  # 12
            "![y](../y.png) ![z](/abs.png)",  # 13
            "[go](javascript:alert(1))",  # 14
            "`<b>in code</b>` is fine",  # 15
            "[ok](page:other) ![ok](pic.svg)",  # 16
            "<img src=x onerror=alert(1)>",  # 17
            "[ref]: https://example.org",  # 18
        ]
    )
    issues = check_markdown(text, first_line=10)
    lines = [issue.line for issue in issues]
    assert lines == [11, 12, 13, 13, 14, 17, 18]
    assert "raw HTML" in issues[0].message
    assert "internet" in issues[1].message
    assert "outside the pack" in issues[2].message and "outside the pack" in issues[3].message
    assert "javascript" in issues[4].message
    assert "raw HTML" in issues[5].message
    assert "internet" in issues[6].message


def test_fenced_code_is_not_mistaken_for_html() -> None:
    assert check_markdown("```\n<b>shown as text</b>\n```\n") == []
