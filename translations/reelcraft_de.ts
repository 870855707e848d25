<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>LGPL-2.1-or-later; GPL-2.0-or-later mit x264</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>curl licence (MIT-style)</source>
        <translation>curl-Lizenz (MIT-artig)</translation>
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
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;Reelcraft %1&lt;/h3&gt;&lt;p&gt;A studio for generated video: the built-in engine offline and free, or the providers you have keys for.&lt;/p&gt;&lt;p&gt;Reelcraft is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;This profile keeps its clips, history, spending and settings in&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;br&gt;and its logs in %5. API keys are in the system keychain, not there.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reelcraft %1&lt;/h3&gt;&lt;p&gt;Ein Studio für generierte Videos: die integrierte Engine, offline und kostenlos, oder die Anbieter, für die Sie Schlüssel haben.&lt;/p&gt;&lt;p&gt;Reelcraft ist freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Dieses Profil bewahrt seine Clips, den Verlauf, die Ausgaben und die Einstellungen in&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;br&gt;auf und seine Protokolle in %5. API-Schlüssel liegen im Schlüsselbund des Systems, nicht dort.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Reelcraft</source>
        <translation>Über Reelcraft</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../app/bootstrap/AppContext.cpp" line="+160"/>
        <source>Providers cannot change while jobs are running; try again when they have finished.</source>
        <translation>Provider können nicht geändert werden, während Jobs laufen; versuchen Sie es erneut, wenn sie fertig sind.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not changed because it cannot be read (%2). Fix or remove it first.%3</source>
        <translation>%1 wurde nicht geändert, weil die Datei nicht gelesen werden kann (%2). Bitte zuerst reparieren oder entfernen.%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> A copy is kept in %1.</source>
        <translation> Eine Kopie liegt in %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Provider-Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a fixed list of models; there is nothing to refresh.</source>
        <translation>%1 hat eine feste Modellliste; es gibt nichts zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service no longer lists %1, the models this profile was limited to.</source>
        <translation>Der Dienst führt %1 nicht mehr, die Modelle, auf die dieses Profil beschränkt war.</translation>
    </message>
</context>
<context>
    <name>AudioConvert</name>
    <message>
        <location filename="../app/storyboard/AudioConvert.cpp" line="+36"/>
        <source>cannot convert audio of %1 Hz, %2 channels</source>
        <translation>Audio mit %1 Hz und %2 Kanälen kann nicht konvertiert werden</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../app/batch/CsvReader.cpp" line="+72"/>
        <source>A quote opened on line %1 is never closed.</source>
        <translation>Ein in Zeile %1 geöffnetes Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/batch/ProductPrompt.cpp" line="+12"/>
        <source>The product from the photo on a clean studio table, a slow turntable turn and a gentle push-in, soft studio light with a warm glow, seamless backdrop; keep the product&apos;s exact shape, colours and label, nothing else in frame.</source>
        <translation>Das Produkt aus dem Foto auf einem sauberen Studiotisch, eine langsame Drehtellerdrehung und eine sanfte Heranfahrt, weiches Studiolicht mit warmem Schimmer, nahtloser Hintergrund; Form, Farben und Etikett des Produkts exakt beibehalten, sonst nichts im Bild.</translation>
    </message>
