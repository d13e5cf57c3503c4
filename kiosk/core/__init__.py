"""The kiosk's Qt-free core: content packs, Markdown rendering, settings and the session.

Nothing in this package may import PySide6 (an import-linter contract enforces it), so all of
it can be used by the command line and tested without a window.
"""
