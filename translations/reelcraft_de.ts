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
    <name>BudgetGuard</name>
    <message>
        <location filename="../app/service/BudgetGuard.cpp" line="+41"/>
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
        <location line="+1"/>
        <source>This job would cost %1, but %2 of the %3 of %4 is already spent. Raise the cap in Settings or choose a cheaper option.</source>
        <translation>Dieser Auftrag würde %1 kosten, aber vom %3 von %4 sind bereits %2 ausgegeben. Erhöhen Sie das Limit in den Einstellungen oder wählen Sie eine günstigere Option.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../app/core/Catalogue.cpp" line="+278"/>
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
        <location line="+2"/>
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
        <location filename="../app/imports/ClipImporter.cpp" line="+31"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a playable video (%1)</source>
        <translation>kein abspielbares Video (%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>could not copy it into %1 (is the disk full?)</source>
        <translation>konnte nicht nach %1 kopiert werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
</context>
<context>
    <name>GeminiText</name>
    <message>
        <location filename="../app/providers/gemini/GeminiProtocol.cpp" line="+133"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by the provider&apos;s safety filter: %1</source>
        <translation>Vom Sicherheitsfilter des Anbieters abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the quota is used up: %2</source>
        <translation>%1 meldet, dass das Kontingent aufgebraucht ist: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the API key: %2</source>
        <translation>%1 hat den API-Schlüssel abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not make the video: %2</source>
        <translation>%1 konnte das Video nicht erstellen: %2</translation>
    </message>
</context>
<context>
    <name>HttpFailure</name>
    <message>
        <location filename="../app/net/HttpFailure.cpp" line="+27"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 (not an API answer: is the base URL right?)</source>
        <translation>HTTP %1 (keine API-Antwort: Ist die Basis-URL richtig?)</translation>
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
        <location line="+3"/>
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
        <location line="+38"/>
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
        <location line="+62"/>
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
        <location filename="../app/net/ResultFiles.cpp" line="+30"/>
        <source>The video could not be written to %1.</source>
        <translation>Das Video konnte nicht nach %1 geschrieben werden.</translation>
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
</context>
<context>
    <name>RemoteMedia</name>
    <message>
        <location filename="../app/providers/videosapi/RemoteMedia.cpp" line="+27"/>
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
    <name>provider</name>
    <message>
        <location filename="../app/cli/CommandProvider.cpp" line="+46"/>
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
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein verwendbarer Name: Verwenden Sie Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--type must be videos-api or gemini.</source>
        <translation>--type muss videos-api oder gemini sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation>„%1“ ist ein integrierter Anbieter; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--base-url is needed for a videos-api server (e.g. http://127.0.0.1:30000/v1).</source>
        <translation>--base-url wird für einen videos-api-Server benötigt (z. B. http://127.0.0.1:30000/v1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option erwartet KEY=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--price-per-second takes dollars, like 0.1 or 0.</source>
        <translation>--price-per-second erwartet Dollar, etwa 0.1 oder 0.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+2"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2.</source>
        <translation>Schlüssel: der Schlüsselbund (reelcraft provider set-key %1), sonst $%2.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+4"/>
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
        <location line="+2"/>
        <source>videos-api or gemini.</source>
        <translation>videos-api oder gemini.</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>rc::BuiltinProvider</name>
    <message>
        <location filename="../app/providers/builtin/BuiltinProvider.cpp" line="+171"/>
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
    <name>rc::ClipLibrary</name>
    <message>
        <location filename="../app/service/ClipLibrary.cpp" line="+29"/>
        <source>There is no clip %1.</source>
        <translation>Es gibt keinen Clip %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the job before deleting it.</source>
        <translation>Brechen Sie den Auftrag ab, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file %1 could not be moved to the trash.</source>
        <translation>Die Datei %1 konnte nicht in den Papierkorb verschoben werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history could not be updated.</source>
        <translation>Der Verlauf konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This deletion can no longer be undone.</source>
        <translation>Dieses Löschen kann nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 could not be restored.</source>
        <translation>Die Datei %1 konnte nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>rc::GeminiProvider</name>
    <message>
        <location filename="../app/providers/gemini/GeminiProvider.cpp" line="+34"/>
        <source>The photo cannot be used: %1</source>
        <translation>Das Foto kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 accepted the request but sent no operation name, so Reelcraft cannot follow it. The job may exist and be billed.</source>
        <translation>%1 hat die Anfrage angenommen, aber keinen Operationsnamen gesendet, daher kann Reelcraft ihr nicht folgen. Der Auftrag existiert möglicherweise und wird berechnet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server lost this job (%1 no longer knows the operation; results are kept about two days).</source>
        <translation>Der Server hat diesen Auftrag verloren (%1 kennt die Operation nicht mehr; Ergebnisse werden etwa zwei Tage aufbewahrt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 hat eine Statusabfrage mit etwas Unlesbarem beantwortet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the provider&apos;s safety filter: %1</source>
        <translation>Vom Sicherheitsfilter des Anbieters abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 finished the job without a video.</source>
        <translation>%1 hat den Auftrag ohne Video abgeschlossen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 rejected the API key: %2</source>
        <translation>%1 hat den API-Schlüssel abgelehnt: %2</translation>
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
</context>
<context>
    <name>rc::GenerationService</name>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+59"/>
        <source>The provider &quot;%1&quot; is not available in this build.</source>
        <translation>Der Anbieter „%1“ ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot remix clips.</source>
        <translation>%1 kann keine Clips remixen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 does not exist.</source>
        <translation>Das Foto %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last-frame photo %1 does not exist.</source>
        <translation>Das Foto für das letzte Bild, %1, existiert nicht.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>free: %1 charges nothing</source>
        <translation>kostenlos: %1 berechnet nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate: %1 s of %2 at %3</source>
        <translation>Schätzung: %1 s in %2 mit %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cancelled before it started</source>
        <translation>abgebrochen, bevor er begann</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This job is still running.</source>
        <translation>Dieser Auftrag läuft noch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>Nur ein fehlgeschlagener oder abgebrochener Auftrag kann wiederholt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>estimate for a retry</source>
        <translation>Schätzung für eine Wiederholung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This job cannot be retried.</source>
        <translation>Dieser Auftrag kann nicht wiederholt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reelcraft stopped while this clip was being made.</source>
        <translation>Reelcraft wurde beendet, während dieser Clip erstellt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restarted after an interruption</source>
        <translation>nach einer Unterbrechung neu gestartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reelcraft stopped while sending this job. It may have been created on the server; check your account there before retrying, so you do not pay twice.</source>
        <translation>Reelcraft wurde beim Senden dieses Auftrags beendet. Er wurde möglicherweise auf dem Server angelegt; prüfen Sie dort Ihr Konto, bevor Sie es erneut versuchen, damit Sie nicht doppelt zahlen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reelcraft stopped while this job ran and the provider cannot resume it.</source>
        <translation>Reelcraft wurde beendet, während dieser Auftrag lief, und der Anbieter kann ihn nicht fortsetzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted; the provider cannot resume it</source>
        <translation>unterbrochen; der Anbieter kann ihn nicht fortsetzen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The provider &quot;%1&quot; is not available.</source>
        <translation>Der Anbieter „%1“ ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The provider reported success but the video file is missing.</source>
        <translation>Der Anbieter hat Erfolg gemeldet, aber die Videodatei fehlt.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+19"/>
        <source>retrying after: %1</source>
        <translation>Wiederholung nach: %1</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>rc::net::RemoteJobProvider</name>
    <message>
        <location filename="../app/net/RemoteJobProvider.cpp" line="+60"/>
        <source>There is no API key for %1.</source>
        <translation>Es gibt keinen API-Schlüssel für %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with a web page, not an API answer: is the base URL right?</source>
        <translation>%1 hat mit einer Webseite statt einer API-Antwort geantwortet: Ist die Basis-URL richtig?</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>There is no API key for %1: add one in Settings.</source>
        <translation>Es gibt keinen API-Schlüssel für %1: Fügen Sie einen in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no API key for %1: add one in Settings, or set %2.</source>
        <translation>Es gibt keinen API-Schlüssel für %1: Fügen Sie einen in den Einstellungen hinzu oder setzen Sie %2.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 did not finish the job within %2; Reelcraft stopped waiting (it may still finish and be billed on the server).</source>
        <translation>%1 hat den Auftrag nicht innerhalb von %2 abgeschlossen; Reelcraft wartet nicht mehr (er kann auf dem Server noch fertig werden und berechnet werden).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipActions</name>
    <message>
        <location filename="../ui/ClipActions.cpp" line="+46"/>
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
        <source>&amp;Export Clip…</source>
        <translation>Clip e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Clip</source>
        <translation>Clip lö&amp;schen</translation>
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
        <source>Use this clip&apos;s last frame as the input photo (Ctrl+L)</source>
        <translation>Das letzte Bild dieses Clips als Eingabefoto verwenden (Strg+L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The last frame could not be read: %1</source>
        <translation>Das letzte Bild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no frame decoded</source>
        <translation>kein Bild dekodiert</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+9"/>
        <location line="+9"/>
        <source>Delete Clip</source>
        <translation>Clip löschen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete this clip and its video file?
You can undo this (Ctrl+Z) until you close Reelcraft.</source>
        <translation>Diesen Clip und seine Videodatei löschen?
Sie können dies (Strg+Z) rückgängig machen, bis Sie Reelcraft schließen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The clip could not be deleted.</source>
        <translation>Der Clip konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip deleted. Press Ctrl+Z to undo.</source>
        <translation>Clip gelöscht. Drücken Sie Strg+Z zum Rückgängigmachen.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipDetails</name>
    <message>
        <location filename="../ui/gallery/ClipDetails.cpp" line="+17"/>
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
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location line="+2"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>rc::ui::ComposePanel</name>
    <message>
        <location filename="../ui/compose/ComposePanel.cpp" line="+36"/>
        <source>What the engine understood</source>
        <translation>Was die Engine verstanden hat</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+9"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+100"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location filename="../ui/ConsistencyNote.cpp" line="+14"/>
        <source>Library check</source>
        <translation>Bibliotheksprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Hide this note</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
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
        <source>&lt;b&gt;Welcome to Reelcraft.&lt;/b&gt; Clips are made by a &lt;i&gt;provider&lt;/i&gt;. The built-in engine is free, works offline and needs no key: it draws your scene with matching sound, good for drafts, lessons and product shots. For photoreal clips, add a cloud provider (a Videos API server or Google Veo) with a key of your own; its price shows on the Generate button before anything is spent.</source>
        <translation>&lt;b&gt;Willkommen bei Reelcraft.&lt;/b&gt; Clips werden von einem &lt;i&gt;Anbieter&lt;/i&gt; erstellt. Die integrierte Engine ist kostenlos, funktioniert offline und braucht keinen Schlüssel: Sie zeichnet Ihre Szene mit passendem Ton – gut für Entwürfe, Unterricht und Produktaufnahmen. Für fotorealistische Clips fügen Sie einen Cloud-Anbieter (einen Videos-API-Server oder Google Veo) mit Ihrem eigenen Schlüssel hinzu; sein Preis steht auf der Schaltfläche „Generieren“, bevor etwas ausgegeben wird.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../ui/gallery/GalleryDelegate.cpp" line="+72"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryFilterBar</name>
    <message>
        <location filename="../ui/gallery/GalleryFilterBar.cpp" line="+29"/>
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
        <location line="+1"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location line="+4"/>
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
</context>
<context>
    <name>rc::ui::GalleryModel</name>
    <message>
        <location filename="../ui/gallery/GalleryModel.cpp" line="+177"/>
        <source>(photo only)</source>
        <translation>(nur Foto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2 · %3 s · %4 · %5</source>
        <translation>%1
%2 · %3 s · %4 · %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clip %1: %2</source>
        <translation>Clip %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryPanel</name>
    <message>
        <location filename="../ui/gallery/GalleryPanel.cpp" line="+20"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location filename="../ui/compose/GenerateButton.cpp" line="+12"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../ui/compose/ImageDropZone.cpp" line="+33"/>
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
Optional: the clip starts from it.</source>
        <translation>Foto hier ablegen, einfügen (Strg+V) oder durchsuchen.
Optional: Der Clip beginnt damit.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+43"/>
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
        <location filename="../ui/MainWindow.cpp" line="+57"/>
        <source>Reelcraft</source>
        <translation>Reelcraft</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location line="+1"/>
        <source>Ctrl+Enter in the window does the same</source>
        <translation>Strg+Eingabe im Fenster bewirkt dasselbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Photo…</source>
        <translation>&amp;Foto öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste P&amp;hoto</source>
        <translation>Foto e&amp;infügen</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+2"/>
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
        <location line="+27"/>
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
        <location line="+14"/>
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
        <location line="+50"/>
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
        <location filename="../ui/compose/PickerBar.cpp" line="+17"/>
        <source>%1 × %2  ·  %3</source>
        <translation>%1 × %2  ·  %3</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <message>
        <location line="+32"/>
        <source>%1 (retired)</source>
        <translation>%1 (eingestellt)</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
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
        <location filename="../ui/compose/PlanChips.cpp" line="+31"/>
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
        <location line="+12"/>
        <source>What the engine understood</source>
        <translation>Was die Engine verstanden hat</translation>
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
        <location filename="../ui/player/PlayerControls.cpp" line="+27"/>
        <location line="+58"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="-57"/>
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
        <location line="+2"/>
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
        <location line="+38"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::PlayerPanel</name>
    <message>
        <location filename="../ui/player/PlayerPanel.cpp" line="+17"/>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../ui/queue/QueueRow.cpp" line="+14"/>
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
        <location line="+11"/>
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
        <location line="+8"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress of job %1</source>
        <translation>Fortschritt von Auftrag %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+31"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+7"/>
        <source>&amp;Export folder</source>
        <translation>&amp;Exportordner</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+15"/>
        <source>%1 (retired)</source>
        <translation>%1 (eingestellt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <location line="+11"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Key for %1</source>
        <translation>Schlüssel für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Key…</source>
        <translation>Schlüssel festlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the key for %1</source>
        <translation>Den Schlüssel für %1 festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key for %1</source>
        <translation>Den Schlüssel für %1 entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>or set %1 in the environment</source>
        <translation>oder %1 in der Umgebung setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the built-in engine is configured; it needs no key.</source>
        <translation>Nur die integrierte Engine ist eingerichtet; sie braucht keinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Set Key</source>
        <translation>Schlüssel festlegen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove Key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+5"/>
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
        <location line="+35"/>
        <source>&quot;%1&quot; is not an amount; write it like 5 or 12.50.</source>
        <translation>„%1“ ist kein Betrag; schreiben Sie ihn etwa als 5 oder 12.50.</translation>
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
