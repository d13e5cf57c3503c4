"""Patient-education kiosk: step-by-step Markdown content packs on a touchscreen."""

__version__ = "0.2.0"
