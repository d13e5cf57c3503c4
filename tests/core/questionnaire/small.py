"""A small questionnaire written for each rule, and helpers to change it and read its problems."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.problems import has_errors
from kiosk.core.questionnaire.reader import load_questionnaire

LANGS = ("en", "es")

BASE = """\
format = 1

[disclaimer]
en = "This is not a diagnosis. Only your doctor can decide."
es = "Esto no es un diagnóstico. Solo su médico puede decidir."

[[questions]]
id = "red_flag"
kind = "yes_no"
warning = true
text.en = "Any warning sign?"
text.es = "¿Alguna señal de alarma?"

[[questions]]
id = "area"
kind = "single"
text.en = "Where does it hurt?"
text.es = "¿Dónde le duele?"
hint.en = "Pick one."
hint.es = "Elija una."

  [[questions.options]]
  id = "back"
  text.en = "Back"
  text.es = "Espalda"

  [[questions.options]]
  id = "knee"
  text.en = "Knee"
  text.es = "Rodilla"

[[questions]]
id = "level"
kind = "scale"
show_if = { question = "area", is = "back" }
text.en = "How strong is it?"
text.es = "¿Qué tan fuerte es?"

[[questions]]
id = "extras"
kind = "multiple"
text.en = "Do any of these apply?"
text.es = "¿Alguna de estas?"

  [[questions.options]]
  id = "thinner"
  text.en = "A blood thinner"
  text.es = "Medicina para la sangre"

  [[questions.options]]
  id = "implant"
  text.en = "A pacemaker"
  text.es = "Un marcapasos"

[[outcomes]]
id = "staff"
kind = "staff_now"
icon = "fa6s.user-nurse"
immediate = true
when = { question = "red_flag", is = "yes" }
headline.en = "Tell staff now"
headline.es = "Avise al personal ahora"
explanation.en = "A staff member can help."
explanation.es = "El personal le puede ayudar."
ask_doctor.en = ["What is it?"]
ask_doctor.es = ["¿Qué es?"]

[[outcomes]]
id = "rfa"
kind = "discuss_rfa"
icon = "fa6s.comments"
when = { question = "level", at_least = 4 }
headline.en = "Ask about RFA"
headline.es = "Pregunte por la ARF"
explanation.en = "Talk with your doctor."
explanation.es = "Hable con su médico."
ask_doctor.en = ["Could RFA help?"]
ask_doctor.es = ["¿Podría ayudar la ARF?"]

[[outcomes]]
id = "other"
kind = "discuss_other"
icon = "fa6s.user-doctor"
headline.en = "Ask about other options"
headline.es = "Pregunte por otras opciones"
explanation.en = "Talk with your doctor."
explanation.es = "Hable con su médico."
ask_doctor.en = ["What else could help?"]
ask_doctor.es = ["¿Qué más podría ayudar?"]

[[notes]]
id = "thinner"
when = { question = "extras", includes = "thinner" }
text.en = "Tell the doctor about blood thinners."
text.es = "Hable con su médico de la medicina para la sangre."

[[notes]]
id = "flag_unsure"
when = { question = "red_flag", is = "not_sure" }
text.en = "Please tell a staff member about the warning sign."
text.es = "Por favor, hable con el personal de la señal de alarma."
"""


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "questionnaire.toml").write_text(text, encoding="utf-8")
    return tmp_path


def line_of(text: str, *anchors: str) -> int:
    """1-based line of the last anchor, each searched for on the lines after the one before."""
    lines = text.splitlines()
    index = -1
    for anchor in anchors:
        index = next(i for i, line in enumerate(lines) if i > index and anchor in line)
    return index + 1


def problems_of(tmp_path: Path, text: str, source_ids: tuple[str, ...] = ()) -> list[str]:
    loaded, problems = load_questionnaire(write(tmp_path, text), LANGS, source_ids)
    if has_errors(problems):
        assert loaded is None, "a questionnaire with errors must never be returned"
    return [str(p) for p in problems]


def changed(old: str, new: str, base: str = BASE) -> str:
    assert old in base, old
    return base.replace(old, new, 1)
