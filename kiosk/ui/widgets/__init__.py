"""kiosk.ui.widgets."""
