"""The topic library's core: which packs are shown, their tiles, and links between packs."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.core.content.reader import load_pack
from kiosk.core.content.validate import validate_pack
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.store import PackStore
from kiosk.core.library.links import parse_pack_link, unlink_hidden_packs
from kiosk.core.library.topics import Library, read_topic, topic_of
from kiosk.core.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.core.session import Screen, Session
from kiosk.core.settings import Settings, read_settings, save_settings


def test_one_pack_shown_is_the_active_pack_as_before() -> None:
    assert Settings(active_pack="rfa-facet").shown == ("rfa-facet",)
    shown = Settings().showing(("b", "a", "b"))
    assert shown.shown == ("b", "a") and shown.active_pack == "b"
    assert Settings().showing(("a",)).shown_packs == ()


def test_the_shown_packs_survive_a_save_and_a_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    save_settings(Settings().showing(("rfa-facet", "test-block-visit")), path)
    settings, damage = read_settings(path)
    assert damage is None
    assert settings.shown == ("rfa-facet", "test-block-visit")


@pytest.mark.parametrize(
    "line",
    [
        'shown_packs = ["rfa-facet", "../etc"]',
        'shown_packs = ["rfa-facet", "rfa-facet"]',
        'shown_packs = ["other", "rfa-facet"]',  # the active pack must be the first
        "shown_packs = [1, 2]",
        'shown_packs = "rfa-facet"',
    ],
)
def test_a_damaged_list_of_shown_packs_is_damage(tmp_path: Path, line: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(f'active_pack = "rfa-facet"\n{line}\n', encoding="utf-8")
    settings, damage = read_settings(path)
    assert damage is not None
    assert settings.shown == ("rfa-facet",)


def test_staff_choose_the_packs_shown_and_their_order(tmp_path: Path, make_pack: Callable[..., Path]) -> None:
    paths = DataPaths.choose(str(tmp_path / "data"))
    store = PackStore(paths)
    new = store.show(("rfa-facet",), Settings())
    assert new.shown == ("rfa-facet",)
    with pytest.raises(PackRefused, match="no pack called 'nope'"):
        store.show(("rfa-facet", "nope"), Settings())
    settings, _ = read_settings(paths.settings_file)
    assert settings.shown == ("rfa-facet",)  # nothing changed: one pack could not be shown
    with pytest.raises(PackRefused, match="at least one"):
        store.show((), Settings())


def test_a_shown_pack_cannot_be_removed(tmp_path: Path) -> None:
    store = PackStore(DataPaths.choose(str(tmp_path / "data")))
    with pytest.raises(PackRefused, match="on screen now"):
        store.remove("knee", Settings().showing(("rfa-facet", "knee")))


def test_a_tile_comes_from_pack_toml_alone(pack_dir: Path) -> None:
    topic = read_topic(pack_dir)
    assert topic is not None
    assert topic.id == "demo"
    assert topic.title("es") == "Tema de prueba"
    assert topic.title("vi") == "Demo topic"  # a language the pack lacks: its own default language
    assert topic.summary("en") == "A short demo"
    (pack_dir / "pack.toml").write_text("id = [", encoding="utf-8")
    assert read_topic(pack_dir) is None


def test_a_pack_that_cannot_be_loaded_loses_its_tile(pack_dir: Path) -> None:
    pack = load_pack(pack_dir).pack
    assert pack is not None
    other = read_topic(pack_dir)
    assert other is not None
    library = Library((topic_of(pack), other.__class__(**{**other.__dict__, "id": "gone"})), load=lambda _id: None)
    library.add(pack)
    assert library.has_choice
    assert library.pack("gone") is None
    assert library.ids == ("demo",)
    assert not library.has_choice


def test_the_topic_choice_offers_every_packs_languages(pack_dir: Path) -> None:
    pack = load_pack(pack_dir).pack
    assert pack is not None
    topic = topic_of(pack)
    vietnamese = topic.__class__(
        **{**topic.__dict__, "id": "other", "languages": ("vi", "en"), "default_language": "vi"}
    )
    session = Session(pack, library=Library((topic, vietnamese), load=lambda _id: pack))
    assert session.chooses_topic
    assert session.languages == ("en", "es", "vi")
    session.set_language("vi")
    assert session.language == "vi"
    session.choose_topic("demo")  # the demo pack has no Vietnamese: its own default language
    assert session.screen is Screen.PAGE and session.language == "en"
    session.reset()
    assert session.chooses_topic and session.language == "en"


def test_pack_links_are_written_pack_id_slash_page_id() -> None:
    assert parse_pack_link("pack:rfa-facet/test-block") == ("rfa-facet", "test-block")
    assert parse_pack_link("pack:rfa-facet") is None
    assert parse_pack_link("pack:../x/y") is None
    assert parse_pack_link("page:welcome") is None


def _with_link(pack_dir: Path, link: str) -> Path:
    page = pack_dir / "en" / "welcome.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\nSee [the test block]({link}).\n", encoding="utf-8")
    return page


def test_validate_checks_links_against_the_packs_beside(make_pack: Callable[..., Path]) -> None:
    target = make_pack("target")
    toml = (target / "pack.toml").read_text(encoding="utf-8").replace('id = "demo"', 'id = "target"')
    (target / "pack.toml").write_text(toml, encoding="utf-8")
    target.rename(target.parent / "target")
    source = make_pack()
    _with_link(source, "pack:target/joints")
    report = validate_pack(source)
    assert report.ok, report.problems
    assert not [p for p in report.problems if "pack 'target'" in p.message]

    _with_link(source, "pack:target/no-such-page")
    report = validate_pack(source)
    assert any("page 'no-such-page' of pack 'target'" in p.message for p in report.problems)
    assert not report.ok


def test_a_link_to_a_pack_not_installed_is_a_warning(pack_dir: Path) -> None:
    _with_link(pack_dir, "pack:hip-rfa/welcome")
    report = validate_pack(pack_dir)
    assert report.ok
    assert any("pack 'hip-rfa', which is not installed" in p.message for p in report.problems)


def test_a_badly_written_pack_link_is_an_error(pack_dir: Path) -> None:
    _with_link(pack_dir, "pack:Hip RFA")
    report = validate_pack(pack_dir)
    assert not report.ok
    assert any("is not written 'pack:<pack id>/<page id>'" in p.message for p in report.problems)


def test_links_to_packs_not_shown_become_plain_words(pack_dir: Path) -> None:
    _with_link(pack_dir, "pack:hip-rfa/welcome")
    pack = load_pack(pack_dir).pack
    assert pack is not None
    assert 'href="pack:hip-rfa/welcome"' in pack.pages[0].text("en").html
    plain = unlink_hidden_packs(pack, {"demo": ()})
    assert "See the test block." in plain.pages[0].text("en").html
    kept = unlink_hidden_packs(pack, {"hip-rfa": ("welcome",)})
    assert 'href="pack:hip-rfa/welcome"' in kept.pages[0].text("en").html
    no_such_page = unlink_hidden_packs(pack, {"hip-rfa": ("after",)})
    assert "pack:hip-rfa" not in no_such_page.pages[0].text("en").html  # shown, but not that page


def test_a_link_with_a_title_before_its_address_is_unlinked_too(pack_dir: Path) -> None:
    _with_link(pack_dir, 'pack:hip-rfa/welcome "More about it"')
    pack = load_pack(pack_dir).pack
    assert pack is not None
    html = pack.pages[0].text("en").html
    assert "pack:hip-rfa/welcome" in html
    plain = unlink_hidden_packs(pack, {}).pages[0].text("en").html
    assert "pack:hip-rfa" not in plain and "See the test block." in plain


def test_a_set_aside_version_gives_no_tile_and_a_folder_here_is_not_a_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.core.install.installer import PackInstaller
    from kiosk.core.install.locate import open_library
    from kiosk.core.install.restarts import note_start
    from tests.core.install.kpack_corpus import demo_kpack

    paths = DataPaths.in_dir(tmp_path / "data")
    store = PackStore(paths)
    for version in ("1.2.0", "1.3.0"):
        PackInstaller(store).install(demo_kpack(tmp_path, version), Settings())
    newest = store.info("demo")
    assert newest is not None and newest.version == "1.3.0"
    now = [1_900_000_000.0]
    for _ in range(3):  # three quick restarts on 1.3.0 set it aside
        now[0] += 100
        note_start(paths, newest.folder, lambda: now[0])
    first = load_pack(BUNDLED_CONTENT_DIR / "rfa-facet", convert=False).pack
    assert first is not None
    # A folder named like a shown pack where the kiosk runs is never taken for it.
    here = tmp_path / "here"
    shutil.copytree(BUNDLED_CONTENT_DIR / "test-block-visit", here / "test-block-visit")
    toml = here / "test-block-visit" / "pack.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("Your test block visit", "NOT CHECKED"), "utf-8")
    monkeypatch.chdir(here)
    library = open_library(("rfa-facet", "demo", "test-block-visit"), first, paths)
    demo, visit = library.topic("demo"), library.topic("test-block-visit")
    assert demo is not None and "v1.2.0" in str(demo.folder)  # the version shown, not the one set aside
    assert visit is not None and visit.folder == BUNDLED_CONTENT_DIR / "test-block-visit"
    assert visit.title("en") == "Your test block visit"
