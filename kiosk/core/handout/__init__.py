"""What a patient takes home: the visit's summary as plain text, and as a QR code of that text.

The summary exists only in memory (and on the phone or paper the patient takes): nothing here
writes a file or logs a word of it.
"""
