<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnswerButton</name>
    <message>
        <location filename="../../kiosk/ui/visit/question.py" line="74"/>
        <source>selected</source>
        <extracomment>Between a question and its hint, in logical pixels. Between answers, in logical pixels (rows and columns alike).</extracomment>
        <translation>marcado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/question.py" line="74"/>
        <source>not selected</source>
        <translation>sin marcar</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/attract.py" line="97"/>
        <location filename="../../kiosk/ui/visit/attract.py" line="164"/>
        <source>Touch to start</source>
        <extracomment>Margins of the attract screen, in logical pixels.</extracomment>
        <translation>Toque para empezar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/attract.py" line="167"/>
        <source>Or go straight to the questions for your doctor</source>
        <translation>O vaya directo a las preguntas para su médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/attract.py" line="167"/>
        <source>Go straight to the questions</source>
        <translation>Ir directo a las preguntas</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="129"/>
        <source>Back</source>
        <extracomment>Back&apos;s and Next&apos;s arrows in a left-to-right language (mirrored in a right-to-left one). Gaps between the buttons of the bottom bar, in logical pixels. The patient&apos;s own settings; they give way first when the bar is crowded.</extracomment>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="129"/>
        <source>Go to the previous screen</source>
        <translation>Ir a la pantalla anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="130"/>
        <source>Change the language</source>
        <translation>Cambiar el idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="144"/>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="144"/>
        <source>Stop reading this screen aloud</source>
        <translation>Dejar de leer esta pantalla en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="146"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="146"/>
        <source>Listen to this screen</source>
        <translation>Escuchar esta pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="153"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="160"/>
        <location filename="../../kiosk/ui/visit/bar.py" line="166"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="160"/>
        <source>Go to the next screen</source>
        <translation>Ir a la siguiente pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="162"/>
        <source>Check if this could fit my pain</source>
        <translation>Ver si esto podría servir para mi dolor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="163"/>
        <source>Answer a few questions to know what to ask your doctor</source>
        <translation>Conteste unas preguntas para saber qué preguntarle a su médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="165"/>
        <source>None of these</source>
        <translation>Ninguna de estas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="165"/>
        <location filename="../../kiosk/ui/visit/bar.py" line="166"/>
        <source>Go to the next question</source>
        <translation>Ir a la siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="167"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="167"/>
        <source>End and go back to the first screen</source>
        <translation>Terminar y volver a la primera pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="168"/>
        <source>Skip these questions</source>
        <translation>Saltar estas preguntas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="168"/>
        <source>Go on without answering these questions</source>
        <translation>Seguir sin contestar estas preguntas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="169"/>
        <source>Ask me again</source>
        <translation>Preguntarme otra vez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="169"/>
        <source>See the question once more</source>
        <translation>Ver la pregunta otra vez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="170"/>
        <source>Continue</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="170"/>
        <source>Go on</source>
        <translation>Seguir adelante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="298"/>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
