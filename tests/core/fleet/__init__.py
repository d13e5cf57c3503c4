"""Tests for kiosk.core.fleet."""