</context>
<context>
    <name>BudgetGuard</name>
    <message>
        <location filename="../app/service/BudgetGuard.cpp" line="+61"/>
        <source>daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily budget for %1</source>
        <translation>Tagesbudget für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly budget for %1</source>
        <translation>Monatsbudget für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This batch would cost %1 in all</source>
        <translation>Dieser Stapel würde insgesamt %1 kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shots still to make would cost %1</source>
        <translation>Die noch zu erstellenden Einstellungen würden %1 kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This job would cost %1</source>
        <translation>Dieser Auftrag würde %1 kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, but %2 of the %3 of %4 is already spent. Raise the cap in Settings or choose a cheaper option.</source>
        <translation>%1, aber vom %3 von %4 sind bereits %2 ausgegeben. Erhöhen Sie das Limit in den Einstellungen oder wählen Sie eine günstigere Option.</translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <location filename="../app/store/Budgets.cpp" line="+61"/>
        <source>The spending cap could not be stored: %1</source>
        <translation>Die Ausgabengrenze konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../app/core/Catalogue.cpp" line="+320"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter namens „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not offer the model &quot;%2&quot; (it offers %3).</source>
        <translation>%1 bietet das Modell „%2“ nicht an (angeboten: %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model &quot;%1&quot; is not in the catalogue.</source>
        <translation>Das Modell „%1“ ist nicht im Katalog.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a prompt or add a photo.</source>
        <translation>Schreiben Sie einen Prompt oder fügen Sie ein Foto hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is %1 characters long; %2 takes at most %3.</source>
        <translation>Der Prompt ist %1 Zeichen lang; %2 akzeptiert höchstens %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no tier &quot;%2&quot; (choose %3).</source>
        <translation>%1 hat keine Stufe „%2“ (wählen Sie %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 makes clips of %2 seconds, not %3.</source>
        <translation>%1 erstellt Clips mit %2 Sekunden, nicht %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 makes %2 clips, not %3.</source>
        <translation>%1 erstellt Clips in %2, nicht in %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 makes %2 clips only at some durations; %3 seconds is not one of them.</source>
        <translation>%1 erstellt Clips in %2 nur bei bestimmten Längen; %3 Sekunden gehören nicht dazu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot start from a photo.</source>
        <translation>%1 kann nicht mit einem Foto beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot take a last frame.</source>
        <translation>%1 kann kein letztes Bild übernehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not take a negative prompt.</source>
        <translation>%1 akzeptiert keinen negativen Prompt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue has no price for %1 at %2.</source>
        <translation>Der Katalog hat keinen Preis für %1 bei %2.</translation>
    </message>
</context>
<context>
    <name>ClipImporter</name>
    <message>
        <location filename="../app/imports/ClipImporter.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a video container Reelcraft imports</source>
        <translation>„%1“ ist kein Videocontainer, den Reelcraft importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video has no picture size</source>
        <translation>das Video hat keine Bildgröße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no frame of it could be decoded</source>
        <translation>kein einziges Bild daraus konnte dekodiert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>not a playable video (%1)</source>
        <translation>kein abspielbares Video (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it could not be read</source>
        <translation>sie konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already in the gallery as clip %1 (the same content); skipped</source>
        <translation>bereits als Clip %1 in der Galerie (gleicher Inhalt); übersprungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>could not copy it into %1 (is the disk full?)</source>
        <translation>konnte nicht nach %1 kopiert werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the history database could not record it</source>
        <translation>die Verlaufsdatenbank konnte es nicht speichern</translation>
    </message>
</context>
<context>
    <name>ClipLabel</name>
    <message>
        <location filename="../app/storyboard/ClipLabel.cpp" line="+43"/>
        <source>drawing the label needs fonts, which this process has not loaded</source>
        <translation>Zum Zeichnen der Beschriftung werden Schriftarten benötigt, die dieser Prozess nicht geladen hat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the clip&apos;s size %1x%2 cannot be re-encoded (it must be even)</source>
        <translation>die Größe %1x%2 des Clips kann nicht neu kodiert werden (sie muss gerade sein)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the clip&apos;s sound cannot be read: %1</source>
        <translation>der Ton des Clips kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the clip has no pictures to label</source>
        <translation>der Clip enthält keine Bilder, die beschriftet werden können</translation>
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
        <translation>HTTP %1 (keine API-Antwort: Ist die Basis-URL richtig?)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 has been retired by %2; choose another model.</source>
        <translation>%1 wurde von %2 eingestellt; wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 answered %3: %4)</source>
        <translation>%1 (%2 antwortete %3: %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reelcraft uses plain http only for this computer and the local network; use an https address for %1 (%2).</source>
        <translation>Reelcraft verwendet unverschlüsseltes http nur für diesen Computer und das lokale Netzwerk; verwenden Sie für %1 eine https-Adresse (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download from %1 could not be written to disk.</source>
        <translation>Der Download von %1 konnte nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an answer too large to read.</source>
        <translation>%1 hat eine zu große Antwort gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to %1 failed after the request was sent (%2). The job may have been created and may be billed: check the provider&apos;s dashboard before trying again.</source>
        <translation>Die Verbindung zu %1 ist nach dem Senden der Anfrage fehlgeschlagen (%2). Der Auftrag wurde möglicherweise angelegt und wird berechnet: Prüfen Sie das Dashboard des Anbieters, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1 (%2).</source>
        <translation>%1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 failed (%2).</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 hat den Prompt oder das Foto gemäß seiner Inhaltsrichtlinie abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the API key (401: %2). Check the key for this provider.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (401: %2). Prüfen Sie den Schlüssel für diesen Anbieter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused access (403: %2). The key may lack permission for this model.</source>
        <translation>%1 hat den Zugriff verweigert (403: %2). Dem Schlüssel fehlt möglicherweise die Berechtigung für dieses Modell.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 says the rate limit or quota is used up (%2). Try again later or check the plan.</source>
        <translation>%1 meldet, dass Rate-Limit oder Kontingent aufgebraucht sind (%2). Versuchen Sie es später erneut oder prüfen Sie den Tarif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered with an error: %2</source>
        <translation>%1 hat mit einem Fehler geantwortet: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not know this address (404: %2). Check the base URL.</source>
        <translation>%1 kennt diese Adresse nicht (404: %2). Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected the request (HTTP %2) to %3. Reelcraft does not send your prompt, photo or key on to another address: check the base URL.</source>
        <translation>%1 hat die Anfrage (HTTP %2) an %3 umgeleitet. Reelcraft sendet Ihren Prompt, Ihr Foto oder Ihren Schlüssel nicht an eine andere Adresse weiter: Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s gateway failed while creating the job (%2). The job may have been created and may be billed: check the provider&apos;s dashboard before trying again.</source>
        <translation>Das Gateway von %1 ist beim Anlegen des Auftrags fehlgeschlagen (%2). Der Auftrag wurde möglicherweise angelegt und wird berechnet: Prüfen Sie das Dashboard des Anbieters, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had an internal error (%2).</source>
        <translation>%1 hatte einen internen Fehler (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered unexpectedly: %2</source>
        <translation>%1 hat unerwartet geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <location filename="../app/core/JobState.cpp" line="+59"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>Wird übermittelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating</source>
        <translation>Wird generiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key rejected</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit or quota</source>
        <translation>Rate-Limit oder Kontingent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by moderation</source>
        <translation>Von der Moderation abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the file</source>
        <translation>Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <location filename="../app/net/KeychainKeyStore.cpp" line="+81"/>
        <location line="+21"/>
        <source>The system keychain did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The system keychain refused to store the key (%1). Without a keychain, put the key in the provider&apos;s environment variable instead.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des Schlüssels abgelehnt (%1). Ohne Schlüsselbund legen Sie den Schlüssel stattdessen in der Umgebungsvariablen des Anbieters ab.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The system keychain refused to remove the key: %1</source>
        <translation>Der Schlüsselbund des Systems hat das Entfernen des Schlüssels abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>LessonAssembler</name>
    <message>
        <location filename="../app/storyboard/LessonAssembler.cpp" line="+112"/>
        <source>AI-generated</source>
        <translation>KI-generiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every shot needs its clip before the lesson can be joined</source>
        <translation>jede Einstellung braucht ihren Clip, bevor die Lektion zusammengefügt werden kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its clip %1 is missing</source>
        <translation>sein Clip %1 fehlt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the music %1 cannot be read (%2)</source>
        <translation>die Musik %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/storyboard/LessonFrames.cpp" line="+74"/>
        <source>frame %1 belongs to no part</source>
        <translation>Bild %1 gehört zu keinem Teil</translation>
    </message>
    <message>
        <location filename="../app/storyboard/LessonAssembler.cpp" line="+36"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>MadeShots</name>
    <message>
        <location filename="../app/storyboard/MadeShots.cpp" line="+23"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ModelRetirement</name>
    <message>
        <location filename="../app/core/ModelRetirement.cpp" line="+33"/>
        <source>%1 was shut down on %2 on %3; choose another model.</source>
        <translation>%1 wurde am %3 bei %2 abgeschaltet; wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was shut down on %2 on %3; use %4 instead.</source>
        <translation>%1 wurde am %3 bei %2 abgeschaltet; verwenden Sie stattdessen %4.</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../app/storyboard/Narration.cpp" line="+54"/>
        <source>the recording %1 cannot be read (%2)</source>
        <translation>die Aufnahme %1 kann nicht gelesen werden (%2)</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <location filename="../app/desktop/OpenRequest.cpp" line="+60"/>
        <source>%1: Reelcraft opens files on this computer only.</source>
        <translation>%1: Reelcraft öffnet nur Dateien auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; open MP4 videos or PNG, JPEG or WebP images.</source>
        <translation>%1 ist ein Ordner; öffnen Sie MP4-Videos oder PNG-, JPEG- oder WebP-Bilder.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be read as an image (%2).</source>
        <translation>%1 kann nicht als Bild gelesen werden (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged or incomplete</source>
        <translation>beschädigt oder unvollständig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2; Reelcraft opens MP4 videos and PNG, JPEG or WebP images.</source>
        <translation>%1 ist %2; Reelcraft öffnet MP4-Videos und PNG-, JPEG- oder WebP-Bilder.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is already in the gallery as clip %2; it was not imported again.</source>
        <translation>%1 ist bereits als Clip %2 in der Galerie und wurde nicht erneut importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not used: a clip starts from one photo, and %2 came first.</source>
        <translation>%1 wurde nicht verwendet: Ein Clip beginnt mit einem Foto, und %2 kam zuerst.</translation>
    </message>
</context>
<context>
    <name>ProvenanceService</name>
    <message>
        <location filename="../app/provenance/ProvenanceService.cpp" line="+139"/>
        <source>The clip of job %1</source>
        <translation>Der Clip von Job %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>no visible label: %1</source>
        <translation>keine sichtbare Kennzeichnung: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no visible label: the program was closing</source>
        <translation>kein sichtbares Etikett: das Programm wurde beendet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no visible label: the labelled clip could not replace the original</source>
        <translation>keine sichtbare Kennzeichnung: der gekennzeichnete Clip konnte das Original nicht ersetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no content credentials: %1</source>
        <translation>keine Inhaltsnachweise: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>content credentials written (the provider&apos;s kept as the parent)</source>
        <translation>Inhaltsnachweise geschrieben (die des Anbieters als übergeordnete beibehalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content credentials written</source>
        <translation>Inhaltsnachweise geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a visible “%1” label added</source>
        <translation>sichtbare Kennzeichnung „%1“ hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time-stamped by %1</source>
        <translation>mit Zeitstempel von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed without a time-stamp: %1</source>
        <translation>ohne Zeitstempel signiert: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+8"/>
        <source>the program was closing</source>
        <translation>das Programm wurde beendet</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Shot %1</source>
        <translation>Einstellung %1</translation>
    </message>
</context>
<context>
    <name>ProviderModels</name>
    <message>
        <location filename="../app/bootstrap/ProviderModels.cpp" line="+43"/>
        <source>%1 providers do not list their models with what each can do.</source>
        <translation>%1-Provider geben bei ihren Modellen nicht an, was jedes kann.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the service lists no video models</source>
        <translation>der Dienst führt keine Videomodelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the listed models can be used (%1)</source>
        <translation>keines der aufgeführten Modelle ist verwendbar (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not list the model &quot;%2&quot; (it lists %3).</source>
        <translation>%1 führt das Modell „%2“ nicht (es führt %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lists no video model that can be used.</source>
        <translation>%1 führt kein verwendbares Videomodell.</translation>
    </message>
</context>
<context>
    <name>ProviderProfiles</name>
    <message>
        <location filename="../app/bootstrap/ProviderProfiles.cpp" line="+56"/>
        <source>A profile being tried stores no key.</source>
        <translation>Ein Profil im Test speichert keinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot run a job now.</source>
        <translation>Der Server kann derzeit keinen Job ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server of the pool can run a job now.</source>
        <translation>Kein Server des Pools kann derzeit einen Job ausführen.</translation>
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
        <translation>ComfyUI (Ihre eigenen GPUs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI-compatible Videos API</source>
        <translation>OpenAI-kompatible Videos-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in engine</source>
        <translation>Integrierte Engine</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the kind of service.</source>
        <translation>Wählen Sie die Art des Dienstes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the provider a name.</source>
        <translation>Geben Sie dem Provider einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 40).</source>
        <translation>„%1“ ist kein gültiger Name: Verwenden Sie Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; (bis zu 40).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A provider named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Provider namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation>„%1“ ist ein integrierter Provider; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give one address: only ComfyUI takes a pool of servers.</source>
        <translation>Geben Sie eine Adresse an: Nur ComfyUI akzeptiert einen Pool von Servern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an address like %2.</source>
        <translation>„%1“ ist keine Adresse wie %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the API key (or set %1 in the environment).</source>
        <translation>Geben Sie den API-Schlüssel ein (oder setzen Sie %1 in der Umgebung).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalogue has no fal provider to take the endpoints from.</source>
        <translation>Der Katalog enthält keinen fal-Provider, aus dem die Endpunkte übernommen werden können.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not one of the fal endpoints Reelcraft knows how to fill in: %2</source>
        <translation>%1 gehört nicht zu den fal-Endpunkten, die Reelcraft ausfüllen kann: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+59"/>
        <source>left out %1</source>
        <translation>%1 ausgelassen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>„%1“ ist integriert und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Provider-Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/engine/Engine.cpp" line="+38"/>
        <source>Write a prompt or choose a photo to animate.</source>
        <translation>Schreiben Sie einen Prompt oder wählen Sie ein Foto zum Animieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size %1x%2 is outside %3..%4 pixels a side.</source>
        <translation>Die Größe %1x%2 liegt außerhalb von %3..%4 Pixeln pro Seite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size %1x%2 must have even sides (H.264 4:2:0).</source>
        <translation>Die Größe %1x%2 muss gerade Seitenlängen haben (H.264 4:2:0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be 1 to %1 seconds.</source>
        <translation>Die Dauer muss 1 bis %1 Sekunden betragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frame rate must be 1 to 60 frames a second.</source>
        <translation>Die Bildrate muss 1 bis 60 Bilder pro Sekunde betragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+67"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move the clip to %1.</source>
        <translation>Der Clip kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <location filename="../app/media/ImageFit.cpp" line="+53"/>
        <source>The photo %1 does not exist.</source>
        <translation>Das Foto %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 cannot be read.</source>
        <translation>Das Foto %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 is empty.</source>
        <translation>Das Foto %1 ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an image this program can read.</source>
        <translation>%1 ist kein Bild, das dieses Programm lesen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo %1 is damaged: it has no readable size.</source>
        <translation>Das Foto %1 ist beschädigt: Es hat keine lesbare Größe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo %1 is %2x%3 pixels; the largest side accepted is %4 pixels.</source>
        <translation>Das Foto %1 hat %2x%3 Pixel; die längste zulässige Seite ist %4 Pixel.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The photo %1 is damaged: %2</source>
        <translation>Das Foto %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>RemoteJobProvider</name>
    <message>
        <location filename="../app/providers/remote/ResultFiles.cpp" line="+33"/>
        <source>The video from %1 could not be read: %2.</source>
        <translation>Das Video von %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not decode</source>
        <translation>es lässt sich nicht dekodieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file from %1 is not a playable video: %2.</source>
        <translation>Die Datei von %1 ist kein abspielbares Video: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The video could not be moved into place at %1.</source>
        <translation>Das Video konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <location filename="../app/providers/remote/InlineVideo.cpp" line="+35"/>
        <source>an unexpected escape in the video text</source>
        <translation>eine unerwartete Escape-Sequenz im Videotext</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a broken escape in the video text</source>
        <translation>eine fehlerhafte Escape-Sequenz im Videotext</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>a character that is not base64 in the video text</source>
        <translation>ein Zeichen im Videotext, das kein Base64 ist</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the video text ends inside an escape</source>
        <translation>der Videotext endet innerhalb einer Escape-Sequenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video text has a stray character at its end</source>
        <translation>der Videotext hat am Ende ein überzähliges Zeichen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the video text is not valid base64</source>
        <translation>der Videotext ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>the video could not be written: %1</source>
        <translation>das Video konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>the video could not be written to %1: %2</source>
        <translation>das Video konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the answer holding the video cannot be read: %1</source>
        <translation>die Antwort mit dem Video kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer holding the video ended early</source>
        <translation>die Antwort mit dem Video endete vorzeitig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the video is empty</source>
        <translation>das Video ist leer</translation>
    </message>
</context>
<context>
    <name>RemoteMedia</name>
    <message>
        <location filename="../app/providers/remote/RemoteMedia.cpp" line="+27"/>
        <source>The fitted photo could not be written.</source>
        <translation>Das angepasste Foto konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The photo %1 does not exist.</source>
        <translation>Das Foto %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The fitted photo could not be saved in %1.</source>
        <translation>Das angepasste Foto konnte nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ShotFrames</name>
    <message>
        <location filename="../app/storyboard/ShotFrames.cpp" line="+14"/>
        <source>%1 has no picture to show</source>
        <translation>%1 hat kein Bild zum Anzeigen</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../app/storyboard/Speech.cpp" line="+34"/>
        <source>the speech synthesizer (espeak-ng) could not start; is espeak-ng-data installed?</source>
        <translation>die Sprachsynthese (espeak-ng) konnte nicht starten; ist espeak-ng-data installiert?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>there is no voice for the language &quot;%1&quot;</source>
        <translation>es gibt keine Stimme für die Sprache „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the speech synthesizer refused the text</source>
        <translation>die Sprachsynthese hat den Text abgelehnt</translation>
    </message>
</context>
<context>
    <name>Storyboard</name>
    <message>
        <location filename="../app/storyboard/ShotRequest.cpp" line="+77"/>
        <source>there is no provider named &quot;%1&quot;</source>
        <translation>es gibt keinen Anbieter namens „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not offer the model &quot;%2&quot;</source>
        <translation>%1 bietet das Modell „%2“ nicht an</translation>
    </message>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+154"/>
        <source>shot %1</source>
        <translation>Einstellung %1</translation>
    </message>
</context>
<context>
    <name>Subtitles</name>
    <message>
        <location filename="../app/storyboard/Subtitles.cpp" line="+53"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../app/net/UrlPolicy.cpp" line="+39"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only http and https addresses can be used, not &quot;%1&quot;.</source>
        <translation>Nur http- und https-Adressen können verwendet werden, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <location filename="../app/providers/comfyui/ComfyProtocol.cpp" line="+105"/>
        <source>%1 does not have the node &quot;%2&quot;: install the custom node that provides it (ComfyUI Manager can), then restart the server.</source>
        <translation>%1 hat den Node „%2“ nicht: Installieren Sie den Custom Node, der ihn bereitstellt (ComfyUI Manager kann das), und starten Sie dann den Server neu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not have the model file &quot;%2&quot; (%3 looks for it in %4): download it there, then try again.</source>
        <translation>%1 hat die Modelldatei „%2“ nicht (%3 sucht sie in %4): Laden Sie sie dorthin herunter und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not find the uploaded photo: %2</source>
        <translation>%1 konnte das hochgeladene Foto nicht finden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the workflow: %2 (node %3, %4).</source>
        <translation>%1 hat den Workflow abgelehnt: %2 (Node %3, %4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refused the workflow: %2</source>
        <translation>%1 hat den Workflow abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>%1 lacks the node(s) %2 (install the custom nodes that provide them)</source>
        <translation>%1 fehlen die Nodes %2 (installieren Sie die Custom Nodes, die sie bereitstellen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lacks the model file %2 (put it in %3)</source>
        <translation>%1 fehlt die Modelldatei %2 (legen Sie sie in %3 ab)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 ran out of GPU memory%2: choose a smaller size or a shorter clip, or close other work on that GPU.</source>
        <translation>%1 hatte keinen GPU-Speicher mehr%2: Wählen Sie eine kleinere Größe oder einen kürzeren Clip oder beenden Sie andere Arbeiten auf dieser GPU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed while running the workflow: %2</source>
        <translation>%1 ist beim Ausführen des Workflows fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed in %2: %3</source>
        <translation>%1 ist in %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyServers.cpp" line="+96"/>
        <source>The workflow %1 cannot be read: %2</source>
        <translation>Der Workflow %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no ComfyUI workflow for the model &quot;%1&quot;.</source>
        <translation>Es gibt keinen ComfyUI-Workflow für das Modell „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workflow for %1 takes no photo.</source>
        <translation>Der Workflow für %1 nimmt kein Foto an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workflow for %1 needs a photo.</source>
        <translation>Der Workflow für %1 benötigt ein Foto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workflow for %1 has no LoadImage node or {{image}} placeholder for the photo.</source>
        <translation>Der Workflow für %1 hat keinen LoadImage-Node und keinen {{image}}-Platzhalter für das Foto.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 does not answer (%2)</source>
        <translation>%1 antwortet nicht (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the key (HTTP %2)</source>
        <translation>%1 hat den Schlüssel abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not answer like ComfyUI (HTTP %2)</source>
        <translation>%1 antwortet nicht wie ComfyUI (HTTP %2)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No ComfyUI server is configured.</source>
        <translation>Es ist kein ComfyUI-Server konfiguriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ComfyUI server answered: %1.</source>
        <translation>Kein ComfyUI-Server hat geantwortet: %1.</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyWorkflow.cpp" line="+95"/>
        <source>The workflow is not JSON (%1 at byte %2).</source>
        <translation>Der Workflow ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is ComfyUI&apos;s editor format; save the workflow with &quot;Export (API)&quot; instead.</source>
        <translation>Dies ist das Editorformat von ComfyUI; speichern Sie den Workflow stattdessen mit „Export (API)“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workflow has no nodes.</source>
        <translation>Der Workflow hat keine Nodes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node %1 of the workflow has no class_type or inputs: is it an API-format graph?</source>
        <translation>Node %1 des Workflows hat kein class_type oder inputs: Ist es ein Graph im API-Format?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workflow saves no video (no SaveVideo, VHS_VideoCombine or SaveAnimatedWEBP node).</source>
        <translation>Der Workflow speichert kein Video (kein SaveVideo-, VHS_VideoCombine- oder SaveAnimatedWEBP-Node).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workflow has no place for the prompt: put &quot;{{prompt}}&quot; in the positive text.</source>
        <translation>Der Workflow hat keine Stelle für den Prompt: Setzen Sie „{{prompt}}“ in den positiven Text.</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfySurveySummary.cpp" line="+17"/>
        <source>%1: down: %2</source>
        <translation>%1: nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown device</source>
        <translation>unbekanntes Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 job queued</source>
        <translation>1 Auftrag in der Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs queued</source>
        <translation>%1 Aufträge in der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ComfyUI %2, %3, %4 GiB of %5 GiB VRAM free, %6</source>
        <translation>%1: ComfyUI %2, %3, %4 GiB von %5 GiB VRAM frei, %6</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (photo)</source>
        <translation>%1 (Foto)</translation>
    </message>
</context>
<context>
    <name>provider</name>
    <message>
        <location filename="../app/cli/CommandProvider.cpp" line="+54"/>
        <source>%1 is not a remote provider.</source>
        <translation>%1 ist kein entfernter Anbieter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 did not answer within two minutes.</source>
        <translation>%1 hat nicht innerhalb von zwei Minuten geantwortet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="+62"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--price-per-second does not apply to fal: each endpoint&apos;s price is in the catalogue, since fal reports no cost.</source>
        <translation>--price-per-second gilt nicht für fal: Der Preis jedes Endpunkts steht im Katalog, da fal keine Kosten meldet.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Added %1 (%2) at %3 with %n endpoint(s):</source>
        <translation>
            <numerusform>%1 (%2) unter %3 mit %n Endpunkt hinzugefügt:</numerusform>
            <numerusform>%1 (%2) unter %3 mit %n Endpunkten hinzugefügt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2. Check it with: reelcraft provider test %1</source>
        <translation>Schlüssel: der Schlüsselbund (reelcraft provider set-key %1), sonst $%2. Prüfen mit: reelcraft provider test %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein verwendbarer Name: Verwenden Sie Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--type must be videos-api, gemini, comfyui, openrouter or fal.</source>
        <translation>--type muss videos-api, gemini, comfyui, openrouter oder fal sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation>„%1“ ist ein integrierter Anbieter; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--base-url is needed for a videos-api server (e.g. http://127.0.0.1:30000/v1).</source>
        <translation>--base-url wird für einen videos-api-Server benötigt (z. B. http://127.0.0.1:30000/v1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option erwartet KEY=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--price-per-second takes dollars, like 0.1 or 0.</source>
        <translation>--price-per-second erwartet Dollar, etwa 0.1 oder 0.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No --model given, and the server&apos;s model list could not be read: %1</source>
        <translation>Kein --model angegeben, und die Modellliste des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>note: %1 is priced at $0 per second; set --price-per-second if the server bills.</source>
        <translation>Hinweis: %1 kostet 0 $ pro Sekunde; setzen Sie --price-per-second, falls der Server abrechnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 (%2) at %3 with %4.</source>
        <translation>%1 (%2) bei %3 mit %4 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>videos-api, gemini, comfyui, openrouter or fal.</source>
        <translation>videos-api, gemini, comfyui, openrouter oder fal.</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+119"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2.</source>
        <translation>Schlüssel: der Schlüsselbund (reelcraft provider set-key %1), sonst $%2.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>--price-per-second does not apply to %1: the service&apos;s list gives each model&apos;s price, and the charge is what it bills.</source>
        <translation>--price-per-second gilt nicht für %1: Die Liste des Dienstes nennt den Preis jedes Modells, und berechnet wird, was der Dienst abrechnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model list at %1 could not be read: %2</source>
        <translation>Die Modellliste unter %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Added %1 (%2) at %3 with %n model(s):</source>
        <translation>
            <numerusform>%1 (%2) unter %3 mit %n Modell hinzugefügt:</numerusform>
            <numerusform>%1 (%2) unter %3 mit %n Modellen hinzugefügt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note: left out %1</source>
        <translation>Hinweis: %1 ausgelassen</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  (built in)</source>
        <translation>  (integriert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (shut down %1)</source>
        <translation>  (eingestellt am %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no remote provider named &quot;%1&quot;.</source>
        <translation>Es gibt keinen entfernten Anbieter namens „%1“.</translation>
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
            <numerusform>%1 antwortet unter %2 und bietet %n Modell an:</numerusform>
            <numerusform>%1 antwortet unter %2 und bietet %n Modelle an:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (in this profile)</source>
        <translation>  (in diesem Profil)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: the profile&apos;s model %1 is not on the server&apos;s list.</source>
        <translation>Warnung: Das Modell %1 des Profils steht nicht auf der Liste des Servers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>„%1“ ist integriert und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Anbieterprofil namens „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter namens „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the key on standard input.</source>
        <translation>Geben Sie den Schlüssel über die Standardeingabe ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored the key %1 for %2 in the keychain.</source>
        <translation>Schlüssel %1 für %2 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add, list, test, remove or set-key</source>
        <translation>add, list, test, remove oder set-key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profile&apos;s name</source>
        <translation>der Name des Profils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API&apos;s base URL, e.g. http://127.0.0.1:30000/v1.</source>
        <translation>Die Basis-URL der API, z. B. http://127.0.0.1:30000/v1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An environment variable that may hold the key.</source>
        <translation>Eine Umgebungsvariable, die den Schlüssel enthalten kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model id the server serves (repeatable; default: the server&apos;s list).</source>
        <translation>Eine Modell-ID, die der Server anbietet (wiederholbar; Standard: die Liste des Servers).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the server bills per second of video, in dollars.</source>
        <translation>Was der Server pro Sekunde Video berechnet, in Dollar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A provider option, e.g. pollMinMs=500 (repeatable).</source>
        <translation>Eine Anbieteroption, z. B. pollMinMs=500 (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comfyui: your own API-format workflow (repeatable; {{prompt}}, {{seed}}, {{width}}, {{height}}, {{length}}, {{image}} mark where values go).</source>
        <translation>comfyui: Ihr eigener Workflow im API-Format (wiederholbar; {{prompt}}, {{seed}}, {{width}}, {{height}}, {{length}}, {{image}} markieren, wo Werte eingesetzt werden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comfyui: what a rented GPU costs per second, in dollars.</source>
        <translation>comfyui: was eine gemietete GPU pro Sekunde kostet, in Dollar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: reelcraft %1</source>
        <translation>Verwendung: reelcraft %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown action &quot;%1&quot;: use add, list, test, remove or set-key.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie add, list, test, remove oder set-key.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="-6"/>
        <source>Cannot read the workflow %1: %2</source>
        <translation>Der Workflow %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot keep a copy of the workflow in %1: %2</source>
        <translation>In %1 kann keine Kopie des Workflows abgelegt werden: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--base-url is needed for a ComfyUI server (e.g. http://127.0.0.1:8188); repeat it for each server of a pool.</source>
        <translation>--base-url ist für einen ComfyUI-Server nötig (z. B. http://127.0.0.1:8188); wiederholen Sie es für jeden Server eines Pools.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a server address like http://127.0.0.1:8188.</source>
        <translation>„%1“ ist keine Serveradresse wie http://127.0.0.1:8188.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--price-per-gpu-second takes dollars, like 0.0004.</source>
        <translation>--price-per-gpu-second erwartet Dollar, z. B. 0.0004.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a shipped ComfyUI template (%2); add your own with --workflow FILE.json.</source>
        <translation>„%1“ ist keine mitgelieferte ComfyUI-Vorlage (%2); fügen Sie mit --workflow FILE.json Ihre eigene hinzu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added %1 (ComfyUI) with %3 server: %2</source>
        <translation>%1 (ComfyUI) mit %3 Server hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 (ComfyUI) with %3 servers: %2</source>
        <translation>%1 (ComfyUI) mit %3 Servern hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models: %1. Check the servers with: reelcraft provider test %2</source>
        <translation>Modelle: %1. Prüfen Sie die Server mit: reelcraft provider test %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The servers of %1 did not answer within three minutes.</source>
        <translation>Die Server von %1 haben nicht innerhalb von drei Minuten geantwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: ready</source>
        <translation>%1: bereit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: not ready: %2</source>
        <translation>%1: nicht bereit: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(its node list could not be read, so nodes and model files were not checked)</source>
        <translation>(die Node-Liste konnte nicht gelesen werden, daher wurden Nodes und Modelldateien nicht geprüft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server of %1 can run a job now.</source>
        <translation>Kein Server von %1 kann jetzt einen Job ausführen.</translation>
    </message>
</context>
<context>
    <name>rc::BuiltinProvider</name>
    <message>
        <location filename="../app/providers/builtin/BuiltinProvider.cpp" line="+192"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The built-in engine crashed while making this clip. The studio is fine; try again, or try another seed.</source>
        <translation>Die integrierte Engine ist beim Erstellen dieses Clips abgestürzt. Dem Studio geht es gut; versuchen Sie es erneut oder mit einem anderen Seed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in engine stopped with code %1 without finishing the clip.</source>
        <translation>Die integrierte Engine wurde mit Code %1 beendet, ohne den Clip fertigzustellen.</translation>
    </message>
</context>
<context>
    <name>rc::ClipExporter</name>
    <message>
        <location filename="../app/service/ClipExporter.cpp" line="+52"/>
        <source>clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No clip is selected.</source>
        <translation>Kein Clip ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 could not be made.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reelcraft cannot write in %1: %2</source>
        <translation>Reelcraft kann nicht in %1 schreiben: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Clip %1: %2</source>
        <translation>Clip %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a finished clip</source>
        <translation>er ist kein fertiger Clip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its video file is missing (%1)</source>
        <translation>seine Videodatei fehlt (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it could not be copied to %1 (is the disk full?)</source>
        <translation>er konnte nicht nach %1 kopiert werden (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>rc::ClipLibrary</name>
    <message>
        <location filename="../app/service/ClipLibrary.cpp" line="+92"/>
        <source>There is no clip %1.</source>
        <translation>Es gibt keinen Clip %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the job before deleting it.</source>
        <translation>Brechen Sie den Auftrag ab, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 could not be moved to the trash.</source>
        <translation>Die Datei %1 konnte nicht in den Papierkorb verschoben werden.</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+16"/>
        <location line="+38"/>
        <location line="+30"/>
        <location line="+127"/>
        <source>The history could not be updated: %1</source>
        <translation>Der Verlauf konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+52"/>
        <location line="+65"/>
        <source>This deletion can no longer be undone.</source>
        <translation>Dieses Löschen kann nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The file %1 could not be restored.</source>
        <translation>Die Datei %1 konnte nicht wiederhergestellt werden.</translation>
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
        <translation>Ein Schlagwort braucht Text.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The history database could not store the project: %1</source>
        <translation>Die Verlaufsdatenbank konnte das Projekt nicht speichern: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history database could not rename the project: %1</source>
        <translation>Die Verlaufsdatenbank konnte das Projekt nicht umbenennen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The history database could not remove the project: %1</source>
        <translation>Die Verlaufsdatenbank konnte das Projekt nicht entfernen: %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+25"/>
        <source>A project needs a name.</source>
        <translation>Ein Projekt braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The clips could not be added to &quot;%1&quot;.</source>
        <translation>Die Clips konnten nicht zu „%1“ hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is already a project named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Projekt namens „%1“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>There is no project named &quot;%1&quot;.</source>
        <translation>Es gibt kein Projekt namens „%1“.</translation>
    </message>
</context>
<context>
    <name>rc::FalProvider</name>
    <message>
        <location filename="../app/providers/fal/FalProvider.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a fal endpoint id (owner/app/...).</source>
        <translation>„%1“ ist keine fal-Endpunkt-ID (owner/app/...).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fal endpoint %1 makes video from text only: remove the photo or pick an image-to-video endpoint.</source>
        <translation>Der fal-Endpunkt %1 erzeugt Video nur aus Text: Entfernen Sie das Foto oder wählen Sie einen Bild-zu-Video-Endpunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fal endpoint %1 makes video from a photo: add one.</source>
        <translation>Der fal-Endpunkt %1 erzeugt Video aus einem Foto: Fügen Sie eines hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no last frame.</source>
        <translation>Der fal-Endpunkt %1 akzeptiert kein letztes Bild.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 does not offer the size %2.</source>
        <translation>Der fal-Endpunkt %1 bietet die Größe %2 nicht an.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The photo cannot be used: %1</source>
        <translation>Das Foto kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last frame cannot be used: %1</source>
        <translation>Das letzte Bild kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 accepted the request but sent no request id, so Reelcraft cannot follow it. The job may exist and be billed: check fal&apos;s dashboard.</source>
        <translation>%1 hat die Anfrage angenommen, aber keine Anfrage-ID gesendet, daher kann Reelcraft sie nicht verfolgen. Der Job existiert möglicherweise und wird abgerechnet: Prüfen Sie das fal-Dashboard.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 no longer knows this request; nothing can be fetched.</source>
        <translation>%1 kennt diese Anfrage nicht mehr; es kann nichts abgerufen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in queue, position %1</source>
        <translation>in der Warteschlange, Position %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in queue</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The job&apos;s fal request id (%1) cannot be read.</source>
        <translation>Die fal-Anfrage-ID des Jobs (%1) kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 hat auf eine Statusanfrage mit unlesbaren Daten geantwortet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 finished the job but its result names no video.</source>
        <translation>%1 hat den Job abgeschlossen, aber das Ergebnis nennt kein Video.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 hat den Prompt oder das Foto aufgrund seiner Inhaltsrichtlinie abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the %2 for %3: %4</source>
        <translation>%1 hat die Angabe „%2“ für %3 abgelehnt: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the input field &quot;%2&quot; for %3: %4</source>
        <translation>%1 hat das Eingabefeld „%2“ für %3 abgelehnt: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the request for %2: %3</source>
        <translation>%1 hat die Anfrage für %2 abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>rc::GeminiProvider</name>
    <message>
        <location filename="../app/providers/gemini/GeminiProvider.cpp" line="+83"/>
        <source>The photo cannot be used: %1</source>
        <translation>Das Foto kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 hat eine Statusabfrage mit etwas Unlesbarem beantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Google no longer serves %1 on the Gemini API.</source>
        <translation>Google stellt %1 in der Gemini API nicht mehr bereit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google shut %1 down on the Gemini API on %2.</source>
        <translation>Google hat %1 in der Gemini API am %2 abgeschaltet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use %1 instead.</source>
        <translation>Verwenden Sie stattdessen %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An edit changes the earlier clip; it takes no new photo.</source>
        <translation>Eine Bearbeitung ändert den früheren Clip; sie nimmt kein neues Foto.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 accepted the request but sent no interaction id, so Reelcraft cannot follow it. The clip may still be made and billed.</source>
        <translation>%1 hat die Anfrage angenommen, aber keine Interaktions-ID gesendet, daher kann Reelcraft sie nicht verfolgen. Der Clip wird möglicherweise trotzdem erstellt und berechnet.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 no longer knows this clip&apos;s interaction; nothing can be fetched.</source>
        <translation>%1 kennt die Interaktion dieses Clips nicht mehr; es kann nichts abgerufen werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clip was cancelled on %1.</source>
        <translation>Der Clip wurde bei %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stopped the clip: the key&apos;s budget is used up.</source>
        <translation>%1 hat den Clip gestoppt: Das Budget des Schlüssels ist aufgebraucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped the clip before it was done (%2): %3</source>
        <translation>%1 hat den Clip vor der Fertigstellung gestoppt (%2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+91"/>
        <source>%1&apos;s safety filters refused the prompt or photo: %2</source>
        <translation>Die Sicherheitsfilter von %1 haben den Prompt oder das Foto abgelehnt: %2</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 could not make the clip: %2</source>
        <translation>%1 konnte den Clip nicht erstellen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s safety filters refused the clip: %2</source>
        <translation>Die Sicherheitsfilter von %1 haben den Clip abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 finished the clip without a video.</source>
        <translation>%1 hat den Clip ohne Video abgeschlossen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 put the video at another address (%2); Reelcraft does not send the key there.</source>
        <translation>%1 hat das Video unter einer anderen Adresse abgelegt (%2); Reelcraft sendet den Schlüssel nicht dorthin.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 could not prepare the video file.</source>
        <translation>%1 konnte die Videodatei nicht vorbereiten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 rejected the API key: %2</source>
        <translation>%1 hat den API-Schlüssel abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the key: %2</source>
        <translation>%1 hat den Schlüssel abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the quota or rate limit is used up: %2. Try again later or check the key&apos;s plan.</source>
        <translation>%1 meldet, dass Kontingent oder Rate-Limit aufgebraucht sind: %2. Versuchen Sie es später erneut oder prüfen Sie den Tarif des Schlüssels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP 429</source>
        <translation>HTTP 429</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the model is retired (%2). Use %3 instead.</source>
        <translation>%1 meldet, dass das Modell eingestellt wurde (%2). Verwenden Sie stattdessen %3.</translation>
    </message>
</context>
<context>
    <name>rc::GenerationService</name>
    <message>
        <location filename="../app/service/GenerationSubmit.cpp" line="+75"/>
        <source>The provider &quot;%1&quot; is not available in this build.</source>
        <translation>Der Anbieter „%1“ ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs an API key: add one in Settings, or set %2.</source>
        <translation>%1 benötigt einen API-Schlüssel: Fügen Sie einen in den Einstellungen hinzu oder setzen Sie %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs an API key: add one in Settings.</source>
        <translation>%1 benötigt einen API-Schlüssel: Fügen Sie einen in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 cannot remix clips.</source>
        <translation>%1 kann keine Clips remixen.</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationFinishing.cpp" line="+18"/>
        <source>finishing the clip…</source>
        <translation>Clip wird fertiggestellt…</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationSubmit.cpp" line="+2"/>
        <source>The photo %1 does not exist.</source>
        <translation>Das Foto %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last-frame photo %1 does not exist.</source>
        <translation>Das Foto für das letzte Bild, %1, existiert nicht.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>free: %1 charges nothing</source>
        <translation>kostenlos: %1 berechnet nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate: %1 s of %2 at %3</source>
        <translation>Schätzung: %1 s in %2 mit %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job could not be saved (%1); nothing was sent.</source>
        <translation>Der Auftrag konnte nicht gespeichert werden (%1); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The job could not be saved: %1. Nothing was sent.</source>
        <translation>Der Auftrag konnte nicht gespeichert werden: %1. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+118"/>
        <source>cancelled before it started</source>
        <translation>abgebrochen, bevor er begann</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This job is still running.</source>
        <translation>Dieser Auftrag läuft noch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>Nur ein fehlgeschlagener oder abgebrochener Auftrag kann wiederholt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>estimate for a retry</source>
        <translation>Schätzung für eine Wiederholung</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This job cannot be retried.</source>
        <translation>Dieser Auftrag kann nicht wiederholt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The retry could not be saved (%1); nothing was sent.</source>
        <translation>Der erneute Versuch konnte nicht gespeichert werden (%1); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationResume.cpp" line="+32"/>
        <source>could not be written to the history database: %1</source>
        <translation>konnte nicht in die Verlaufsdatenbank geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>queued again</source>
        <translation>erneut eingereiht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>picked up again on %1 (%2)</source>
        <translation>erneut aufgenommen bei %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reelcraft stopped while this clip was being made.</source>
        <translation>Reelcraft wurde beendet, während dieser Clip erstellt wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restarted after an interruption</source>
        <translation>nach einer Unterbrechung neu gestartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>made again from the start</source>
        <translation>von Anfang an neu erstellt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reelcraft stopped before this job&apos;s request was sent; nothing was sent or charged.</source>
        <translation>Reelcraft wurde beendet, bevor die Anfrage dieses Auftrags gesendet wurde; es wurde nichts gesendet oder berechnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never sent: stopped before the request left</source>
        <translation>nie gesendet: beendet, bevor die Anfrage abging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never reached the server; its estimate was released</source>
        <translation>hat den Server nie erreicht; seine Schätzung wurde freigegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reelcraft stopped while sending this job. It may have been created on the server; check your account there before retrying, so you do not pay twice.</source>
        <translation>Reelcraft wurde beim Senden dieses Auftrags beendet. Er wurde möglicherweise auf dem Server angelegt; prüfen Sie dort Ihr Konto, bevor Sie es erneut versuchen, damit Sie nicht doppelt zahlen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>may have been created on %1 (its estimate stays held). Look for it with `reelcraft remote %1`, then `reelcraft resume --attach %2 REMOTE-ID` to finish it, or `reelcraft resume --release %2` if it is not there.</source>
        <translation>wurde möglicherweise bei %1 erstellt (seine Schätzung bleibt reserviert). Suchen Sie ihn mit `reelcraft remote %1` und schließen Sie ihn dann mit `reelcraft resume --attach %2 REMOTE-ID` ab, oder mit `reelcraft resume --release %2`, falls er dort nicht ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reelcraft stopped while this job ran and the provider cannot resume it.</source>
        <translation>Reelcraft wurde beendet, während dieser Auftrag lief, und der Anbieter kann ihn nicht fortsetzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted; the provider cannot resume it</source>
        <translation>unterbrochen; der Anbieter kann ihn nicht fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be resumed: %1 cannot pick up a job it was running</source>
        <translation>konnte nicht fortgesetzt werden: %1 kann einen laufenden Auftrag nicht wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+89"/>
        <source>The provider &quot;%1&quot; is not available.</source>
        <translation>Der Anbieter „%1“ ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The history database could not be written: %1</source>
        <translation>Die Verlaufsdatenbank konnte nicht beschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationFinishing.cpp" line="+10"/>
        <source>The provider reported success but the video file is missing.</source>
        <translation>Der Anbieter hat Erfolg gemeldet, aber die Videodatei fehlt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final: the provider&apos;s reported cost</source>
        <translation>endgültig: die vom Anbieter gemeldeten Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final: free</source>
        <translation>endgültig: kostenlos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final: as estimated</source>
        <translation>endgültig: wie geschätzt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the clip could not be finished: %1</source>
        <translation>der Clip konnte nicht fertiggestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+117"/>
        <source>paused (%1): %2</source>
        <translation>pausiert (%1): %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>retrying after: %1</source>
        <translation>Wiederholung nach: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>rc::OpenRouterProvider</name>
    <message>
        <location filename="../app/providers/openrouter/OpenRouterProvider.cpp" line="+73"/>
        <source>The photo cannot be used: %1</source>
        <translation>Das Foto kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last frame cannot be used: %1</source>
        <translation>Der letzte Frame kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 accepted the request but sent no job id, so Reelcraft cannot follow it. The job may exist and be billed: check the provider&apos;s dashboard.</source>
        <translation>%1 hat die Anfrage angenommen, aber keine Job-ID gesendet, daher kann Reelcraft ihr nicht folgen. Der Job existiert möglicherweise und wird abgerechnet: Prüfen Sie das Dashboard des Providers.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 hat eine Statusanfrage mit etwas Unlesbarem beantwortet.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 hat den Prompt oder das Foto gemäß seiner Inhaltsrichtlinie abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not make the video and gave no reason.</source>
        <translation>%1 konnte das Video nicht erstellen und hat keinen Grund genannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not make the video: %2</source>
        <translation>%1 konnte das Video nicht erstellen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job was cancelled on %1.</source>
        <translation>Der Job wurde bei %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer holds the video (it expired before it was downloaded).</source>
        <translation>%1 hat das Video nicht mehr (es ist abgelaufen, bevor es heruntergeladen wurde).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported an unknown job status &quot;%2&quot;.</source>
        <translation>%1 hat einen unbekannten Jobstatus „%2“ gemeldet.</translation>
    </message>
</context>
<context>
    <name>rc::VideosApiProvider</name>
    <message>
        <location filename="../app/providers/videosapi/VideosApiProvider.cpp" line="+25"/>
        <source>OpenAI shut this service down on %1; choose another provider.</source>
        <translation>OpenAI hat diesen Dienst am %1 eingestellt; wählen Sie einen anderen Anbieter.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The photo cannot be used: %1</source>
        <translation>Das Foto kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 accepted the request but sent no job id, so Reelcraft cannot follow it. The job may exist and be billed: check the provider&apos;s dashboard.</source>
        <translation>%1 hat die Anfrage angenommen, aber keine Auftrags-ID gesendet, daher kann Reelcraft ihr nicht folgen. Der Auftrag existiert möglicherweise und wird berechnet: Prüfen Sie das Dashboard des Anbieters.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server lost this job (%1 no longer knows it, perhaps after a restart); nothing can be fetched.</source>
        <translation>Der Server hat diesen Auftrag verloren (%1 kennt ihn nicht mehr, vielleicht nach einem Neustart); es kann nichts abgerufen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 hat eine Statusabfrage mit etwas Unlesbarem beantwortet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 hat den Prompt oder das Foto gemäß seiner Inhaltsrichtlinie abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job was cancelled or deleted on %1.</source>
        <translation>Der Auftrag wurde auf %1 abgebrochen oder gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not make the video and gave no reason.</source>
        <translation>%1 konnte das Video nicht erstellen und hat keinen Grund genannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not make the video: %2</source>
        <translation>%1 konnte das Video nicht erstellen: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 does not support %2.</source>
        <translation>%1 unterstützt %2 nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not support listing jobs.</source>
        <translation>%1 unterstützt das Auflisten von Aufträgen nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listing jobs</source>
        <translation>Auflisten von Aufträgen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not support deleting jobs.</source>
        <translation>%1 unterstützt das Löschen von Aufträgen nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>deleting jobs</source>
        <translation>Löschen von Aufträgen</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+194"/>
        <source>%1 does not support remix.</source>
        <translation>%1 unterstützt Remix nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remix</source>
        <translation>Remix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent no id for the remix.</source>
        <translation>%1 hat keine ID für den Remix gesendet.</translation>
    </message>
</context>
<context>
    <name>rc::batch</name>
    <message>
        <location filename="../app/batch/BatchPlan.cpp" line="+26"/>
        <source>the sku is empty</source>
        <translation>die SKU ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sku &quot;%1&quot; cannot name a file</source>
        <translation>die SKU „%1“ kann keine Datei benennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sku &quot;%1&quot; has a character a file name cannot have (/ \ : * ? &quot; &lt; &gt; |)</source>
        <translation>die SKU „%1“ enthält ein Zeichen, das in Dateinamen nicht erlaubt ist (/ \ : * ? &quot; &lt; &gt; |)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sku &quot;%1&quot; is longer than 120 characters</source>
        <translation>die SKU „%1“ ist länger als 120 Zeichen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter namens „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not offer the model &quot;%2&quot; (it offers %3).</source>
        <translation>%1 bietet das Modell „%2“ nicht an (verfügbar: %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no preset &quot;%1&quot; (choose %2).</source>
        <translation>Es gibt keine Vorgabe „%1“ (wählen Sie %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the sku &quot;%1&quot; is already used by row %2</source>
        <translation>die SKU „%1“ wird bereits von Zeile %2 verwendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no photo is given</source>
        <translation>kein Foto angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the photo %1 cannot be used: %2</source>
        <translation>das Foto %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>seconds &quot;%1&quot; is not a whole number of seconds</source>
        <translation>Sekunden „%1“ ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>size &quot;%1&quot; is not WIDTHxHEIGHT such as 1280x720</source>
        <translation>Größe „%1“ ist nicht BREITExHÖHE wie 1280x720</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no preset &quot;%1&quot; (choose %2)</source>
        <translation>es gibt keine Vorgabe „%1“ (wählen Sie %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 offers no size at %2 seconds</source>
        <translation>%1 bietet bei %2 Sekunden keine Größe an</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no sku</source>
        <translation>keine SKU</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nothing to make: no products were found.</source>
        <translation>Es gibt nichts zu erstellen: Es wurden keine Produkte gefunden.</translation>
    </message>
    <message>
        <location filename="../app/batch/BatchSource.cpp" line="+49"/>
        <source>The sheet %1 cannot be read.</source>
        <translation>Die Tabelle %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 is larger than 16 MB; is it really a CSV product list?</source>
        <translation>Die Tabelle %1 ist größer als 16 MB; ist sie wirklich eine CSV-Produktliste?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sheet %1 is not valid CSV: %2</source>
        <translation>Die Tabelle %1 ist kein gültiges CSV: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 is empty.</source>
        <translation>Die Tabelle %1 ist leer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row 1 of %1 must name the columns; &quot;sku&quot; and &quot;photo&quot; are required (&quot;prompt&quot;, &quot;seconds&quot;, &quot;size&quot; and &quot;preset&quot; are optional).</source>
        <translation>Zeile 1 von %1 muss die Spalten benennen; &quot;sku&quot; und &quot;photo&quot; sind Pflicht (&quot;prompt&quot;, &quot;seconds&quot;, &quot;size&quot; und &quot;preset&quot; sind optional).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The sheet %1 has a header but no products.</source>
        <translation>Die Tabelle %1 hat eine Kopfzeile, aber keine Produkte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 cannot be read.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 has no photos.</source>
        <translation>Der Ordner %1 enthält keine Fotos.</translation>
    </message>
    <message>
        <location filename="../app/batch/ClipDelivery.cpp" line="+68"/>
        <source>the clip %1 has no pictures to crop</source>
        <translation>der Clip %1 hat keine Bilder zum Zuschneiden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write beside %1: %2</source>
        <translation>kann nicht neben %1 schreiben: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the clip %1 cannot be read: %2</source>
        <translation>der Clip %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>rc::batch::BatchRunner</name>
    <message>
        <location filename="../app/batch/BatchRunner.cpp" line="+96"/>
        <source>The output folder %1 cannot be created or written.</source>
        <translation>Der Ausgabeordner %1 kann nicht erstellt oder beschrieben werden.</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+18"/>
        <source>The job of an earlier run is gone from the history.</source>
        <translation>Der Auftrag eines früheren Laufs fehlt im Verlauf.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The clip was made (job %1) but could not be written to the folder: %2</source>
        <translation>Der Clip wurde erstellt (Auftrag %1), konnte aber nicht in den Ordner geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
</context>
<context>
    <name>rc::comfyui::ComfyProvider</name>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+118"/>
        <source>The job&apos;s ComfyUI id &quot;%1&quot; is not one Reelcraft wrote.</source>
        <translation>Die ComfyUI-ID „%1“ des Jobs stammt nicht von Reelcraft.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Asking the servers which is free</source>
        <translation>Server werden gefragt, welcher frei ist</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sending the photo</source>
        <translation>Foto wird gesendet</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 took the photo but did not say under which name.</source>
        <translation>%1 hat das Foto angenommen, aber nicht gesagt, unter welchem Namen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Queueing on %1</source>
        <translation>Wird bei %1 eingereiht</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 restarted and lost the job; sending it again</source>
        <translation>%1 wurde neu gestartet und hat den Auftrag verloren; er wird erneut gesendet</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyFollowing.cpp" line="+111"/>
        <source>%1 finished the job but saved no video (does the workflow end in SaveVideo?).</source>
        <translation>%1 hat den Job beendet, aber kein Video gespeichert (endet der Workflow mit SaveVideo?).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+109"/>
        <source>The job was stopped on %1 (interrupted there).</source>
        <translation>Der Job wurde bei %1 gestoppt (dort unterbrochen).</translation>
    </message>
    <message numerus="yes">
        <location line="-77"/>
        <source>Waiting on %1: %n job(s) ahead</source>
        <translation>
            <numerusform>Warten auf %1: %n Job davor</numerusform>
            <numerusform>Warten auf %1: %n Jobs davor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Running on %1</source>
        <translation>Läuft auf %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>its answer is not ComfyUI&apos;s</source>
        <translation>die Antwort stammt nicht von ComfyUI</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 has not answered for %n minute(s) (%2). The job may still be running there: &quot;reelcraft resume&quot; picks it up when the server is back.</source>
        <translation>
            <numerusform>%1 antwortet seit %n Minute nicht (%2). Der Job läuft dort möglicherweise noch: „reelcraft resume“ übernimmt ihn, wenn der Server wieder da ist.</numerusform>
            <numerusform>%1 antwortet seit %n Minuten nicht (%2). Der Job läuft dort möglicherweise noch: „reelcraft resume“ übernimmt ihn, wenn der Server wieder da ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not answer (%2); the job waits for it there</source>
        <translation>%1 antwortet nicht (%2); der Auftrag wartet dort darauf</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+14"/>
        <source>%1 no longer knows this job: the server restarted and lost its queue. Nothing more will come from it; generate the clip again to submit it anew.</source>
        <translation>%1 kennt diesen Job nicht mehr: Der Server wurde neu gestartet und hat seine Warteschlange verloren. Von dort kommt nichts mehr; generieren Sie den Clip erneut, um ihn neu einzureichen.</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyFollowing.cpp" line="+19"/>
        <source>Waiting on %1</source>
        <translation>Warten auf %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 finished the job, but its video is no longer in the server&apos;s output folder.</source>
        <translation>%1 hat den Job beendet, aber sein Video ist nicht mehr im Ausgabeordner des Servers.</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+68"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>rc::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/SingleInstance.cpp" line="+92"/>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reelcraft is already running for this profile but does not answer (%1).</source>
        <translation>Reelcraft läuft bereits für dieses Profil, antwortet aber nicht (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not pass the files to the running Reelcraft: %1</source>
        <translation>Die Dateien konnten nicht an das laufende Reelcraft übergeben werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Reelcraft did not confirm the files: %1</source>
        <translation>Das laufende Reelcraft hat die Dateien nicht bestätigt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The running Reelcraft did not confirm the files.</source>
        <translation>Das laufende Reelcraft hat die Dateien nicht bestätigt.</translation>
    </message>
</context>
<context>
    <name>rc::fal::FalInputs</name>
    <message>
        <location filename="../app/providers/fal/FalInputs.cpp" line="+70"/>
        <source>Reelcraft does not know how to fill in the fal endpoint %1: its catalogue has no input mapping for it (options.endpoints).</source>
        <translation>Reelcraft kann den fal-Endpunkt %1 nicht ausfüllen: Sein Katalog enthält keine Eingabezuordnung dafür (options.endpoints).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The fal endpoint %1 does not offer the size %2.</source>
        <translation>Der fal-Endpunkt %1 bietet die Größe %2 nicht an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 makes video from a photo: add one.</source>
        <translation>Der fal-Endpunkt %1 erzeugt Video aus einem Foto: Fügen Sie eines hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no photo.</source>
        <translation>Der fal-Endpunkt %1 akzeptiert kein Foto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no last frame.</source>
        <translation>Der fal-Endpunkt %1 akzeptiert kein letztes Bild.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative prompt</source>
        <translation>Negativ-Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last frame</source>
        <translation>letztes Bild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>rc::net::RemoteJobProvider</name>
    <message>
        <location filename="../app/providers/remote/RemoteJobProvider.cpp" line="+63"/>
        <source>There is no API key for %1.</source>
        <translation>Es gibt keinen API-Schlüssel für %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with a web page, not an API answer: is the base URL right?</source>
        <translation>%1 hat mit einer Webseite statt einer API-Antwort geantwortet: Ist die Basis-URL richtig?</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>There is no API key for %1: add one in Settings.</source>
        <translation>Es gibt keinen API-Schlüssel für %1: Fügen Sie einen in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no API key for %1: add one in Settings, or set %2.</source>
        <translation>Es gibt keinen API-Schlüssel für %1: Fügen Sie einen in den Einstellungen hinzu oder setzen Sie %2.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 did not finish the job within %2; Reelcraft stopped waiting (it may still finish and be billed on the server).</source>
        <translation>%1 hat den Auftrag nicht innerhalb von %2 abgeschlossen; Reelcraft wartet nicht mehr (er kann auf dem Server noch fertig werden und berechnet werden).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+233"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-232"/>
        <location line="+232"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="-203"/>
        <source>waiting for the server: %1 could not be reached (%2)</source>
        <translation>warte auf den Server: %1 war nicht erreichbar (%2)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>paused: disk full (the download from %1 could not be written)</source>
        <translation>pausiert: Datenträger voll (der Download von %1 konnte nicht geschrieben werden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for the server: the download from %1 failed (%2)</source>
        <translation>warte auf den Server: der Download von %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>paused: disk full (%1)</source>
        <translation>pausiert: Datenträger voll (%1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>waiting for the server: %1 has not answered for %2</source>
        <translation>warte auf den Server: %1 antwortet seit %2 nicht</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>rc::storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="-52"/>
        <source>each shot must be an object</source>
        <translation>jede Einstellung muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a prompt or give a photo</source>
        <translation>Schreiben Sie einen Prompt oder geben Sie ein Foto an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first shot has no previous shot to continue from</source>
        <translation>die erste Einstellung hat keine vorherige Einstellung, an die sie anschließen kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a shot starts either from a photo or from the previous shot, not both</source>
        <translation>eine Einstellung beginnt entweder mit einem Foto oder mit der vorherigen Einstellung, nicht mit beidem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either narration text or a voiceover recording, not both</source>
        <translation>geben Sie entweder Sprechertext oder eine Sprachaufnahme an, nicht beides</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::Reader</name>
    <message>
        <location line="-102"/>
        <source>unknown field &quot;%1&quot; (check its spelling)</source>
        <translation>unbekanntes Feld „%1“ (Schreibweise prüfen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>„%1“ muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 %2 does not exist</source>
        <translation>%1 %2 existiert nicht</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::ShotMaker</name>
    <message>
        <location filename="../app/storyboard/ShotMaker.cpp" line="+39"/>
        <source>%1 cannot start from a picture, so it cannot continue the previous shot</source>
        <translation>%1 kann nicht mit einem Bild beginnen und daher nicht an die vorherige Einstellung anschließen</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>cannot take the last frame of the previous shot</source>
        <translation>das letzte Bild der vorherigen Einstellung kann nicht übernommen werden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>it continues %1, which was not made</source>
        <translation>sie schließt an %1 an, das nicht erstellt wurde</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::Storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+107"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a storyboard is a JSON object</source>
        <translation>ein Storyboard ist ein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;size&quot; must be WIDTHxHEIGHT with even numbers, such as 1280x720, not &quot;%1&quot;</source>
        <translation>&quot;size&quot; muss BREITExHÖHE mit geraden Zahlen sein, etwa 1280x720, nicht „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;fps&quot; must be a whole number</source>
        <translation>&quot;fps&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;type&quot; must be &quot;cut&quot; or &quot;crossfade&quot;, not &quot;%1&quot;</source>
        <translation>&quot;type&quot; muss &quot;cut&quot; oder &quot;crossfade&quot; sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;transition&quot; must be an object such as {&quot;type&quot;: &quot;crossfade&quot;, &quot;seconds&quot;: 0.5}</source>
        <translation>&quot;transition&quot; muss ein Objekt sein, etwa {&quot;type&quot;: &quot;crossfade&quot;, &quot;seconds&quot;: 0.5}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>music file</source>
        <translation>Musikdatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the storyboard has no shots: &quot;shots&quot; must list at least one</source>
        <translation>das Storyboard hat keine Einstellungen: &quot;shots&quot; muss mindestens eine enthalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it lasts %1 s, shorter than two crossfades of %2 s</source>
        <translation>sie dauert %1 s, kürzer als zwei Überblendungen von %2 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::AddProviderDialog</name>
    <message>
        <location filename="../ui/settings/AddProviderDialog.cpp" line="+22"/>
        <source>Add Provider</source>
        <translation>Provider hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of service</source>
        <translation>Art des Dienstes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider name</source>
        <translation>Provider-Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Service</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the service offers</source>
        <translation>Was der Dienst anbietet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the service what it offers, without saving anything</source>
        <translation>Den Dienst fragen, was er anbietet, ohne etwas zu speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Several servers (one per GPU): separate their addresses with spaces</source>
        <translation>Mehrere Server (einer pro GPU): Trennen Sie ihre Adressen durch Leerzeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ComfyUI server needs no key unless it sits behind a proxy that asks for one. Several servers: separate their addresses with spaces.</source>
        <translation>Ein ComfyUI-Server benötigt keinen Schlüssel, außer er steht hinter einem Proxy, der einen verlangt. Mehrere Server: Trennen Sie ihre Adressen durch Leerzeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paste the key from your %1 account</source>
        <translation>Schlüssel aus Ihrem %1-Konto einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in the system keychain, never in a file. Left empty, %1 from the environment is used.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Bleibt das Feld leer, wird %1 aus der Umgebung verwendet.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It answers and offers %n model(s).</source>
        <translation>
            <numerusform>Er antwortet und bietet %n Modell an.</numerusform>
            <numerusform>Er antwortet und bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test failed.</source>
        <translation>Der Test ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added.</source>
        <translation>Es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchCoordinator</name>
    <message>
        <location filename="../ui/batch/BatchCoordinator.cpp" line="+50"/>
        <source>None of the dropped files is a photo.</source>
        <translation>Keine der abgelegten Dateien ist ein Foto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Batch: product photos or a sheet</source>
        <translation>Neuer Stapel: Produktfotos oder eine Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product photos or a sheet (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.csv);;All files (*)</source>
        <translation>Produktfotos oder eine Tabelle (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Batch: a folder of product photos</source>
        <translation>Neuer Stapel: ein Ordner mit Produktfotos</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>New Batch</source>
        <translation>Neuer Stapel</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Batch %1: %2 of %3 clips in %4</source>
        <translation>Stapel %1: %2 von %3 Clips in %4</translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchDialog</name>
    <message>
        <location filename="../ui/batch/BatchDialog.cpp" line="+58"/>
        <location line="+215"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>New Batch: %1</source>
        <translation>Neuer Stapel: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>Produkt</translation>
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
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty for the product template. {sku} and {name} are filled in for each product.</source>
        <translation>Leer lassen für die Produktvorlage. {sku} und {name} werden für jedes Produkt ausgefüllt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Folder for the clips</source>
        <translation>Ordner für die Clips</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no sku)</source>
        <translation>(keine SKU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (made at %2, cropped)</source>
        <translation>%1 (erstellt in %2, zugeschnitten)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n product(s), one clip each.</source>
        <translation>
            <numerusform>%n Produkt, ein Clip.</numerusform>
            <numerusform>%n Produkte, je ein Clip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s). </source>
        <translation>
            <numerusform>%n Produkt. </numerusform>
            <numerusform>%n Produkte. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) to fix before the batch can start; nothing runs until then.</source>
        <translation>
            <numerusform>%n Problem muss behoben werden, bevor der Stapel starten kann; bis dahin läuft nichts.</numerusform>
            <numerusform>%n Probleme müssen behoben werden, bevor der Stapel starten kann; bis dahin läuft nichts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n already in the output folder, kept and skipped.</source>
        <translation>
            <numerusform>%n bereits im Ausgabeordner, behalten und übersprungen.</numerusform>
            <numerusform>%n bereits im Ausgabeordner, behalten und übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total: free (%1 charges nothing).</source>
        <translation>Gesamt: kostenlos (%1 berechnet nichts).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Estimated total: %1 for %n clip(s); within your budget.</source>
        <translation>
            <numerusform>Geschätzte Summe: %1 für %n Clip; innerhalb Ihres Budgets.</numerusform>
            <numerusform>Geschätzte Summe: %1 für %n Clips; innerhalb Ihres Budgets.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated total: %1. The whole batch would pass a spending cap: %2</source>
        <translation>Geschätzte Summe: %1. Der gesamte Stapel würde ein Ausgabenlimit überschreiten: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (%1)</source>
        <translation>Starten (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a folder for the clips.</source>
        <translation>Wählen Sie einen Ordner für die Clips.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This batch is estimated to cost %1 in all (%n clip(s)). Start it?</source>
        <translation>
            <numerusform>Dieser Stapel kostet voraussichtlich insgesamt %1 (%n Clip). Starten?</numerusform>
            <numerusform>Dieser Stapel kostet voraussichtlich insgesamt %1 (%n Clips). Starten?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchQueueGroup</name>
    <message>
        <location filename="../ui/batch/BatchQueueGroup.cpp" line="+16"/>
        <location line="+87"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1</source>
        <translation>Stapel %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch: %1</source>
        <translation>Stapel: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause or resume the batch</source>
        <translation>Stapel pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the batch</source>
        <translation>Stapel abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 von %n fertig</numerusform>
            <numerusform>%1 von %n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n fehlgeschlagen</numerusform>
            <numerusform> · %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n cancelled</source>
        <translation>
            <numerusform> · %n abgebrochen</numerusform>
            <numerusform> · %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · finished</source>
        <translation> · fertig</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · pausing (%n still under way)</source>
        <translation>
            <numerusform> · wird angehalten (%n läuft noch)</numerusform>
            <numerusform> · wird angehalten (%n laufen noch)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipActions</name>
    <message>
        <location filename="../ui/ClipActions.cpp" line="+56"/>
        <source>&amp;Reuse Settings</source>
        <translation>Einstellungen &amp;wiederverwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate &amp;Again</source>
        <translation>&amp;Erneut generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit / Remix…</source>
        <translation>&amp;Bearbeiten / Remixen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from &amp;Last Frame</source>
        <translation>Ab &amp;letztem Bild fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+110"/>
        <source>&amp;Export Clip…</source>
        <translation>Clip e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+110"/>
        <source>&amp;Delete Clip</source>
        <translation>Clip lö&amp;schen</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;Tag…</source>
        <translation>&amp;Schlagwort…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to &amp;Project…</source>
        <translation>Zu &amp;Projekt hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rename Project…</source>
        <translation>Projekt &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Project…</source>
        <translation>Projekt ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the compose panel with this clip&apos;s prompt and settings (Ctrl+R)</source>
        <translation>Das Erstellungsfeld mit Prompt und Einstellungen dieses Clips füllen (Strg+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make another take with the same settings and a new seed (Ctrl+Shift+G)</source>
        <translation>Eine weitere Version mit denselben Einstellungen und neuem Seed erstellen (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the provider for a change to this clip (&quot;now it snows&quot;); the rest of the scene stays, and the result is kept as a new clip next to this one (Ctrl+E)</source>
        <translation>Den Anbieter um eine Änderung an diesem Clip bitten („jetzt schneit es“); der Rest der Szene bleibt, und das Ergebnis wird als neuer Clip neben diesem gespeichert (Strg+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this clip&apos;s last frame as the input photo (Ctrl+L)</source>
        <translation>Das letzte Bild dieses Clips als Eingabefoto verwenden (Strg+L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a tag to the selected clips</source>
        <translation>Den ausgewählten Clips ein Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected clips in a project, new or existing</source>
        <translation>Die ausgewählten Clips einem neuen oder vorhandenen Projekt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not Changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>&amp;Export %n Clips…</source>
        <translation>
            <numerusform>%n Clip &amp;exportieren…</numerusform>
            <numerusform>%n Clips &amp;exportieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Delete %n Clips</source>
        <translation>
            <numerusform>%n Clip &amp;löschen</numerusform>
            <numerusform>%n Clips &amp;löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Only a finished clip made by a remote provider can be edited.</source>
        <translation>Nur ein fertiger Clip eines Remote-Anbieters kann bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit Clip</source>
        <translation>Clip bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what should change; the rest of the scene stays the same.
For example: now it snows. Keep everything else the same.</source>
        <translation>Beschreiben Sie, was sich ändern soll; der Rest der Szene bleibt gleich.
Zum Beispiel: Jetzt schneit es. Alles andere bleibt gleich.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The last frame could not be read: %1</source>
        <translation>Das letzte Bild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no frame decoded</source>
        <translation>kein Bild dekodiert</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n clip(s) marked as favourites.</source>
        <translation>
            <numerusform>%n Clip als Favorit markiert.</numerusform>
            <numerusform>%n Clips als Favoriten markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) no longer favourites.</source>
        <translation>
            <numerusform>%n Clip ist kein Favorit mehr.</numerusform>
            <numerusform>%n Clips sind keine Favoriten mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Clips to a Folder</source>
        <translation>Clips in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Clip</source>
        <translation>Clip exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clip could not be exported to %1.</source>
        <translation>Der Clip konnte nicht nach %1 exportiert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>Delete Clip</source>
        <translation>Clip löschen</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <location line="+6"/>
        <source>Delete Clips</source>
        <translation>Clips löschen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Delete this clip and its video file?</source>
        <translation>Diesen Clip und seine Videodatei löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n clip(s) and their video files?</source>
        <translation>
            <numerusform>%n Clip und seine Videodatei löschen?</numerusform>
            <numerusform>%n Clips und ihre Videodateien löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files go to Reelcraft&apos;s trash and are erased when you close Reelcraft; until then Edit › Undo (Ctrl+Z) brings them back.</source>
        <translation>Die Dateien kommen in den Papierkorb von Reelcraft und werden beim Beenden von Reelcraft endgültig gelöscht; bis dahin lassen sie sich mit Bearbeiten › Rückgängig (Ctrl+Z) wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Paid for: %n (%1 in total). The spend history keeps what they cost; a video cannot be made again for free.</source>
        <translation>
            <numerusform>Bezahlt: %n (insgesamt %1). Der Ausgabenverlauf behält die Kosten; ein Video kann nicht kostenlos erneut erstellt werden.</numerusform>
            <numerusform>Bezahlt: %n (insgesamt %1). Der Ausgabenverlauf behält die Kosten; ein Video kann nicht kostenlos erneut erstellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Already without a video file: %n (only the entry in the gallery goes).</source>
        <translation>
            <numerusform>Bereits ohne Videodatei: %n (nur der Eintrag in der Galerie wird entfernt).</numerusform>
            <numerusform>Bereits ohne Videodatei: %n (nur die Einträge in der Galerie werden entfernt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Still queued or running, and left alone (cancel them first): %n.</source>
        <translation>
            <numerusform>Noch in der Warteschlange oder in Bearbeitung und daher übergangen (zuerst abbrechen): %n.</numerusform>
            <numerusform>Noch in der Warteschlange oder in Bearbeitung und daher übergangen (zuerst abbrechen): %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clips could not be deleted.</source>
        <translation>Die Clips konnten nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) deleted. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n Clip gelöscht. Mit Ctrl+Z rückgängig machen.</numerusform>
            <numerusform>%n Clips gelöscht. Mit Ctrl+Z rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) could not be deleted.</source>
        <translation>
            <numerusform>%n Clip konnte nicht gelöscht werden.</numerusform>
            <numerusform>%n Clips konnten nicht gelöscht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+20"/>
        <source>Export Clips</source>
        <translation>Clips exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>Exporting %n clip(s)…</source>
        <translation>
            <numerusform>%n Clip wird exportiert…</numerusform>
            <numerusform>%n Clips werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Export cancelled: %n clip(s) written to %1.</source>
        <translation>
            <numerusform>Export abgebrochen: %n Clip nach %1 geschrieben.</numerusform>
            <numerusform>Export abgebrochen: %n Clips nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) exported to %1.</source>
        <translation>
            <numerusform>%n Clip nach %1 exportiert.</numerusform>
            <numerusform>%n Clips nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) could not be exported.</source>
        <translation>
            <numerusform>%n Clip konnte nicht exportiert werden.</numerusform>
            <numerusform>%n Clips konnten nicht exportiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag Clips</source>
        <translation>Clips verschlagworten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag for %n clip(s):</source>
        <translation>
            <numerusform>Schlagwort für %n Clip:</numerusform>
            <numerusform>Schlagwort für %n Clips:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tagged %n clip(s) &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Clip mit „%1“ verschlagwortet.</numerusform>
            <numerusform>%n Clips mit „%1“ verschlagwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Project</source>
        <translation>Zu Projekt hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Project for %n clip(s) (type a new name to make one):</source>
        <translation>
            <numerusform>Projekt für %n Clip (neuen Namen eingeben, um eines anzulegen):</numerusform>
            <numerusform>Projekt für %n Clips (neuen Namen eingeben, um eines anzulegen):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n clip(s) added to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Clip zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Clips zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Rename Project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Project</source>
        <translation>Projekt entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project to remove (its clips stay in the gallery):</source>
        <translation>Zu entfernendes Projekt (seine Clips bleiben in der Galerie):</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The clip could not be deleted.</source>
        <translation>Der Clip konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipDetails</name>
    <message>
        <location filename="../ui/gallery/ClipDetails.cpp" line="+23"/>
        <source>Select a clip to see its details.</source>
        <translation>Wählen Sie einen Clip, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip details</source>
        <translation>Clip-Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent clip</source>
        <translation>Ursprungsclip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation>Bearbeitungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Fertiggestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, item %2</source>
        <translation>%1, Element %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no prompt: from the photo only)</source>
        <translation>(kein Prompt: nur aus dem Foto)</translation>
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
        <translation> · aus einem Foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clip #%1</source>
        <translation>Clip #%1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>time-stamped %1 by %2</source>
        <translation>am %1 mit Zeitstempel von %2 versehen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1”, with its own credentials</source>
        <translation>„%1“, mit eigenen Inhaltsnachweisen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>edited as %1</source>
        <translation>bearbeitet als %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>free</source>
        <translation>kostenlos</translation>
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
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (made before Reelcraft wrote content credentials, or removed)</source>
        <translation>keine (erstellt, bevor Reelcraft Inhaltsnachweise schrieb, oder entfernt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT valid: %1</source>
        <translation>NICHT gültig: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>valid (C2PA) · %1 · made with %2 · signed by %3</source>
        <translation>gültig (C2PA) · %1 · erstellt mit %2 · signiert von %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>from %n source(s)</source>
        <translation>
            <numerusform>aus %n Quelle</numerusform>
            <numerusform>aus %n Quellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::ComposePanel</name>
    <message>
        <location filename="../ui/compose/ComposePanel.cpp" line="+38"/>
        <source>What the engine understood</source>
        <translation>Was die Engine verstanden hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add key…</source>
        <translation>Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of variations</source>
        <translation>Anzahl der Variationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many variations to make at once, each with the next seed</source>
        <translation>Wie viele Variationen auf einmal erstellt werden, jeweils mit dem nächsten Seed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget left</source>
        <translation>Verbleibendes Budget</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add API key</source>
        <translation>API-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the settings to add the provider&apos;s API key</source>
        <translation>Die Einstellungen öffnen, um den API-Schlüssel des Providers hinzuzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the clip cannot be generated</source>
        <translation>Warum der Clip nicht generiert werden kann</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the clip should not show: blur, text, extra fingers…</source>
        <translation>Was der Clip nicht zeigen soll: Unschärfe, Text, zusätzliche Finger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative prompt</source>
        <translation>Negativer Prompt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avoid (negative prompt)</source>
        <translation>Vermeiden (negativer Prompt)</translation>
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
            <numerusform>%n Clip würde %1 kosten, aber das Budget hat nur noch %2.</numerusform>
            <numerusform>%n Clips würden %1 kosten, aber das Budget hat nur noch %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Budget: %1 left today</source>
        <translation>Budget: heute noch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget: %1 left this month</source>
        <translation>Budget: diesen Monat noch %1</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>First and last frame</source>
        <translation>Erstes und letztes Bild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not start from a photo.</source>
        <translation>%1 kann nicht mit einem Foto beginnen.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ConsistencyNote</name>
    <message>
        <location filename="../ui/ConsistencyNote.cpp" line="+15"/>
        <source>Library check</source>
        <translation>Bibliotheksprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Hide this note</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the history against the media folder…</source>
        <translation>Der Verlauf wird mit dem Medienordner abgeglichen…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n clip(s) in the history have lost their video</source>
        <translation>
            <numerusform>%n Clip im Verlauf hat sein Video verloren</numerusform>
            <numerusform>%n Clips im Verlauf haben ihr Video verloren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n video(s) in the media folder are not in the history</source>
        <translation>
            <numerusform>%n Video im Medienordner steht nicht im Verlauf</numerusform>
            <numerusform>%n Videos im Medienordner stehen nicht im Verlauf</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clips whose video file is missing:</source>
        <translation>Clips, deren Videodatei fehlt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  clip %1</source>
        <translation>  Clip %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Videos that no clip in the history names:</source>
        <translation>Videos, die kein Clip im Verlauf nennt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Nothing was changed or deleted.</source>
        <translation>Es wurde nichts geändert oder gelöscht.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>History and Media Folder</source>
        <translation>Verlauf und Medienordner</translation>
    </message>
</context>
<context>
    <name>rc::ui::CropPreview</name>
    <message>
        <location filename="../ui/compose/CropPreview.cpp" line="+16"/>
        <source>Photo preview with crop frame</source>
        <translation>Fotovorschau mit Zuschnittrahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to choose the part of the photo the clip shows</source>
        <translation>Ziehen Sie, um den Bildausschnitt des Clips zu wählen</translation>
    </message>
</context>
<context>
    <name>rc::ui::FilePicker</name>
    <message>
        <location filename="../ui/storyboard/FilePicker.cpp" line="+32"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drop a photo here, or browse for one.</source>
        <translation>Legen Sie hier ein Foto ab oder suchen Sie eines aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop an audio file here, or browse for one.</source>
        <translation>Legen Sie hier eine Audiodatei ab oder suchen Sie eine aus.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a photo this studio can read.</source>
        <translation>%1 ist kein Foto, das dieses Studio lesen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an audio file (WAV, MP3, M4A, AAC, FLAC, Ogg or Opus).</source>
        <translation>%1 ist keine Audiodatei (WAV, MP3, M4A, AAC, FLAC, Ogg oder Opus).</translation>
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
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an Audio File</source>
        <translation>Audiodatei auswählen</translation>
    </message>
</context>
<context>
    <name>rc::ui::FirstRunHint</name>
    <message>
        <location filename="../ui/help/FirstRunHint.cpp" line="+14"/>
        <source>Add a Provider…</source>
        <translation>Anbieter hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Got It</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Welcome to Reelcraft.&lt;/b&gt; Clips are made by a &lt;i&gt;provider&lt;/i&gt;. The built-in engine is free, works offline and needs no key: it draws your scene with matching sound, good for drafts, lessons and product shots. For photoreal clips, use a provider with a key of your own: Google Gemini (its key goes in the settings), or OpenRouter and your own ComfyUI servers (added with &lt;tt&gt;reelcraft provider add&lt;/tt&gt;). The price shows on the Generate button before anything is spent.</source>
        <translation>&lt;b&gt;Willkommen bei Reelcraft.&lt;/b&gt; Clips werden von einem &lt;i&gt;Provider&lt;/i&gt; erstellt. Die eingebaute Engine ist kostenlos, arbeitet offline und braucht keinen Schlüssel: Sie zeichnet Ihre Szene mit passendem Ton, gut für Entwürfe, Unterricht und Produktaufnahmen. Für fotorealistische Clips nutzen Sie einen Provider mit eigenem Schlüssel: Google Gemini (der Schlüssel kommt in die Einstellungen) oder OpenRouter und eigene ComfyUI-Server (hinzugefügt mit &lt;tt&gt;reelcraft provider add&lt;/tt&gt;). Der Preis steht auf der Schaltfläche „Generieren“, bevor etwas ausgegeben wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opens the settings, where providers and their keys are kept</source>
        <translation>Öffnet die Einstellungen, in denen Anbieter und ihre Schlüssel verwaltet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this note for good</source>
        <translation>Diesen Hinweis dauerhaft ausblenden</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryDelegate</name>
    <message>
        <location filename="../ui/gallery/GalleryDelegate.cpp" line="+79"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✎ edit of #%1</source>
        <translation>✎ Bearbeitung von #%1</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryFilterBar</name>
    <message>
        <location filename="../ui/gallery/GalleryFilterBar.cpp" line="+27"/>
        <source>Search prompts…</source>
        <translation>Prompts durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search prompts</source>
        <translation>Prompts durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by provider</source>
        <translation>Nach Anbieter filtern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter by project</source>
        <translation>Nach Projekt filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage projects</source>
        <translation>Projekte verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New, rename or remove a project</source>
        <translation>Projekt anlegen, umbenennen oder entfernen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished clips</source>
        <translation>Fertige Clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ Favourites</source>
        <translation>★ Favoriten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourites only</source>
        <translation>Nur Favoriten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most expensive</source>
        <translation>Teuerste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation>Längste zuerst</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryModel</name>
    <message>
        <location filename="../ui/gallery/GalleryModel.cpp" line="+297"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>(photo only)</source>
        <translation>(nur Foto)</translation>
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
        <translation>Clip %1, eine Bearbeitung von Clip %2: %3</translation>
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
        <translation>Kachelgröße</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected clips</source>
        <translation>Ausgewählte Clips</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n clips selected</source>
        <translation>
            <numerusform>%n Clip ausgewählt</numerusform>
            <numerusform>%n Clips ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No clip matches these filters.</source>
        <translation>Kein Clip passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clips yet.
Write a prompt on the left and press Generate (Ctrl+Enter).</source>
        <translation>Noch keine Clips.
Schreiben Sie links einen Prompt und klicken Sie auf „Generieren“ (Strg+Eingabe).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n Clip</numerusform>
            <numerusform>%n Clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::GenerateButton</name>
    <message>
        <location filename="../ui/compose/GenerateButton.cpp" line="+14"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate · needs a key</source>
        <translation>Generieren · Schlüssel erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate %1 · %2</source>
        <translation>%1 generieren · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate · %1</source>
        <translation>Generieren · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate the clip (Ctrl+Enter)</source>
        <translation>Den Clip generieren (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>rc::ui::ImageDropZone</name>
    <message>
        <location filename="../ui/compose/ImageDropZone.cpp" line="+34"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input photo</source>
        <translation>Eingabefoto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last frame photo</source>
        <translation>Foto für das letzte Bild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a photo here, paste it (Ctrl+V) or browse.
Optional: the clip starts from it.
Drop several photos, a folder or a sheet for a batch.</source>
        <translation>Foto hier ablegen, einfügen (Strg+V) oder durchsuchen.
Optional: Der Clip beginnt damit.
Mehrere Fotos, einen Ordner oder eine Tabelle für einen Stapel ablegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the last frame here, paste or browse.
Optional: the clip ends on it.</source>
        <translation>Letztes Bild hier ablegen, einfügen oder durchsuchen.
Optional: Der Clip endet damit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a photo</source>
        <translation>Nach einem Foto suchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse for the last frame</source>
        <translation>Nach dem letzten Bild suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a photo</source>
        <translation>Ein Foto einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste the last frame</source>
        <translation>Letztes Bild einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photo</source>
        <translation>Das Foto entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the last frame</source>
        <translation>Letztes Bild entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photo problem</source>
        <translation>Problem mit dem Foto</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a readable image.</source>
        <translation>Es ist kein lesbares Bild.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The clipboard holds no picture.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pasted picture could not be saved in %1.</source>
        <translation>Das eingefügte Bild konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>rc::ui::JobNotifier</name>
    <message>
        <location filename="../ui/JobNotifier.cpp" line="+31"/>
        <source>Clip ready</source>
        <translation>Clip fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip failed</source>
        <translation>Clip fehlgeschlagen</translation>
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
        <translation>Reelcraft: keine laufenden Aufträge</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reelcraft: %n job(s) waiting</source>
        <translation>
            <numerusform>Reelcraft: %n Auftrag wartet</numerusform>
            <numerusform>Reelcraft: %n Aufträge warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n wartet</numerusform>
            <numerusform>, %n warten</numerusform>
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
        <translation>Reelcraft: %1%2 · %3&#xa0;%</translation>
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
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Photo…</source>
        <translation>&amp;Foto öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste P&amp;hoto</source>
        <translation>Foto e&amp;infügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Batch…</source>
        <translation>Neuer &amp;Stapel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One clip per product, from several photos or a sheet</source>
        <translation>Ein Clip pro Produkt, aus mehreren Fotos oder einer Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Batch from &amp;Folder…</source>
        <translation>Neuer Stapel aus &amp;Ordner…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Clips</source>
        <translation>Clips &amp;suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clip</source>
        <translation>&amp;Clip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Abspielen / Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Frame</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Frame</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Loop</source>
        <translation>&amp;Schleife</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mute</source>
        <translation>St&amp;ummschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spend</source>
        <translation>A&amp;usgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;toryboard</source>
        <translation>S&amp;toryboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Reelcraft</source>
        <translation>Über &amp;Reelcraft</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Spending Caps</source>
        <translation>Ausgabengrenzen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a clip to play it.</source>
        <translation>Wählen Sie einen Clip, um ihn abzuspielen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video file is missing.</source>
        <translation>Die Videodatei fehlt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clip ready: %1</source>
        <translation>Clip fertig: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n clip(s) imported into the gallery.</source>
        <translation>
            <numerusform>%n Clip in die Galerie importiert.</numerusform>
            <numerusform>%n Clips in die Galerie importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some files were not opened</source>
        <translation>Einige Dateien wurden nicht geöffnet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>%n Datei konnte nicht geöffnet werden.</numerusform>
            <numerusform>%n Dateien konnten nicht geöffnet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Quit Reelcraft</source>
        <translation>Reelcraft beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running. Quit anyway?
They resume next time where the provider allows it.</source>
        <translation>
            <numerusform>%n Auftrag läuft noch. Trotzdem beenden?
Er wird beim nächsten Start fortgesetzt, sofern der Anbieter das erlaubt.</numerusform>
            <numerusform>%n Aufträge laufen noch. Trotzdem beenden?
Sie werden beim nächsten Start fortgesetzt, sofern der Anbieter das erlaubt.</numerusform>
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
        <translation>A&amp;nbieter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Duration</source>
        <translation>Da&amp;uer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation>Auf&amp;lösung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PlanChips</name>
    <message>
        <location filename="../ui/compose/PlanChips.cpp" line="+32"/>
        <source>setting: %1</source>
        <translation>Schauplatz: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>light: %1</source>
        <translation>Licht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light: %1 → %2</source>
        <translation>Licht: %1 → %2</translation>
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
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>style: %1</source>
        <translation>Stil: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shot(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>silent</source>
        <translation>stumm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>music: %1</source>
        <translation>Musik: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type a prompt to see what the built-in engine will draw.</source>
        <translation>Geben Sie einen Prompt ein, um zu sehen, was die integrierte Engine zeichnen wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the engine understood</source>
        <translation>Was die Engine verstanden hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More of what the engine understood</source>
        <translation>Mehr von dem, was die Engine verstanden hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the engine will not draw</source>
        <translation>Wörter, die die Engine nicht zeichnen wird</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not drawn: %1</source>
        <translation>Nicht gezeichnet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in engine has no picture for these words; they only colour the scene. Not drawn: %1</source>
        <translation>Die integrierte Engine hat für diese Wörter kein Bild; sie färben nur die Szene. Nicht gezeichnet: %1</translation>
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
        <translation>Garten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beach</source>
        <comment>plan: setting</comment>
        <translation>Strand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ocean</source>
        <comment>plan: setting</comment>
        <translation>Meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <comment>plan: setting</comment>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desert</source>
        <comment>plan: setting</comment>
        <translation>Wüste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forest</source>
        <comment>plan: setting</comment>
        <translation>Wald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mountains</source>
        <comment>plan: setting</comment>
        <translation>Berge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outer space</source>
        <comment>plan: setting</comment>
        <translation>Weltraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underwater</source>
        <comment>plan: setting</comment>
        <translation>Unterwasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snowy landscape</source>
        <comment>plan: setting</comment>
        <translation>Schneelandschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farm</source>
        <comment>plan: setting</comment>
        <translation>Bauernhof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indoors</source>
        <comment>plan: setting</comment>
        <translation>Innenraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sky</source>
        <comment>plan: setting</comment>
        <translation>Himmel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dawn</source>
        <comment>plan: light, time of day</comment>
        <translation>Morgendämmerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning</source>
        <comment>plan: light, time of day</comment>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noon</source>
        <comment>plan: light, time of day</comment>
        <translation>Mittag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>golden hour</source>
        <comment>plan: light, time of day</comment>
        <translation>goldene Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sunset</source>
        <comment>plan: light, time of day</comment>
        <translation>Sonnenuntergang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>night</source>
        <comment>plan: light, time of day</comment>
        <translation>Nacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rain</source>
        <comment>plan: weather</comment>
        <translation>Regen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snow</source>
        <comment>plan: weather</comment>
        <translation>Schnee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fog</source>
        <comment>plan: weather</comment>
        <translation>Nebel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wind</source>
        <comment>plan: weather</comment>
        <translation>Wind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm</source>
        <comment>plan: weather</comment>
        <translation>Sturm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>static</source>
        <comment>plan: camera move</comment>
        <translation>statisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>push in</source>
        <comment>plan: camera move</comment>
        <translation>heranfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pull out</source>
        <comment>plan: camera move</comment>
        <translation>wegfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan left</source>
        <comment>plan: camera move</comment>
        <translation>nach links schwenken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan right</source>
        <comment>plan: camera move</comment>
        <translation>nach rechts schwenken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt up</source>
        <comment>plan: camera move</comment>
        <translation>nach oben neigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt down</source>
        <comment>plan: camera move</comment>
        <translation>nach unten neigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rise</source>
        <comment>plan: camera move</comment>
        <translation>aufsteigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orbit</source>
        <comment>plan: camera move</comment>
        <translation>umkreisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dolly</source>
        <comment>plan: camera move</comment>
        <translation>Dolly-Fahrt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cinematic</source>
        <comment>plan: visual style</comment>
        <translation>filmisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sci-fi</source>
        <comment>plan: visual style</comment>
        <translation>Science-Fiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dreamy</source>
        <comment>plan: visual style</comment>
        <translation>verträumt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surreal</source>
        <comment>plan: visual style</comment>
        <translation>surreal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documentary</source>
        <comment>plan: visual style</comment>
        <translation>dokumentarisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vintage</source>
        <comment>plan: visual style</comment>
        <translation>Vintage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calm</source>
        <comment>plan: music mood</comment>
        <translation>ruhig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>happy</source>
        <comment>plan: music mood</comment>
        <translation>fröhlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energetic</source>
        <comment>plan: music mood</comment>
        <translation>energiegeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dark</source>
        <comment>plan: music mood</comment>
        <translation>düster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epic</source>
        <comment>plan: music mood</comment>
        <translation>episch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dreamy</source>
        <comment>plan: music mood</comment>
        <translation>verträumt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>electronic</source>
        <comment>plan: music genre</comment>
        <translation>elektronisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>piano</source>
        <comment>plan: music genre</comment>
        <translation>Klavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambient</source>
        <comment>plan: music genre</comment>
        <translation>Ambient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lo-fi</source>
        <comment>plan: music genre</comment>
        <translation>Lo-Fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orchestral</source>
        <comment>plan: music genre</comment>
        <translation>orchestral</translation>
    </message>
</context>
<context>
    <name>rc::ui::PlayerControls</name>
    <message>
        <location filename="../ui/player/PlayerControls.cpp" line="+31"/>
        <location line="+71"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Play / pause (Space)</source>
        <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous frame (,)</source>
        <translation>Vorheriges Bild (,)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame (.)</source>
        <translation>Nächstes Bild (.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to jump; Left/Right step a frame, Shift+Left/Right a second</source>
        <translation>Klicken zum Springen; Links/Rechts: ein Frame, Umschalt+Links/Rechts: eine Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed and total time</source>
        <translation>Abgelaufene und gesamte Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute (M)</source>
        <translation>Stumm (M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (F or double-click; Esc leaves)</source>
        <translation>Vollbild (F oder Doppelklick; Esc beendet)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Pause</source>
        <translation>Pause</translation>
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
        <translation>Player</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a clip to play it.</source>
        <translation>Wählen Sie einen Clip, um ihn abzuspielen.</translation>
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
        <translation>Beschreiben Sie den Clip: wer oder was, wo, das Licht, die Kamera, der Ton…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent prompts</source>
        <translation>Letzte Prompts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent prompts (Alt+Up / Alt+Down)</source>
        <translation>Letzte Prompts (Alt+Hoch / Alt+Runter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt templates</source>
        <translation>Prompt-Vorlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompt length</source>
        <translation>Prompt-Länge</translation>
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
            <numerusform>%n Zeichen über dem Limit des Modells</numerusform>
            <numerusform>%n Zeichen über dem Limit des Modells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PromptTemplates</name>
    <message>
        <location filename="../ui/compose/PromptTemplates.cpp" line="+19"/>
        <source>Product showcase</source>
        <translation>Produktpräsentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A [product] on a [surface] in a bright studio, slow orbit camera, soft golden light, clean background, upbeat electronic music.</source>
        <translation>Ein [Produkt] auf einer [Oberfläche] in einem hellen Studio, langsame Kreisfahrt der Kamera, weiches goldenes Licht, schlichter Hintergrund, beschwingte elektronische Musik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson scene</source>
        <translation>Unterrichtsszene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm classroom scene explaining [topic]: a [subject] in a [setting], gentle push-in camera, morning light, soft piano music.</source>
        <translation>Eine ruhige Klassenzimmerszene, die [Thema] erklärt: ein [Motiv] in einer [Umgebung], sanfte Kamerafahrt nach vorn, Morgenlicht, leise Klaviermusik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social short</source>
        <translation>Social-Media-Kurzvideo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vertical, energetic shot of [subject] [action] in a [setting], fast camera, vivid colours, punchy music.</source>
        <translation>Eine vertikale, energiegeladene Aufnahme von [Motiv] [Handlung] in einer [Umgebung], schnelle Kamera, kräftige Farben, mitreißende Musik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand story</source>
        <translation>Markengeschichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A [setting] at dawn, then a [subject] [action], then the [product] revealed in warm light; cinematic, orchestral music.</source>
        <translation>Eine [Umgebung] im Morgengrauen, dann ein [Motiv] [Handlung], dann das [Produkt] in warmem Licht enthüllt; filmisch, orchestrale Musik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surreal art</source>
        <translation>Surreale Kunst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dreamy surreal [setting] where [subject] floats among [objects], slow drifting camera, pastel sky, ambient music.</source>
        <translation>Eine verträumte, surreale [Umgebung], in der [Motiv] zwischen [Objekten] schwebt, langsam treibende Kamera, pastellfarbener Himmel, Ambient-Musik.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProviderChoices</name>
    <message>
        <location filename="../ui/widgets/ProviderChoices.cpp" line="+42"/>
        <source>%1 (needs an API key)</source>
        <translation>%1 (API-Schlüssel erforderlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not available)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProvidersPage</name>
    <message>
        <location filename="../ui/settings/ProvidersPage.cpp" line="+31"/>
        <source>Providers</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Provider…</source>
        <translation>Provider &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an OpenRouter or fal.ai account, or your own ComfyUI servers</source>
        <translation>Ein OpenRouter- oder fal.ai-Konto oder Ihre eigenen ComfyUI-Server hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Key…</source>
        <translation>&amp;Schlüssel festlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove K&amp;ey</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh Models</source>
        <translation>Modelle &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the service&apos;s list of models, their lengths, sizes and prices again</source>
        <translation>Die Liste der Modelle des Dienstes mit Längen, Größen und Preisen neu einlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &amp;Provider…</source>
        <translation>&amp;Provider entfernen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider status</source>
        <translation>Provider-Status</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none needed</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (retired)</source>
        <translation>%1 (eingestellt)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or set %1 in the environment</source>
        <translation>oder setzen Sie %1 in der Umgebung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the built-in engine is set up; it needs no key. Add a provider to reach cloud models.</source>
        <translation>Nur die integrierte Engine ist eingerichtet; sie benötigt keinen Schlüssel. Fügen Sie einen Provider hinzu, um Cloud-Modelle zu nutzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the built-in engine is configured; it needs no key.</source>
        <translation>Nur die integrierte Engine ist konfiguriert; sie benötigt keinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Set the key for %1</source>
        <translation>Schlüssel für %1 festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key for %1</source>
        <translation>Schlüssel für %1 entfernen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set Key</source>
        <translation>Schlüssel festlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key for %1:</source>
        <translation>API-Schlüssel für %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key for %1 was not stored: %2</source>
        <translation>Der Schlüssel für %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for %1 is stored in the system keychain.</source>
        <translation>Der Schlüssel für %1 ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key for %1 was not removed: %2</source>
        <translation>Der Schlüssel für %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for %1 is removed from the keychain.</source>
        <translation>Der Schlüssel für %1 wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the models of %1…</source>
        <translation>Modelle von %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The models of %1 were not refreshed: %2</source>
        <translation>Die Modelle von %1 wurden nicht aktualisiert: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 offers %n model(s).</source>
        <translation>
            <numerusform>%1 bietet %n Modell an.</numerusform>
            <numerusform>%1 bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Provider</source>
        <translation>Provider entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its stored key? Clips made with it stay in the gallery.</source>
        <translation>%1 und den gespeicherten Schlüssel entfernen? Damit erstellte Clips bleiben in der Galerie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Added %1 with %n model(s). Choose it in the provider list to generate.</source>
        <translation>
            <numerusform>%1 mit %n Modell hinzugefügt. Wählen Sie ihn in der Provider-Liste aus, um zu generieren.</numerusform>
            <numerusform>%1 mit %n Modellen hinzugefügt. Wählen Sie ihn in der Provider-Liste aus, um zu generieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::QueueModel</name>
    <message numerus="yes">
        <location filename="../ui/queue/QueueModel.cpp" line="+14"/>
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>rc::ui::QueuePanel</name>
    <message>
        <location filename="../ui/queue/QueuePanel.cpp" line="+16"/>
        <source>No jobs running. Press Generate to start one.</source>
        <translation>Keine laufenden Aufträge. Klicken Sie auf „Generieren“, um einen zu starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
</context>
<context>
    <name>rc::ui::QueueRow</name>
    <message>
        <location filename="../ui/queue/QueueRow.cpp" line="+15"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel the job</source>
        <translation>Den Auftrag abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the job</source>
        <translation>Den Auftrag wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the queue</source>
        <translation>Aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(photo only)</source>
        <translation>(nur Foto)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Progress of job %1</source>
        <translation>Fortschritt von Auftrag %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+34"/>
        <location line="+174"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Providers and Keys</source>
        <translation>Anbieter und Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default provider</source>
        <translation>Standardanbieter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default &amp;provider</source>
        <translation>Standard&amp;anbieter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your home folder</source>
        <translation>Ihr persönlicher Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export folder</source>
        <translation>&amp;Exportordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clips are kept in the profile&apos;s media folder; Export copies one to this folder.</source>
        <translation>Clips werden im Medienordner des Profils aufbewahrt; „Exportieren“ kopiert einen Clip in diesen Ordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Reelcraft starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Reelcraft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show an “AI-generated” label in the top right corner of new clips</source>
        <translation>Eine Kennzeichnung „KI-generiert“ oben rechts in neuen Clips anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disclosure</source>
        <translation>Offenlegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clip carries content credentials that say it is AI-made; this also marks the pictures, for viewers who never see the credentials. A remote clip is re-encoded to draw it, keeping the provider&apos;s credentials as its parent.</source>
        <translation>Jeder Clip trägt Inhaltsnachweise (Content Credentials), die ihn als KI-erzeugt ausweisen; dies kennzeichnet zusätzlich die Bilder für Betrachter, die die Nachweise nie sehen. Ein entfernt erzeugter Clip wird dafür neu kodiert, wobei die Nachweise des Anbieters als übergeordnete Nachweise erhalten bleiben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None (works offline)</source>
        <translation>Keine (funktioniert offline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-stamp authority</source>
        <translation>Zeitstempeldienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time-stamp authority</source>
        <translation>&amp;Zeitstempeldienst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An RFC 3161 address (for example http://timestamp.digicert.com): each signature is sent there to prove when it was made. A clip is signed without one when the service cannot be reached.</source>
        <translation>Eine RFC-3161-Adresse (zum Beispiel http://timestamp.digicert.com): Jede Signatur wird dorthin gesendet, um zu belegen, wann sie erstellt wurde. Ist der Dienst nicht erreichbar, wird ein Clip ohne Zeitstempel signiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Caps apply to</source>
        <translation>Limits gelten für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers together</source>
        <translation>Alle Anbieter zusammen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily cap</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>no cap</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Monthly cap</source>
        <translation>Monatslimit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Applies to</source>
        <translation>&amp;Gilt für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily cap (USD)</source>
        <translation>&amp;Tageslimit (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly cap (USD)</source>
        <translation>&amp;Monatslimit (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job whose estimate would go over a cap is refused before anything is sent.</source>
        <translation>Ein Auftrag, dessen Schätzung ein Limit überschreiten würde, wird abgelehnt, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not an amount; write it like 5 or 12.50.</source>
        <translation>„%1“ ist kein Betrag; schreiben Sie ihn etwa als 5 oder 12.50.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The time-stamp authority must be an http:// or https:// address.</source>
        <translation>Der Zeitstempeldienst muss eine http://- oder https://-Adresse sein.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ShotModelPicker</name>
    <message>
        <location filename="../ui/storyboard/ShotModelPicker.cpp" line="+18"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+18"/>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <source>%1 (not offered)</source>
        <translation>%1 (nicht angeboten)</translation>
    </message>
</context>
<context>
    <name>rc::ui::SpendChart</name>
    <message>
        <location filename="../ui/spend/SpendChart.cpp" line="+11"/>
        <source>Spend per day</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spend in this period</source>
        <translation>Keine Ausgaben in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>rc::ui::SpendPanel</name>
    <message>
        <location filename="../ui/spend/SpendPanel.cpp" line="+17"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month: %1</source>
        <translation>Diesen Monat: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 %2 (%n job(s))</source>
        <translation>
            <numerusform>%1 %2 (%n Auftrag)</numerusform>
            <numerusform>%1 %2 (%n Aufträge)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing spent this month. The built-in engine is free.</source>
        <translation>Diesen Monat nichts ausgegeben. Die integrierte Engine ist kostenlos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month by provider: %1</source>
        <translation>Diesen Monat nach Anbieter: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::StoryboardPanel</name>
    <message>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+63"/>
        <source>Lesson title</source>
        <translation>Titel der Lektion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtitle (optional)</source>
        <translation>Unterzeile (optional)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drag the cards to change the order of the shots.</source>
        <translation>Ziehen Sie die Karten, um die Reihenfolge der Einstellungen zu ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shot</source>
        <translation>Einstellung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make again</source>
        <translation>Neu erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected shot again at the next &quot;Make lesson&quot;, even though it was made before.</source>
        <translation>Die ausgewählte Einstellung beim nächsten „Lektion erstellen“ neu erstellen, auch wenn sie schon erstellt wurde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make lesson</source>
        <translation>Lektion erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The lesson is ready: %1</source>
        <translation>Die Lektion ist fertig: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What the shot shows</source>
        <translation>Was die Einstellung zeigt</translation>
    </message>
    <message>
        <location filename="../ui/storyboard/StoryboardLessonControls.cpp" line="+27"/>
        <source>Whole lesson</source>
        <translation>Ganze Lektion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made by the built-in engine</source>
        <translation>Von der integrierten Engine erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a file</source>
        <translation>Aus einer Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No music file chosen</source>
        <translation>Keine Musikdatei ausgewählt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut</source>
        <translation>Schnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossfade</source>
        <translation>Überblendung</translation>
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
        <translation>Musik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Music file</source>
        <translation>Musikdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between shots</source>
        <translation>Zwischen Shots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show an “AI-generated” label in the top right corner</source>
        <translation>Ein „KI-generiert“-Label oben rechts anzeigen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the music file (Browse… or drop one on the music row).</source>
        <translation>Wählen Sie die Musikdatei (Durchsuchen… oder eine auf die Musikzeile ziehen).</translation>
    </message>
    <message>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+2"/>
        <source>Words on screen</source>
        <translation>Text im Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the voice speaks (the shot grows to fit them)</source>
        <translation>Text, den die Stimme spricht (die Einstellung wird passend verlängert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue from the previous shot&apos;s last frame</source>
        <translation>Am letzten Bild der vorherigen Einstellung fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narration</source>
        <translation>Sprechertext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: the narration text is spoken</source>
        <translation>Keine: Der Narrationstext wird gesprochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice-over</source>
        <translation>Voice-over</translation>
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
Untertitel: %2
Sprechertext: %3
Anbieter: %4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Continues from the previous shot</source>
        <translation>
Schließt an die vorherige Einstellung an</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>All shots made</source>
        <translation>Alle Einstellungen erstellt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shot(s) to make</source>
        <translation>
            <numerusform>%n Einstellung zu erstellen</numerusform>
            <numerusform>%n Einstellungen zu erstellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>lesson %1 s</source>
        <translation>Lektion %1 s</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The lesson was not joined: %1. The shots made are kept.</source>
        <translation>Die Lektion wurde nicht zusammengefügt: %1. Die erstellten Einstellungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson…</source>
        <translation>Lektion wird zusammengefügt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson: %p%</source>
        <translation>Lektion wird zusammengefügt: %p%</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Making the shots: %p%</source>
        <translation>Einstellungen werden erstellt: %p%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the shots…</source>
        <translation>Einstellungen werden erstellt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making the shots: %1 of %2 made…</source>
        <translation>Einstellungen werden erstellt: %1 von %2 fertig…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Lesson</source>
        <translation>Lektion exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1 (with its .srt and .vtt captions).</source>
        <translation>Exportiert nach %1 (mit den Untertiteln als .srt und .vtt).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>rc::ui::StudioApp</name>
    <message>
        <location filename="../ui/StudioApp.cpp" line="+54"/>
        <source>Reelcraft studio</source>
        <translation>Reelcraft-Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the profile folder DIR.</source>
        <translation>Den Profilordner DIR verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4 clips to import, or a photo to start from.</source>
        <translation>MP4-Clips zum Importieren oder ein Foto als Ausgangspunkt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reelcraft cannot start</source>
        <translation>Reelcraft kann nicht starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile at %1 cannot be opened:

%2</source>
        <translation>Das Profil unter %1 kann nicht geöffnet werden:

%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::StudioStatusBar</name>
    <message>
        <location filename="../ui/StudioStatusBar.cpp" line="+14"/>
        <source>Jobs running</source>
        <translation>Laufende Aufträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent today</source>
        <translation>Heute ausgegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No jobs running</source>
        <translation>Keine laufenden Aufträge</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
</context>
</TS>
