"""Make the fallback fonts in resources/fonts/ from Debian's Noto font packages.

    apt-get download fonts-noto-core fonts-noto-cjk
    dpkg -x fonts-noto-core_*.deb noto && dpkg -x fonts-noto-cjk_*.deb noto
    python tools/bundle_fonts.py noto/usr/share/fonts

Noto Sans, Noto Sans Arabic and Noto Sans Hebrew are copied as they are. Noto Sans CJK SC is
cut down (it is about 20 MB a weight) to the characters a Simplified Chinese page needs: every
character of GB 2312 (its 6,763 hanzi, punctuation, full-width Latin and digits, kana, Greek,
Cyrillic and pinyin), the CJK punctuation block, the half- and full-width forms and printable
ASCII. Regular and Bold only, without hinting (smaller files).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
COPIED = (
    "truetype/noto/NotoSans-Regular.ttf",
    "truetype/noto/NotoSans-Bold.ttf",
    "truetype/noto/NotoSansArabic-Regular.ttf",
    "truetype/noto/NotoSansArabic-Bold.ttf",
    "truetype/noto/NotoSansHebrew-Regular.ttf",
    "truetype/noto/NotoSansHebrew-Bold.ttf",
)
CJK = {"Regular": "opentype/noto/NotoSansCJK-Regular.ttc", "Bold": "opentype/noto/NotoSansCJK-Bold.ttc"}
#: The Simplified Chinese face of the Noto Sans CJK collections.
SC_FACE = "Noto Sans CJK SC"


def gb2312() -> set[int]:
    """Every character GB 2312 encodes (rows 1-9 symbols and letters, rows 16-87 hanzi)."""
    found = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes((row, cell)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return found


def cjk_characters() -> set[int]:
    return gb2312() | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0)) | set(range(0x20, 0x7F))


def main(argv: list[str]) -> int:
    source = Path(argv[1])
    for name in COPIED:
        shutil.copyfile(source / name, OUT / Path(name).name)
    wanted = cjk_characters()
    for weight, name in CJK.items():
        collection = TTCollection(source / name)
        font = next(f for f in collection.fonts if f["name"].getDebugName(1) == SC_FACE)
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.hinting = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=wanted)
        subsetter.subset(font)
        font.save(OUT / f"NotoSansSC-{weight}.otf")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
