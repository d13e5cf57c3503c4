"""pack.toml's keys written below a [table] header, which TOML reads as part of that table.

Authors often add a top-level key at the end of the file; TOML then gives it to the last table.
The reader says so once, with the key's line, and reads the key where its author meant it, so
nothing else goes wrong because of it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any


def lift_keys_written_below_tables(
    data: dict[str, Any], top_keys: Collection[str], own_keys: Mapping[str, Collection[str]]
) -> list[tuple[str, str]]:
    """Move each top-level key found inside a table back to the top of ``data``; (key, message) for each.

    ``own_keys`` names, per table, the keys that are top-level names but belong there (a section's title)."""
    found: list[tuple[str, str]] = []
    for table, value in list(data.items()):
        if table not in top_keys:
            continue
        if isinstance(value, list):  # [[sections]], [[handouts]]: the keys land in the last one
            holders = [(f"[[{table}]]", value[-1])] if value and isinstance(value[-1], dict) else []
        elif isinstance(value, dict) and table == "sources":  # [sources.ID]: in that source
            holders = [(f"[sources.{name}]", entry) for name, entry in value.items() if isinstance(entry, dict)]
            holders.append(("[sources]", value))
        elif isinstance(value, dict):
            holders = [(f"[{table}]", value)]
        else:
            continue
        for header, holder in holders:
            for key in [key for key in holder if key in top_keys and key != table]:
                if key in own_keys.get(table, ()):
                    continue
                if header == "[sources]" and isinstance(holder[key], dict):
                    continue  # a source whose id is also a key's name ([sources.review]), not a stray key
                found.append(
                    (
                        key,
                        f"'{key}' is written below the {header} header, so TOML reads it as part of {header}; "
                        "move it above the first [table] in pack.toml",
                    )
                )
                data.setdefault(key, holder.pop(key))
    return found
