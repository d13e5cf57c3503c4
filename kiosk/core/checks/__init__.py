"""kiosk.core.checks."""