</context>
<context>
    <name>CheckAnswerScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="118"/>
        <source>That&apos;s right.</source>
        <translation>Así es.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="119"/>
        <source>Let&apos;s look at that again.</source>
        <translation>Veamos eso otra vez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="120"/>
        <source>Here is the point to remember.</source>
        <translation>Esto es lo importante.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="132"/>
        <source>Read it once more. Then you will see the question again.</source>
        <translation>Léalo otra vez. Después verá la pregunta de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="133"/>
        <source>This point is on your summary, to go over with your doctor.</source>
        <translation>Está en su resumen, para hablarlo con su médico.</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="46"/>
        <source>Checking what you read: {number} of {total}</source>
        <extracomment>The answer id of &quot;I&apos;m not sure&quot; on a check (the reader refuses it as an option&apos;s id).</extracomment>
        <translation>Repasemos lo que leyó: {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="53"/>
        <source>I&apos;m not sure</source>
        <translation>No estoy seguro/a</translation>
    </message>
</context>
<context>
    <name>ClinicNameEditor</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="340"/>
        <source>Clinic phone number</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="341"/>
        <source>On the summary patients take home. Leave it empty to show no number.</source>
        <translation>En el resumen que se llevan los pacientes. Déjelo vacío para no mostrar ningún número.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="343"/>
        <source>This kiosk&apos;s name</source>
        <translation>Nombre de este quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="345"/>
        <source>Names this kiosk in its reports and on the front-desk slip, for example “Waiting room 2”. Leave it empty to use the computer&apos;s name.</source>
        <translation>Identifica este quiosco en sus informes y en la nota de recepción, por ejemplo «Sala de espera 2». Déjelo vacío para usar el nombre del ordenador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="352"/>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="353"/>
        <source>Shown at the top of the first screen. Leave it empty to show no name.</source>
        <translation>Se muestra arriba en la primera pantalla. Déjelo vacío para no mostrar ningún nombre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="365"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="366"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="367"/>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
</context>
<context>
    <name>ContrastButton</name>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="355"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="356"/>
        <source>Switch between the normal colours and light text on black</source>
        <translation>Cambiar entre los colores normales y letras claras sobre fondo negro</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="24"/>
        <source>&apos;{id}&apos; is chosen to be shown but cannot be found; install it again.</source>
        <translation>&apos;{id}&apos; está elegido para mostrarse, pero no se encuentra; instálelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="25"/>
        <source>Choose at least one pack to show.</source>
        <translation>Elija al menos un paquete para mostrar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="26"/>
        <source>At most {count} packs can be shown.</source>
        <translation>Se pueden mostrar como máximo {count} paquetes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="27"/>
        <source>The printer {printer} is not set up on this computer: a patient&apos;s page was not printed.</source>
        <translation>La impresora {printer} no está configurada en este equipo: no se imprimió la hoja de un paciente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="31"/>
        <source>The printer {printer} is switched off or not connected: a patient&apos;s page was not printed.</source>
        <translation>La impresora {printer} está apagada o desconectada: no se imprimió la hoja de un paciente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="35"/>
        <source>The printer {printer} is out of paper: a patient&apos;s page was not printed.</source>
        <translation>La impresora {printer} no tiene papel: no se imprimió la hoja de un paciente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="36"/>
        <source>The printer {printer} is paused or stopped after an error: a patient&apos;s page was not printed.</source>
        <translation>La impresora {printer} está en pausa o detenida por un error: no se imprimió la hoja de un paciente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="40"/>
        <source>The print service did not take a patient&apos;s page for the printer {printer}.</source>
        <translation>El servicio de impresión no aceptó la hoja de un paciente para la impresora {printer}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="41"/>
        <source>The signature does not match: the file was changed after it was signed, or it is damaged.</source>
        <translation>La firma no coincide: el archivo se cambió después de firmarlo, o está dañado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="45"/>
        <source>&apos;{name}&apos; has been changed since the pack was made (it does not match the list of contents).</source>
        <translation>«{name}» se ha cambiado después de crear el paquete (no coincide con la lista de contenido).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="49"/>
        <source>&apos;{name}&apos; could not be read to the end ({reason}). If it is on a USB stick, check that the stick is still plugged in, then try again.</source>
        <translation>No se pudo leer «{name}» hasta el final ({reason}). Si está en una memoria USB, compruebe que sigue conectada e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="54"/>
        <source>The name &apos;{name}&apos; uses backslashes, which could place a file outside the pack.</source>
        <translation>El nombre «{name}» lleva barras invertidas, que podrían colocar un archivo fuera del paquete.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="55"/>
        <source>&apos;{name}&apos; would be written at a fixed place on the computer (an absolute path).</source>
        <translation>«{name}» se escribiría en un lugar fijo del ordenador (una ruta absoluta).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="56"/>
        <source>&apos;{name}&apos; would be written on another drive (it starts with a drive letter).</source>
        <translation>«{name}» se escribiría en otra unidad de disco (empieza por una letra de unidad).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="57"/>
        <source>&apos;{name}&apos; would be written outside the pack (it uses &apos;..&apos;).</source>
        <translation>«{name}» se escribiría fuera del paquete (usa «..»).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="58"/>
        <source>The name &apos;{name}&apos; has characters that are not allowed in a pack.</source>
        <translation>El nombre «{name}» tiene caracteres que no se permiten en un paquete.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="59"/>
        <source>The name &apos;{name}&apos; is not a proper file name.</source>
        <translation>«{name}» no es un nombre de archivo válido.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="60"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged, or it was made for another version of the kiosk.</source>
        <translation>La lista de contenido del paquete (manifest.json) está dañada, o se hizo para otra versión del quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="64"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged: the pack id is missing or not allowed.</source>
        <translation>La lista de contenido del paquete (manifest.json) está dañada: falta el identificador del paquete o no es válido.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="68"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged: the version is missing or not a version number.</source>
        <translation>La lista de contenido del paquete (manifest.json) está dañada: falta la versión o no es un número de versión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="72"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged: it does not list {file}.</source>
        <translation>La lista de contenido del paquete (manifest.json) está dañada: no incluye {file}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="75"/>
        <source>The pack has {count} files; a pack may hold at most {most}.</source>
        <translation>El paquete tiene {count} archivos; un paquete puede tener como máximo {most}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="76"/>
        <source>&apos;{name}&apos; is both a file and a folder in the file; one would overwrite the other.</source>
        <translation>«{name}» aparece en el archivo como archivo y como carpeta; uno sobrescribiría al otro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="79"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged: it cannot be read.</source>
        <translation>La lista de contenido del paquete (manifest.json) está dañada: no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="80"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged: the entry for &apos;{name}&apos; is not complete.</source>
        <translation>La lista de contenido del paquete (manifest.json) está dañada: la entrada de «{name}» está incompleta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="84"/>
        <source>The file holds {count} entries; a pack may hold at most {most}.</source>
        <translation>El archivo contiene {count} elementos; un paquete puede tener como máximo {most}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="85"/>
        <source>The file would unpack to more than {size}; that is too big.</source>
        <translation>Al descomprimirlo, el archivo ocuparía más de {size}; es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="86"/>
        <source>&apos;{name}&apos; has no list of contents (manifest.json); it is not a content pack.</source>
        <translation>«{name}» no tiene lista de contenido (manifest.json); no es un paquete de contenido.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="87"/>
        <source>&apos;{name}&apos; is in the list of contents but missing from the file.</source>
        <translation>«{name}» está en la lista de contenido, pero falta en el archivo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="88"/>
        <source>&apos;{name}&apos; is too large to be what it says it is.</source>
        <translation>«{name}» es demasiado grande para ser lo que dice ser.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="89"/>
        <source>&apos;{name}&apos; is a link to another place; a pack may only hold ordinary files.</source>
        <translation>«{name}» es un enlace a otro lugar; un paquete solo puede contener archivos normales.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="90"/>
        <source>&apos;{name}&apos; is a special file (not an ordinary file); a pack may only hold ordinary files.</source>
        <translation>«{name}» es un archivo especial (no un archivo normal); un paquete solo puede contener archivos normales.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="94"/>
        <source>&apos;{name}&apos; is locked with a password; a pack cannot be.</source>
        <translation>«{name}» está protegido con contraseña; un paquete no puede estarlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="95"/>
        <source>&apos;{name}&apos; is compressed in a way the kiosk does not read.</source>
        <translation>«{name}» está comprimido de una forma que el quiosco no sabe leer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="96"/>
        <source>&apos;{name}&apos; is a link or a special file; a pack holds ordinary files only.</source>
        <translation>«{name}» es un enlace o un archivo especial; un paquete solo contiene archivos normales.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="97"/>
        <source>&apos;{name}&apos; cannot be found. If it is on a USB stick, check that the stick is plugged in.</source>
        <translation>No se encuentra «{name}». Si está en una memoria USB, compruebe que está conectada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="100"/>
        <source>&apos;{name}&apos; cannot be opened ({reason}).</source>
        <translation>No se puede abrir «{name}» ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="101"/>
        <source>&apos;{name}&apos; is not a content-pack file, or it is damaged.</source>
        <translation>«{name}» no es un archivo de paquete de contenido, o está dañado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="102"/>
        <source>&apos;{name}&apos; is in the file but not in its list of contents.</source>
        <translation>«{name}» está en el archivo, pero no en su lista de contenido.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="103"/>
        <source>&apos;{name}&apos; is damaged inside the file.</source>
        <translation>«{name}» está dañado dentro del archivo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="104"/>
        <source>&apos;{name}&apos; overlaps &apos;{other}&apos; inside the file; the file was tampered with.</source>
        <translation>«{name}» se superpone a «{other}» dentro del archivo; alguien ha manipulado el archivo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="105"/>
        <source>&apos;{name}&apos; appears twice in the file.</source>
        <translation>«{name}» aparece dos veces en el archivo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="106"/>
        <source>&apos;{name}&apos; and &apos;{other}&apos; would overwrite each other.</source>
        <translation>«{name}» y «{other}» se sobrescribirían entre sí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="107"/>
        <source>&apos;{name}&apos; is a link; copy the files in.</source>
        <translation>«{name}» es un enlace; copie los archivos en su lugar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="108"/>
        <source>The pack is larger than {size}.</source>
        <translation>El paquete ocupa más de {size}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="109"/>
        <source>The file unpacks to more than {size}; that is too big.</source>
        <translation>Al descomprimirlo, el archivo ocupa más de {size}; es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="110"/>
        <source>The kiosk could not save the pack on its disk ({reason}). The disk may be full.</source>
        <translation>El quiosco no pudo guardar el paquete en su disco ({reason}). Puede que el disco esté lleno.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="113"/>
        <source>&apos;{name}&apos; has mistakes, so it cannot be shown:</source>
        <translation>«{name}» tiene errores, así que no se puede mostrar (los detalles, en inglés, son para quien preparó el paquete):</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="114"/>
        <source>… and {count} more; &apos;kiosk validate&apos; lists them all.</source>
        <translation>… y {count} más; «kiosk validate» los muestra todos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="115"/>
        <source>{file}: {problem}.</source>
        <translation>{file}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="116"/>
        <source>{file}, line {line}: {problem}.</source>
        <translation>{file}, línea {line}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="117"/>
        <source>This pack is signed with a key this kiosk does not trust.</source>
        <translation>Este paquete está firmado con una clave en la que este quiosco no confía.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="118"/>
        <source>This is version {version} of &apos;{id}&apos;, older than the signed version {newest} already installed here. An older version can only come back with &apos;Roll back&apos;.</source>
        <translation>Esta es la versión {version} de «{id}», más antigua que la versión firmada {newest} que ya está instalada aquí. Una versión anterior solo puede volver con «Volver a la versión» en la lista de paquetes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="123"/>
        <source>The pack file says it holds &apos;{id}&apos; version {version}, but its {file} says &apos;{other_id}&apos; version {other_version}.</source>
        <translation>El archivo del paquete dice que contiene «{id}» versión {version}, pero su {file} dice «{other_id}» versión {other_version}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="128"/>
        <source>&apos;{title}&apos; is the pack on screen now. Switch to another pack first, then remove it.</source>
        <translation>«{title}» es el paquete que está en pantalla ahora. Primero muestre otro paquete y después quítelo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="131"/>
        <source>There is no pack called &apos;{id}&apos;.</source>
        <translation>No hay ningún paquete llamado «{id}».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="132"/>
        <source>This pack is not signed, and this kiosk only accepts signed packs.</source>
        <translation>Este paquete no está firmado, y este quiosco solo acepta paquetes firmados.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="133"/>
        <source>There is no installed pack called &apos;{id}&apos;.</source>
        <translation>No hay ningún paquete instalado llamado «{id}».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="134"/>
        <source>There is no earlier version of &apos;{id}&apos; to go back to.</source>
        <translation>No hay ninguna versión anterior de «{id}» a la que volver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="135"/>
        <source>The choice could not be saved ({reason}).</source>
        <translation>No se pudo guardar la elección ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="136"/>
        <source>&apos;{id}&apos; came with the kiosk; it has no earlier version to go back to.</source>
        <translation>«{id}» venía con el quiosco; no tiene ninguna versión anterior a la que volver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="137"/>
        <source>&apos;{id}&apos; came with the kiosk and cannot be removed.</source>
        <translation>«{id}» venía con el quiosco y no se puede quitar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="138"/>
        <source>The pack could not be checked (the check stopped with an error). Nothing was changed.</source>
        <translation>No se pudo revisar el paquete (la revisión se detuvo con un error). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="142"/>
        <source>The install was cancelled. Nothing was changed.</source>
        <translation>Se canceló la instalación. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="146"/>
        <source>Checking the pack took longer than {seconds} seconds, so it was stopped and the pack was refused. Ask the pack&apos;s author to check it with &apos;kiosk validate&apos;.</source>
        <translation>La revisión del paquete tardó más de {seconds} segundos, así que se detuvo y el paquete se rechazó. Pida al autor del paquete que lo revise con &apos;kiosk validate&apos;.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="151"/>
        <source>Checking the file…</source>
        <translation>Revisando el archivo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="155"/>
        <source>Checking every page…</source>
        <translation>Revisando cada página…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="159"/>
        <source>Switching to the new version…</source>
        <translation>Cambiando a la versión nueva…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="163"/>
        <source>Unpacking…</source>
        <translation>Desempaquetando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="167"/>
        <source>This file holds version {version} of &apos;{id}&apos;, which is installed already, but the file is damaged. The installed version was not changed.</source>
        <translation>Este archivo contiene la versión {version} de &apos;{id}&apos;, que ya está instalada, pero el archivo está dañado. La versión instalada no se cambió.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="172"/>
        <source>The record of which version of &apos;{id}&apos; is in use is damaged; version {version}, the newest good one installed, is shown. Install the pack again.</source>
        <translation>El registro de qué versión de &apos;{id}&apos; está en uso está dañado; se muestra la versión {version}, la más nueva en buen estado que está instalada. Instale el paquete otra vez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="177"/>
        <source>The current version of &apos;{id}&apos; cannot be shown (its files are damaged or missing); version {version} is shown instead. Install the pack again.</source>
        <translation>La versión actual de &apos;{id}&apos; no se puede mostrar (sus archivos están dañados o faltan); en su lugar se muestra la versión {version}. Instale el paquete otra vez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="182"/>
        <source>No version of &apos;{id}&apos; can be shown, so the pack that came with the kiosk is shown instead. Install the clinic&apos;s pack again.</source>
        <translation>No se puede mostrar ninguna versión de &apos;{id}&apos;, así que se muestra el paquete que vino con el quiosco. Instale otra vez el paquete de la clínica.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="187"/>
        <source>The settings were damaged and no good copy was found: the kiosk&apos;s defaults are in use, and only signed packs are accepted. Check the settings and save them again.</source>
        <translation>La configuración estaba dañada y no se encontró una copia buena: se usan los valores predeterminados del quiosco y solo se aceptan paquetes firmados. Revise la configuración y guárdela otra vez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="192"/>
        <source>The settings were damaged; the last good copy from {date} is in use.</source>
        <translation>La configuración estaba dañada; se usa la última copia buena, del {date}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="196"/>
        <source>Some files of the pack on screen (&apos;{id}&apos;, {folder}) are damaged: {problems}. Install the pack again.</source>
        <translation>Algunos archivos del paquete en pantalla (&apos;{id}&apos;, {folder}) están dañados: {problems}. Instale el paquete otra vez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="200"/>
        <source>&apos;{id}&apos; ({folder}) made the kiosk restart {count} times within {minutes} minutes, so it was set aside; version {version} of &apos;{shown}&apos; is shown instead. Install a corrected pack, or choose the pack again to try it once more.</source>
        <translation>&apos;{id}&apos; ({folder}) hizo que el quiosco se reiniciara {count} veces en {minutes} minutos, así que se apartó; en su lugar se muestra la versión {version} de &apos;{shown}&apos;. Instale un paquete corregido, o elija el paquete otra vez para probarlo una vez más.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="206"/>
        <source>This pack (&apos;{id}&apos;) is signed with the key &apos;{name}&apos;, which this kiosk trusts only for packs named {scope}.</source>
        <translation>Este paquete (&apos;{id}&apos;) está firmado con la clave &apos;{name}&apos;, en la que este quiosco confía solo para paquetes llamados {scope}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="210"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged: its expiry date is not a date.</source>
        <translation>La lista de contenido del paquete (manifest.json) está dañada: su fecha de caducidad no es una fecha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="214"/>
        <source>This pack expired on {date}, so it is not installed. Ask whoever made it for a newer version.</source>
        <translation>Este paquete caducó el {date}, así que no se instala. Pida una versión más nueva a quien lo hizo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="218"/>
        <source>&apos;{id}&apos; version {version} expired on {date}. It is still shown, but ask for a newer version and install it.</source>
        <translation>La versión {version} de &apos;{id}&apos; caducó el {date}. Se sigue mostrando, pero pida una versión más nueva e instálela.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="222"/>
        <source>&apos;{id}&apos; version {version} expires on {date}. Ask for a newer version and install it before then.</source>
        <translation>La versión {version} de &apos;{id}&apos; caduca el {date}. Pida una versión más nueva e instálela antes de esa fecha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="227"/>
        <source>The kiosk cannot read its inbox folder {folder} ({reason}). Check the folder, or the USB stick or network share it is on.</source>
        <translation>El quiosco no puede leer su carpeta de entrada {folder} ({reason}). Revise la carpeta, o la memoria USB o la carpeta de red donde está.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="232"/>
        <source>&apos;{name}&apos; is larger than {size}; it is not taken.</source>
        <translation>«{name}» ocupa más de {size}; no se acepta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="233"/>
        <source>&apos;{name}&apos; in the inbox folder was not installed. Its result in the outbox folder says why.</source>
        <translation>«{name}», en la carpeta de entrada, no se instaló. Su resultado en la carpeta de salida explica por qué.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="237"/>
        <source>The usage counts file was damaged. It was set aside as {name}, and counting started again in a new file.</source>
        <translation>El archivo de recuentos de uso estaba dañado. Se apartó como {name} y el recuento empezó de nuevo en un archivo nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="241"/>
        <source>The usage counts cannot be saved: {reason}.</source>
        <translation>Los recuentos de uso no se pueden guardar: {reason}.</translation>
    </message>
</context>
<context>
    <name>FrontDeskSlip</name>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="145"/>
        <source>Urgent: a patient needs a staff member now</source>
        <translation>Urgente: un paciente necesita a un miembro del personal ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="147"/>
        <source>Kiosk {name}: a patient reported a warning sign at {time} and was asked to speak to you. Please go to the kiosk now.</source>
        <translation>Quiosco {name}: un paciente indicó una señal de alarma ({time}) y se le pidió que hable con usted. Vaya al quiosco ahora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="154"/>
        <source>The answers are not on this slip. Enter the staff PIN at the kiosk to see them: the kiosk clears them after {minutes} minutes without a touch.</source>
        <translation>Las respuestas no están en esta hoja. Escriba el PIN del personal en el quiosco para verlas: el quiosco las borra después de {minutes} minutos sin que nadie lo toque.</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <location filename="../../kiosk/ui/visit/pictures.py" line="92"/>
        <source>Tap to see the picture larger</source>
        <extracomment>The light panel behind a framed picture: its colour, and the room around the picture. Keys that act on the picture (as they press a button). The badge at the lower right: its diameter, and its icon&apos;s size. The ring round the picture while the keyboard is on it. The patient&apos;s text size (1.0 normal, 1.5 largest): an SVG&apos;s labels grow with it. How much larger its labels are drawn now (less than ``text_scale`` where they would collide).</extracomment>
        <translation>Toque para ver la imagen más grande</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="124"/>
        <source>Import a pack from a USB stick</source>
        <translation>Importar un paquete desde una memoria USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="127"/>
        <source>Plug the USB stick into the kiosk. Pack files (ending in .kpack) on it are listed below. Installing a pack does not put it on screen yet.</source>
        <translation>Conecte la memoria USB al quiosco. Abajo aparecen los archivos de paquete (terminan en .kpack) que contiene. Instalar un paquete todavía no lo pone en pantalla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="132"/>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="135"/>
        <source>Copy report to USB</source>
        <translation>Copiar informe a USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="137"/>
        <source>Writes this kiosk&apos;s status report on the USB stick. It holds nothing a patient chose.</source>
        <translation>Guarda el informe de estado de este quiosco en la memoria USB. No contiene nada de lo que eligió un paciente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="160"/>
        <source>Show it now</source>
        <translation>Mostrarlo ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="161"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="162"/>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="224"/>
        <source>Looking for pack files…</source>
        <translation>Buscando archivos de paquete…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="229"/>
        <source>Choose the pack to install.</source>
        <translation>Elija el paquete que quiere instalar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="233"/>
        <source>No pack files were found. Check that the USB stick is plugged in, then press &apos;Look again&apos;.</source>
        <translation>No se encontró ningún archivo de paquete. Compruebe que la memoria USB está conectada y pulse «Buscar de nuevo».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="244"/>
        <source>Install {name}</source>
        <translation>Instalar {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="247"/>
        <source>on {folder}</source>
        <translation>en {folder}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="261"/>
        <source>Installing {name}. This can take a minute; please leave the USB stick in.</source>
        <translation>Instalando {name}. Puede tardar un minuto; no retire la memoria USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="273"/>
        <source>Installed: {title}, version {version}.</source>
        <translation>Instalado: {title}, versión {version}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="271"/>
        <source>This version is already installed: {title}, version {version}. Nothing was changed.</source>
        <translation>Esta versión ya está instalada: {title}, versión {version}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="276"/>
        <source>It is on screen now. You can remove the USB stick.</source>
        <translation>Ya está en pantalla. Puede retirar la memoria USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="278"/>
        <source>Patients see this version now. You can remove the USB stick.</source>
        <translation>Los pacientes ya ven esta versión. Puede retirar la memoria USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="280"/>
        <source>It is not on screen yet. Preview it, or show it now. You can remove the USB stick.</source>
        <translation>Todavía no está en pantalla. Véalo antes o muéstrelo ahora. Ya puede retirar la memoria USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="288"/>
        <source>Copying this kiosk&apos;s report to the USB stick…</source>
        <translation>Copiando el informe de este quiosco a la memoria USB…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="296"/>
        <source>No USB stick was found. Plug one in, wait a moment, then press &apos;Copy report to USB&apos; again.</source>
        <translation>No se encontró ninguna memoria USB. Conecte una, espere un momento y pulse de nuevo «Copiar informe a USB».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="302"/>
        <source>The report is on the USB stick: {file}. You can remove the stick.</source>
        <translation>El informe está en la memoria USB: {file}. Ya puede retirar la memoria.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="308"/>
        <source>The report could not be copied to the USB stick.</source>
        <translation>No se pudo copiar el informe a la memoria USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="316"/>
        <source>{name} was not installed. Nothing on the kiosk has changed.</source>
        <translation>{name} no se instaló. No ha cambiado nada en el quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="155"/>
        <source>Cancel the install</source>
        <translation>Cancelar la instalación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="214"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../kiosk/ui/staff/jobs.py" line="115"/>
        <source>A file could not be read or written ({reason}). If it is on a USB stick, check that the stick is still plugged in, then try again.</source>
        <translation>No se pudo leer o escribir un archivo ({reason}). Si está en una memoria USB, compruebe que sigue conectada e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jobs.py" line="119"/>
        <source>Something went wrong, and nothing was changed. The details are in the kiosk&apos;s log.</source>
        <translation>Algo salió mal y no se cambió nada. Los detalles están en el registro del quiosco.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../kiosk/ui/visit/languages.py" line="66"/>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/languages.py" line="67"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/languages.py" line="67"/>
        <source>Keep this language</source>
        <translation>Seguir en este idioma</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <location filename="../../kiosk/ui/widgets/more_below.py" line="59"/>
        <source>More below</source>
        <translation>Hay más abajo</translation>
    </message>
</context>
<context>
    <name>NarrationBar</name>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="313"/>
        <source>Start again</source>
        <translation>Desde el inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="313"/>
        <source>Hear this screen again from the start</source>
        <translation>Escuchar esta pantalla otra vez desde el inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="342"/>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="342"/>
        <source>Go on listening from where it stopped</source>
        <translation>Seguir escuchando desde donde se detuvo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="345"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="345"/>
        <source>Stop for a moment</source>
        <translation>Detener un momento</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <location filename="../../kiosk/ui/start.py" line="28"/>
        <source>This screen is being set up. Please ask a member of staff.</source>
        <translation>Esta pantalla se está preparando. Por favor, hable con el personal.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/staff/keyboard.py" line="40"/>
        <source>Shift</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/keyboard.py" line="44"/>
        <source>Accents and symbols</source>
        <translation>Acentos y símbolos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/keyboard.py" line="47"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/keyboard.py" line="49"/>
        <location filename="../../kiosk/ui/staff/keyboard.py" line="50"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="60"/>
        <source>That pack is no longer in the list.</source>
        <translation>Ese paquete ya no está en la lista.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="91"/>
        <source>{title} cannot be shown</source>
        <translation>{title} no se puede mostrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="112"/>
        <source>The topics were not changed</source>
        <translation>Los temas no se cambiaron</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="123"/>
        <source>Patients now choose from {count} topics.</source>
        <translation>Ahora los pacientes eligen entre {count} temas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="125"/>
        <location filename="../../kiosk/ui/staff/actions.py" line="137"/>
        <source>{title} is on screen now.</source>
        <translation>{title} está en pantalla ahora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="144"/>
        <source>This pack cannot be previewed</source>
        <translation>No se puede ver este paquete</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="144"/>
        <source>It has mistakes; see its card.</source>
        <translation>Tiene errores; véalos en su ficha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="160"/>
        <source>{title} was not changed</source>
        <translation>{title} no se cambió</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="167"/>
        <source>{title} is back to version {version}.</source>
        <translation>{title} ha vuelto a la versión {version}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="175"/>
        <source>{title} is on screen now</source>
        <translation>{title} está en pantalla ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="176"/>
        <source>Show another pack first, then remove this one.</source>
        <translation>Muestre primero otro paquete y después quite este.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="180"/>
        <source>Remove {title}?</source>
        <translation>¿Quitar {title}?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="181"/>
        <source>It is deleted from this kiosk, with its earlier version. You can import it again later.</source>
        <translation>Se borra de este quiosco, junto con su versión anterior. Puede volver a importarlo más adelante.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="182"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="192"/>
        <source>{title} was not removed</source>
        <translation>{title} no se quitó</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="198"/>
        <source>{title} was removed.</source>
        <translation>{title} se ha quitado.</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="45"/>
        <source>On screen now</source>
        <translation>En pantalla ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="45"/>
        <source>Topic {place} of {count}</source>
        <translation>Tema {place} de {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="63"/>
        <source>Checked: ready to show.</source>
        <translation>Comprobado: listo para mostrar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="65"/>
        <source>This pack has mistakes and cannot be shown:</source>
        <translation>Este paquete tiene errores y no se puede mostrar:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="68"/>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="71"/>
        <source>Show this pack</source>
        <translation>Mostrar este paquete</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="74"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="77"/>
        <source>Go back to version {version}</source>
        <translation>Volver a la versión {version}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="80"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="83"/>
        <source>Add to the topics</source>
        <translation>Añadir a los temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="86"/>
        <source>Take out of the topics</source>
        <translation>Quitar de los temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="88"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="174"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="180"/>
        <source>no review date</source>
        <translation>sin fecha de revisión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="182"/>
        <source>Signed by {name}</source>
        <translation>Firmado por {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="184"/>
        <source>Not signed by a trusted key</source>
        <translation>Sin firma de una clave de confianza</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="187"/>
        <source>Languages: {languages}</source>
        <translation>Idiomas: {languages}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="189"/>
        <source>(came with the kiosk)</source>
        <translation>(venía con el quiosco)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="57"/>
        <source>Draft: the clinic&apos;s medical lead has not reviewed this pack yet.</source>
        <translation>Borrador: el director médico de la clínica todavía no ha revisado este paquete.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="99"/>
        <source>This pack is a draft. Patients will see it as it is, without being told that it is a draft. Show it to patients anyway?</source>
        <translation>Este paquete es un borrador. Los pacientes lo verán tal como está, sin saber que es un borrador. ¿Mostrarlo a los pacientes de todos modos?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="104"/>
        <source>Yes, show the draft</source>
        <translation>Sí, mostrar el borrador</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="105"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="176"/>
        <source>draft, not reviewed yet</source>
        <translation>borrador, todavía sin revisar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="178"/>
        <source>reviewed {date} by {who}</source>
        <translation>revisado el {date} por {who}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="180"/>
        <source>reviewed {date}</source>
        <translation>revisado el {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="188"/>
        <source>Version {version}, {reviewed}</source>
        <translation>Versión {version}, {reviewed}</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="46"/>
        <source>Content packs</source>
        <translation>Paquetes de contenido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="49"/>
        <source>The pack marked &apos;On screen now&apos;, or the packs marked &apos;Topic 1 of 2&apos; and so on, are what patients see. Preview a pack before you show it.</source>
        <translation>El paquete marcado «En pantalla ahora», o los paquetes marcados «Tema 1 de 2» y así, son lo que ven los pacientes. Vea un paquete antes de mostrarlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="81"/>
        <source>Reading the packs…</source>
        <translation>Leyendo los paquetes…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="100"/>
        <source>No packs were found.</source>
        <translation>No se encontró ningún paquete.</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/page.py" line="318"/>
        <source>Sources</source>
        <extracomment>Pictures in the text use the pack&apos;s high-contrast versions where it has them.</extracomment>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/page.py" line="318"/>
        <source>Show where the facts on this screen come from</source>
        <translation>Ver de dónde vienen los datos de esta pantalla</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../../kiosk/ui/visit/pictures.py" line="221"/>
        <location filename="../../kiosk/ui/visit/pictures.py" line="223"/>
        <source>Tap anywhere to go back</source>
        <translation>Toque en cualquier lugar para volver</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="62"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="65"/>
        <source>Delete the last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="70"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="72"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="161"/>
        <source>1 digit typed</source>
        <translation>1 cifra escrita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="163"/>
        <source>{count} digits typed</source>
        <translation>{count} cifras escritas</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="251"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="251"/>
        <source>Enter the staff PIN, then press OK.</source>
        <translation>Escriba el PIN del personal y pulse Aceptar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="252"/>
        <source>Change PIN</source>
        <translation>Cambiar el PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="252"/>
        <source>First enter the current PIN, then press OK.</source>
        <translation>Primero escriba el PIN actual y pulse Aceptar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="254"/>
        <source>Choose a staff PIN</source>
        <translation>Elija un PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="255"/>
        <source>Use 4 to 8 digits. Staff will need it every time they open staff mode.</source>
        <translation>Use de 4 a 8 cifras. El personal lo necesitará cada vez que abra el modo del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="258"/>
        <source>Enter the same PIN again</source>
        <translation>Escriba el mismo PIN otra vez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="259"/>
        <source>This makes sure there was no typing mistake.</source>
        <translation>Así se comprueba que no hubo un error al escribirlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="262"/>
        <source>The staff PIN cannot be read</source>
        <translation>No se puede leer el PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="264"/>
        <source>Set a new PIN on this computer with the command &apos;kiosk set-pin&apos;, then try again. The steps are in the staff guide.</source>
        <translation>Ponga un PIN nuevo en este ordenador con la orden «kiosk set-pin» e inténtelo de nuevo. Los pasos están en la guía del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="269"/>
        <source>No staff PIN is set yet</source>
        <translation>Todavía no hay un PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="271"/>
        <source>Set the staff PIN with &apos;kiosk set-pin&apos; on this computer, or run the installer again. The steps are in the staff guide.</source>
        <translation>Ponga el PIN del personal con la orden «kiosk set-pin» en este ordenador, o vuelva a ejecutar el instalador. Los pasos están en la guía del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="294"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>El PIN debe tener de 4 a 8 cifras.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="312"/>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="314"/>
        <source>One more wrong PIN and you will have to wait.</source>
        <translation>Si vuelve a equivocarse, tendrá que esperar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="316"/>
        <source>{count} more tries before a wait.</source>
        <translation>Le quedan {count} intentos antes de tener que esperar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="327"/>
        <source>The two PINs were not the same. Please choose a PIN again.</source>
        <translation>Los dos PIN no eran iguales. Elija un PIN otra vez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="335"/>
        <source>The PIN could not be saved, so nothing changed. Please tell the IT team.</source>
        <translation>No se pudo guardar el PIN, así que no cambió nada. Avise al equipo de informática.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="361"/>
        <source>Too many wrong PINs. You can try again in {time}.</source>
        <translation>Demasiados PIN incorrectos. Puede intentarlo de nuevo dentro de {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="373"/>
        <source>You can try again now.</source>
        <translation>Ya puede intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/preview.py" line="65"/>
        <source>Show this pack</source>
        <translation>Mostrar este paquete</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/preview.py" line="66"/>
        <source>Back to the packs</source>
        <translation>Volver a los paquetes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/preview.py" line="76"/>
        <source>Preview: {title}, version {version}</source>
        <translation>Vista previa: {title}, versión {version}</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="92"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="104"/>
        <source>Sent to the printer</source>
        <translation>Enviado a la impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="105"/>
        <source>Your page is printing. Please ask a staff member for it.</source>
        <translation>Su hoja se está imprimiendo. Pídasela a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="107"/>
        <source>Try printing again</source>
        <translation>Intentar imprimir de nuevo</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/question.py" line="149"/>
        <source>Not sure</source>
        <translation>No estoy seguro/a</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/question.py" line="231"/>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/question.py" line="232"/>
        <source>Worst pain</source>
        <translation>El peor dolor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/question.py" line="240"/>
        <source>Question {number} of about {total}</source>
        <translation>Pregunta {number} de unas {total}</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/result.py" line="98"/>
        <source>Show this screen to a staff member</source>
        <translation>Muestre esta pantalla a alguien del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/result.py" line="127"/>
        <source>For staff</source>
        <translation>Para el personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/result.py" line="127"/>
        <source>Staff only: asks for the staff PIN</source>
        <translation>Solo para el personal: pide el PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/result.py" line="148"/>
        <source>Also tell your doctor or the staff</source>
        <translation>Dígale también a su médico o al personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/result.py" line="152"/>
        <source>Questions to ask your doctor</source>
        <translation>Preguntas para su médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/result.py" line="153"/>
        <source>Tap the ones you want to ask. They go on your summary.</source>
        <translation>Toque las que quiera preguntar. Se añaden a su resumen.</translation>
    </message>
</context>
<context>
    <name>ScreenCache</name>
    <message>
        <location filename="../../kiosk/ui/visit/screens.py" line="146"/>
        <source>Print: {title}</source>
        <extracomment>Question screens are found again by (question, language, colours, wide layout). The share of the screen&apos;s height kept for the question and its hint on every question: less on a landscape screen, whose answers share rows but need the rest of its little height (1280x800), than on a portrait one, whose answers take one column. After a visit ends, the idle time to wait before preparing for the next patient. The pack whose screens these are (with several packs shown, each has a view of its own).</extracomment>
        <translation>Imprimir: {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/screens.py" line="150"/>
        <source>The printer is not working right now. Please ask a staff member for a copy.</source>
        <translation>La impresora no funciona en este momento. Pida una copia a un miembro del personal.</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="117"/>
        <source>Screen</source>
        <extracomment>The hours rows: the setting each one changes. Hours a closed day gets when staff open it (unless Monday to Friday are open). The day&apos;s name before its Closed and Open (they line up from day to day).</extracomment>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="121"/>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="122"/>
        <source>On</source>
        <translation>Encendido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="127"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="128"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="129"/>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="130"/>
        <source>Closes</source>
        <translation>Cierra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="131"/>
        <source>Opens earlier</source>
        <translation>Abre más temprano</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="132"/>
        <source>Opens later</source>
        <translation>Abre más tarde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="133"/>
        <source>Closes earlier</source>
        <translation>Cierra más temprano</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="134"/>
        <source>Closes later</source>
        <translation>Cierra más tarde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="140"/>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="141"/>
        <source>Portrait 90°</source>
        <translation>Vertical 90°</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="142"/>
        <source>Upside down</source>
        <translation>Al revés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="143"/>
        <source>Portrait 270°</source>
        <translation>Vertical 270°</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="149"/>
        <source>Restart the kiosk now</source>
        <translation>Reiniciar el quiosco ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="165"/>
        <source>Screen sleep outside clinic hours</source>
        <translation>Pantalla en reposo fuera del horario de la clínica</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="169"/>
        <source>Outside the hours below the screen goes dark while nobody is using it, never during a visit. It wakes at opening time, or at the first touch: that touch only wakes it.</source>
        <translation>Fuera del horario de abajo, la pantalla se apaga mientras nadie la usa, nunca durante una visita. Se enciende a la hora de abrir o al primer toque: ese toque solo la enciende.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="176"/>
        <source>Monday to Friday</source>
        <translation>De lunes a viernes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="176"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="176"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="179"/>
        <source>Screen rotation</source>
        <translation>Giro de la pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="182"/>
        <source>Turn the picture to match how the screen is mounted. Touches turn with it.</source>
        <translation>Gire la imagen según cómo esté montada la pantalla. Los toques giran con ella.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="233"/>
        <source>Checking whether this display can be switched off…</source>
        <translation>Comprobando si esta pantalla se puede apagar…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="235"/>
        <source>Outside the hours the display is switched off.</source>
        <translation>Fuera del horario, la pantalla se apaga.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="240"/>
        <source>The display could not be switched off ({reason}): outside the hours it is shown black instead. The staff guide says what to do.</source>
        <translation>No se pudo apagar la pantalla ({reason}): fuera del horario se muestra en negro. La guía del personal explica qué hacer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="248"/>
        <source>the kiosk is not running under its own compositor</source>
        <translation>el quiosco no funciona con su propio compositor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="249"/>
        <source>on this system the kiosk does not do it</source>
        <translation>en este sistema el quiosco no lo hace</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="250"/>
        <source>the program wlr-randr is not installed</source>
        <translation>el programa wlr-randr no está instalado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="251"/>
        <source>this version of the cage compositor cannot do it</source>
        <translation>esta versión del compositor cage no puede hacerlo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="252"/>
        <source>the compositor refused; the kiosk&apos;s log says why</source>
        <translation>el compositor se negó; el registro del quiosco explica por qué</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="260"/>
        <source>Turning the screen…</source>
        <translation>Girando la pantalla…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="270"/>
        <source>This compositor turns the screen only when the kiosk starts: it turns at the next restart.</source>
        <translation>Este compositor solo gira la pantalla cuando arranca el quiosco: girará en el próximo reinicio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="278"/>
        <source>The kiosk cannot turn this screen ({reason}). Turn it in the computer&apos;s display settings: the kiosk fits itself to the screen.</source>
        <translation>El quiosco no puede girar esta pantalla ({reason}). Gírela en la configuración de pantalla del ordenador: el quiosco se ajusta a la pantalla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="289"/>
        <source>midnight</source>
        <translation>medianoche</translation>
    </message>
</context>
<context>
    <name>SectionStrip</name>
    <message>
        <location filename="../../kiosk/ui/visit/strip.py" line="60"/>
        <source>done</source>
        <extracomment>Stretch of the current section when only its title is shown (the others are bars).</extracomment>
        <translation>visto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/strip.py" line="60"/>
        <source>you are here</source>
        <translation>usted está aquí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/strip.py" line="60"/>
        <source>still to come</source>
        <translation>por ver</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../kiosk/ui/visit/view.py" line="161"/>
        <source>Start over</source>
        <extracomment>Side margins of the visit&apos;s screens, in logical pixels. Margins above the header and below the bottom bar, and the gaps between header, screen and bar. Whether the patient uses a keyboard or switch (then the focus follows a screen change).</extracomment>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/view.py" line="161"/>
        <source>Go back to the first screen and erase your choices</source>
        <translation>Volver a la primera pantalla y borrar sus respuestas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/view.py" line="212"/>
        <source>Last reviewed: {date} ({who}).</source>
        <translation>Última revisión: {date} ({who}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/view.py" line="213"/>
        <source>Last reviewed: {date}.</source>
        <translation>Última revisión: {date}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="52"/>
        <source>Print my summary</source>
        <extracomment>The words below are in the view&apos;s translation context; lupdate needs it written out in each call.</extracomment>
        <translation>Imprimir mi resumen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="89"/>
        <source>Your visit summary</source>
        <translation>Resumen de su visita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="95"/>
        <source>Notes from today&apos;s questions:</source>
        <translation>Notas de las preguntas de hoy:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="90"/>
        <source>Points to go over with your doctor:</source>
        <translation>Puntos para repasar con su médico:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="56"/>
        <source>The printer is not working right now. You can scan the code on this screen with your phone&apos;s camera to keep your summary.</source>
        <translation>La impresora no funciona en este momento. Puede escanear el código de esta pantalla con la cámara de su teléfono para guardar su resumen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="91"/>
        <source>Ask your doctor about the other points from today.</source>
        <translation>Pregunte a su médico por los demás puntos de hoy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="92"/>
        <source>After the procedure, get help:</source>
        <translation>Después del procedimiento, pida ayuda:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="93"/>
        <source>Clinic phone:</source>
        <translation>Teléfono de la clínica:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="94"/>
        <source>Questions I want to ask:</source>
        <translation>Preguntas que quiero hacer:</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="74"/>
        <source>The settings could not be saved. They apply until the kiosk restarts.</source>
        <translation>No se pudieron guardar los ajustes. Se aplican hasta que el quiosco se reinicie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="78"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="89"/>
        <source>Sending a test page…</source>
        <translation>Enviando una página de prueba…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="93"/>
        <source>Test page from the kiosk</source>
        <translation>Página de prueba del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="93"/>
        <source>If you can read this, pages print on this printer.</source>
        <translation>Si puede leer esto, las hojas se imprimen en esta impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="106"/>
        <source>The test page was sent to the printer.</source>
        <translation>La página de prueba se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="109"/>
        <source>The test page could not be printed. The kiosk&apos;s alerts say why.</source>
        <translation>No se pudo imprimir la página de prueba. Los avisos del quiosco dicen por qué.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="154"/>
        <source>Inbox folder</source>
        <translation>Carpeta de entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="156"/>
        <source>Type the whole path of the folder packs arrive in, from the top: for example /var/lib/kiosk/inbox on Linux, or C:/KioskData/inbox on Windows.</source>
        <translation>Escriba la ruta completa de la carpeta a la que llegan los paquetes, desde el principio: por ejemplo /var/lib/kiosk/inbox en Linux, o C:/KioskData/inbox en Windows.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="160"/>
        <source>Outbox folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="162"/>
        <source>Type the whole path of the folder this kiosk writes its reports to, from the top: for example /var/lib/kiosk/outbox on Linux, or C:/KioskData/outbox on Windows.</source>
        <translation>Escriba la ruta completa de la carpeta donde este quiosco escribe sus informes, desde el principio: por ejemplo /var/lib/kiosk/outbox en Linux, o C:/KioskData/outbox en Windows.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="180"/>
        <source>&apos;{folder}&apos; is not a whole folder path. Start from the top (/ on Linux, a drive such as C:/ on Windows), without &apos;..&apos;. Nothing was changed.</source>
        <translation>«{folder}» no es la ruta completa de una carpeta. Empiece desde el principio (/ en Linux, una unidad como C:/ en Windows), sin «..». No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="187"/>
        <source>The inbox and the outbox must be two different folders, neither inside the other.</source>
        <translation>La carpeta de entrada y la de salida deben ser dos carpetas distintas, y ninguna dentro de la otra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="201"/>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="205"/>
        <source>The report was written: {file}.</source>
        <translation>Se escribió el informe: {file}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="208"/>
        <source>The report could not be written in the outbox folder.</source>
        <translation>No se pudo escribir el informe en la carpeta de salida.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="49"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="54"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="105"/>
        <source>Change the name</source>
        <extracomment>The print service&apos;s printers, read when the page is shown (through Qt&apos;s print support).</extracomment>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="57"/>
        <source>Change the number</source>
        <translation>Cambiar el número</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="64"/>
        <source>Shorter</source>
        <translation>Menos tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="66"/>
        <source>Longer</source>
        <translation>Más tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="77"/>
        <source>Accept them</source>
        <translation>Aceptarlos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="78"/>
        <source>Refuse them</source>
        <translation>Rechazarlos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="84"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="92"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="251"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="253"/>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="85"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="93"/>
        <source>On</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="90"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="98"/>
        <source>Test page</source>
        <translation>Página de prueba</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="108"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="113"/>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="110"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="115"/>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="117"/>
        <source>Write a report now</source>
        <translation>Escribir un informe ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="126"/>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="127"/>
        <source>Shown at the top of the first screen.</source>
        <translation>Se muestra arriba en la primera pantalla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="131"/>
        <source>Clinic phone number</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="132"/>
        <source>On the summary patients take home (the QR code on the result).</source>
        <translation>En el resumen que se llevan los pacientes (el código QR del resultado).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="136"/>
        <source>Time before “Still there?”</source>
        <translation>Tiempo antes de «¿Sigue ahí?»</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="137"/>
        <source>How long without a touch before the kiosk asks, then starts over.</source>
        <translation>Cuánto tiempo sin tocar la pantalla antes de que el quiosco lo pregunte y vuelva a empezar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="141"/>
        <source>Language at the start</source>
        <translation>Idioma al empezar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="142"/>
        <source>Patients can still change it on every screen.</source>
        <translation>Los pacientes pueden cambiarlo en cualquier pantalla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="146"/>
        <source>Printing for patients</source>
        <translation>Impresión para pacientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="148"/>
        <source>A Print button on the result and on pages with a handout. Pages are sent from memory; docs/printing.md says how the printer keeps nothing.</source>
        <translation>Un botón Imprimir en el resultado y en las páginas con una hoja para llevar. Las hojas se envían desde la memoria; docs/printing.md explica cómo la impresora no guarda nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="154"/>
        <source>Warning-sign slip at the front desk</source>
        <translation>Aviso de señal de alarma en recepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="156"/>
        <source>When answers send a patient to staff, a slip with this kiosk&apos;s name and the time prints here. It never shows an answer.</source>
        <translation>Cuando las respuestas envían a un paciente al personal, aquí se imprime un aviso con el nombre de este quiosco y la hora. Nunca muestra una respuesta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="162"/>
        <source>Packs without a trusted signature</source>
        <translation>Paquetes sin firma de confianza</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="163"/>
        <source>When refused, only packs signed with a key this kiosk trusts can be installed.</source>
        <translation>Si se rechazan, solo se pueden instalar paquetes firmados con una clave en la que confía este quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="167"/>
        <source>This kiosk&apos;s name</source>
        <translation>Nombre de este quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="168"/>
        <source>Names this kiosk in its reports to the clinic&apos;s office and on the front-desk slip.</source>
        <translation>Identifica este quiosco en sus informes para la oficina de la clínica y en la nota de recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="172"/>
        <source>Inbox folder</source>
        <translation>Carpeta de entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="174"/>
        <source>Packs that arrive in this folder (through Syncthing, a network share or a USB stick) are installed as from a USB stick, with the same checks. They are not put on screen, except a new version of a pack already on screen.</source>
        <translation>Los paquetes que llegan a esta carpeta (por Syncthing, una carpeta de red o una memoria USB) se instalan como desde una memoria USB, con las mismas comprobaciones. No se ponen en pantalla, salvo una versión nueva de un paquete que ya está en pantalla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="181"/>
        <source>Outbox folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="183"/>
        <source>This kiosk writes its status report here every hour and after every pack change, and what became of each pack from the inbox. Reports never hold anything a patient chose.</source>
        <translation>Este quiosco escribe aquí su informe de estado cada hora y después de cada cambio de paquetes, y lo que pasó con cada paquete de la carpeta de entrada. Los informes nunca contienen nada de lo que eligió un paciente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="223"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="224"/>
        <source>(no number)</source>
        <translation>(sin número)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="250"/>
        <source>(the computer&apos;s name)</source>
        <translation>(el nombre del ordenador)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="262"/>
        <source>Keys this kiosk trusts: {names}.</source>
        <translation>Claves en las que confía este quiosco: {names}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="266"/>
        <source>This kiosk trusts no signing keys yet, so refusing unsigned packs would refuse every pack. The staff guide explains how to add a key.</source>
        <translation>Este quiosco todavía no confía en ninguna clave de firma, así que rechazar los paquetes sin firma rechazaría todos. La guía del personal explica cómo añadir una clave.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="279"/>
        <source>Printer: the default</source>
        <translation>Impresora: la predeterminada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="281"/>
        <source>Printer: {name} (not found)</source>
        <translation>Impresora: {name} (no encontrada)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="282"/>
        <source>Printer: {name}</source>
        <translation>Impresora: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="296"/>
        <source>{count} seconds</source>
        <translation>{count} segundos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="298"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="299"/>
        <source>{count} min</source>
        <translation>{count} min</translation>
    </message>
</context>
<context>
    <name>SpeechWords</name>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="68"/>
        <source>Speech is on. Use the arrow keys to move from one choice to the next, and Enter to choose. On the screen, touch a choice to hear it, then tap it again to choose it. Press the help key, F1 or the star key, to hear this screen and these keys again.</source>
        <translation>La voz está activada. Use las flechas para pasar de una opción a otra, y Enter para elegir. En la pantalla, toque una opción para oírla y tóquela otra vez para elegirla. Pulse la tecla de ayuda, F1 o la tecla de asterisco, para oír de nuevo esta pantalla y estas teclas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="75"/>
        <source>Keys: the arrows move between the choices. Enter or Space chooses. R or zero repeats. Escape or the full stop key stops the speech. Plus and minus make the voice louder or quieter. F1 or the star key is help.</source>
        <translation>Teclas: las flechas pasan de una opción a otra. Enter o la barra espaciadora eligen. R o el cero repiten. Escape o la tecla del punto detienen la voz. Más y menos suben o bajan el volumen. F1 o el asterisco es la ayuda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="82"/>
        <source>The voice is coming from the loudspeaker, so people nearby may hear it. Plug in headphones if you would like to listen privately.</source>
        <translation>La voz sale por el altavoz, así que otras personas cerca pueden oírla. Conecte unos auriculares si prefiere escuchar en privado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="87"/>
        <source>There is no voice for {missing} on this kiosk, so the kiosk speaks {used}.</source>
        <translation>Este quiosco no tiene voz en {missing}, así que habla en {used}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="92"/>
        <source>Speech is off. The screen has started over.</source>
        <translation>La voz está desactivada. La pantalla ha vuelto al principio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="95"/>
        <source>Page {number} of {total}.</source>
        <translation>Página {number} de {total}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="98"/>
        <source>Part {number} of {total}: {title}.</source>
        <translation>Parte {number} de {total}: {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="101"/>
        <source>The parts of this visit: {titles}.</source>
        <translation>Las partes de esta visita: {titles}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="104"/>
        <source>The choices:</source>
        <translation>Las opciones:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="107"/>
        <source>{name}, answer {number} of {total}</source>
        <translation>{name}, respuesta {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="110"/>
        <source>{name}, button</source>
        <translation>{name}, botón</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="113"/>
        <source>{name}, switch, on</source>
        <translation>{name}, interruptor, activado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="113"/>
        <source>{name}, switch, off</source>
        <translation>{name}, interruptor, desactivado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="116"/>
        <source>chosen</source>
        <translation>elegida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="119"/>
        <source>not chosen</source>
        <translation>no elegida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="122"/>
        <source>your answer before</source>
        <translation>su respuesta anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="125"/>
        <source>The page&apos;s text: {title}. Press Enter to hear it again.</source>
        <translation>El texto de la página: {title}. Pulse Enter para oírlo otra vez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="128"/>
        <source>Picture: {alt}</source>
        <translation>Imagen: {alt}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="131"/>
        <source>Start, button. Press Enter to begin.</source>
        <translation>Empezar, botón. Pulse Enter para comenzar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="134"/>
        <source>Press any key or touch the screen to keep going.</source>
        <translation>Pulse cualquier tecla o toque la pantalla para continuar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="137"/>
        <source>Volume {level} of 10</source>
        <translation>Volumen {level} de 10</translation>
    </message>
</context>
<context>
    <name>StaffArea</name>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="279"/>
        <source>Use the new PIN next time you open staff mode.</source>
        <translation>Use el PIN nuevo la próxima vez que abra el modo del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="279"/>
        <source>PIN saved</source>
        <extracomment>The screen&apos;s compositor controls (kiosk/ui/display.py): what the Screen page can say it does. Makes this kiosk&apos;s status report (&quot;Copy report to USB&quot;, &quot;Write a report now&quot;); the window sets it.</extracomment>
        <translation>PIN guardado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="358"/>
        <source>Exit to the desktop?</source>
        <translation>¿Salir al escritorio?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="359"/>
        <source>The kiosk closes. Patients see the computer&apos;s desktop until someone starts the kiosk again.</source>
        <translation>El quiosco se cierra. Los pacientes verán el escritorio del ordenador hasta que alguien vuelva a abrir el quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="360"/>
        <source>Exit to the desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="368"/>
        <source>Restart the kiosk?</source>
        <translation>¿Reiniciar el quiosco?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="369"/>
        <source>The screen goes blank for a few seconds, then the kiosk starts again.</source>
        <translation>La pantalla se queda en blanco unos segundos y el quiosco vuelve a empezar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="370"/>
        <location filename="../../kiosk/ui/staff/area.py" line="379"/>
        <source>Restart the kiosk</source>
        <translation>Reiniciar el quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="377"/>
        <source>Restart the kiosk to turn the screen?</source>
        <translation>¿Reiniciar el quiosco para girar la pantalla?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="378"/>
        <source>The screen goes dark for a few seconds, then the kiosk starts again, turned.</source>
        <translation>La pantalla se apaga unos segundos y el quiosco vuelve a empezar, ya girado.</translation>
    </message>
</context>
<context>
    <name>StaffHint</name>
    <message>
        <location filename="../../kiosk/ui/staff/hint.py" line="57"/>
        <source>The staff PIN cannot be read</source>
        <translation>No se puede leer el PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hint.py" line="59"/>
        <source>Set a new staff PIN with &apos;kiosk set-pin&apos; on this computer, or run the installer again. The steps are in the staff guide.</source>
        <translation>Ponga un PIN del personal nuevo con la orden «kiosk set-pin» en este ordenador, o vuelva a ejecutar el instalador. Los pasos están en la guía del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hint.py" line="63"/>
        <source>No staff PIN is set yet</source>
        <translation>Todavía no hay un PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hint.py" line="65"/>
        <source>Set the staff PIN with &apos;kiosk set-pin&apos; on this computer, or run the installer again. The steps are in the staff guide.</source>
        <translation>Ponga el PIN del personal con la orden «kiosk set-pin» en este ordenador, o vuelva a ejecutar el instalador. Los pasos están en la guía del personal.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="27"/>
        <source>Staff mode</source>
        <translation>Modo del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="28"/>
        <source>Staff mode closes by itself after 2 minutes without a touch.</source>
        <translation>El modo del personal se cierra solo tras 2 minutos sin tocar la pantalla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="29"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="31"/>
        <source>Leave staff mode</source>
        <translation>Salir del modo del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="82"/>
        <source>Content packs</source>
        <translation>Paquetes de contenido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="83"/>
        <source>Import from USB</source>
        <translation>Importar desde USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="84"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="85"/>
        <source>Usage counts</source>
        <translation>Recuentos de uso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="86"/>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="87"/>
        <source>Change PIN</source>
        <translation>Cambiar el PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="88"/>
        <source>Close or restart</source>
        <translation>Cerrar o reiniciar</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="99"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="99"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../kiosk/ui/visit/idle.py" line="194"/>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/idle.py" line="197"/>
        <source>Touch the screen to keep reading. Otherwise the screen will start over for the next person, and your choices will be erased.</source>
        <translation>Toque la pantalla para seguir leyendo. Si no, la pantalla volverá al inicio para la siguiente persona y se borrarán sus respuestas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/idle.py" line="201"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/idle.py" line="262"/>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/idle.py" line="264"/>
        <source>{count} seconds</source>
        <translation>{count} segundos</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="128"/>
        <source>Exit to the desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="129"/>
        <source>Restart the kiosk</source>
        <translation>Reiniciar el quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="135"/>
        <source>Close or restart</source>
        <translation>Cerrar o reiniciar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="138"/>
        <source>Restart the kiosk if the screen seems stuck or after changing the computer.</source>
        <translation>Reinicie el quiosco si la pantalla parece bloqueada o después de cambiar algo en el ordenador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="145"/>
        <source>Exit to the desktop for maintenance. The kiosk stays closed until it is started again.</source>
        <translation>Salga al escritorio para hacer mantenimiento. El quiosco sigue cerrado hasta que se vuelva a abrir.</translation>
    </message>
</context>
<context>
    <name>TakeHomeCode</name>
    <message>
        <location filename="../../kiosk/ui/visit/takehome.py" line="181"/>
        <source>QR code of your summary</source>
        <extracomment>The code&apos;s side on screen, in logical pixels: a phone held 30-50 cm away reads it at once. (the text the code holds, one byte per module, modules a side); side 0 when it does not fit. How many codes made ahead are kept (one per answer of the question on screen).</extracomment>
        <translation>Código QR de su resumen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/takehome.py" line="182"/>
        <source>Take your summary home: point your phone&apos;s camera at this code.</source>
        <translation>Llévese su resumen: apunte la cámara de su teléfono a este código.</translation>
    </message>
</context>
<context>
    <name>TextSizeButton</name>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="310"/>
        <source>Text size</source>
        <extracomment>Space between an icon and the words, in logical pixels. Spaces that keep the words from touching the icon (part of the text, so they scale with it). Properties the style sheet selects buttons by (their padding or border may follow them). Keep the minimum width at what the words need. (The style sheet&apos;s ``min-width`` would otherwise let a crowded row squeeze the button until its words are cut.)</extracomment>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="311"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="311"/>
        <source>large</source>
        <translation>grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="311"/>
        <source>largest</source>
        <translation>muy grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="314"/>
        <source>Touch to change the size of the text. Now: {size}, {number} of {total}.</source>
        <translation>Toque para cambiar el tamaño del texto. Ahora: {size}, {number} de {total}.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/thanks.py" line="16"/>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/thanks.py" line="17"/>
        <source>Your answers are erased from this screen. Remember to ask your doctor your questions.</source>
        <translation>Sus respuestas se han borrado de esta pantalla. Recuerde hacerle sus preguntas a su médico.</translation>
    </message>
</context>
<context>
    <name>TopicChoice</name>
    <message>
        <location filename="../../kiosk/ui/visit/topics.py" line="181"/>
        <source>Choose a topic</source>
        <extracomment>The picture&apos;s box on a tile, in logical pixels (before the screen&apos;s scale). What a tile shows in its picture&apos;s white box when the pack has no picture (on white, 6.9:1). Characters of a tile&apos;s title on one line, at least (the columns are chosen so they fit).</extracomment>
        <translation>Elija un tema</translation>
    </message>
</context>
<context>
    <name>UsageActions</name>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="200"/>
        <source>The usage counts cannot be read now. The kiosk goes on working.</source>
        <extracomment>The packs loaded now, by id, to name the pages where visits stopped (the window sets it).</extracomment>
        <translation>Ahora no se pueden leer los recuentos de uso. El quiosco sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="212"/>
        <source>Looking for a USB stick…</source>
        <translation>Buscando una memoria USB…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="229"/>
        <source>No USB stick was found. Plug one in, wait a few seconds, then press “Export CSV to USB” again.</source>
        <translation>No se encontró ninguna memoria USB. Conecte una, espere unos segundos y pulse de nuevo «Exportar CSV a USB».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="238"/>
        <source>The USB stick {stick} can only be read on this kiosk. Use a stick formatted as FAT32 or exFAT (as most sticks come).</source>
        <translation>La memoria USB {stick} solo se puede leer en este quiosco. Use una memoria formateada como FAT32 o exFAT (como vienen casi todas).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="245"/>
        <source>Saved as {file} on the USB stick {stick}. You can remove the stick.</source>
        <translation>Guardado como {file} en la memoria USB {stick}. Ya puede retirar la memoria.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="256"/>
        <source>Key-point check</source>
        <translation>Comprobación de puntos clave</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="256"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="256"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="53"/>
        <source>Usage counts</source>
        <extracomment>The days the charts show, up to today. The places where visits stopped that the chart names (the most common ones).</extracomment>
        <translation>Recuentos de uso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="58"/>
        <source>For each day the kiosk counts visits, the pages they reached and where they stopped, the languages, larger text and high contrast, questionnaires started and finished, the kind of result, and key points missed. It never keeps answers, names, times of day, or anything that tells one visit from another. Counts under 5 show as “&lt;5”. Counts are kept for {days} days.</source>
        <translation>Cada día, el quiosco cuenta las visitas, las páginas a las que llegaron y dónde se detuvieron, los idiomas, el texto más grande y el alto contraste, los cuestionarios empezados y terminados, el tipo de resultado y los puntos clave no entendidos. Nunca guarda respuestas, nombres, horas del día ni nada que distinga una visita de otra. Los recuentos menores de 5 se muestran como «&lt;5». Los recuentos se guardan durante {days} días.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="65"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="66"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="70"/>
        <source>Export CSV to USB</source>
        <translation>Exportar CSV a USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="80"/>
        <source>Counting</source>
        <extracomment>The charts, made the first time counts are shown (pyqtgraph loads only then).</extracomment>
        <translation>Recuento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="110"/>
        <source>Each visit is counted when it ends.</source>
        <translation>Cada visita se cuenta cuando termina.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="112"/>
        <source>Counting is off: no visit is counted. The counts kept stay.</source>
        <translation>El recuento está desactivado: no se cuenta ninguna visita. Los recuentos guardados se conservan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="125"/>
        <source>Visits per day, last {days} days</source>
        <translation>Visitas por día, últimos {days} días</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="126"/>
        <source>Where visits stopped</source>
        <translation>Dónde terminaron las visitas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="127"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="147"/>
        <source>Nothing counted in these days.</source>
        <translation>No se contó nada en estos días.</translation>
    </message>
</context>
<context>
    <name>VideoPanel</name>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="171"/>
        <source>Start again</source>
        <translation>Desde el inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="171"/>
        <source>Watch the video again from the start</source>
        <translation>Ver el video otra vez desde el inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="178"/>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="178"/>
        <source>Show or hide the words of the video</source>
        <translation>Mostrar u ocultar las palabras del video</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="227"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="227"/>
        <source>Stop the video for a moment</source>
        <translation>Detener el video un momento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="229"/>
        <source>Play video</source>
        <translation>Ver video</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="229"/>
        <source>Start the video, with sound</source>
        <translation>Empezar el video, con sonido</translation>
    </message>
</context>
<context>
    <name>VolumeButtons</name>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="285"/>
        <source>Quieter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="285"/>
        <source>Make the sound quieter</source>
        <translation>Bajar el volumen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="286"/>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="286"/>
        <source>Make the sound louder</source>
        <translation>Subir el volumen</translation>
    </message>
</context>
<context>
    <name>WarningCheck</name>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="30"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="31"/>
        <source>Not sure</source>
        <translation>No estoy seguro/a</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="138"/>
        <source>Warning signs the patient reported</source>
        <translation>Señales de alarma que indicó el paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="140"/>
        <source>Each sign in {staff}, then in {patient}, the patient&apos;s language.</source>
        <translation>Cada señal en {staff} y después en {patient}, el idioma del paciente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="144"/>
        <source>Every warning-sign question the patient answered Yes or Not sure.</source>
        <translation>Cada pregunta de señal de alarma a la que el paciente respondió Sí o No estoy seguro/a.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="155"/>
        <source>No warning-sign question was answered Yes or Not sure. Ask the patient.</source>
        <translation>Ninguna pregunta de señal de alarma tiene la respuesta Sí o No estoy seguro/a. Pregunte al paciente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="158"/>
        <source>Back to the result</source>
        <translation>Volver al resultado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="160"/>
        <source>End this visit</source>
        <translation>Terminar esta visita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="162"/>
        <source>Ending the visit forgets the patient&apos;s answers and shows the start screen.</source>
        <translation>Al terminar la visita se borran las respuestas del paciente y se muestra la pantalla de inicio.</translation>
    </message>
</context>
</TS>
