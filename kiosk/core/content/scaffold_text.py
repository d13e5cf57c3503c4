"""The words of the pack ``kiosk pack new`` writes, per language (the files are laid out by ``scaffold``).

Every sentence here is shown to patients until the author replaces it, so each one is short,
plain and true of any clinic: it says what the page is for and what to write there.
"""

from __future__ import annotations

from typing import Final

#: The languages the starting pack has words for (the kiosk's own languages).
LANGUAGES: Final = ("en", "es")

SECTIONS: Final = {
    "about": {"en": "About", "es": "Inicio"},
    "checkin": {"en": "Questions for you", "es": "Preguntas para usted"},
}

SUBTITLE: Final = {"en": "A new guide, step by step", "es": "Una guía nueva, paso a paso"}

#: page id -> language -> (title, markdown body)
PAGES: Final[dict[str, dict[str, tuple[str, str]]]] = {
    "welcome": {
        "en": (
            "Welcome",
            "This is the first page of a new guide. Write here what the guide is about, in a few short sentences.\n"
            "\n"
            "Tell the reader how long the guide takes. Most guides take about 5 minutes.\n"
            "\n"
            "- Go at your own pace.\n"
            "- You can go back to any page at any time.\n"
            "- This is general information. It does not take the place of a talk with your doctor.\n",
        ),
        "es": (
            "Bienvenida",
            "Esta es la primera página de una guía nueva. Escriba aquí de qué trata la guía, con pocas frases "
            "cortas.\n"
            "\n"
            "Diga cuánto tiempo toma la guía. Casi todas toman unos 5 minutos.\n"
            "\n"
            "- Vaya a su propio ritmo.\n"
            "- Puede volver a cualquier página cuando quiera.\n"
            "- Esta es información general. No reemplaza una charla con su médico.\n",
        ),
    },
    "how-it-works": {
        "en": (
            "How this guide works",
            "The picture shows the three steps of this guide. Put your own picture here, and say in words what "
            "it shows.\n"
            "\n"
            "1. Read each page.\n"
            "2. Answer a few short questions.\n"
            "3. Talk with your doctor about what you read.\n",
        ),
        "es": (
            "Cómo funciona esta guía",
            "El dibujo muestra los tres pasos de esta guía. Ponga aquí su propio dibujo, y diga con palabras "
            "lo que muestra.\n"
            "\n"
            "1. Lea cada página.\n"
            "2. Conteste unas preguntas cortas.\n"
            "3. Hable con su médico de lo que leyó.\n",
        ),
    },
    "sources": {
        "en": (
            "Where this information comes from",
            "The facts in this guide come from the sources listed below. The date of the last review is shown "
            "with them.\n",
        ),
        "es": (
            "De dónde viene esta información",
            "Los datos de esta guía vienen de las fuentes de abajo. La fecha de la última revisión se muestra "
            "con ellas.\n",
        ),
    },
    "check-in": {
        "en": (
            "A few questions for you",
            "On the next screens, you can answer a few short questions. Your answers help you choose what to ask "
            "your doctor.\n"
            "\n"
            "- This is not a test. There are no wrong answers.\n"
            "- Only your doctor can decide what is right for you.\n"
            "- Your answers stay on this screen only. They are erased when you tap Start over, or soon after you "
            "leave.\n",
        ),
        "es": (
            "Unas preguntas para usted",
            "En las siguientes pantallas puede contestar unas preguntas cortas. Sus respuestas le ayudan a saber "
            "qué preguntarle a su médico.\n"
            "\n"
            "- No es un examen. No hay respuestas malas.\n"
            "- Solo su médico puede decidir qué es lo mejor para usted.\n"
            "- Sus respuestas se quedan solo en esta pantalla. Se borran cuando toca Empezar de nuevo, o poco "
            "después de que se vaya.\n",
        ),
    },
}

#: page id -> (section, icon, picture or "")
PAGE_LAYOUT: Final = {
    "welcome": ("about", "fa6s.circle-info", ""),
    "how-it-works": ("about", "fa6s.list-ol", "steps.svg"),
    "sources": ("about", "fa6s.book", ""),
    "check-in": ("checkin", "fa6s.clipboard-list", ""),
}

