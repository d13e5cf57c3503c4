"""Printing the take-home handout and the front-desk slip through the system's print service."""
