"""kiosk.core.install."""