ALT: Final = {
    "en": "Three boxes joined by arrows: read the pages, answer the questions, talk with your doctor.",
    "es": "Tres cajas unidas por flechas: leer las páginas, contestar las preguntas, hablar con su médico.",
}

#: The three labels of the diagram, two lines each.
DIAGRAM_LABELS: Final = {
    "en": (("Read", "the pages"), ("Answer", "the questions"), ("Talk with", "your doctor")),
    "es": (("Leer", "las páginas"), ("Contestar", "las preguntas"), ("Hablar con", "su médico")),
}

#: The words of questionnaire.toml, by the key they are written under.
QUESTIONNAIRE: Final[dict[str, dict[str, str]]] = {
    "disclaimer": {
        "en": "This is not a diagnosis. Only your doctor can decide what is right for you.",
        "es": "Esto no es un diagnóstico. Solo su médico puede decidir qué es lo mejor para usted.",
    },
    "warning.text": {
        "en": "In the last few days, has a new fever started, or new weakness in an arm or a leg?",
        "es": "En los últimos días, ¿empezó una fiebre nueva, o una debilidad nueva en un brazo o una pierna?",
    },
    "warning.hint": {
        "en": "Weakness means the arm or leg cannot move or hold you up as it did before.",
        "es": "Debilidad quiere decir que el brazo o la pierna no se mueve o no le sostiene como antes.",
    },
    "talk.text": {
        "en": "Would you like to talk with your doctor about what you read today?",
        "es": "¿Le gustaría hablar con su médico de lo que leyó hoy?",
    },
    "talk.yes": {"en": "Yes, I would like to", "es": "Sí, me gustaría"},
    "talk.later": {"en": "Maybe another day", "es": "Tal vez otro día"},
    "staff.headline": {
        "en": "Please tell a staff member now",
        "es": "Por favor, avise ahora a alguien del personal",
    },
    "staff.explanation": {
        "en": "You said yes to a warning sign. Please do not wait for your visit. Go to the front desk, or ask "
        "any staff member for help now. A doctor will check what it means.",
        "es": "Usted dijo que sí a una señal de alarma. Por favor, no espere a su consulta. Vaya a la recepción "
        "o pida ayuda ahora a alguien del personal. Un médico revisará qué significa.",
    },
    "staff.ask": {
        "en": "What could be causing this warning sign?|Who do I call if it comes back?",
        "es": "¿Qué podría causar esta señal de alarma?|¿A quién llamo si vuelve a pasar?",
    },
    "talk_today.headline": {
        "en": "Ask your doctor about what you read today",
        "es": "Pregunte a su médico sobre lo que leyó hoy",
    },
    "talk_today.explanation": {
        "en": "You would like to talk about this guide. Your doctor can tell you if it fits your own health. "
        "Bring your questions to your visit.",
        "es": "A usted le gustaría hablar de esta guía. Su médico le puede decir si tiene que ver con su salud. "
        "Lleve sus preguntas a la consulta.",
    },
    "talk_today.ask": {
        "en": "Does this fit my health?|What are my choices?",
        "es": "¿Esto tiene que ver con mi salud?|¿Qué opciones tengo?",
    },
    "later.headline": {
        "en": "Your doctor is there when you are ready",
        "es": "Su médico está para ayudarle cuando usted quiera",
    },
    "later.explanation": {
        "en": "You can come back to this guide at any time. If you were not sure about an answer, your doctor "
        "can go over it with you.",
        "es": "Puede volver a esta guía cuando quiera. Si dudó en alguna respuesta, su médico la puede revisar "
        "con usted.",
    },
    "later.ask": {
        "en": "Where can I read more about this?|Who can I call with a question?",
        "es": "¿Dónde puedo leer más sobre esto?|¿A quién puedo llamar si tengo una pregunta?",
    },
    "not_sure.note": {
        "en": "You were not sure about a new fever or new weakness. Please tell a staff member before you see "
        "the doctor.",
        "es": "Usted respondió «No estoy seguro» sobre fiebre nueva o una debilidad nueva. Por favor, dígaselo a "
        "alguien del personal antes de ver al médico.",
    },
}
