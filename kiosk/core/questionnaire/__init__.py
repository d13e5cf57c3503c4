"""kiosk.core.questionnaire.model."""
