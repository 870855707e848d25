<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/help/AboutBox.cpp" line="+22"/>
        <source>LGPL-3.0</source>
        <translation>LGPL-3.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LGPL-2.1-or-later; GPL-2.0-or-later with x264</source>
        <translation>LGPL-2.1-or-later; GPL-2.0-or-later con x264</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>curl licence (MIT-style)</source>
        <translation>licencia de curl (tipo MIT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSD-3-Clause</source>
        <translation>BSD-3-Clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public domain</source>
        <translation>dominio público</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;Reelcraft %1&lt;/h3&gt;&lt;p&gt;A studio for generated video: the built-in engine offline and free, or the providers you have keys for.&lt;/p&gt;&lt;p&gt;Reelcraft is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;This profile keeps its clips, history, spending and settings in&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;br&gt;and its logs in %5. API keys are in the system keychain, not there.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reelcraft %1&lt;/h3&gt;&lt;p&gt;Un estudio de vídeo generado: el motor integrado, sin conexión y gratuito, o los proveedores para los que tenga clave.&lt;/p&gt;&lt;p&gt;Reelcraft es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Creado con:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Este perfil guarda sus clips, historial, gastos y ajustes en&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;br&gt;y sus registros en %5. Las claves de API están en el llavero del sistema, no ahí.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Reelcraft</source>
        <translation>Acerca de Reelcraft</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../app/bootstrap/AppContext.cpp" line="+160"/>
        <source>Providers cannot change while jobs are running; try again when they have finished.</source>
        <translation>Los proveedores no pueden cambiar mientras haya trabajos en curso; inténtelo de nuevo cuando terminen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not changed because it cannot be read (%2). Fix or remove it first.%3</source>
        <translation>%1 no se modificó porque no se puede leer (%2). Corríjalo o elimínelo primero.%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> A copy is kept in %1.</source>
        <translation> Se conserva una copia en %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil de proveedor llamado «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a fixed list of models; there is nothing to refresh.</source>
        <translation>%1 tiene una lista fija de modelos; no hay nada que actualizar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service no longer lists %1, the models this profile was limited to.</source>
        <translation>El servicio ya no ofrece %1, los modelos a los que se limitaba este perfil.</translation>
    </message>
</context>
<context>
    <name>AudioConvert</name>
    <message>
        <location filename="../app/storyboard/AudioConvert.cpp" line="+36"/>
        <source>cannot convert audio of %1 Hz, %2 channels</source>
        <translation>no se puede convertir audio de %1 Hz y %2 canales</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../app/batch/CsvReader.cpp" line="+72"/>
        <source>A quote opened on line %1 is never closed.</source>
        <translation>Unas comillas abiertas en la línea %1 nunca se cierran.</translation>
    </message>
    <message>
        <location filename="../app/batch/ProductPrompt.cpp" line="+12"/>
        <source>The product from the photo on a clean studio table, a slow turntable turn and a gentle push-in, soft studio light with a warm glow, seamless backdrop; keep the product&apos;s exact shape, colours and label, nothing else in frame.</source>
        <translation>El producto de la foto sobre una mesa de estudio limpia, un giro lento en plataforma giratoria y un suave acercamiento, luz de estudio suave con un brillo cálido, fondo continuo; conservar exactamente la forma, los colores y la etiqueta del producto, nada más en el encuadre.</translation>
    </message>
</context>
<context>
    <name>BudgetGuard</name>
    <message>
        <location filename="../app/service/BudgetGuard.cpp" line="+61"/>
        <source>daily budget</source>
        <translation>presupuesto diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly budget</source>
        <translation>presupuesto mensual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily budget for %1</source>
        <translation>presupuesto diario de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly budget for %1</source>
        <translation>presupuesto mensual de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This batch would cost %1 in all</source>
        <translation>Este lote costaría %1 en total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shots still to make would cost %1</source>
        <translation>Los planos que faltan por hacer costarían %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This job would cost %1</source>
        <translation>Esta tarea costaría %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, but %2 of the %3 of %4 is already spent. Raise the cap in Settings or choose a cheaper option.</source>
        <translation>%1, pero ya se han gastado %2 del %3 de %4. Aumente el límite en Configuración o elija una opción más barata.</translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <location filename="../app/store/Budgets.cpp" line="+61"/>
        <source>The spending cap could not be stored: %1</source>
        <translation>No se pudo guardar el límite de gasto: %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../app/core/Catalogue.cpp" line="+320"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>No hay ningún proveedor llamado «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not offer the model &quot;%2&quot; (it offers %3).</source>
        <translation>%1 no ofrece el modelo «%2» (ofrece %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model &quot;%1&quot; is not in the catalogue.</source>
        <translation>El modelo «%1» no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a prompt or add a photo.</source>
        <translation>Escriba un prompt o añada una foto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is %1 characters long; %2 takes at most %3.</source>
        <translation>El prompt tiene %1 caracteres; %2 admite como máximo %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no tier &quot;%2&quot; (choose %3).</source>
        <translation>%1 no tiene el nivel «%2» (elija %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 makes clips of %2 seconds, not %3.</source>
        <translation>%1 crea clips de %2 segundos, no de %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 makes %2 clips, not %3.</source>
        <translation>%1 crea clips de %2, no de %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 makes %2 clips only at some durations; %3 seconds is not one of them.</source>
        <translation>%1 crea clips de %2 solo con algunas duraciones; %3 segundos no es una de ellas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot start from a photo.</source>
        <translation>%1 no puede partir de una foto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot take a last frame.</source>
        <translation>%1 no admite un último fotograma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not take a negative prompt.</source>
        <translation>%1 no admite un prompt negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue has no price for %1 at %2.</source>
        <translation>El catálogo no tiene precio para %1 en %2.</translation>
    </message>
</context>
<context>
    <name>ClipImporter</name>
    <message>
        <location filename="../app/imports/ClipImporter.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a video container Reelcraft imports</source>
        <translation>&quot;%1&quot; no es un contenedor de vídeo que Reelcraft importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video has no picture size</source>
        <translation>el vídeo no tiene tamaño de imagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no frame of it could be decoded</source>
        <translation>no se pudo decodificar ningún fotograma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>not a playable video (%1)</source>
        <translation>no es un vídeo reproducible (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already in the gallery as clip %1 (the same content); skipped</source>
        <translation>ya está en la galería como clip %1 (mismo contenido); se omitió</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>could not copy it into %1 (is the disk full?)</source>
        <translation>no se pudo copiar en %1 (¿está lleno el disco?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported from %1</source>
        <translation>importado de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the history database could not record it</source>
        <translation>la base de datos del historial no pudo registrarlo</translation>
    </message>
</context>
<context>
    <name>ClipLabel</name>
    <message>
        <location filename="../app/storyboard/ClipLabel.cpp" line="+43"/>
        <source>drawing the label needs fonts, which this process has not loaded</source>
        <translation>dibujar la etiqueta requiere fuentes que este proceso no ha cargado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the clip&apos;s size %1x%2 cannot be re-encoded (it must be even)</source>
        <translation>el tamaño del clip, %1x%2, no se puede recodificar (debe ser par)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the clip&apos;s sound cannot be read: %1</source>
        <translation>no se puede leer el audio del clip: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the clip has no pictures to label</source>
        <translation>el clip no tiene imágenes que etiquetar</translation>
    </message>
</context>
<context>
    <name>HttpFailure</name>
    <message>
        <location filename="../app/providers/remote/HttpFailure.cpp" line="+31"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 (not an API answer: is the base URL right?)</source>
        <translation>HTTP %1 (no es una respuesta de la API: ¿es correcta la URL base?)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 has been retired by %2; choose another model.</source>
        <translation>%2 ha retirado %1; elige otro modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 answered %3: %4)</source>
        <translation>%1 (%2 respondió %3: %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reelcraft uses plain http only for this computer and the local network; use an https address for %1 (%2).</source>
        <translation>Reelcraft solo usa http sin cifrar para este equipo y la red local; use una dirección https para %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download from %1 could not be written to disk.</source>
        <translation>No se pudo escribir en el disco la descarga de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>Falló la conexión segura con %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an answer too large to read.</source>
        <translation>%1 envió una respuesta demasiado grande para leerla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to %1 failed after the request was sent (%2). The job may have been created and may be billed: check the provider&apos;s dashboard before trying again.</source>
        <translation>La conexión con %1 falló después de enviar la solicitud (%2). Puede que la tarea se haya creado y se facture: revise el panel del proveedor antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1 (%2).</source>
        <translation>No se pudo contactar con %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 failed (%2).</source>
        <translation>Falló la conexión con %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 rechazó el prompt o la foto según su política de contenido: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the API key (401: %2). Check the key for this provider.</source>
        <translation>%1 rechazó la clave de API (401: %2). Revise la clave de este proveedor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused access (403: %2). The key may lack permission for this model.</source>
        <translation>%1 denegó el acceso (403: %2). Puede que la clave no tenga permiso para este modelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 says the rate limit or quota is used up (%2). Try again later or check the plan.</source>
        <translation>%1 indica que el límite de frecuencia o la cuota se ha agotado (%2). Inténtelo más tarde o revise el plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 rechazó la solicitud: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered with an error: %2</source>
        <translation>%1 respondió con un error: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not know this address (404: %2). Check the base URL.</source>
        <translation>%1 no conoce esta dirección (404: %2). Revise la URL base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected the request (HTTP %2) to %3. Reelcraft does not send your prompt, photo or key on to another address: check the base URL.</source>
        <translation>%1 redirigió la solicitud (HTTP %2) a %3. Reelcraft no reenvía su prompt, foto ni clave a otra dirección: compruebe la URL base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another address</source>
        <translation>otra dirección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s gateway failed while creating the job (%2). The job may have been created and may be billed: check the provider&apos;s dashboard before trying again.</source>
        <translation>La pasarela de %1 falló al crear la tarea (%2). Puede que la tarea se haya creado y se facture: revise el panel del proveedor antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had an internal error (%2).</source>
        <translation>%1 tuvo un error interno (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered unexpectedly: %2</source>
        <translation>%1 respondió de forma inesperada: %2</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <location filename="../app/core/JobState.cpp" line="+59"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating</source>
        <translation>Generando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Invalid input</source>
        <translation>Entrada no válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key rejected</source>
        <translation>Clave rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit or quota</source>
        <translation>Límite de frecuencia o cuota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by moderation</source>
        <translation>Rechazada por moderación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the file</source>
        <translation>No se pudo escribir el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <location filename="../app/net/KeychainKeyStore.cpp" line="+81"/>
        <location line="+21"/>
        <source>The system keychain did not answer.</source>
        <translation>El llavero del sistema no respondió.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The system keychain refused to store the key (%1). Without a keychain, put the key in the provider&apos;s environment variable instead.</source>
        <translation>El llavero del sistema se negó a guardar la clave (%1). Sin llavero, ponga la clave en la variable de entorno del proveedor.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The system keychain refused to remove the key: %1</source>
        <translation>El llavero del sistema se negó a eliminar la clave: %1</translation>
    </message>
</context>
<context>
    <name>LessonAssembler</name>
    <message>
        <location filename="../app/storyboard/LessonAssembler.cpp" line="+112"/>
        <source>AI-generated</source>
        <translation>Generado por IA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every shot needs its clip before the lesson can be joined</source>
        <translation>cada plano necesita su clip antes de poder unir la lección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its clip %1 is missing</source>
        <translation>falta su clip %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the music %1 cannot be read (%2)</source>
        <translation>no se puede leer la música %1 (%2)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../app/storyboard/LessonFrames.cpp" line="+74"/>
        <source>frame %1 belongs to no part</source>
        <translation>el fotograma %1 no pertenece a ninguna parte</translation>
    </message>
    <message>
        <location filename="../app/storyboard/LessonAssembler.cpp" line="+36"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>MadeShots</name>
    <message>
        <location filename="../app/storyboard/MadeShots.cpp" line="+23"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ModelRetirement</name>
    <message>
        <location filename="../app/core/ModelRetirement.cpp" line="+33"/>
        <source>%1 was shut down on %2 on %3; choose another model.</source>
        <translation>%1 dejó de funcionar en %2 el %3; elige otro modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was shut down on %2 on %3; use %4 instead.</source>
        <translation>%1 dejó de funcionar en %2 el %3; usa %4 en su lugar.</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../app/storyboard/Narration.cpp" line="+54"/>
        <source>the recording %1 cannot be read (%2)</source>
        <translation>la grabación %1 no se puede leer (%2)</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <location filename="../app/desktop/OpenRequest.cpp" line="+60"/>
        <source>%1: Reelcraft opens files on this computer only.</source>
        <translation>%1: Reelcraft solo abre archivos de este equipo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no such file.</source>
        <translation>%1: no existe el archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; open MP4 videos or PNG, JPEG or WebP images.</source>
        <translation>%1 es una carpeta; abra vídeos MP4 o imágenes PNG, JPEG o WebP.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be read as an image (%2).</source>
        <translation>%1 no se puede leer como imagen (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged or incomplete</source>
        <translation>dañada o incompleta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2; Reelcraft opens MP4 videos and PNG, JPEG or WebP images.</source>
        <translation>%1 es %2; Reelcraft abre vídeos MP4 e imágenes PNG, JPEG o WebP.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is already in the gallery as clip %2; it was not imported again.</source>
        <translation>%1 ya está en la galería como clip %2; no se ha vuelto a importar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be imported: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not used: a clip starts from one photo, and %2 came first.</source>
        <translation>%1 no se usó: un clip parte de una sola foto y %2 llegó antes.</translation>
    </message>
</context>
<context>
    <name>ProvenanceService</name>
    <message>
        <location filename="../app/provenance/ProvenanceService.cpp" line="+139"/>
        <source>The clip of job %1</source>
        <translation>El clip del trabajo %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>no visible label: %1</source>
        <translation>sin etiqueta visible: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no visible label: the program was closing</source>
        <translation>sin etiqueta visible: el programa se estaba cerrando</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no visible label: the labelled clip could not replace the original</source>
        <translation>sin etiqueta visible: el clip etiquetado no pudo reemplazar al original</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no content credentials: %1</source>
        <translation>sin credenciales de contenido: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>content credentials written (the provider&apos;s kept as the parent)</source>
        <translation>credenciales de contenido escritas (las del proveedor se conservan como origen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content credentials written</source>
        <translation>credenciales de contenido escritas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a visible “%1” label added</source>
        <translation>se añadió una etiqueta visible “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time-stamped by %1</source>
        <translation>con sello de tiempo de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed without a time-stamp: %1</source>
        <translation>firmado sin sello de tiempo: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+8"/>
        <source>the program was closing</source>
        <translation>el programa se estaba cerrando</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Shot %1</source>
        <translation>Plano %1</translation>
    </message>
</context>
<context>
    <name>ProviderModels</name>
    <message>
        <location filename="../app/bootstrap/ProviderModels.cpp" line="+43"/>
        <source>%1 providers do not list their models with what each can do.</source>
        <translation>Los proveedores %1 no indican qué puede hacer cada uno de sus modelos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the service lists no video models</source>
        <translation>el servicio no ofrece modelos de vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the listed models can be used (%1)</source>
        <translation>no se puede usar ninguno de los modelos ofrecidos (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 no respondió en %n segundo.</numerusform>
            <numerusform>%1 no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not list the model &quot;%2&quot; (it lists %3).</source>
        <translation>%1 no ofrece el modelo «%2» (ofrece %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lists no video model that can be used.</source>
        <translation>%1 no ofrece ningún modelo de vídeo que se pueda usar.</translation>
    </message>
</context>
<context>
    <name>ProviderProfiles</name>
    <message>
        <location filename="../app/bootstrap/ProviderProfiles.cpp" line="+56"/>
        <source>A profile being tried stores no key.</source>
        <translation>Un perfil en prueba no guarda ninguna clave.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot run a job now.</source>
        <translation>El servidor no puede ejecutar un trabajo ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server of the pool can run a job now.</source>
        <translation>Ningún servidor del grupo puede ejecutar un trabajo ahora.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fal.ai</source>
        <translation>fal.ai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ComfyUI (your own GPUs)</source>
        <translation>ComfyUI (tus propias GPU)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI-compatible Videos API</source>
        <translation>API de vídeos compatible con OpenAI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in engine</source>
        <translation>Motor integrado</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the kind of service.</source>
        <translation>Elige el tipo de servicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the provider a name.</source>
        <translation>Ponle un nombre al proveedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 40).</source>
        <translation>&quot;%1&quot; no es un nombre válido: usa letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (hasta 40).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A provider named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ya existe un proveedor llamado &quot;%1&quot;; elige otro nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation>&quot;%1&quot; es un proveedor integrado; elige otro nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give one address: only ComfyUI takes a pool of servers.</source>
        <translation>Indica una sola dirección: solo ComfyUI admite un grupo de servidores.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an address like %2.</source>
        <translation>&quot;%1&quot; no es una dirección como %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the API key (or set %1 in the environment).</source>
        <translation>Introduce la clave de API (o define %1 en el entorno).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalogue has no fal provider to take the endpoints from.</source>
        <translation>El catálogo no tiene ningún proveedor fal del que tomar los endpoints.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not one of the fal endpoints Reelcraft knows how to fill in: %2</source>
        <translation>%1 no es uno de los endpoints de fal que Reelcraft sabe completar: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+59"/>
        <source>left out %1</source>
        <translation>se omitió %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>&quot;%1&quot; está integrado y no se puede eliminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil de proveedor llamado &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/engine/Engine.cpp" line="+38"/>
        <source>Write a prompt or choose a photo to animate.</source>
        <translation>Escriba un prompt o elija una foto para animar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size %1x%2 is outside %3..%4 pixels a side.</source>
        <translation>El tamaño %1x%2 está fuera del rango de %3..%4 píxeles por lado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size %1x%2 must have even sides (H.264 4:2:0).</source>
        <translation>El tamaño %1x%2 debe tener lados pares (H.264 4:2:0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be 1 to %1 seconds.</source>
        <translation>La duración debe ser de 1 a %1 segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frame rate must be 1 to 60 frames a second.</source>
        <translation>La velocidad de fotogramas debe ser de 1 a 60 fotogramas por segundo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No output file was given.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+67"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move the clip to %1.</source>
        <translation>No se puede mover el clip a %1.</translation>
    </message>
    <message>
        <location filename="../app/media/ImageFit.cpp" line="+53"/>
        <source>The photo %1 does not exist.</source>
        <translation>La foto %1 no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 cannot be read.</source>
        <translation>No se puede leer la foto %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 is empty.</source>
        <translation>La foto %1 está vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an image this program can read.</source>
        <translation>%1 no es una imagen que este programa pueda leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo %1 is damaged: it has no readable size.</source>
        <translation>La foto %1 está dañada: no tiene un tamaño legible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo %1 is %2x%3 pixels; the largest side accepted is %4 pixels.</source>
        <translation>La foto %1 mide %2x%3 píxeles; el lado más largo admitido es de %4 píxeles.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The photo %1 is damaged: %2</source>
        <translation>La foto %1 está dañada: %2</translation>
    </message>
</context>
<context>
    <name>RemoteJobProvider</name>
    <message>
        <location filename="../app/providers/remote/ResultFiles.cpp" line="+33"/>
        <source>The video from %1 could not be read: %2.</source>
        <translation>El vídeo de %1 no se pudo leer: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not decode</source>
        <translation>no se puede descodificar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file from %1 is not a playable video: %2.</source>
        <translation>El archivo de %1 no es un vídeo reproducible: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The video could not be moved into place at %1.</source>
        <translation>No se pudo colocar el vídeo en %1.</translation>
    </message>
    <message>
        <location filename="../app/providers/remote/InlineVideo.cpp" line="+35"/>
        <source>an unexpected escape in the video text</source>
        <translation>un escape inesperado en el texto del vídeo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a broken escape in the video text</source>
        <translation>un escape roto en el texto del vídeo</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>a character that is not base64 in the video text</source>
        <translation>un carácter que no es base64 en el texto del vídeo</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the video text ends inside an escape</source>
        <translation>el texto del vídeo termina dentro de un escape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video text has a stray character at its end</source>
        <translation>el texto del vídeo tiene un carácter sobrante al final</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the video text is not valid base64</source>
        <translation>el texto del vídeo no es base64 válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>the video could not be written: %1</source>
        <translation>no se pudo escribir el vídeo: %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>the video could not be written to %1: %2</source>
        <translation>no se pudo escribir el vídeo en %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the answer holding the video cannot be read: %1</source>
        <translation>no se puede leer la respuesta que contiene el vídeo: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer holding the video ended early</source>
        <translation>la respuesta que contiene el vídeo terminó antes de tiempo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the video is empty</source>
        <translation>el vídeo está vacío</translation>
    </message>
</context>
<context>
    <name>RemoteMedia</name>
    <message>
        <location filename="../app/providers/remote/RemoteMedia.cpp" line="+27"/>
        <source>The fitted photo could not be written.</source>
        <translation>No se pudo escribir la foto ajustada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The photo %1 does not exist.</source>
        <translation>La foto %1 no existe.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The fitted photo could not be saved in %1.</source>
        <translation>No se pudo guardar la foto ajustada en %1.</translation>
    </message>
</context>
<context>
    <name>ShotFrames</name>
    <message>
        <location filename="../app/storyboard/ShotFrames.cpp" line="+14"/>
        <source>%1 has no picture to show</source>
        <translation>%1 no tiene ninguna imagen que mostrar</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../app/storyboard/Speech.cpp" line="+34"/>
        <source>the speech synthesizer (espeak-ng) could not start; is espeak-ng-data installed?</source>
        <translation>el sintetizador de voz (espeak-ng) no pudo iniciarse; ¿está instalado espeak-ng-data?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>there is no voice for the language &quot;%1&quot;</source>
        <translation>no hay ninguna voz para el idioma &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the speech synthesizer refused the text</source>
        <translation>el sintetizador de voz rechazó el texto</translation>
    </message>
</context>
<context>
    <name>Storyboard</name>
    <message>
        <location filename="../app/storyboard/ShotRequest.cpp" line="+77"/>
        <source>there is no provider named &quot;%1&quot;</source>
        <translation>no hay ningún proveedor llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not offer the model &quot;%2&quot;</source>
        <translation>%1 no ofrece el modelo &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+154"/>
        <source>shot %1</source>
        <translation>plano %1</translation>
    </message>
</context>
<context>
    <name>Subtitles</name>
    <message>
        <location filename="../app/storyboard/Subtitles.cpp" line="+53"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../app/net/UrlPolicy.cpp" line="+39"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>«%1» no es una dirección web válida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only http and https addresses can be used, not &quot;%1&quot;.</source>
        <translation>Solo se pueden usar direcciones http y https, no «%1».</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <location filename="../app/providers/comfyui/ComfyProtocol.cpp" line="+105"/>
        <source>%1 does not have the node &quot;%2&quot;: install the custom node that provides it (ComfyUI Manager can), then restart the server.</source>
        <translation>%1 no tiene el nodo «%2»: instala el nodo personalizado que lo proporciona (ComfyUI Manager puede hacerlo) y reinicia el servidor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not have the model file &quot;%2&quot; (%3 looks for it in %4): download it there, then try again.</source>
        <translation>%1 no tiene el archivo de modelo «%2» (%3 lo busca en %4): descárgalo ahí y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not find the uploaded photo: %2</source>
        <translation>%1 no encontró la foto subida: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the workflow: %2 (node %3, %4).</source>
        <translation>%1 rechazó el flujo de trabajo: %2 (nodo %3, %4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refused the workflow: %2</source>
        <translation>%1 rechazó el flujo de trabajo: %2</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>%1 lacks the node(s) %2 (install the custom nodes that provide them)</source>
        <translation>A %1 le faltan los nodos %2 (instala los nodos personalizados que los proporcionan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lacks the model file %2 (put it in %3)</source>
        <translation>A %1 le falta el archivo de modelo %2 (ponlo en %3)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 ran out of GPU memory%2: choose a smaller size or a shorter clip, or close other work on that GPU.</source>
        <translation>%1 se quedó sin memoria de GPU%2: elige un tamaño menor o un clip más corto, o cierra otros trabajos en esa GPU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed while running the workflow: %2</source>
        <translation>%1 falló al ejecutar el flujo de trabajo: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed in %2: %3</source>
        <translation>%1 falló en %2: %3</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyServers.cpp" line="+96"/>
        <source>The workflow %1 cannot be read: %2</source>
        <translation>No se puede leer el flujo de trabajo %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no ComfyUI workflow for the model &quot;%1&quot;.</source>
        <translation>No hay ningún flujo de trabajo de ComfyUI para el modelo «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workflow for %1 takes no photo.</source>
        <translation>El flujo de trabajo de %1 no admite foto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workflow for %1 needs a photo.</source>
        <translation>El flujo de trabajo de %1 necesita una foto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workflow for %1 has no LoadImage node or {{image}} placeholder for the photo.</source>
        <translation>El flujo de trabajo de %1 no tiene ningún nodo LoadImage ni marcador {{image}} para la foto.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 does not answer (%2)</source>
        <translation>%1 no responde (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the key (HTTP %2)</source>
        <translation>%1 rechazó la clave (HTTP %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not answer like ComfyUI (HTTP %2)</source>
        <translation>%1 no responde como ComfyUI (HTTP %2)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No ComfyUI server is configured.</source>
        <translation>No hay ningún servidor ComfyUI configurado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ComfyUI server answered: %1.</source>
        <translation>Ningún servidor ComfyUI respondió: %1.</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyWorkflow.cpp" line="+95"/>
        <source>The workflow is not JSON (%1 at byte %2).</source>
        <translation>El flujo de trabajo no es JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is ComfyUI&apos;s editor format; save the workflow with &quot;Export (API)&quot; instead.</source>
        <translation>Este es el formato del editor de ComfyUI; guarda el flujo de trabajo con &quot;Export (API)&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workflow has no nodes.</source>
        <translation>El flujo de trabajo no tiene nodos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node %1 of the workflow has no class_type or inputs: is it an API-format graph?</source>
        <translation>El nodo %1 del flujo de trabajo no tiene class_type ni inputs: ¿es un grafo en formato API?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workflow saves no video (no SaveVideo, VHS_VideoCombine or SaveAnimatedWEBP node).</source>
        <translation>El flujo de trabajo no guarda ningún vídeo (no hay nodo SaveVideo, VHS_VideoCombine ni SaveAnimatedWEBP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workflow has no place for the prompt: put &quot;{{prompt}}&quot; in the positive text.</source>
        <translation>El flujo de trabajo no tiene sitio para el prompt: pon &quot;{{prompt}}&quot; en el texto positivo.</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfySurveySummary.cpp" line="+17"/>
        <source>%1: down: %2</source>
        <translation>%1: no disponible: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown device</source>
        <translation>dispositivo desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 job queued</source>
        <translation>1 trabajo en cola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs queued</source>
        <translation>%1 trabajos en cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ComfyUI %2, %3, %4 GiB of %5 GiB VRAM free, %6</source>
        <translation>%1: ComfyUI %2, %3, %4 GiB de %5 GiB de VRAM libres, %6</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (photo)</source>
        <translation>%1 (foto)</translation>
    </message>
</context>
<context>
    <name>provider</name>
    <message>
        <location filename="../app/cli/CommandProvider.cpp" line="+54"/>
        <source>%1 is not a remote provider.</source>
        <translation>%1 no es un proveedor remoto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 did not answer within two minutes.</source>
        <translation>%1 no respondió en dos minutos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="+62"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--price-per-second does not apply to fal: each endpoint&apos;s price is in the catalogue, since fal reports no cost.</source>
        <translation>--price-per-second no se aplica a fal: el precio de cada endpoint está en el catálogo, ya que fal no informa del coste.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Added %1 (%2) at %3 with %n endpoint(s):</source>
        <translation>
            <numerusform>Se añadió %1 (%2) en %3 con %n endpoint:</numerusform>
            <numerusform>Se añadió %1 (%2) en %3 con %n endpoints:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2. Check it with: reelcraft provider test %1</source>
        <translation>Clave: el llavero (reelcraft provider set-key %1), o si no $%2. Compruébala con: reelcraft provider test %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>«%1» no es un nombre válido: use minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--type must be videos-api, gemini, comfyui, openrouter or fal.</source>
        <translation>--type debe ser videos-api, gemini, comfyui, openrouter o fal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation>«%1» es un proveedor integrado; elija otro nombre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--base-url is needed for a videos-api server (e.g. http://127.0.0.1:30000/v1).</source>
        <translation>--base-url es necesario para un servidor videos-api (p. ej., http://127.0.0.1:30000/v1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option espera KEY=VALUE, no «%1».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--price-per-second takes dollars, like 0.1 or 0.</source>
        <translation>--price-per-second espera dólares, como 0.1 o 0.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No --model given, and the server&apos;s model list could not be read: %1</source>
        <translation>No se indicó --model y no se pudo leer la lista de modelos del servidor: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>note: %1 is priced at $0 per second; set --price-per-second if the server bills.</source>
        <translation>nota: %1 tiene un precio de 0 $ por segundo; indique --price-per-second si el servidor cobra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 (%2) at %3 with %4.</source>
        <translation>Se añadió %1 (%2) en %3 con %4.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>videos-api, gemini, comfyui, openrouter or fal.</source>
        <translation>videos-api, gemini, comfyui, openrouter o fal.</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+119"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2.</source>
        <translation>Clave: el llavero (reelcraft provider set-key %1) o, si no, $%2.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>--price-per-second does not apply to %1: the service&apos;s list gives each model&apos;s price, and the charge is what it bills.</source>
        <translation>--price-per-second no se aplica a %1: la lista del servicio da el precio de cada modelo y el cargo es lo que factura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model list at %1 could not be read: %2</source>
        <translation>No se pudo leer la lista de modelos en %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Added %1 (%2) at %3 with %n model(s):</source>
        <translation>
            <numerusform>Se añadió %1 (%2) en %3 con %n modelo:</numerusform>
            <numerusform>Se añadió %1 (%2) en %3 con %n modelos:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note: left out %1</source>
        <translation>nota: se omitió %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  (built in)</source>
        <translation>  (integrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (shut down %1)</source>
        <translation>  (cerrado el %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no remote provider named &quot;%1&quot;.</source>
        <translation>No hay ningún proveedor remoto llamado «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="-19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 answers at %2 and serves %n model(s):</source>
        <translation>
            <numerusform>%1 responde en %2 y ofrece %n modelo:</numerusform>
            <numerusform>%1 responde en %2 y ofrece %n modelos:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (in this profile)</source>
        <translation>  (en este perfil)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: the profile&apos;s model %1 is not on the server&apos;s list.</source>
        <translation>aviso: el modelo %1 del perfil no figura en la lista del servidor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>«%1» es integrado y no se puede eliminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil de proveedor llamado «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>No hay ningún proveedor llamado «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the key on standard input.</source>
        <translation>Introduzca la clave por la entrada estándar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored the key %1 for %2 in the keychain.</source>
        <translation>Se guardó la clave %1 de %2 en el llavero.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add, list, test, remove or set-key</source>
        <translation>add, list, test, remove o set-key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profile&apos;s name</source>
        <translation>el nombre del perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API&apos;s base URL, e.g. http://127.0.0.1:30000/v1.</source>
        <translation>La URL base de la API, p. ej., http://127.0.0.1:30000/v1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An environment variable that may hold the key.</source>
        <translation>Una variable de entorno que puede contener la clave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model id the server serves (repeatable; default: the server&apos;s list).</source>
        <translation>Un identificador de modelo que ofrece el servidor (repetible; por defecto: la lista del servidor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the server bills per second of video, in dollars.</source>
        <translation>Lo que cobra el servidor por segundo de vídeo, en dólares.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A provider option, e.g. pollMinMs=500 (repeatable).</source>
        <translation>Una opción del proveedor, p. ej., pollMinMs=500 (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comfyui: your own API-format workflow (repeatable; {{prompt}}, {{seed}}, {{width}}, {{height}}, {{length}}, {{image}} mark where values go).</source>
        <translation>comfyui: tu propio flujo de trabajo en formato API (repetible; {{prompt}}, {{seed}}, {{width}}, {{height}}, {{length}}, {{image}} marcan dónde van los valores).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comfyui: what a rented GPU costs per second, in dollars.</source>
        <translation>comfyui: lo que cuesta por segundo una GPU alquilada, en dólares.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: print JSON.</source>
        <translation>list: imprimir JSON.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: reelcraft %1</source>
        <translation>Uso: reelcraft %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown action &quot;%1&quot;: use add, list, test, remove or set-key.</source>
        <translation>Acción desconocida «%1»: use add, list, test, remove o set-key.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="-6"/>
        <source>Cannot read the workflow %1: %2</source>
        <translation>No se puede leer el flujo de trabajo %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot keep a copy of the workflow in %1: %2</source>
        <translation>No se puede guardar una copia del flujo de trabajo en %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--base-url is needed for a ComfyUI server (e.g. http://127.0.0.1:8188); repeat it for each server of a pool.</source>
        <translation>--base-url es necesario para un servidor ComfyUI (p. ej., http://127.0.0.1:8188); repítelo para cada servidor de un grupo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a server address like http://127.0.0.1:8188.</source>
        <translation>«%1» no es una dirección de servidor como http://127.0.0.1:8188.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--price-per-gpu-second takes dollars, like 0.0004.</source>
        <translation>--price-per-gpu-second se indica en dólares, p. ej., 0.0004.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a shipped ComfyUI template (%2); add your own with --workflow FILE.json.</source>
        <translation>«%1» no es una plantilla de ComfyUI incluida (%2); añade la tuya con --workflow FILE.json.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added %1 (ComfyUI) with %3 server: %2</source>
        <translation>Se añadió %1 (ComfyUI) con %3 servidor: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 (ComfyUI) with %3 servers: %2</source>
        <translation>Se añadió %1 (ComfyUI) con %3 servidores: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models: %1. Check the servers with: reelcraft provider test %2</source>
        <translation>Modelos: %1. Comprueba los servidores con: reelcraft provider test %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The servers of %1 did not answer within three minutes.</source>
        <translation>Los servidores de %1 no respondieron en tres minutos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: ready</source>
        <translation>%1: listo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: not ready: %2</source>
        <translation>%1: no listo: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(its node list could not be read, so nodes and model files were not checked)</source>
        <translation>(no se pudo leer su lista de nodos, así que no se comprobaron los nodos ni los archivos de modelo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server of %1 can run a job now.</source>
        <translation>Ningún servidor de %1 puede ejecutar un trabajo ahora.</translation>
    </message>
</context>
<context>
    <name>rc::BuiltinProvider</name>
    <message>
        <location filename="../app/providers/builtin/BuiltinProvider.cpp" line="+192"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The built-in engine crashed while making this clip. The studio is fine; try again, or try another seed.</source>
        <translation>El motor integrado falló al crear este clip. El estudio está bien; inténtelo de nuevo o pruebe con otra semilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in engine stopped with code %1 without finishing the clip.</source>
        <translation>El motor integrado se detuvo con el código %1 sin terminar el clip.</translation>
    </message>
</context>
<context>
    <name>rc::ClipExporter</name>
    <message>
        <location filename="../app/service/ClipExporter.cpp" line="+52"/>
        <source>clip %1</source>
        <translation>clip %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No clip is selected.</source>
        <translation>No hay ningún clip seleccionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 could not be made.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reelcraft cannot write in %1: %2</source>
        <translation>Reelcraft no puede escribir en %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Clip %1: %2</source>
        <translation>Clip %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a finished clip</source>
        <translation>no es un clip terminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its video file is missing (%1)</source>
        <translation>falta su archivo de vídeo (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it could not be copied to %1 (is the disk full?)</source>
        <translation>no se pudo copiar a %1 (¿está lleno el disco?)</translation>
    </message>
</context>
<context>
    <name>rc::ClipLibrary</name>
    <message>
        <location filename="../app/service/ClipLibrary.cpp" line="+92"/>
        <source>There is no clip %1.</source>
        <translation>No existe el clip %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the job before deleting it.</source>
        <translation>Cancele la tarea antes de eliminarla.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 could not be moved to the trash.</source>
        <translation>No se pudo mover el archivo %1 a la papelera.</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+16"/>
        <location line="+38"/>
        <location line="+30"/>
        <location line="+127"/>
        <source>The history could not be updated: %1</source>
        <translation>No se pudo actualizar el historial: %1</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+52"/>
        <location line="+65"/>
        <source>This deletion can no longer be undone.</source>
        <translation>Esta eliminación ya no se puede deshacer.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The file %1 could not be restored.</source>
        <translation>No se pudo restaurar el archivo %1.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+32"/>
        <source>Clip %1: %2</source>
        <translation>Clip %1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A tag needs some text.</source>
        <translation>La etiqueta necesita algo de texto.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The history database could not store the project: %1</source>
        <translation>La base de datos del historial no pudo guardar el proyecto: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history database could not rename the project: %1</source>
        <translation>La base de datos del historial no pudo renombrar el proyecto: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The history database could not remove the project: %1</source>
        <translation>La base de datos del historial no pudo quitar el proyecto: %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+25"/>
        <source>A project needs a name.</source>
        <translation>El proyecto necesita un nombre.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The clips could not be added to &quot;%1&quot;.</source>
        <translation>No se pudieron añadir los clips a &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is already a project named &quot;%1&quot;.</source>
        <translation>Ya existe un proyecto llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>There is no project named &quot;%1&quot;.</source>
        <translation>No existe ningún proyecto llamado &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>rc::FalProvider</name>
    <message>
        <location filename="../app/providers/fal/FalProvider.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a fal endpoint id (owner/app/...).</source>
        <translation>&quot;%1&quot; no es un id de endpoint de fal (owner/app/...).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fal endpoint %1 makes video from text only: remove the photo or pick an image-to-video endpoint.</source>
        <translation>El endpoint de fal %1 genera vídeo solo a partir de texto: quita la foto o elige un endpoint de imagen a vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fal endpoint %1 makes video from a photo: add one.</source>
        <translation>El endpoint de fal %1 genera vídeo a partir de una foto: añade una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no last frame.</source>
        <translation>El endpoint de fal %1 no admite último fotograma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 does not offer the size %2.</source>
        <translation>El endpoint de fal %1 no ofrece el tamaño %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The photo cannot be used: %1</source>
        <translation>No se puede usar la foto: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last frame cannot be used: %1</source>
        <translation>No se puede usar el último fotograma: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 accepted the request but sent no request id, so Reelcraft cannot follow it. The job may exist and be billed: check fal&apos;s dashboard.</source>
        <translation>%1 aceptó la solicitud pero no envió ningún id de solicitud, así que Reelcraft no puede seguirla. Puede que el trabajo exista y se facture: revisa el panel de fal.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 no longer knows this request; nothing can be fetched.</source>
        <translation>%1 ya no reconoce esta solicitud; no se puede obtener nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in queue, position %1</source>
        <translation>en cola, posición %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in queue</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The job&apos;s fal request id (%1) cannot be read.</source>
        <translation>No se puede leer el id de solicitud de fal del trabajo (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 respondió a una consulta de estado con algo ilegible.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 finished the job but its result names no video.</source>
        <translation>%1 terminó el trabajo, pero su resultado no indica ningún vídeo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 rechazó el prompt o la foto según su política de contenido: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the %2 for %3: %4</source>
        <translation>%1 rechazó el valor de «%2» para %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the input field &quot;%2&quot; for %3: %4</source>
        <translation>%1 rechazó el campo de entrada &quot;%2&quot; para %3: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the request for %2: %3</source>
        <translation>%1 rechazó la solicitud para %2: %3</translation>
    </message>
</context>
<context>
    <name>rc::GeminiProvider</name>
    <message>
        <location filename="../app/providers/gemini/GeminiProvider.cpp" line="+83"/>
        <source>The photo cannot be used: %1</source>
        <translation>No se puede usar la foto: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 respondió a una consulta de estado con algo ilegible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Google no longer serves %1 on the Gemini API.</source>
        <translation>Google ya no ofrece %1 en la API de Gemini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google shut %1 down on the Gemini API on %2.</source>
        <translation>Google retiró %1 de la API de Gemini el %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use %1 instead.</source>
        <translation>Use %1 en su lugar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An edit changes the earlier clip; it takes no new photo.</source>
        <translation>Una edición modifica el clip anterior; no admite una foto nueva.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 accepted the request but sent no interaction id, so Reelcraft cannot follow it. The clip may still be made and billed.</source>
        <translation>%1 aceptó la solicitud pero no envió ningún id de interacción, así que Reelcraft no puede seguirla. Es posible que el clip se genere y se cobre igualmente.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 no longer knows this clip&apos;s interaction; nothing can be fetched.</source>
        <translation>%1 ya no reconoce la interacción de este clip; no se puede descargar nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clip was cancelled on %1.</source>
        <translation>El clip se canceló en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stopped the clip: the key&apos;s budget is used up.</source>
        <translation>%1 detuvo el clip: el presupuesto de la clave se ha agotado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped the clip before it was done (%2): %3</source>
        <translation>%1 detuvo el clip antes de terminarlo (%2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+91"/>
        <source>%1&apos;s safety filters refused the prompt or photo: %2</source>
        <translation>Los filtros de seguridad de %1 rechazaron el prompt o la foto: %2</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 could not make the clip: %2</source>
        <translation>%1 no pudo generar el clip: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s safety filters refused the clip: %2</source>
        <translation>Los filtros de seguridad de %1 rechazaron el clip: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 finished the clip without a video.</source>
        <translation>%1 terminó el clip sin ningún vídeo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 put the video at another address (%2); Reelcraft does not send the key there.</source>
        <translation>%1 dejó el vídeo en otra dirección (%2); Reelcraft no envía la clave allí.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 could not prepare the video file.</source>
        <translation>%1 no pudo preparar el archivo de vídeo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 rejected the API key: %2</source>
        <translation>%1 rechazó la clave de API: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the key: %2</source>
        <translation>%1 rechazó la clave: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the quota or rate limit is used up: %2. Try again later or check the key&apos;s plan.</source>
        <translation>%1 indica que la cuota o el límite de frecuencia se ha agotado: %2. Inténtelo más tarde o revise el plan de la clave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP 429</source>
        <translation>HTTP 429</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the model is retired (%2). Use %3 instead.</source>
        <translation>%1 indica que el modelo está retirado (%2). Use %3 en su lugar.</translation>
    </message>
</context>
<context>
    <name>rc::GenerationService</name>
    <message>
        <location filename="../app/service/GenerationSubmit.cpp" line="+75"/>
        <source>The provider &quot;%1&quot; is not available in this build.</source>
        <translation>El proveedor «%1» no está disponible en esta compilación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs an API key: add one in Settings, or set %2.</source>
        <translation>%1 necesita una clave de API: añade una en Ajustes o define %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs an API key: add one in Settings.</source>
        <translation>%1 necesita una clave de API: añade una en Ajustes.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 cannot remix clips.</source>
        <translation>%1 no puede remezclar clips.</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationFinishing.cpp" line="+18"/>
        <source>finishing the clip…</source>
        <translation>terminando el clip…</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationSubmit.cpp" line="+2"/>
        <source>The photo %1 does not exist.</source>
        <translation>La foto %1 no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last-frame photo %1 does not exist.</source>
        <translation>La foto del último fotograma %1 no existe.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>free: %1 charges nothing</source>
        <translation>gratis: %1 no cobra nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate: %1 s of %2 at %3</source>
        <translation>estimación: %1 s de %2 con %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job could not be saved (%1); nothing was sent.</source>
        <translation>No se pudo guardar el trabajo (%1); no se envió nada.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The job could not be saved: %1. Nothing was sent.</source>
        <translation>No se pudo guardar el trabajo: %1. No se envió nada.</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+118"/>
        <source>cancelled before it started</source>
        <translation>cancelada antes de empezar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This job is still running.</source>
        <translation>Esta tarea aún está en curso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>Solo se puede reintentar una tarea fallida o cancelada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>estimate for a retry</source>
        <translation>estimación para un reintento</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This job cannot be retried.</source>
        <translation>Esta tarea no se puede reintentar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retry</source>
        <translation>reintento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The retry could not be saved (%1); nothing was sent.</source>
        <translation>No se pudo guardar el reintento (%1); no se envió nada.</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationResume.cpp" line="+32"/>
        <source>could not be written to the history database: %1</source>
        <translation>no se pudo escribir en la base de datos del historial: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>queued again</source>
        <translation>de nuevo en cola</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>picked up again on %1 (%2)</source>
        <translation>retomado en %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reelcraft stopped while this clip was being made.</source>
        <translation>Reelcraft se detuvo mientras se creaba este clip.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restarted after an interruption</source>
        <translation>reiniciada tras una interrupción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>made again from the start</source>
        <translation>generado de nuevo desde el principio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reelcraft stopped before this job&apos;s request was sent; nothing was sent or charged.</source>
        <translation>Reelcraft se detuvo antes de enviar la solicitud de este trabajo; no se envió ni se cobró nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never sent: stopped before the request left</source>
        <translation>nunca enviado: se detuvo antes de que saliera la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never reached the server; its estimate was released</source>
        <translation>nunca llegó al servidor; se liberó su estimación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reelcraft stopped while sending this job. It may have been created on the server; check your account there before retrying, so you do not pay twice.</source>
        <translation>Reelcraft se detuvo mientras enviaba esta tarea. Puede que se haya creado en el servidor; revise allí su cuenta antes de reintentar, para no pagar dos veces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>may have been created on %1 (its estimate stays held). Look for it with `reelcraft remote %1`, then `reelcraft resume --attach %2 REMOTE-ID` to finish it, or `reelcraft resume --release %2` if it is not there.</source>
        <translation>puede que se haya creado en %1 (su estimación sigue reservada). Búsquelo con `reelcraft remote %1` y luego use `reelcraft resume --attach %2 REMOTE-ID` para terminarlo, o `reelcraft resume --release %2` si no está allí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reelcraft stopped while this job ran and the provider cannot resume it.</source>
        <translation>Reelcraft se detuvo mientras se ejecutaba esta tarea y el proveedor no puede reanudarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted; the provider cannot resume it</source>
        <translation>interrumpida; el proveedor no puede reanudarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be resumed: %1 cannot pick up a job it was running</source>
        <translation>no se pudo reanudar: %1 no puede retomar un trabajo que estaba ejecutando</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+89"/>
        <source>The provider &quot;%1&quot; is not available.</source>
        <translation>El proveedor «%1» no está disponible.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The history database could not be written: %1</source>
        <translation>No se pudo escribir en la base de datos del historial: %1</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationFinishing.cpp" line="+10"/>
        <source>The provider reported success but the video file is missing.</source>
        <translation>El proveedor informó de un éxito, pero falta el archivo de vídeo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final: the provider&apos;s reported cost</source>
        <translation>final: el coste informado por el proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final: free</source>
        <translation>final: gratis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final: as estimated</source>
        <translation>final: según lo estimado</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the clip could not be finished: %1</source>
        <translation>no se pudo terminar el clip: %1</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+117"/>
        <source>paused (%1): %2</source>
        <translation>en pausa (%1): %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>retrying after: %1</source>
        <translation>reintento tras: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>fallida: %1</translation>
    </message>
</context>
<context>
    <name>rc::OpenRouterProvider</name>
    <message>
        <location filename="../app/providers/openrouter/OpenRouterProvider.cpp" line="+73"/>
        <source>The photo cannot be used: %1</source>
        <translation>No se puede usar la foto: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last frame cannot be used: %1</source>
        <translation>No se puede usar el último fotograma: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 accepted the request but sent no job id, so Reelcraft cannot follow it. The job may exist and be billed: check the provider&apos;s dashboard.</source>
        <translation>%1 aceptó la solicitud pero no envió ningún id de trabajo, así que Reelcraft no puede seguirlo. Puede que el trabajo exista y se cobre: revisa el panel del proveedor.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 respondió a una consulta de estado con algo ilegible.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 rechazó el prompt o la foto según su política de contenido: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not make the video and gave no reason.</source>
        <translation>%1 no pudo crear el vídeo y no dio ningún motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not make the video: %2</source>
        <translation>%1 no pudo crear el vídeo: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job was cancelled on %1.</source>
        <translation>El trabajo se canceló en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer holds the video (it expired before it was downloaded).</source>
        <translation>%1 ya no tiene el vídeo (caducó antes de descargarse).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported an unknown job status &quot;%2&quot;.</source>
        <translation>%1 informó de un estado de trabajo desconocido: «%2».</translation>
    </message>
</context>
<context>
    <name>rc::VideosApiProvider</name>
    <message>
        <location filename="../app/providers/videosapi/VideosApiProvider.cpp" line="+25"/>
        <source>OpenAI shut this service down on %1; choose another provider.</source>
        <translation>OpenAI cerró este servicio el %1; elija otro proveedor.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The photo cannot be used: %1</source>
        <translation>No se puede usar la foto: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 accepted the request but sent no job id, so Reelcraft cannot follow it. The job may exist and be billed: check the provider&apos;s dashboard.</source>
        <translation>%1 aceptó la solicitud pero no envió ningún identificador de tarea, así que Reelcraft no puede seguirla. Puede que la tarea exista y se facture: revise el panel del proveedor.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server lost this job (%1 no longer knows it, perhaps after a restart); nothing can be fetched.</source>
        <translation>El servidor perdió esta tarea (%1 ya no la conoce, quizá tras un reinicio); no se puede descargar nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 respondió a una consulta de estado con algo ilegible.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 rechazó el prompt o la foto según su política de contenido: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job was cancelled or deleted on %1.</source>
        <translation>La tarea se canceló o eliminó en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not make the video and gave no reason.</source>
        <translation>%1 no pudo crear el vídeo y no indicó ningún motivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not make the video: %2</source>
        <translation>%1 no pudo crear el vídeo: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 does not support %2.</source>
        <translation>%1 no admite %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not support listing jobs.</source>
        <translation>%1 no admite listar tareas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listing jobs</source>
        <translation>listar tareas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not support deleting jobs.</source>
        <translation>%1 no admite eliminar tareas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>deleting jobs</source>
        <translation>eliminar tareas</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+194"/>
        <source>%1 does not support remix.</source>
        <translation>%1 no admite remezclas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remix</source>
        <translation>remezcla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent no id for the remix.</source>
        <translation>%1 no envió ningún identificador para la remezcla.</translation>
    </message>
</context>
<context>
    <name>rc::batch</name>
    <message>
        <location filename="../app/batch/BatchPlan.cpp" line="+26"/>
        <source>the sku is empty</source>
        <translation>el sku está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sku &quot;%1&quot; cannot name a file</source>
        <translation>el sku &quot;%1&quot; no puede servir de nombre de archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sku &quot;%1&quot; has a character a file name cannot have (/ \ : * ? &quot; &lt; &gt; |)</source>
        <translation>el sku &quot;%1&quot; tiene un carácter no permitido en nombres de archivo (/ \ : * ? &quot; &lt; &gt; |)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sku &quot;%1&quot; is longer than 120 characters</source>
        <translation>el sku &quot;%1&quot; tiene más de 120 caracteres</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>No hay ningún proveedor llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not offer the model &quot;%2&quot; (it offers %3).</source>
        <translation>%1 no ofrece el modelo &quot;%2&quot; (ofrece %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no preset &quot;%1&quot; (choose %2).</source>
        <translation>No hay ningún preajuste &quot;%1&quot; (elija %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the sku &quot;%1&quot; is already used by row %2</source>
        <translation>el sku &quot;%1&quot; ya lo usa la fila %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no photo is given</source>
        <translation>no se indica ninguna foto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the photo %1 cannot be used: %2</source>
        <translation>la foto %1 no se puede usar: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>seconds &quot;%1&quot; is not a whole number of seconds</source>
        <translation>los segundos &quot;%1&quot; no son un número entero de segundos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>size &quot;%1&quot; is not WIDTHxHEIGHT such as 1280x720</source>
        <translation>el tamaño &quot;%1&quot; no tiene el formato ANCHOxALTO, como 1280x720</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no preset &quot;%1&quot; (choose %2)</source>
        <translation>no hay ningún preajuste &quot;%1&quot; (elija %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 offers no size at %2 seconds</source>
        <translation>%1 no ofrece ningún tamaño para %2 segundos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1 (%2): %3</source>
        <translation>Fila %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no sku</source>
        <translation>sin sku</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nothing to make: no products were found.</source>
        <translation>No hay nada que generar: no se encontraron productos.</translation>
    </message>
    <message>
        <location filename="../app/batch/BatchSource.cpp" line="+49"/>
        <source>The sheet %1 cannot be read.</source>
        <translation>No se puede leer la hoja %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 is larger than 16 MB; is it really a CSV product list?</source>
        <translation>La hoja %1 ocupa más de 16 MB; ¿de verdad es una lista de productos CSV?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sheet %1 is not valid CSV: %2</source>
        <translation>La hoja %1 no es un CSV válido: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 is empty.</source>
        <translation>La hoja %1 está vacía.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row 1 of %1 must name the columns; &quot;sku&quot; and &quot;photo&quot; are required (&quot;prompt&quot;, &quot;seconds&quot;, &quot;size&quot; and &quot;preset&quot; are optional).</source>
        <translation>La fila 1 de %1 debe nombrar las columnas; &quot;sku&quot; y &quot;photo&quot; son obligatorias (&quot;prompt&quot;, &quot;seconds&quot;, &quot;size&quot; y &quot;preset&quot; son opcionales).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The sheet %1 has a header but no products.</source>
        <translation>La hoja %1 tiene encabezado pero ningún producto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 cannot be read.</source>
        <translation>No se puede leer la carpeta %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 has no photos.</source>
        <translation>La carpeta %1 no contiene fotos.</translation>
    </message>
    <message>
        <location filename="../app/batch/ClipDelivery.cpp" line="+68"/>
        <source>the clip %1 has no pictures to crop</source>
        <translation>el clip %1 no tiene imágenes que recortar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write beside %1: %2</source>
        <translation>no se puede escribir junto a %1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the clip %1 cannot be read: %2</source>
        <translation>el clip %1 no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot rename %1 to %2</source>
        <translation>no se puede renombrar %1 como %2</translation>
    </message>
</context>
<context>
    <name>rc::batch::BatchRunner</name>
    <message>
        <location filename="../app/batch/BatchRunner.cpp" line="+96"/>
        <source>The output folder %1 cannot be created or written.</source>
        <translation>No se puede crear la carpeta de salida %1 ni escribir en ella.</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+18"/>
        <source>The job of an earlier run is gone from the history.</source>
        <translation>El trabajo de una ejecución anterior ya no está en el historial.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The clip was made (job %1) but could not be written to the folder: %2</source>
        <translation>El clip se generó (trabajo %1), pero no se pudo escribir en la carpeta: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancelled before it started.</source>
        <translation>Cancelado antes de empezar.</translation>
    </message>
</context>
<context>
    <name>rc::comfyui::ComfyProvider</name>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+118"/>
        <source>The job&apos;s ComfyUI id &quot;%1&quot; is not one Reelcraft wrote.</source>
        <translation>El id de ComfyUI del trabajo, «%1», no lo escribió Reelcraft.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Asking the servers which is free</source>
        <translation>Preguntando a los servidores cuál está libre</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sending the photo</source>
        <translation>Enviando la foto</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 took the photo but did not say under which name.</source>
        <translation>%1 recibió la foto pero no indicó con qué nombre.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Queueing on %1</source>
        <translation>Poniendo en cola en %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 restarted and lost the job; sending it again</source>
        <translation>%1 se reinició y perdió el trabajo; se vuelve a enviar</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyFollowing.cpp" line="+111"/>
        <source>%1 finished the job but saved no video (does the workflow end in SaveVideo?).</source>
        <translation>%1 terminó el trabajo pero no guardó ningún vídeo (¿termina el flujo de trabajo en SaveVideo?).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+109"/>
        <source>The job was stopped on %1 (interrupted there).</source>
        <translation>El trabajo se detuvo en %1 (se interrumpió allí).</translation>
    </message>
    <message numerus="yes">
        <location line="-77"/>
        <source>Waiting on %1: %n job(s) ahead</source>
        <translation>
            <numerusform>Esperando en %1: %n trabajo por delante</numerusform>
            <numerusform>Esperando en %1: %n trabajos por delante</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Running on %1</source>
        <translation>Ejecutándose en %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>its answer is not ComfyUI&apos;s</source>
        <translation>su respuesta no es la de ComfyUI</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 has not answered for %n minute(s) (%2). The job may still be running there: &quot;reelcraft resume&quot; picks it up when the server is back.</source>
        <translation>
            <numerusform>%1 no ha respondido desde hace %n minuto (%2). Puede que el trabajo siga ejecutándose allí: &quot;reelcraft resume&quot; lo retoma cuando el servidor vuelva.</numerusform>
            <numerusform>%1 no ha respondido desde hace %n minutos (%2). Puede que el trabajo siga ejecutándose allí: &quot;reelcraft resume&quot; lo retoma cuando el servidor vuelva.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not answer (%2); the job waits for it there</source>
        <translation>%1 no responde (%2); el trabajo lo espera allí</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+14"/>
        <source>%1 no longer knows this job: the server restarted and lost its queue. Nothing more will come from it; generate the clip again to submit it anew.</source>
        <translation>%1 ya no conoce este trabajo: el servidor se reinició y perdió su cola. No llegará nada más de él; vuelve a generar el clip para enviarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyFollowing.cpp" line="+19"/>
        <source>Waiting on %1</source>
        <translation>Esperando en %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Step %1 of %2 · %3</source>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 finished the job, but its video is no longer in the server&apos;s output folder.</source>
        <translation>%1 terminó el trabajo, pero su vídeo ya no está en la carpeta de salida del servidor.</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+68"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>rc::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/SingleInstance.cpp" line="+92"/>
        <source>Cannot create the lock file %1.</source>
        <translation>No se puede crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reelcraft is already running for this profile but does not answer (%1).</source>
        <translation>Reelcraft ya se está ejecutando con este perfil, pero no responde (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not pass the files to the running Reelcraft: %1</source>
        <translation>No se pudieron pasar los archivos al Reelcraft en ejecución: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Reelcraft did not confirm the files: %1</source>
        <translation>El Reelcraft en ejecución no confirmó los archivos: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The running Reelcraft did not confirm the files.</source>
        <translation>El Reelcraft en ejecución no confirmó los archivos.</translation>
    </message>
</context>
<context>
    <name>rc::fal::FalInputs</name>
    <message>
        <location filename="../app/providers/fal/FalInputs.cpp" line="+70"/>
        <source>Reelcraft does not know how to fill in the fal endpoint %1: its catalogue has no input mapping for it (options.endpoints).</source>
        <translation>Reelcraft no sabe cómo rellenar el endpoint de fal %1: su catálogo no tiene ninguna asignación de entradas para él (options.endpoints).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The fal endpoint %1 does not offer the size %2.</source>
        <translation>El endpoint de fal %1 no ofrece el tamaño %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 makes video from a photo: add one.</source>
        <translation>El endpoint de fal %1 genera vídeo a partir de una foto: añade una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no photo.</source>
        <translation>El endpoint de fal %1 no admite foto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no last frame.</source>
        <translation>El endpoint de fal %1 no admite último fotograma.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative prompt</source>
        <translation>prompt negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last frame</source>
        <translation>último fotograma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
</context>
<context>
    <name>rc::net::RemoteJobProvider</name>
    <message>
        <location filename="../app/providers/remote/RemoteJobProvider.cpp" line="+63"/>
        <source>There is no API key for %1.</source>
        <translation>No hay clave de API para %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with a web page, not an API answer: is the base URL right?</source>
        <translation>%1 respondió con una página web, no con una respuesta de la API: ¿es correcta la URL base?</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>There is no API key for %1: add one in Settings.</source>
        <translation>No hay clave de API para %1: añada una en Configuración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no API key for %1: add one in Settings, or set %2.</source>
        <translation>No hay clave de API para %1: añada una en Configuración o defina %2.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 did not finish the job within %2; Reelcraft stopped waiting (it may still finish and be billed on the server).</source>
        <translation>%1 no terminó la tarea en %2; Reelcraft dejó de esperar (puede que aún termine y se facture en el servidor).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+233"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-232"/>
        <location line="+232"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-203"/>
        <source>waiting for the server: %1 could not be reached (%2)</source>
        <translation>esperando al servidor: no se pudo contactar con %1 (%2)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>paused: disk full (the download from %1 could not be written)</source>
        <translation>en pausa: disco lleno (no se pudo escribir la descarga desde %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for the server: the download from %1 failed (%2)</source>
        <translation>esperando al servidor: falló la descarga desde %1 (%2)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>paused: disk full (%1)</source>
        <translation>en pausa: disco lleno (%1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>waiting for the server: %1 has not answered for %2</source>
        <translation>esperando al servidor: %1 lleva %2 sin responder</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>rc::storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="-52"/>
        <source>each shot must be an object</source>
        <translation>cada plano debe ser un objeto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>photo</source>
        <translation>la foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording</source>
        <translation>la grabación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a prompt or give a photo</source>
        <translation>escriba un prompt o aporte una foto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first shot has no previous shot to continue from</source>
        <translation>el primer plano no tiene un plano anterior desde el que continuar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a shot starts either from a photo or from the previous shot, not both</source>
        <translation>un plano empieza desde una foto o desde el plano anterior, no desde ambos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either narration text or a voiceover recording, not both</source>
        <translation>indique un texto de narración o una grabación de voz en off, no ambos</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::Reader</name>
    <message>
        <location line="-102"/>
        <source>unknown field &quot;%1&quot; (check its spelling)</source>
        <translation>campo desconocido &quot;%1&quot; (revise cómo está escrito)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; debe ser texto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>&quot;%1&quot; debe ser un número de %2 a %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; debe ser true o false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 %2 does not exist</source>
        <translation>no existe %1 %2</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::ShotMaker</name>
    <message>
        <location filename="../app/storyboard/ShotMaker.cpp" line="+39"/>
        <source>%1 cannot start from a picture, so it cannot continue the previous shot</source>
        <translation>%1 no puede empezar desde una imagen, así que no puede continuar el plano anterior</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>cannot take the last frame of the previous shot</source>
        <translation>no se puede tomar el último fotograma del plano anterior</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>it continues %1, which was not made</source>
        <translation>continúa %1, que no se generó</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::Storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+107"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a storyboard is a JSON object</source>
        <translation>un storyboard es un objeto JSON</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;size&quot; must be WIDTHxHEIGHT with even numbers, such as 1280x720, not &quot;%1&quot;</source>
        <translation>&quot;size&quot; debe ser ANCHOxALTO con números pares, como 1280x720, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;fps&quot; must be a whole number</source>
        <translation>&quot;fps&quot; debe ser un número entero</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;type&quot; must be &quot;cut&quot; or &quot;crossfade&quot;, not &quot;%1&quot;</source>
        <translation>&quot;type&quot; debe ser &quot;cut&quot; o &quot;crossfade&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;transition&quot; must be an object such as {&quot;type&quot;: &quot;crossfade&quot;, &quot;seconds&quot;: 0.5}</source>
        <translation>&quot;transition&quot; debe ser un objeto como {&quot;type&quot;: &quot;crossfade&quot;, &quot;seconds&quot;: 0.5}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>music file</source>
        <translation>el archivo de música</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the storyboard has no shots: &quot;shots&quot; must list at least one</source>
        <translation>el storyboard no tiene planos: &quot;shots&quot; debe incluir al menos uno</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it lasts %1 s, shorter than two crossfades of %2 s</source>
        <translation>dura %1 s, menos que dos fundidos encadenados de %2 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::AddProviderDialog</name>
    <message>
        <location filename="../ui/settings/AddProviderDialog.cpp" line="+22"/>
        <source>Add Provider</source>
        <translation>Añadir proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of service</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the service offers</source>
        <translation>Lo que ofrece el servicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the service what it offers, without saving anything</source>
        <translation>Preguntar al servicio qué ofrece, sin guardar nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Several servers (one per GPU): separate their addresses with spaces</source>
        <translation>Varios servidores (uno por GPU): separa sus direcciones con espacios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ComfyUI server needs no key unless it sits behind a proxy that asks for one. Several servers: separate their addresses with spaces.</source>
        <translation>Un servidor ComfyUI no necesita clave salvo que esté detrás de un proxy que la pida. Varios servidores: separa sus direcciones con espacios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paste the key from your %1 account</source>
        <translation>pega la clave de tu cuenta de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in the system keychain, never in a file. Left empty, %1 from the environment is used.</source>
        <translation>La clave se guarda en el llavero del sistema, nunca en un archivo. Si se deja vacía, se usa %1 del entorno.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Asking %1…</source>
        <translation>Consultando a %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It answers and offers %n model(s).</source>
        <translation>
            <numerusform>Responde y ofrece %n modelo.</numerusform>
            <numerusform>Responde y ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test failed.</source>
        <translation>La prueba ha fallado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adding %1…</source>
        <translation>Añadiendo %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added.</source>
        <translation>No se añadió nada.</translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchCoordinator</name>
    <message>
        <location filename="../ui/batch/BatchCoordinator.cpp" line="+50"/>
        <source>None of the dropped files is a photo.</source>
        <translation>Ninguno de los archivos soltados es una foto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Batch: product photos or a sheet</source>
        <translation>Nuevo lote: fotos de producto o una hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product photos or a sheet (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.csv);;All files (*)</source>
        <translation>Fotos de producto o una hoja (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Batch: a folder of product photos</source>
        <translation>Nuevo lote: una carpeta de fotos de producto</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>New Batch</source>
        <translation>Nuevo lote</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Batch %1: %2 of %3 clips in %4</source>
        <translation>Lote %1: %2 de %3 clips en %4</translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchDialog</name>
    <message>
        <location filename="../ui/batch/BatchDialog.cpp" line="+58"/>
        <location line="+215"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>New Batch: %1</source>
        <translation>Nuevo lote: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty for the product template. {sku} and {name} are filled in for each product.</source>
        <translation>Déjelo vacío para usar la plantilla de producto. {sku} y {name} se rellenan para cada producto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder:</source>
        <translation>Carpeta de salida:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Folder for the clips</source>
        <translation>Carpeta para los clips</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no sku)</source>
        <translation>(sin sku)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (made at %2, cropped)</source>
        <translation>%1 (generado a %2, recortado)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n product(s), one clip each.</source>
        <translation>
            <numerusform>%n producto, un clip.</numerusform>
            <numerusform>%n productos, un clip cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s). </source>
        <translation>
            <numerusform>%n producto. </numerusform>
            <numerusform>%n productos. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) to fix before the batch can start; nothing runs until then.</source>
        <translation>
            <numerusform>%n problema que corregir antes de poder iniciar el lote; no se ejecuta nada hasta entonces.</numerusform>
            <numerusform>%n problemas que corregir antes de poder iniciar el lote; no se ejecuta nada hasta entonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n already in the output folder, kept and skipped.</source>
        <translation>
            <numerusform>%n ya está en la carpeta de salida; se conserva y se omite.</numerusform>
            <numerusform>%n ya están en la carpeta de salida; se conservan y se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total: free (%1 charges nothing).</source>
        <translation>Total: gratis (%1 no cobra nada).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Estimated total: %1 for %n clip(s); within your budget.</source>
        <translation>
            <numerusform>Total estimado: %1 por %n clip; dentro de su presupuesto.</numerusform>
            <numerusform>Total estimado: %1 por %n clips; dentro de su presupuesto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated total: %1. The whole batch would pass a spending cap: %2</source>
        <translation>Total estimado: %1. El lote completo superaría un límite de gasto: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (%1)</source>
        <translation>Iniciar (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a folder for the clips.</source>
        <translation>Elija una carpeta para los clips.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This batch is estimated to cost %1 in all (%n clip(s)). Start it?</source>
        <translation>
            <numerusform>Se estima que este lote costará %1 en total (%n clip). ¿Iniciarlo?</numerusform>
            <numerusform>Se estima que este lote costará %1 en total (%n clips). ¿Iniciarlo?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchQueueGroup</name>
    <message>
        <location filename="../ui/batch/BatchQueueGroup.cpp" line="+16"/>
        <location line="+87"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1</source>
        <translation>Lote %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch: %1</source>
        <translation>Lote: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause or resume the batch</source>
        <translation>Pausar o reanudar el lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the batch</source>
        <translation>Cancelar el lote</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 de %n hecho</numerusform>
            <numerusform>%1 de %n hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n fallido</numerusform>
            <numerusform> · %n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n cancelled</source>
        <translation>
            <numerusform> · %n cancelado</numerusform>
            <numerusform> · %n cancelados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · finished</source>
        <translation> · terminado</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · pausing (%n still under way)</source>
        <translation>
            <numerusform> · pausando (%n aún en curso)</numerusform>
            <numerusform> · pausando (%n aún en curso)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · paused</source>
        <translation> · en pausa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipActions</name>
    <message>
        <location filename="../ui/ClipActions.cpp" line="+56"/>
        <source>&amp;Reuse Settings</source>
        <translation>&amp;Reutilizar ajustes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate &amp;Again</source>
        <translation>Generar &amp;otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit / Remix…</source>
        <translation>&amp;Editar / Remezclar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from &amp;Last Frame</source>
        <translation>Continuar desde el ú&amp;ltimo fotograma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+110"/>
        <source>&amp;Export Clip…</source>
        <translation>E&amp;xportar clip…</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+110"/>
        <source>&amp;Delete Clip</source>
        <translation>&amp;Eliminar clip</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;Tag…</source>
        <translation>E&amp;tiquetar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to &amp;Project…</source>
        <translation>Añadir a &amp;proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rename Project…</source>
        <translation>&amp;Renombrar proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Project…</source>
        <translation>&amp;Quitar proyecto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the compose panel with this clip&apos;s prompt and settings (Ctrl+R)</source>
        <translation>Rellenar el panel de composición con el prompt y los ajustes de este clip (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make another take with the same settings and a new seed (Ctrl+Shift+G)</source>
        <translation>Crear otra toma con los mismos ajustes y una semilla nueva (Ctrl+Mayús+G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the provider for a change to this clip (&quot;now it snows&quot;); the rest of the scene stays, and the result is kept as a new clip next to this one (Ctrl+E)</source>
        <translation>Pedir al proveedor un cambio en este clip (&quot;ahora nieva&quot;); el resto de la escena se mantiene y el resultado se guarda como un clip nuevo junto a este (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this clip&apos;s last frame as the input photo (Ctrl+L)</source>
        <translation>Usar el último fotograma de este clip como foto de entrada (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a tag to the selected clips</source>
        <translation>Añadir una etiqueta a los clips seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected clips in a project, new or existing</source>
        <translation>Poner los clips seleccionados en un proyecto, nuevo o existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not Changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>&amp;Export %n Clips…</source>
        <translation>
            <numerusform>&amp;Exportar %n clip…</numerusform>
            <numerusform>&amp;Exportar %n clips…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Delete %n Clips</source>
        <translation>
            <numerusform>E&amp;liminar %n clip</numerusform>
            <numerusform>E&amp;liminar %n clips</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Only a finished clip made by a remote provider can be edited.</source>
        <translation>Solo se puede editar un clip terminado generado por un proveedor remoto.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit Clip</source>
        <translation>Editar clip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what should change; the rest of the scene stays the same.
For example: now it snows. Keep everything else the same.</source>
        <translation>Indique qué debe cambiar; el resto de la escena se mantiene igual.
Por ejemplo: ahora nieva. Mantén todo lo demás igual.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The last frame could not be read: %1</source>
        <translation>No se pudo leer el último fotograma: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no frame decoded</source>
        <translation>no se descodificó ningún fotograma</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n clip(s) marked as favourites.</source>
        <translation>
            <numerusform>%n clip marcado como favorito.</numerusform>
            <numerusform>%n clips marcados como favoritos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) no longer favourites.</source>
        <translation>
            <numerusform>%n clip ya no es favorito.</numerusform>
            <numerusform>%n clips ya no son favoritos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Clips to a Folder</source>
        <translation>Exportar clips a una carpeta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Clip</source>
        <translation>Exportar clip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clip could not be exported to %1.</source>
        <translation>No se pudo exportar el clip a %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>Delete Clip</source>
        <translation>Eliminar clip</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <location line="+6"/>
        <source>Delete Clips</source>
        <translation>Eliminar clips</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Delete this clip and its video file?</source>
        <translation>¿Eliminar este clip y su archivo de vídeo?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n clip(s) and their video files?</source>
        <translation>
            <numerusform>¿Eliminar %n clip y su archivo de vídeo?</numerusform>
            <numerusform>¿Eliminar %n clips y sus archivos de vídeo?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files go to Reelcraft&apos;s trash and are erased when you close Reelcraft; until then Edit › Undo (Ctrl+Z) brings them back.</source>
        <translation>Los archivos van a la papelera de Reelcraft y se borran al cerrar Reelcraft; hasta entonces, Editar › Deshacer (Ctrl+Z) los recupera.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Paid for: %n (%1 in total). The spend history keeps what they cost; a video cannot be made again for free.</source>
        <translation>
            <numerusform>De pago: %n (%1 en total). El historial de gastos conserva lo que costó; un vídeo no se puede volver a generar gratis.</numerusform>
            <numerusform>De pago: %n (%1 en total). El historial de gastos conserva lo que costaron; un vídeo no se puede volver a generar gratis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Already without a video file: %n (only the entry in the gallery goes).</source>
        <translation>
            <numerusform>Ya sin archivo de vídeo: %n (solo se quita la entrada de la galería).</numerusform>
            <numerusform>Ya sin archivo de vídeo: %n (solo se quitan las entradas de la galería).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Still queued or running, and left alone (cancel them first): %n.</source>
        <translation>
            <numerusform>Aún en cola o en curso, se deja intacto (cancélelo primero): %n.</numerusform>
            <numerusform>Aún en cola o en curso, se dejan intactos (cancélelos primero): %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clips could not be deleted.</source>
        <translation>No se pudieron eliminar los clips.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) deleted. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n clip eliminado. Pulse Ctrl+Z para deshacer.</numerusform>
            <numerusform>%n clips eliminados. Pulse Ctrl+Z para deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) could not be deleted.</source>
        <translation>
            <numerusform>No se pudo eliminar %n clip.</numerusform>
            <numerusform>No se pudieron eliminar %n clips.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+20"/>
        <source>Export Clips</source>
        <translation>Exportar clips</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>Exporting %n clip(s)…</source>
        <translation>
            <numerusform>Exportando %n clip…</numerusform>
            <numerusform>Exportando %n clips…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Export cancelled: %n clip(s) written to %1.</source>
        <translation>
            <numerusform>Exportación cancelada: %n clip escrito en %1.</numerusform>
            <numerusform>Exportación cancelada: %n clips escritos en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) exported to %1.</source>
        <translation>
            <numerusform>%n clip exportado a %1.</numerusform>
            <numerusform>%n clips exportados a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) could not be exported.</source>
        <translation>
            <numerusform>No se pudo exportar %n clip.</numerusform>
            <numerusform>No se pudieron exportar %n clips.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag Clips</source>
        <translation>Etiquetar clips</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag for %n clip(s):</source>
        <translation>
            <numerusform>Etiqueta para %n clip:</numerusform>
            <numerusform>Etiqueta para %n clips:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tagged %n clip(s) &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n clip etiquetado como &quot;%1&quot;.</numerusform>
            <numerusform>%n clips etiquetados como &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Project</source>
        <translation>Añadir a proyecto</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Project for %n clip(s) (type a new name to make one):</source>
        <translation>
            <numerusform>Proyecto para %n clip (escriba un nombre nuevo para crearlo):</numerusform>
            <numerusform>Proyecto para %n clips (escriba un nombre nuevo para crearlo):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n clip(s) added to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n clip añadido a &quot;%1&quot;.</numerusform>
            <numerusform>%n clips añadidos a &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Rename Project</source>
        <translation>Renombrar proyecto</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nuevo nombre para &quot;%1&quot;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Project</source>
        <translation>Quitar proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project to remove (its clips stay in the gallery):</source>
        <translation>Proyecto que quitar (sus clips permanecen en la galería):</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The clip could not be deleted.</source>
        <translation>No se pudo eliminar el clip.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipDetails</name>
    <message>
        <location filename="../ui/gallery/ClipDetails.cpp" line="+23"/>
        <source>Select a clip to see its details.</source>
        <translation>Seleccione un clip para ver sus detalles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip details</source>
        <translation>Detalles del clip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent clip</source>
        <translation>Clip de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation>Ediciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, item %2</source>
        <translation>%1, elemento %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no prompt: from the photo only)</source>
        <translation>(sin prompt: solo a partir de la foto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s · %2 (%3) · %4%5</source>
        <translation>%1 s · %2 (%3) · %4%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · from a photo</source>
        <translation> · a partir de una foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clip #%1</source>
        <translation>clip n.º %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>time-stamped %1 by %2</source>
        <translation>con sello de tiempo %1, de %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1”, with its own credentials</source>
        <translation>“%1”, con sus propias credenciales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>edited as %1</source>
        <translation>editado como %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+22"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (made before Reelcraft wrote content credentials, or removed)</source>
        <translation>ninguna (generado antes de que Reelcraft escribiera credenciales de contenido, o eliminadas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT valid: %1</source>
        <translation>NO válidas: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>valid (C2PA) · %1 · made with %2 · signed by %3</source>
        <translation>válidas (C2PA) · %1 · generado con %2 · firmado por %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>from %n source(s)</source>
        <translation>
            <numerusform>de %n fuente</numerusform>
            <numerusform>de %n fuentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::ComposePanel</name>
    <message>
        <location filename="../ui/compose/ComposePanel.cpp" line="+38"/>
        <source>What the engine understood</source>
        <translation>Lo que entendió el motor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add key…</source>
        <translation>Añadir clave…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of variations</source>
        <translation>Número de variaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many variations to make at once, each with the next seed</source>
        <translation>Cuántas variaciones crear a la vez, cada una con la semilla siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget left</source>
        <translation>Presupuesto restante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add API key</source>
        <translation>Añadir clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the settings to add the provider&apos;s API key</source>
        <translation>Abrir los ajustes para añadir la clave de API del proveedor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the clip cannot be generated</source>
        <translation>Por qué no se puede generar el clip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the clip should not show: blur, text, extra fingers…</source>
        <translation>Lo que el clip no debe mostrar: desenfoque, texto, dedos de más…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative prompt</source>
        <translation>Prompt negativo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avoid (negative prompt)</source>
        <translation>Evitar (prompt negativo)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>%n clips would cost %1, but the budget has %2 left.</source>
        <translation>
            <numerusform>%n clip costaría %1, pero al presupuesto le quedan %2.</numerusform>
            <numerusform>%n clips costarían %1, pero al presupuesto le quedan %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Budget: %1 left today</source>
        <translation>Presupuesto: quedan %1 hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget: %1 left this month</source>
        <translation>Presupuesto: quedan %1 este mes</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+137"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>First and last frame</source>
        <translation>Primer y último fotograma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not start from a photo.</source>
        <translation>%1 no parte de una foto.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ConsistencyNote</name>
    <message>
        <location filename="../ui/ConsistencyNote.cpp" line="+15"/>
        <source>Library check</source>
        <translation>Comprobación de la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Hide this note</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the history against the media folder…</source>
        <translation>Comprobando el historial con la carpeta de medios…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n clip(s) in the history have lost their video</source>
        <translation>
            <numerusform>%n clip del historial ha perdido su vídeo</numerusform>
            <numerusform>%n clips del historial han perdido su vídeo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n video(s) in the media folder are not in the history</source>
        <translation>
            <numerusform>%n vídeo de la carpeta de medios no está en el historial</numerusform>
            <numerusform>%n vídeos de la carpeta de medios no están en el historial</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clips whose video file is missing:</source>
        <translation>Clips cuyo archivo de vídeo falta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  clip %1</source>
        <translation>  clip %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Videos that no clip in the history names:</source>
        <translation>Vídeos que ningún clip del historial menciona:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Nothing was changed or deleted.</source>
        <translation>No se ha cambiado ni borrado nada.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>History and Media Folder</source>
        <translation>Historial y carpeta de medios</translation>
    </message>
</context>
<context>
    <name>rc::ui::CropPreview</name>
    <message>
        <location filename="../ui/compose/CropPreview.cpp" line="+16"/>
        <source>Photo preview with crop frame</source>
        <translation>Vista previa de la foto con marco de recorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to choose the part of the photo the clip shows</source>
        <translation>Arrastre para elegir la parte de la foto que muestra el clip</translation>
    </message>
</context>
<context>
    <name>rc::ui::FilePicker</name>
    <message>
        <location filename="../ui/storyboard/FilePicker.cpp" line="+32"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drop a photo here, or browse for one.</source>
        <translation>Suelta una foto aquí o busca una.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop an audio file here, or browse for one.</source>
        <translation>Suelta un archivo de audio aquí o busca uno.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a photo this studio can read.</source>
        <translation>%1 no es una foto que este estudio pueda leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an audio file (WAV, MP3, M4A, AAC, FLAC, Ogg or Opus).</source>
        <translation>%1 no es un archivo de audio (WAV, MP3, M4A, AAC, FLAC, Ogg u Opus).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audio (%1)</source>
        <translation>Audio (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a Photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an Audio File</source>
        <translation>Elegir un archivo de audio</translation>
    </message>
</context>
<context>
    <name>rc::ui::FirstRunHint</name>
    <message>
        <location filename="../ui/help/FirstRunHint.cpp" line="+14"/>
        <source>Add a Provider…</source>
        <translation>Añadir proveedor…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Got It</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Welcome to Reelcraft.&lt;/b&gt; Clips are made by a &lt;i&gt;provider&lt;/i&gt;. The built-in engine is free, works offline and needs no key: it draws your scene with matching sound, good for drafts, lessons and product shots. For photoreal clips, use a provider with a key of your own: Google Gemini (its key goes in the settings), or OpenRouter and your own ComfyUI servers (added with &lt;tt&gt;reelcraft provider add&lt;/tt&gt;). The price shows on the Generate button before anything is spent.</source>
        <translation>&lt;b&gt;Bienvenido a Reelcraft.&lt;/b&gt; Los clips los crea un &lt;i&gt;proveedor&lt;/i&gt;. El motor integrado es gratuito, funciona sin conexión y no necesita clave: dibuja su escena con sonido a juego, ideal para borradores, clases y fotos de producto. Para clips fotorrealistas, use un proveedor con una clave propia: Google Gemini (su clave se pone en los ajustes), u OpenRouter y sus propios servidores ComfyUI (se añaden con &lt;tt&gt;reelcraft provider add&lt;/tt&gt;). El precio aparece en el botón Generar antes de gastar nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opens the settings, where providers and their keys are kept</source>
        <translation>Abre la configuración, donde se guardan los proveedores y sus claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this note for good</source>
        <translation>Ocultar esta nota para siempre</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryDelegate</name>
    <message>
        <location filename="../ui/gallery/GalleryDelegate.cpp" line="+79"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✎ edit of #%1</source>
        <translation>✎ edición de n.º %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryFilterBar</name>
    <message>
        <location filename="../ui/gallery/GalleryFilterBar.cpp" line="+27"/>
        <source>Search prompts…</source>
        <translation>Buscar prompts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search prompts</source>
        <translation>Buscar prompts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by provider</source>
        <translation>Filtrar por proveedor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter by project</source>
        <translation>Filtrar por proyecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage projects</source>
        <translation>Gestionar proyectos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New, rename or remove a project</source>
        <translation>Crear, renombrar o quitar un proyecto</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All providers</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished clips</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ Favourites</source>
        <translation>★ Favoritos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourites only</source>
        <translation>Solo favoritos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Más antiguos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most expensive</source>
        <translation>Más caros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation>Más largos</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryModel</name>
    <message>
        <location filename="../ui/gallery/GalleryModel.cpp" line="+297"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>(photo only)</source>
        <translation>(solo foto)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
%2 · %3 s · %4 · %5</source>
        <translation>%1
%2 · %3 s · %4 · %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clip %1, an edit of clip %2: %3</source>
        <translation>Clip %1, una edición del clip %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip %1: %2</source>
        <translation>Clip %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryPanel</name>
    <message>
        <location filename="../ui/gallery/GalleryPanel.cpp" line="+31"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Tile size</source>
        <translation>Tamaño de miniatura</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected clips</source>
        <translation>Clips seleccionados</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n clips selected</source>
        <translation>
            <numerusform>%n clip seleccionado</numerusform>
            <numerusform>%n clips seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No clip matches these filters.</source>
        <translation>Ningún clip coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clips yet.
Write a prompt on the left and press Generate (Ctrl+Enter).</source>
        <translation>Aún no hay clips.
Escriba un prompt a la izquierda y pulse Generar (Ctrl+Intro).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n clip</numerusform>
            <numerusform>%n clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::GenerateButton</name>
    <message>
        <location filename="../ui/compose/GenerateButton.cpp" line="+14"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate · needs a key</source>
        <translation>Generar · necesita una clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate %1 · %2</source>
        <translation>Generar %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate · %1</source>
        <translation>Generar · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate the clip (Ctrl+Enter)</source>
        <translation>Generar el clip (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>rc::ui::ImageDropZone</name>
    <message>
        <location filename="../ui/compose/ImageDropZone.cpp" line="+34"/>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input photo</source>
        <translation>Foto de entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last frame photo</source>
        <translation>Foto del último fotograma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a photo here, paste it (Ctrl+V) or browse.
Optional: the clip starts from it.
Drop several photos, a folder or a sheet for a batch.</source>
        <translation>Suelte una foto aquí, péguela (Ctrl+V) o examine.
Opcional: el clip empieza desde ella.
Suelte varias fotos, una carpeta o una hoja para un lote.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the last frame here, paste or browse.
Optional: the clip ends on it.</source>
        <translation>Suelte aquí el último fotograma, péguelo o examine.
Opcional: el clip termina en él.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a photo</source>
        <translation>Buscar una foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse for the last frame</source>
        <translation>Buscar el último fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a photo</source>
        <translation>Pegar una foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste the last frame</source>
        <translation>Pegar el último fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the last frame</source>
        <translation>Quitar el último fotograma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photo problem</source>
        <translation>Problema con la foto</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 cannot be used: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a readable image.</source>
        <translation>no es una imagen legible.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The clipboard holds no picture.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pasted picture could not be saved in %1.</source>
        <translation>No se pudo guardar la imagen pegada en %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a photo</source>
        <translation>Elija una foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>rc::ui::JobNotifier</name>
    <message>
        <location filename="../ui/JobNotifier.cpp" line="+31"/>
        <source>Clip ready</source>
        <translation>Clip listo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip failed</source>
        <translation>Falló el clip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::JobProgressIndicator</name>
    <message>
        <location filename="../ui/integration/JobProgressIndicator.cpp" line="+69"/>
        <source>Reelcraft: no jobs running</source>
        <translation>Reelcraft: no hay tareas en curso</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reelcraft: %n job(s) waiting</source>
        <translation>
            <numerusform>Reelcraft: %n tarea en espera</numerusform>
            <numerusform>Reelcraft: %n tareas en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tarea en curso</numerusform>
            <numerusform>%n tareas en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n en espera</numerusform>
            <numerusform>, %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reelcraft: %1%2</source>
        <translation>Reelcraft: %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reelcraft: %1%2 · %3%</source>
        <translation>Reelcraft: %1%2 · %3 %</translation>
    </message>
</context>
<context>
    <name>rc::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+66"/>
        <source>Reelcraft</source>
        <translation>Reelcraft</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gallery</source>
        <translation>Galería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Photo…</source>
        <translation>Abrir &amp;foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste P&amp;hoto</source>
        <translation>Pegar f&amp;oto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Batch…</source>
        <translation>Nuevo &amp;lote…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One clip per product, from several photos or a sheet</source>
        <translation>Un clip por producto, a partir de varias fotos o una hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Batch from &amp;Folder…</source>
        <translation>Nuevo lote desde &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Clips</source>
        <translation>&amp;Buscar clips</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clip</source>
        <translation>&amp;Clip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Play / Pause</source>
        <translation>Re&amp;producir / Pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Frame</source>
        <translation>Fotograma &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Frame</source>
        <translation>Fotograma &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Loop</source>
        <translation>&amp;Bucle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mute</source>
        <translation>Si&amp;lenciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spend</source>
        <translation>&amp;Gastos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;toryboard</source>
        <translation>S&amp;toryboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Reelcraft</source>
        <translation>Acerca &amp;de Reelcraft</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Spending Caps</source>
        <translation>Límites de gasto</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a clip to play it.</source>
        <translation>Seleccione un clip para reproducirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video file is missing.</source>
        <translation>Falta el archivo de vídeo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clip ready: %1</source>
        <translation>Clip listo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n clip(s) imported into the gallery.</source>
        <translation>
            <numerusform>%n clip importado a la galería.</numerusform>
            <numerusform>%n clips importados a la galería.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some files were not opened</source>
        <translation>Algunos archivos no se abrieron</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>No se pudo abrir %n archivo.</numerusform>
            <numerusform>No se pudieron abrir %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Quit Reelcraft</source>
        <translation>Salir de Reelcraft</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running. Quit anyway?
They resume next time where the provider allows it.</source>
        <translation>
            <numerusform>Todavía hay %n tarea en curso. ¿Salir de todos modos?
Se reanudará la próxima vez si el proveedor lo permite.</numerusform>
            <numerusform>Todavía hay %n tareas en curso. ¿Salir de todos modos?
Se reanudarán la próxima vez si el proveedor lo permite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PickerBar</name>
    <message>
        <location filename="../ui/compose/PickerBar.cpp" line="+18"/>
        <source>%1 × %2  ·  %3</source>
        <translation>%1 × %2  ·  %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Provider</source>
        <translation>&amp;Proveedor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Duration</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation>Reso&amp;lución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PlanChips</name>
    <message>
        <location filename="../ui/compose/PlanChips.cpp" line="+32"/>
        <source>setting: %1</source>
        <translation>escenario: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>light: %1</source>
        <translation>luz: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light: %1 → %2</source>
        <translation>luz: %1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>camera: %1</source>
        <translation>cámara: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>style: %1</source>
        <translation>estilo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shot(s)</source>
        <translation>
            <numerusform>%n plano</numerusform>
            <numerusform>%n planos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>silent</source>
        <translation>sin sonido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>music: %1</source>
        <translation>música: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type a prompt to see what the built-in engine will draw.</source>
        <translation>Escribe un prompt para ver qué dibujará el motor integrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the engine understood</source>
        <translation>Lo que entendió el motor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More of what the engine understood</source>
        <translation>Más de lo que entendió el motor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the engine will not draw</source>
        <translation>Palabras que el motor no dibujará</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not drawn: %1</source>
        <translation>Sin dibujar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in engine has no picture for these words; they only colour the scene. Not drawn: %1</source>
        <translation>El motor integrado no tiene imagen para estas palabras; solo dan color a la escena. Sin dibujar: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>rc::ui::PlanLabels</name>
    <message>
        <location filename="../ui/compose/PlanLabels.cpp" line="+26"/>
        <source>garden</source>
        <comment>plan: setting</comment>
        <translation>jardín</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beach</source>
        <comment>plan: setting</comment>
        <translation>playa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ocean</source>
        <comment>plan: setting</comment>
        <translation>océano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <comment>plan: setting</comment>
        <translation>ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desert</source>
        <comment>plan: setting</comment>
        <translation>desierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forest</source>
        <comment>plan: setting</comment>
        <translation>bosque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mountains</source>
        <comment>plan: setting</comment>
        <translation>montañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outer space</source>
        <comment>plan: setting</comment>
        <translation>espacio exterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underwater</source>
        <comment>plan: setting</comment>
        <translation>bajo el agua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snowy landscape</source>
        <comment>plan: setting</comment>
        <translation>paisaje nevado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farm</source>
        <comment>plan: setting</comment>
        <translation>granja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indoors</source>
        <comment>plan: setting</comment>
        <translation>interior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sky</source>
        <comment>plan: setting</comment>
        <translation>cielo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dawn</source>
        <comment>plan: light, time of day</comment>
        <translation>amanecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning</source>
        <comment>plan: light, time of day</comment>
        <translation>mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noon</source>
        <comment>plan: light, time of day</comment>
        <translation>mediodía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>golden hour</source>
        <comment>plan: light, time of day</comment>
        <translation>hora dorada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sunset</source>
        <comment>plan: light, time of day</comment>
        <translation>puesta de sol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>night</source>
        <comment>plan: light, time of day</comment>
        <translation>noche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rain</source>
        <comment>plan: weather</comment>
        <translation>lluvia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snow</source>
        <comment>plan: weather</comment>
        <translation>nieve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fog</source>
        <comment>plan: weather</comment>
        <translation>niebla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wind</source>
        <comment>plan: weather</comment>
        <translation>viento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm</source>
        <comment>plan: weather</comment>
        <translation>tormenta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>static</source>
        <comment>plan: camera move</comment>
        <translation>fija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>push in</source>
        <comment>plan: camera move</comment>
        <translation>acercamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pull out</source>
        <comment>plan: camera move</comment>
        <translation>alejamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan left</source>
        <comment>plan: camera move</comment>
        <translation>paneo a la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan right</source>
        <comment>plan: camera move</comment>
        <translation>paneo a la derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt up</source>
        <comment>plan: camera move</comment>
        <translation>inclinación hacia arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt down</source>
        <comment>plan: camera move</comment>
        <translation>inclinación hacia abajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rise</source>
        <comment>plan: camera move</comment>
        <translation>ascenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orbit</source>
        <comment>plan: camera move</comment>
        <translation>órbita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dolly</source>
        <comment>plan: camera move</comment>
        <translation>travelling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cinematic</source>
        <comment>plan: visual style</comment>
        <translation>cinematográfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sci-fi</source>
        <comment>plan: visual style</comment>
        <translation>ciencia ficción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dreamy</source>
        <comment>plan: visual style</comment>
        <translation>onírico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surreal</source>
        <comment>plan: visual style</comment>
        <translation>surrealista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documentary</source>
        <comment>plan: visual style</comment>
        <translation>documental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vintage</source>
        <comment>plan: visual style</comment>
        <translation>vintage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calm</source>
        <comment>plan: music mood</comment>
        <translation>tranquila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>happy</source>
        <comment>plan: music mood</comment>
        <translation>alegre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energetic</source>
        <comment>plan: music mood</comment>
        <translation>enérgica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dark</source>
        <comment>plan: music mood</comment>
        <translation>oscura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epic</source>
        <comment>plan: music mood</comment>
        <translation>épica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dreamy</source>
        <comment>plan: music mood</comment>
        <translation>soñadora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>electronic</source>
        <comment>plan: music genre</comment>
        <translation>electrónica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>piano</source>
        <comment>plan: music genre</comment>
        <translation>piano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambient</source>
        <comment>plan: music genre</comment>
        <translation>ambiental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lo-fi</source>
        <comment>plan: music genre</comment>
        <translation>lo-fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orchestral</source>
        <comment>plan: music genre</comment>
        <translation>orquestal</translation>
    </message>
</context>
<context>
    <name>rc::ui::PlayerControls</name>
    <message>
        <location filename="../ui/player/PlayerControls.cpp" line="+31"/>
        <location line="+71"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Play / pause (Space)</source>
        <translation>Reproducir / pausa (Espacio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame</source>
        <translation>Fotograma anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous frame (,)</source>
        <translation>Fotograma anterior (,)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next frame</source>
        <translation>Fotograma siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame (.)</source>
        <translation>Fotograma siguiente (.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to jump; Left/Right step a frame, Shift+Left/Right a second</source>
        <translation>Haz clic para saltar; Izquierda/Derecha avanza un fotograma, Mayús+Izquierda/Derecha un segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed and total time</source>
        <translation>Tiempo transcurrido y total</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (F or double-click; Esc leaves)</source>
        <translation>Pantalla completa (F o doble clic; Esc para salir)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::PlayerPanel</name>
    <message>
        <location filename="../ui/player/PlayerPanel.cpp" line="+18"/>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a clip to play it.</source>
        <translation>Seleccione un clip para reproducirlo.</translation>
    </message>
</context>
<context>
    <name>rc::ui::PromptEditor</name>
    <message>
        <location filename="../ui/compose/PromptEditor.cpp" line="+38"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the clip: who or what, where, the light, the camera, the sound…</source>
        <translation>Describa el clip: quién o qué, dónde, la luz, la cámara, el sonido…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent prompts</source>
        <translation>Prompts recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent prompts (Alt+Up / Alt+Down)</source>
        <translation>Prompts recientes (Alt+Arriba / Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt templates</source>
        <translation>Plantillas de prompt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompt length</source>
        <translation>Longitud del prompt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n character(s) over the model&apos;s limit</source>
        <translation>
            <numerusform>%n carácter por encima del límite del modelo</numerusform>
            <numerusform>%n caracteres por encima del límite del modelo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PromptTemplates</name>
    <message>
        <location filename="../ui/compose/PromptTemplates.cpp" line="+19"/>
        <source>Product showcase</source>
        <translation>Presentación de producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A [product] on a [surface] in a bright studio, slow orbit camera, soft golden light, clean background, upbeat electronic music.</source>
        <translation>Un [producto] sobre una [superficie] en un estudio luminoso, cámara orbitando despacio, luz dorada suave, fondo limpio, música electrónica animada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson scene</source>
        <translation>Escena didáctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm classroom scene explaining [topic]: a [subject] in a [setting], gentle push-in camera, morning light, soft piano music.</source>
        <translation>Una escena tranquila de aula que explica [tema]: un [sujeto] en un [entorno], suave acercamiento de cámara, luz de mañana, música de piano suave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social short</source>
        <translation>Vídeo corto para redes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vertical, energetic shot of [subject] [action] in a [setting], fast camera, vivid colours, punchy music.</source>
        <translation>Una toma vertical y enérgica de [sujeto] [acción] en un [entorno], cámara rápida, colores vivos, música contundente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand story</source>
        <translation>Historia de marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A [setting] at dawn, then a [subject] [action], then the [product] revealed in warm light; cinematic, orchestral music.</source>
        <translation>Un [entorno] al amanecer, luego un [sujeto] [acción] y luego el [producto] revelado con luz cálida; cinematográfico, música orquestal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surreal art</source>
        <translation>Arte surrealista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dreamy surreal [setting] where [subject] floats among [objects], slow drifting camera, pastel sky, ambient music.</source>
        <translation>Un [entorno] surrealista y onírico donde [sujeto] flota entre [objetos], cámara a la deriva lenta, cielo pastel, música ambiental.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProviderChoices</name>
    <message>
        <location filename="../ui/widgets/ProviderChoices.cpp" line="+42"/>
        <source>%1 (needs an API key)</source>
        <translation>%1 (requiere una clave de API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not available)</source>
        <translation>%1 (no disponible)</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProvidersPage</name>
    <message>
        <location filename="../ui/settings/ProvidersPage.cpp" line="+31"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Provider…</source>
        <translation>&amp;Añadir proveedor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an OpenRouter or fal.ai account, or your own ComfyUI servers</source>
        <translation>Añade una cuenta de OpenRouter o fal.ai, o tus propios servidores ComfyUI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Key…</source>
        <translation>Definir &amp;clave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove K&amp;ey</source>
        <translation>&amp;Quitar clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh Models</source>
        <translation>Actuali&amp;zar modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the service&apos;s list of models, their lengths, sizes and prices again</source>
        <translation>Volver a leer la lista de modelos del servicio, con sus duraciones, tamaños y precios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &amp;Provider…</source>
        <translation>Eliminar &amp;proveedor…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider status</source>
        <translation>Estado del proveedor</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none needed</source>
        <translation>no necesaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or set %1 in the environment</source>
        <translation>o define %1 en el entorno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the built-in engine is set up; it needs no key. Add a provider to reach cloud models.</source>
        <translation>Solo está configurado el motor integrado; no necesita clave. Añade un proveedor para acceder a modelos en la nube.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the built-in engine is configured; it needs no key.</source>
        <translation>Solo está configurado el motor integrado; no necesita clave.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Set the key for %1</source>
        <translation>Definir la clave de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key for %1</source>
        <translation>Quitar la clave de %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set Key</source>
        <translation>Definir clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key for %1:</source>
        <translation>Clave de API de %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key for %1 was not stored: %2</source>
        <translation>La clave de %1 no se guardó: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for %1 is stored in the system keychain.</source>
        <translation>La clave de %1 está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key for %1 was not removed: %2</source>
        <translation>La clave de %1 no se quitó: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for %1 is removed from the keychain.</source>
        <translation>La clave de %1 se ha quitado del llavero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the models of %1…</source>
        <translation>Leyendo los modelos de %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The models of %1 were not refreshed: %2</source>
        <translation>Los modelos de %1 no se actualizaron: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 offers %n model(s).</source>
        <translation>
            <numerusform>%1 ofrece %n modelo.</numerusform>
            <numerusform>%1 ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Provider</source>
        <translation>Eliminar proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its stored key? Clips made with it stay in the gallery.</source>
        <translation>¿Eliminar %1 y su clave guardada? Los clips creados con él permanecen en la galería.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not removed: %2</source>
        <translation>%1 no se eliminó: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Added %1 with %n model(s). Choose it in the provider list to generate.</source>
        <translation>
            <numerusform>Se añadió %1 con %n modelo. Elígelo en la lista de proveedores para generar.</numerusform>
            <numerusform>Se añadió %1 con %n modelos. Elígelo en la lista de proveedores para generar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::QueueModel</name>
    <message numerus="yes">
        <location filename="../ui/queue/QueueModel.cpp" line="+14"/>
        <source>%n s left</source>
        <translation>
            <numerusform>queda %n s</numerusform>
            <numerusform>quedan %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s left</source>
        <translation>quedan %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>rc::ui::QueuePanel</name>
    <message>
        <location filename="../ui/queue/QueuePanel.cpp" line="+16"/>
        <source>No jobs running. Press Generate to start one.</source>
        <translation>No hay tareas en curso. Pulse Generar para iniciar una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
</context>
<context>
    <name>rc::ui::QueueRow</name>
    <message>
        <location filename="../ui/queue/QueueRow.cpp" line="+15"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel the job</source>
        <translation>Cancelar la tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the job</source>
        <translation>Reintentar la tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the queue</source>
        <translation>Quitar de la cola</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(photo only)</source>
        <translation>(solo foto)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Progress of job %1</source>
        <translation>Progreso de la tarea %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job %1: %2</source>
        <translation>Tarea %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+34"/>
        <location line="+174"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Providers and Keys</source>
        <translation>Proveedores y claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default provider</source>
        <translation>Proveedor predeterminado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default &amp;provider</source>
        <translation>&amp;Proveedor predeterminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your home folder</source>
        <translation>Su carpeta personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export folder</source>
        <translation>Carpeta de &amp;exportación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clips are kept in the profile&apos;s media folder; Export copies one to this folder.</source>
        <translation>Los clips se guardan en la carpeta de medios del perfil; Exportar copia uno en esta carpeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Reelcraft starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Reelcraft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show an “AI-generated” label in the top right corner of new clips</source>
        <translation>Mostrar una etiqueta “Generado por IA” en la esquina superior derecha de los clips nuevos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disclosure</source>
        <translation>Transparencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clip carries content credentials that say it is AI-made; this also marks the pictures, for viewers who never see the credentials. A remote clip is re-encoded to draw it, keeping the provider&apos;s credentials as its parent.</source>
        <translation>Cada clip lleva credenciales de contenido que indican que está hecho con IA; esto también marca las imágenes, para los espectadores que nunca ven las credenciales. Para dibujar la etiqueta, un clip remoto se recodifica y conserva las credenciales del proveedor como su origen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None (works offline)</source>
        <translation>Ninguna (funciona sin conexión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-stamp authority</source>
        <translation>Autoridad de sellado de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time-stamp authority</source>
        <translation>&amp;Autoridad de sellado de tiempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An RFC 3161 address (for example http://timestamp.digicert.com): each signature is sent there to prove when it was made. A clip is signed without one when the service cannot be reached.</source>
        <translation>Una dirección RFC 3161 (por ejemplo http://timestamp.digicert.com): cada firma se envía allí para demostrar cuándo se hizo. Si no se puede contactar con el servicio, el clip se firma sin sello de tiempo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Caps apply to</source>
        <translation>Los límites se aplican a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers together</source>
        <translation>Todos los proveedores juntos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily cap</source>
        <translation>Límite diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Monthly cap</source>
        <translation>Límite mensual</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Applies to</source>
        <translation>&amp;Se aplica a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily cap (USD)</source>
        <translation>Límite &amp;diario (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly cap (USD)</source>
        <translation>Límite &amp;mensual (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job whose estimate would go over a cap is refused before anything is sent.</source>
        <translation>Una tarea cuya estimación superaría un límite se rechaza antes de enviar nada.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not an amount; write it like 5 or 12.50.</source>
        <translation>«%1» no es un importe; escríbalo como 5 o 12.50.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The time-stamp authority must be an http:// or https:// address.</source>
        <translation>La autoridad de sellado de tiempo debe ser una dirección http:// o https://.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ShotModelPicker</name>
    <message>
        <location filename="../ui/storyboard/ShotModelPicker.cpp" line="+18"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+18"/>
        <source>Default (%1)</source>
        <translation>Predeterminado (%1)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <source>%1 (not offered)</source>
        <translation>%1 (no ofrecido)</translation>
    </message>
</context>
<context>
    <name>rc::ui::SpendChart</name>
    <message>
        <location filename="../ui/spend/SpendChart.cpp" line="+11"/>
        <source>Spend per day</source>
        <translation>Gasto por día</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spend in this period</source>
        <translation>Sin gastos en este periodo</translation>
    </message>
</context>
<context>
    <name>rc::ui::SpendPanel</name>
    <message>
        <location filename="../ui/spend/SpendPanel.cpp" line="+17"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spend</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month: %1</source>
        <translation>Este mes: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 %2 (%n job(s))</source>
        <translation>
            <numerusform>%1 %2 (%n tarea)</numerusform>
            <numerusform>%1 %2 (%n tareas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing spent this month. The built-in engine is free.</source>
        <translation>No se ha gastado nada este mes. El motor integrado es gratuito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month by provider: %1</source>
        <translation>Este mes por proveedor: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::StoryboardPanel</name>
    <message>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+63"/>
        <source>Lesson title</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtitle (optional)</source>
        <translation>Subtítulo (opcional)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drag the cards to change the order of the shots.</source>
        <translation>Arrastre las tarjetas para cambiar el orden de los planos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shot</source>
        <translation>Añadir plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make again</source>
        <translation>Generar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected shot again at the next &quot;Make lesson&quot;, even though it was made before.</source>
        <translation>Generar de nuevo el plano seleccionado en el próximo &quot;Generar lección&quot;, aunque ya se haya generado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make lesson</source>
        <translation>Generar lección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The lesson is ready: %1</source>
        <translation>La lección está lista: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What the shot shows</source>
        <translation>Qué muestra el plano</translation>
    </message>
    <message>
        <location filename="../ui/storyboard/StoryboardLessonControls.cpp" line="+27"/>
        <source>Whole lesson</source>
        <translation>Lección completa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made by the built-in engine</source>
        <translation>Creado por el motor integrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a file</source>
        <translation>Desde un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No music file chosen</source>
        <translation>No se ha elegido ningún archivo de música</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut</source>
        <translation>Corte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossfade</source>
        <translation>Fundido encadenado</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Music file</source>
        <translation>Archivo de música</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between shots</source>
        <translation>Entre planos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show an “AI-generated” label in the top right corner</source>
        <translation>Mostrar una etiqueta “Generado por IA” en la esquina superior derecha</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the music file (Browse… or drop one on the music row).</source>
        <translation>Elige el archivo de música (Examinar… o suelta uno en la fila de música).</translation>
    </message>
    <message>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+2"/>
        <source>Words on screen</source>
        <translation>Texto en pantalla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the voice speaks (the shot grows to fit them)</source>
        <translation>Texto que dice la voz (el plano se alarga para ajustarse)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue from the previous shot&apos;s last frame</source>
        <translation>Continuar desde el último fotograma del plano anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narration</source>
        <translation>Narración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: the narration text is spoken</source>
        <translation>Ninguna: se lee en voz alta el texto de la narración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice-over</source>
        <translation>Voz en off</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+52"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Prompt: %1
Caption: %2
Narration: %3
Provider: %4%5</source>
        <translation>Prompt: %1
Subtítulo: %2
Narración: %3
Proveedor: %4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Continues from the previous shot</source>
        <translation>
Continúa desde el plano anterior</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>All shots made</source>
        <translation>Todos los planos hechos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shot(s) to make</source>
        <translation>
            <numerusform>%n plano por generar</numerusform>
            <numerusform>%n planos por generar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>lesson %1 s</source>
        <translation>lección %1 s</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The lesson was not joined: %1. The shots made are kept.</source>
        <translation>La lección no se unió: %1. Los planos generados se conservan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson…</source>
        <translation>Uniendo la lección…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson: %p%</source>
        <translation>Uniendo la lección: %p%</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Making the shots: %p%</source>
        <translation>Haciendo los planos: %p%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the shots…</source>
        <translation>Generando los planos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making the shots: %1 of %2 made…</source>
        <translation>Haciendo los planos: %1 de %2 hechos…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Lesson</source>
        <translation>Exportar lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1 (with its .srt and .vtt captions).</source>
        <translation>Exportado a %1 (con sus subtítulos .srt y .vtt).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>rc::ui::StudioApp</name>
    <message>
        <location filename="../ui/StudioApp.cpp" line="+54"/>
        <source>Reelcraft studio</source>
        <translation>Estudio Reelcraft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the profile folder DIR.</source>
        <translation>Usar la carpeta de perfil DIR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4 clips to import, or a photo to start from.</source>
        <translation>Clips MP4 para importar o una foto de partida.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reelcraft cannot start</source>
        <translation>Reelcraft no puede iniciarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile at %1 cannot be opened:

%2</source>
        <translation>No se puede abrir el perfil en %1:

%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::StudioStatusBar</name>
    <message>
        <location filename="../ui/StudioStatusBar.cpp" line="+14"/>
        <source>Jobs running</source>
        <translation>Tareas en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent today</source>
        <translation>Gastado hoy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No jobs running</source>
        <translation>No hay tareas en curso</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tarea en curso</numerusform>
            <numerusform>%n tareas en curso</numerusform>
        </translation>
    </message>
</context>
</TS>
