"""kiosk.ui.staff.area."""
