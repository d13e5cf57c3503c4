"""kiosk.ui.visit."""
