<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnswerButton</name>
    <message>
        <location filename="../../kiosk/ui/questions.py" line="50"/>
        <source>selected</source>
        <translation>marcado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/questions.py" line="50"/>
        <source>not selected</source>
        <translation>sin marcar</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/attract.py" line="63"/>
        <location filename="../../kiosk/ui/attract.py" line="71"/>
        <source>Touch to start</source>
        <translation>Toque para empezar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attract.py" line="72"/>
        <source>Or go straight to the questions for your doctor</source>
        <translation>O vaya directo a las preguntas para su médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attract.py" line="73"/>
        <source>Go straight to the questions</source>
        <translation>Ir directo a las preguntas</translation>
    </message>
</context>
<context>
    <name>ContrastButton</name>
    <message>
        <location filename="../../kiosk/ui/controls.py" line="222"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controls.py" line="223"/>
        <source>Switch between the normal colours and light text on black</source>
        <translation>Cambiar entre los colores normales y letras claras sobre fondo negro</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="185"/>
        <source>This screen is being set up. Please ask a member of staff.</source>
        <translation>Esta pantalla se está preparando. Por favor, hable con el personal.</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <location filename="../../kiosk/ui/page.py" line="198"/>
        <location filename="../../kiosk/ui/page.py" line="200"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/page.py" line="201"/>
        <source>Show where the facts on this screen come from</source>
        <translation>Ver de dónde vienen los datos de esta pantalla</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../kiosk/ui/questions.py" line="126"/>
        <source>Not sure</source>
        <extracomment>Lists longer than this are shown in two columns when there is room.</extracomment>
        <translation>No estoy seguro/a</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/questions.py" line="164"/>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/questions.py" line="165"/>
        <source>Worst pain</source>
        <translation>El peor dolor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/questions.py" line="173"/>
        <source>Question {number} of about {total}</source>
        <translation>Pregunta {number} de unas {total}</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/questions.py" line="225"/>
        <source>Also tell your doctor or the staff</source>
        <translation>Dígale también a su médico o al personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/questions.py" line="229"/>
        <source>Questions to ask your doctor</source>
        <translation>Preguntas para su médico</translation>
    </message>
</context>
<context>
    <name>SectionStrip</name>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="66"/>
        <source>done</source>
        <translation>visto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="66"/>
        <source>you are here</source>
        <translation>usted está aquí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="66"/>
        <source>still to come</source>
        <translation>por ver</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="160"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="161"/>
        <source>Go back to the first screen and erase your choices</source>
        <translation>Volver a la primera pantalla y borrar sus respuestas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="162"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="163"/>
        <source>Go to the previous screen</source>
        <translation>Ir a la pantalla anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="173"/>
        <location filename="../../kiosk/ui/session_view.py" line="181"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="173"/>
        <source>Go to the next screen</source>
        <translation>Ir a la siguiente pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="175"/>
        <source>Check if this could fit my pain</source>
        <translation>Ver si esto podría servir para mi dolor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="176"/>
        <source>Answer a few questions to know what to ask your doctor</source>
        <translation>Conteste unas preguntas para saber qué preguntarle a su médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="181"/>
        <source>None of these</source>
        <translation>Ninguna de estas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="182"/>
        <source>Go to the next question</source>
        <translation>Ir a la siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="184"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="184"/>
        <source>End and go back to the first screen</source>
        <translation>Terminar y volver a la primera pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="211"/>
        <source>Last reviewed: {date} ({who}).</source>
        <translation>Última revisión: {date} ({who}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="212"/>
        <source>Last reviewed: {date}.</source>
        <translation>Última revisión: {date}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="236"/>
        <source>Change the language</source>
        <translation>Cambiar el idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="253"/>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="273"/>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="273"/>
        <source>Stop reading this screen aloud</source>
        <translation>Dejar de leer esta pantalla en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="275"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_view.py" line="275"/>
        <source>Listen to this screen</source>
        <translation>Escuchar esta pantalla</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="113"/>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="116"/>
        <source>Touch the screen to keep reading. Otherwise the screen will start over for the next person, and your choices will be erased.</source>
        <translation>Toque la pantalla para seguir leyendo. Si no, la pantalla volverá al inicio para la siguiente persona y se borrarán sus respuestas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="120"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>TextSizeButton</name>
    <message>
        <location filename="../../kiosk/ui/controls.py" line="178"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controls.py" line="179"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controls.py" line="179"/>
        <source>large</source>
        <translation>grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controls.py" line="179"/>
        <source>largest</source>
        <translation>muy grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controls.py" line="182"/>
        <source>Touch to change the size of the text. Now: {size}, {number} of {total}.</source>
        <translation>Toque para cambiar el tamaño del texto. Ahora: {size}, {number} de {total}.</translation>
    </message>
</context>
</TS>
