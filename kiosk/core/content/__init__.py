"""kiosk.core.content."""
