<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>LGPL-2.1-or-later&#x202f;; GPL-2.0-or-later avec x264</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>curl licence (MIT-style)</source>
        <translation>licence curl (de type MIT)</translation>
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
        <translation>domaine public</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;Reelcraft %1&lt;/h3&gt;&lt;p&gt;A studio for generated video: the built-in engine offline and free, or the providers you have keys for.&lt;/p&gt;&lt;p&gt;Reelcraft is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;This profile keeps its clips, history, spending and settings in&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;br&gt;and its logs in %5. API keys are in the system keychain, not there.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reelcraft %1&lt;/h3&gt;&lt;p&gt;Un studio de vidéo générée&#xa0;: le moteur intégré, hors ligne et gratuit, ou les fournisseurs dont vous avez les clés.&lt;/p&gt;&lt;p&gt;Reelcraft est un logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Réalisé avec :&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Ce profil conserve ses clips, son historique, ses dépenses et ses réglages dans&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;br&gt;et ses journaux dans %5. Les clés d&apos;API sont dans le trousseau du système, pas là.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Reelcraft</source>
        <translation>À propos de Reelcraft</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../app/bootstrap/AppContext.cpp" line="+160"/>
        <source>Providers cannot change while jobs are running; try again when they have finished.</source>
        <translation>Les fournisseurs ne peuvent pas changer pendant que des tâches sont en cours ; réessayez lorsqu’elles seront terminées.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not changed because it cannot be read (%2). Fix or remove it first.%3</source>
        <translation>%1 n&apos;a pas été modifié car il est illisible (%2). Corrigez-le ou supprimez-le d&apos;abord.%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> A copy is kept in %1.</source>
        <translation> Une copie est conservée dans %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>Aucun profil de fournisseur ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a fixed list of models; there is nothing to refresh.</source>
        <translation>%1 a une liste fixe de modèles ; il n&apos;y a rien à actualiser.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service no longer lists %1, the models this profile was limited to.</source>
        <translation>Le service ne propose plus %1, les modèles auxquels ce profil était limité.</translation>
    </message>
</context>
<context>
    <name>AudioConvert</name>
    <message>
        <location filename="../app/storyboard/AudioConvert.cpp" line="+36"/>
        <source>cannot convert audio of %1 Hz, %2 channels</source>
        <translation>impossible de convertir un audio de %1 Hz, %2 canaux</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../app/batch/CsvReader.cpp" line="+72"/>
        <source>A quote opened on line %1 is never closed.</source>
        <translation>Un guillemet ouvert à la ligne %1 n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <location filename="../app/batch/ProductPrompt.cpp" line="+12"/>
        <source>The product from the photo on a clean studio table, a slow turntable turn and a gentle push-in, soft studio light with a warm glow, seamless backdrop; keep the product&apos;s exact shape, colours and label, nothing else in frame.</source>
        <translation>Le produit de la photo sur une table de studio épurée, une lente rotation sur plateau tournant et un léger zoom avant, une lumière de studio douce aux reflets chauds, un fond uni&#x202f;; conserver exactement la forme, les couleurs et l&apos;étiquette du produit, rien d&apos;autre dans le cadre.</translation>
    </message>
</context>
<context>
    <name>BudgetGuard</name>
    <message>
        <location filename="../app/service/BudgetGuard.cpp" line="+61"/>
        <source>daily budget</source>
        <translation>budget quotidien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly budget</source>
        <translation>budget mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily budget for %1</source>
        <translation>budget quotidien pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly budget for %1</source>
        <translation>budget mensuel pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This batch would cost %1 in all</source>
        <translation>Ce lot coûterait %1 au total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shots still to make would cost %1</source>
        <translation>Les plans restant à faire coûteraient %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This job would cost %1</source>
        <translation>Cette tâche coûterait %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, but %2 of the %3 of %4 is already spent. Raise the cap in Settings or choose a cheaper option.</source>
        <translation>%1, mais %2 du %3 de %4 sont déjà dépensés. Relevez le plafond dans les Paramètres ou choisissez une option moins chère.</translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <location filename="../app/store/Budgets.cpp" line="+61"/>
        <source>The spending cap could not be stored: %1</source>
        <translation>Le plafond de dépenses n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../app/core/Catalogue.cpp" line="+320"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>Aucun fournisseur ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not offer the model &quot;%2&quot; (it offers %3).</source>
        <translation>%1 ne propose pas le modèle «&#xa0;%2&#xa0;» (il propose %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model &quot;%1&quot; is not in the catalogue.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a prompt or add a photo.</source>
        <translation>Écrivez un prompt ou ajoutez une photo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is %1 characters long; %2 takes at most %3.</source>
        <translation>Le prompt fait %1 caractères&#x202f;; %2 en accepte au plus %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no tier &quot;%2&quot; (choose %3).</source>
        <translation>%1 n&apos;a pas de niveau «&#xa0;%2&#xa0;» (choisissez %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 makes clips of %2 seconds, not %3.</source>
        <translation>%1 crée des clips de %2 secondes, pas de %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 makes %2 clips, not %3.</source>
        <translation>%1 crée des clips en %2, pas en %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 makes %2 clips only at some durations; %3 seconds is not one of them.</source>
        <translation>%1 ne crée des clips en %2 que pour certaines durées&#x202f;; %3 secondes n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot start from a photo.</source>
        <translation>%1 ne peut pas partir d&apos;une photo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot take a last frame.</source>
        <translation>%1 n&apos;accepte pas de dernière image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not take a negative prompt.</source>
        <translation>%1 n&apos;accepte pas de prompt négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue has no price for %1 at %2.</source>
        <translation>Le catalogue n&apos;a pas de prix pour %1 en %2.</translation>
    </message>
</context>
<context>
    <name>ClipImporter</name>
    <message>
        <location filename="../app/imports/ClipImporter.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a video container Reelcraft imports</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un conteneur vidéo que Reelcraft importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video has no picture size</source>
        <translation>la vidéo n&apos;a pas de dimensions d&apos;image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no frame of it could be decoded</source>
        <translation>aucune de ses images n&apos;a pu être décodée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>not a playable video (%1)</source>
        <translation>pas une vidéo lisible (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it could not be read</source>
        <translation>il n’a pas pu être lu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already in the gallery as clip %1 (the same content); skipped</source>
        <translation>déjà dans la galerie en tant que clip %1 (même contenu) ; ignoré</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>could not copy it into %1 (is the disk full?)</source>
        <translation>impossible de le copier dans %1 (le disque est-il plein&#x202f;?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported from %1</source>
        <translation>importé de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the history database could not record it</source>
        <translation>la base de données de l&apos;historique n&apos;a pas pu l&apos;enregistrer</translation>
    </message>
</context>
<context>
    <name>ClipLabel</name>
    <message>
        <location filename="../app/storyboard/ClipLabel.cpp" line="+43"/>
        <source>drawing the label needs fonts, which this process has not loaded</source>
        <translation>dessiner la mention nécessite des polices, que ce processus n’a pas chargées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the clip&apos;s size %1x%2 cannot be re-encoded (it must be even)</source>
        <translation>la taille du clip %1x%2 ne permet pas de le réencoder (elle doit être paire)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the clip&apos;s sound cannot be read: %1</source>
        <translation>le son du clip ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the clip has no pictures to label</source>
        <translation>le clip ne contient aucune image à marquer</translation>
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
        <translation>HTTP %1 (pas une réponse d&apos;API&#xa0;: l&apos;URL de base est-elle correcte&#x202f;?)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 has been retired by %2; choose another model.</source>
        <translation>%1 a été retiré par %2 ; choisissez un autre modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 answered %3: %4)</source>
        <translation>%1 (%2 a répondu %3 : %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reelcraft uses plain http only for this computer and the local network; use an https address for %1 (%2).</source>
        <translation>Reelcraft n&apos;utilise le http non chiffré que pour cet ordinateur et le réseau local&#x202f;; utilisez une adresse https pour %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download from %1 could not be written to disk.</source>
        <translation>Le téléchargement depuis %1 n&apos;a pas pu être écrit sur le disque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>La connexion sécurisée à %1 a échoué (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an answer too large to read.</source>
        <translation>%1 a envoyé une réponse trop volumineuse pour être lue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to %1 failed after the request was sent (%2). The job may have been created and may be billed: check the provider&apos;s dashboard before trying again.</source>
        <translation>La connexion à %1 a échoué après l&apos;envoi de la requête (%2). La tâche a peut-être été créée et sera facturée&#xa0;: consultez le tableau de bord du fournisseur avant de réessayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1 (%2).</source>
        <translation>Impossible de joindre %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 failed (%2).</source>
        <translation>La connexion à %1 a échoué (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 a refusé le prompt ou la photo en vertu de sa politique de contenu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the API key (401: %2). Check the key for this provider.</source>
        <translation>%1 a refusé la clé d&apos;API (401&#xa0;: %2). Vérifiez la clé de ce fournisseur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused access (403: %2). The key may lack permission for this model.</source>
        <translation>%1 a refusé l&apos;accès (403&#xa0;: %2). La clé n&apos;a peut-être pas le droit d&apos;utiliser ce modèle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 says the rate limit or quota is used up (%2). Try again later or check the plan.</source>
        <translation>%1 indique que la limite de débit ou le quota est épuisé (%2). Réessayez plus tard ou vérifiez l&apos;offre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 a refusé la requête&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered with an error: %2</source>
        <translation>%1 a répondu par une erreur&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not know this address (404: %2). Check the base URL.</source>
        <translation>%1 ne connaît pas cette adresse (404&#xa0;: %2). Vérifiez l&apos;URL de base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected the request (HTTP %2) to %3. Reelcraft does not send your prompt, photo or key on to another address: check the base URL.</source>
        <translation>%1 a redirigé la requête (HTTP %2) vers %3. Reelcraft ne transmet ni votre prompt, ni votre photo, ni votre clé à une autre adresse&#xa0;: vérifiez l&apos;URL de base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another address</source>
        <translation>une autre adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s gateway failed while creating the job (%2). The job may have been created and may be billed: check the provider&apos;s dashboard before trying again.</source>
        <translation>La passerelle de %1 a échoué pendant la création de la tâche (%2). La tâche a peut-être été créée et sera facturée&#xa0;: consultez le tableau de bord du fournisseur avant de réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had an internal error (%2).</source>
        <translation>%1 a rencontré une erreur interne (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered unexpectedly: %2</source>
        <translation>%1 a répondu de façon inattendue&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <location filename="../app/core/JobState.cpp" line="+59"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Invalid input</source>
        <translation>Entrée non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key rejected</source>
        <translation>Clé refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit or quota</source>
        <translation>Limite de débit ou quota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by moderation</source>
        <translation>Refusée par la modération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the file</source>
        <translation>Impossible d&apos;écrire le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <location filename="../app/net/KeychainKeyStore.cpp" line="+81"/>
        <location line="+21"/>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The system keychain refused to store the key (%1). Without a keychain, put the key in the provider&apos;s environment variable instead.</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer la clé (%1). Sans trousseau, placez plutôt la clé dans la variable d&apos;environnement du fournisseur.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The system keychain refused to remove the key: %1</source>
        <translation>Le trousseau du système a refusé de supprimer la clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LessonAssembler</name>
    <message>
        <location filename="../app/storyboard/LessonAssembler.cpp" line="+112"/>
        <source>AI-generated</source>
        <translation>Généré par IA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every shot needs its clip before the lesson can be joined</source>
        <translation>chaque plan a besoin de son clip avant de pouvoir assembler la leçon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its clip %1 is missing</source>
        <translation>son clip %1 est introuvable</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the music %1 cannot be read (%2)</source>
        <translation>impossible de lire la musique %1 (%2)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../app/storyboard/LessonFrames.cpp" line="+74"/>
        <source>frame %1 belongs to no part</source>
        <translation>l’image %1 n’appartient à aucune partie</translation>
    </message>
    <message>
        <location filename="../app/storyboard/LessonAssembler.cpp" line="+36"/>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>MadeShots</name>
    <message>
        <location filename="../app/storyboard/MadeShots.cpp" line="+23"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ModelRetirement</name>
    <message>
        <location filename="../app/core/ModelRetirement.cpp" line="+33"/>
        <source>%1 was shut down on %2 on %3; choose another model.</source>
        <translation>%1 a été arrêté sur %2 le %3 ; choisissez un autre modèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was shut down on %2 on %3; use %4 instead.</source>
        <translation>%1 a été arrêté sur %2 le %3 ; utilisez plutôt %4.</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../app/storyboard/Narration.cpp" line="+54"/>
        <source>the recording %1 cannot be read (%2)</source>
        <translation>l&apos;enregistrement %1 est illisible (%2)</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <location filename="../app/desktop/OpenRequest.cpp" line="+60"/>
        <source>%1: Reelcraft opens files on this computer only.</source>
        <translation>%1&#xa0;: Reelcraft n&apos;ouvre que des fichiers de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; open MP4 videos or PNG, JPEG or WebP images.</source>
        <translation>%1 est un dossier&#x202f;; ouvrez des vidéos MP4 ou des images PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be read as an image (%2).</source>
        <translation>%1 ne peut pas être lu comme une image (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged or incomplete</source>
        <translation>endommagé ou incomplet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2; Reelcraft opens MP4 videos and PNG, JPEG or WebP images.</source>
        <translation>%1 est %2&#x202f;; Reelcraft ouvre les vidéos MP4 et les images PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is already in the gallery as clip %2; it was not imported again.</source>
        <translation>%1 est déjà dans la galerie en tant que clip %2 ; il n’a pas été importé à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be imported: %2</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not used: a clip starts from one photo, and %2 came first.</source>
        <translation>%1 n&apos;a pas été utilisé&#xa0;: un clip part d&apos;une seule photo, et %2 est arrivé en premier.</translation>
    </message>
</context>
<context>
    <name>ProvenanceService</name>
    <message>
        <location filename="../app/provenance/ProvenanceService.cpp" line="+139"/>
        <source>The clip of job %1</source>
        <translation>Le clip du job %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>no visible label: %1</source>
        <translation>aucune mention visible : %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no visible label: the program was closing</source>
        <translation>pas d’étiquette visible : le programme se fermait</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no visible label: the labelled clip could not replace the original</source>
        <translation>aucune mention visible : le clip marqué n’a pas pu remplacer l’original</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no content credentials: %1</source>
        <translation>aucune information d&apos;authenticité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>content credentials written (the provider&apos;s kept as the parent)</source>
        <translation>informations d&apos;authenticité écrites (celles du fournisseur conservées comme parent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content credentials written</source>
        <translation>informations d&apos;authenticité écrites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a visible “%1” label added</source>
        <translation>mention visible « %1 » ajoutée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time-stamped by %1</source>
        <translation>horodaté par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed without a time-stamp: %1</source>
        <translation>signé sans horodatage : %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+8"/>
        <source>the program was closing</source>
        <translation>le programme se fermait</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Shot %1</source>
        <translation>Plan %1</translation>
    </message>
</context>
<context>
    <name>ProviderModels</name>
    <message>
        <location filename="../app/bootstrap/ProviderModels.cpp" line="+43"/>
        <source>%1 providers do not list their models with what each can do.</source>
        <translation>Les fournisseurs %1 n&apos;indiquent pas ce que chacun de leurs modèles sait faire.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the service lists no video models</source>
        <translation>le service ne propose aucun modèle vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the listed models can be used (%1)</source>
        <translation>aucun des modèles proposés n&apos;est utilisable (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>%1 n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not list the model &quot;%2&quot; (it lists %3).</source>
        <translation>%1 ne propose pas le modèle « %2 » (il propose %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lists no video model that can be used.</source>
        <translation>%1 ne propose aucun modèle vidéo utilisable.</translation>
    </message>
</context>
<context>
    <name>ProviderProfiles</name>
    <message>
        <location filename="../app/bootstrap/ProviderProfiles.cpp" line="+56"/>
        <source>A profile being tried stores no key.</source>
        <translation>Un profil en cours d&apos;essai n&apos;enregistre aucune clé.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot run a job now.</source>
        <translation>Le serveur ne peut pas exécuter de job pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server of the pool can run a job now.</source>
        <translation>Aucun serveur du pool ne peut exécuter de job pour le moment.</translation>
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
        <translation>ComfyUI (vos propres GPU)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI-compatible Videos API</source>
        <translation>API Videos compatible OpenAI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in engine</source>
        <translation>Moteur intégré</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the kind of service.</source>
        <translation>Choisissez le type de service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the provider a name.</source>
        <translation>Donnez un nom au fournisseur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 40).</source>
        <translation>« %1 » n&apos;est pas un nom utilisable : utilisez des lettres minuscules, des chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; (40 au maximum).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A provider named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Un fournisseur nommé « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation>« %1 » est un fournisseur intégré ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give one address: only ComfyUI takes a pool of servers.</source>
        <translation>Indiquez une seule adresse : seul ComfyUI accepte un pool de serveurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an address like %2.</source>
        <translation>« %1 » n&apos;est pas une adresse du type %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the API key (or set %1 in the environment).</source>
        <translation>Saisissez la clé API (ou définissez %1 dans l&apos;environnement).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalogue has no fal provider to take the endpoints from.</source>
        <translation>Le catalogue ne contient aucun fournisseur fal d&apos;où prendre les endpoints.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not one of the fal endpoints Reelcraft knows how to fill in: %2</source>
        <translation>%1 ne fait pas partie des endpoints fal que Reelcraft sait renseigner : %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+59"/>
        <source>left out %1</source>
        <translation>%1 omis</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>« %1 » est intégré et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>Aucun profil de fournisseur ne s&apos;appelle « %1 ».</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/engine/Engine.cpp" line="+38"/>
        <source>Write a prompt or choose a photo to animate.</source>
        <translation>Écrivez un prompt ou choisissez une photo à animer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size %1x%2 is outside %3..%4 pixels a side.</source>
        <translation>La taille %1x%2 sort de la plage de %3..%4 pixels par côté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size %1x%2 must have even sides (H.264 4:2:0).</source>
        <translation>La taille %1x%2 doit avoir des côtés pairs (H.264 4:2:0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be 1 to %1 seconds.</source>
        <translation>La durée doit être de 1 à %1 secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frame rate must be 1 to 60 frames a second.</source>
        <translation>La fréquence d&apos;images doit être de 1 à 60 images par seconde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No output file was given.</source>
        <translation>Aucun fichier de sortie n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+67"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move the clip to %1.</source>
        <translation>Impossible de déplacer le clip vers %1.</translation>
    </message>
    <message>
        <location filename="../app/media/ImageFit.cpp" line="+53"/>
        <source>The photo %1 does not exist.</source>
        <translation>La photo %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 cannot be read.</source>
        <translation>La photo %1 est illisible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 is empty.</source>
        <translation>La photo %1 est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an image this program can read.</source>
        <translation>%1 n&apos;est pas une image que ce programme sait lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo %1 is damaged: it has no readable size.</source>
        <translation>La photo %1 est endommagée&#xa0;: sa taille est illisible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo %1 is %2x%3 pixels; the largest side accepted is %4 pixels.</source>
        <translation>La photo %1 fait %2x%3 pixels&#x202f;; le plus grand côté accepté est de %4 pixels.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The photo %1 is damaged: %2</source>
        <translation>La photo %1 est endommagée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RemoteJobProvider</name>
    <message>
        <location filename="../app/providers/remote/ResultFiles.cpp" line="+33"/>
        <source>The video from %1 could not be read: %2.</source>
        <translation>La vidéo de %1 n&apos;a pas pu être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not decode</source>
        <translation>elle ne se décode pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file from %1 is not a playable video: %2.</source>
        <translation>Le fichier venant de %1 n&apos;est pas une vidéo lisible&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The video could not be moved into place at %1.</source>
        <translation>Impossible de mettre la vidéo en place dans %1.</translation>
    </message>
    <message>
        <location filename="../app/providers/remote/InlineVideo.cpp" line="+35"/>
        <source>an unexpected escape in the video text</source>
        <translation>un échappement inattendu dans le texte de la vidéo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a broken escape in the video text</source>
        <translation>un échappement invalide dans le texte de la vidéo</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>a character that is not base64 in the video text</source>
        <translation>un caractère hors base64 dans le texte de la vidéo</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the video text ends inside an escape</source>
        <translation>le texte de la vidéo se termine au milieu d&apos;un échappement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video text has a stray character at its end</source>
        <translation>le texte de la vidéo se termine par un caractère parasite</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the video text is not valid base64</source>
        <translation>le texte de la vidéo n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>the video could not be written: %1</source>
        <translation>la vidéo n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>the video could not be written to %1: %2</source>
        <translation>la vidéo n&apos;a pas pu être écrite dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the answer holding the video cannot be read: %1</source>
        <translation>la réponse contenant la vidéo est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer holding the video ended early</source>
        <translation>la réponse contenant la vidéo s&apos;est terminée prématurément</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the video is empty</source>
        <translation>la vidéo est vide</translation>
    </message>
</context>
<context>
    <name>RemoteMedia</name>
    <message>
        <location filename="../app/providers/remote/RemoteMedia.cpp" line="+27"/>
        <source>The fitted photo could not be written.</source>
        <translation>Impossible d&apos;écrire la photo ajustée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The photo %1 does not exist.</source>
        <translation>La photo %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The fitted photo could not be saved in %1.</source>
        <translation>Impossible d&apos;enregistrer la photo ajustée dans %1.</translation>
    </message>
</context>
<context>
    <name>ShotFrames</name>
    <message>
        <location filename="../app/storyboard/ShotFrames.cpp" line="+14"/>
        <source>%1 has no picture to show</source>
        <translation>%1 n&apos;a aucune image à afficher</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../app/storyboard/Speech.cpp" line="+34"/>
        <source>the speech synthesizer (espeak-ng) could not start; is espeak-ng-data installed?</source>
        <translation>le synthétiseur vocal (espeak-ng) n&apos;a pas pu démarrer&#x202f;; espeak-ng-data est-il installé&#x202f;?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>there is no voice for the language &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de voix pour la langue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the speech synthesizer refused the text</source>
        <translation>le synthétiseur vocal a refusé le texte</translation>
    </message>
</context>
<context>
    <name>Storyboard</name>
    <message>
        <location filename="../app/storyboard/ShotRequest.cpp" line="+77"/>
        <source>there is no provider named &quot;%1&quot;</source>
        <translation>aucun fournisseur ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not offer the model &quot;%2&quot;</source>
        <translation>%1 ne propose pas le modèle «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+154"/>
        <source>shot %1</source>
        <translation>plan %1</translation>
    </message>
</context>
<context>
    <name>Subtitles</name>
    <message>
        <location filename="../app/storyboard/Subtitles.cpp" line="+53"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../app/net/UrlPolicy.cpp" line="+39"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only http and https addresses can be used, not &quot;%1&quot;.</source>
        <translation>Seules les adresses http et https sont utilisables, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <location filename="../app/providers/comfyui/ComfyProtocol.cpp" line="+105"/>
        <source>%1 does not have the node &quot;%2&quot;: install the custom node that provides it (ComfyUI Manager can), then restart the server.</source>
        <translation>%1 n&apos;a pas le nœud « %2 » : installez le nœud personnalisé qui le fournit (ComfyUI Manager peut le faire), puis redémarrez le serveur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not have the model file &quot;%2&quot; (%3 looks for it in %4): download it there, then try again.</source>
        <translation>%1 n&apos;a pas le fichier de modèle « %2 » (%3 le cherche dans %4) : téléchargez-le à cet endroit, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not find the uploaded photo: %2</source>
        <translation>%1 n&apos;a pas trouvé la photo envoyée : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the workflow: %2 (node %3, %4).</source>
        <translation>%1 a refusé le workflow : %2 (nœud %3, %4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refused the workflow: %2</source>
        <translation>%1 a refusé le workflow : %2</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>%1 lacks the node(s) %2 (install the custom nodes that provide them)</source>
        <translation>Il manque à %1 le ou les nœuds %2 (installez les nœuds personnalisés qui les fournissent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lacks the model file %2 (put it in %3)</source>
        <translation>Il manque à %1 le fichier de modèle %2 (placez-le dans %3)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 ran out of GPU memory%2: choose a smaller size or a shorter clip, or close other work on that GPU.</source>
        <translation>%1 n&apos;a plus de mémoire GPU%2 : choisissez une taille plus petite ou un clip plus court, ou fermez les autres tâches sur ce GPU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in %1</source>
        <translation> dans %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed while running the workflow: %2</source>
        <translation>%1 a échoué pendant l&apos;exécution du workflow : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed in %2: %3</source>
        <translation>%1 a échoué dans %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyServers.cpp" line="+96"/>
        <source>The workflow %1 cannot be read: %2</source>
        <translation>Le workflow %1 est illisible : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no ComfyUI workflow for the model &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun workflow ComfyUI pour le modèle « %1 ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workflow for %1 takes no photo.</source>
        <translation>Le workflow de %1 ne prend pas de photo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workflow for %1 needs a photo.</source>
        <translation>Le workflow de %1 a besoin d&apos;une photo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workflow for %1 has no LoadImage node or {{image}} placeholder for the photo.</source>
        <translation>Le workflow de %1 n&apos;a ni nœud LoadImage ni marqueur {{image}} pour la photo.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 does not answer (%2)</source>
        <translation>%1 ne répond pas (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the key (HTTP %2)</source>
        <translation>%1 a refusé la clé (HTTP %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not answer like ComfyUI (HTTP %2)</source>
        <translation>%1 ne répond pas comme ComfyUI (HTTP %2)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No ComfyUI server is configured.</source>
        <translation>Aucun serveur ComfyUI n&apos;est configuré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ComfyUI server answered: %1.</source>
        <translation>Aucun serveur ComfyUI n&apos;a répondu : %1.</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyWorkflow.cpp" line="+95"/>
        <source>The workflow is not JSON (%1 at byte %2).</source>
        <translation>Le workflow n&apos;est pas du JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is ComfyUI&apos;s editor format; save the workflow with &quot;Export (API)&quot; instead.</source>
        <translation>Ceci est le format de l&apos;éditeur de ComfyUI ; enregistrez plutôt le workflow avec &quot;Export (API)&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workflow has no nodes.</source>
        <translation>Le workflow n&apos;a aucun nœud.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node %1 of the workflow has no class_type or inputs: is it an API-format graph?</source>
        <translation>Le nœud %1 du workflow n&apos;a ni class_type ni inputs : est-ce un graphe au format API ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workflow saves no video (no SaveVideo, VHS_VideoCombine or SaveAnimatedWEBP node).</source>
        <translation>Le workflow n&apos;enregistre aucune vidéo (pas de nœud SaveVideo, VHS_VideoCombine ou SaveAnimatedWEBP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workflow has no place for the prompt: put &quot;{{prompt}}&quot; in the positive text.</source>
        <translation>Le workflow n&apos;a pas d&apos;emplacement pour le prompt : mettez &quot;{{prompt}}&quot; dans le texte positif.</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfySurveySummary.cpp" line="+17"/>
        <source>%1: down: %2</source>
        <translation>%1 : hors service : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown device</source>
        <translation>périphérique inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 job queued</source>
        <translation>1 tâche en file d’attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs queued</source>
        <translation>%1 tâches en file d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ComfyUI %2, %3, %4 GiB of %5 GiB VRAM free, %6</source>
        <translation>%1 : ComfyUI %2, %3, %4 Gio libres sur %5 Gio de VRAM, %6</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (photo)</source>
        <translation>%1 (photo)</translation>
    </message>
</context>
<context>
    <name>provider</name>
    <message>
        <location filename="../app/cli/CommandProvider.cpp" line="+54"/>
        <source>%1 is not a remote provider.</source>
        <translation>%1 n&apos;est pas un fournisseur distant.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 did not answer within two minutes.</source>
        <translation>%1 n&apos;a pas répondu en deux minutes.</translation>
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
        <translation>--price-per-second ne s&apos;applique pas à fal : le prix de chaque endpoint figure dans le catalogue, car fal n&apos;indique aucun coût.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Added %1 (%2) at %3 with %n endpoint(s):</source>
        <translation>
            <numerusform>%1 (%2) ajouté à %3 avec %n endpoint :</numerusform>
            <numerusform>%1 (%2) ajouté à %3 avec %n endpoints :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2. Check it with: reelcraft provider test %1</source>
        <translation>Clé : le trousseau (reelcraft provider set-key %1), sinon $%2. Vérifiez-la avec : reelcraft provider test %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom utilisable&#xa0;: employez des minuscules, des chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--type must be videos-api, gemini, comfyui, openrouter or fal.</source>
        <translation>--type doit être videos-api, gemini, comfyui, openrouter ou fal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est un fournisseur intégré&#x202f;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--base-url is needed for a videos-api server (e.g. http://127.0.0.1:30000/v1).</source>
        <translation>--base-url est requis pour un serveur videos-api (par ex. http://127.0.0.1:30000/v1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option attend KEY=VALUE, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--price-per-second takes dollars, like 0.1 or 0.</source>
        <translation>--price-per-second attend des dollars, comme 0.1 ou 0.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No --model given, and the server&apos;s model list could not be read: %1</source>
        <translation>Aucun --model indiqué, et la liste des modèles du serveur n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>note: %1 is priced at $0 per second; set --price-per-second if the server bills.</source>
        <translation>remarque&#xa0;: %1 est facturé 0 $ par seconde&#x202f;; indiquez --price-per-second si le serveur facture.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 (%2) at %3 with %4.</source>
        <translation>%1 (%2) ajouté à %3 avec %4.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>videos-api, gemini, comfyui, openrouter or fal.</source>
        <translation>videos-api, gemini, comfyui, openrouter ou fal.</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+119"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2.</source>
        <translation>Clé&#xa0;: le trousseau (reelcraft provider set-key %1), sinon $%2.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>--price-per-second does not apply to %1: the service&apos;s list gives each model&apos;s price, and the charge is what it bills.</source>
        <translation>--price-per-second ne s&apos;applique pas à %1 : la liste du service donne le prix de chaque modèle, et le montant débité est celui qu&apos;il facture.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model list at %1 could not be read: %2</source>
        <translation>Impossible de lire la liste des modèles à %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Added %1 (%2) at %3 with %n model(s):</source>
        <translation>
            <numerusform>%1 (%2) ajouté à %3 avec %n modèle :</numerusform>
            <numerusform>%1 (%2) ajouté à %3 avec %n modèles :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note: left out %1</source>
        <translation>remarque : %1 omis</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  (built in)</source>
        <translation>  (intégré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (shut down %1)</source>
        <translation>  (fermé le %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no remote provider named &quot;%1&quot;.</source>
        <translation>Aucun fournisseur distant ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="-19"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 answers at %2 and serves %n model(s):</source>
        <translation>
            <numerusform>%1 répond à %2 et propose %n modèle&#xa0;:</numerusform>
            <numerusform>%1 répond à %2 et propose %n modèles&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (in this profile)</source>
        <translation>  (dans ce profil)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: the profile&apos;s model %1 is not on the server&apos;s list.</source>
        <translation>avertissement&#xa0;: le modèle %1 du profil ne figure pas dans la liste du serveur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>«&#xa0;%1&#xa0;» est intégré et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>Aucun profil de fournisseur ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>Aucun fournisseur ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the key on standard input.</source>
        <translation>Donnez la clé sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored the key %1 for %2 in the keychain.</source>
        <translation>Clé %1 de %2 enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add, list, test, remove or set-key</source>
        <translation>add, list, test, remove ou set-key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profile&apos;s name</source>
        <translation>le nom du profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API&apos;s base URL, e.g. http://127.0.0.1:30000/v1.</source>
        <translation>L&apos;URL de base de l&apos;API, par ex. http://127.0.0.1:30000/v1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An environment variable that may hold the key.</source>
        <translation>Une variable d&apos;environnement qui peut contenir la clé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model id the server serves (repeatable; default: the server&apos;s list).</source>
        <translation>Un identifiant de modèle proposé par le serveur (répétable&#x202f;; par défaut&#xa0;: la liste du serveur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the server bills per second of video, in dollars.</source>
        <translation>Ce que le serveur facture par seconde de vidéo, en dollars.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A provider option, e.g. pollMinMs=500 (repeatable).</source>
        <translation>Une option du fournisseur, par ex. pollMinMs=500 (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comfyui: your own API-format workflow (repeatable; {{prompt}}, {{seed}}, {{width}}, {{height}}, {{length}}, {{image}} mark where values go).</source>
        <translation>comfyui : votre propre workflow au format API (répétable ; {{prompt}}, {{seed}}, {{width}}, {{height}}, {{length}}, {{image}} indiquent où vont les valeurs).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comfyui: what a rented GPU costs per second, in dollars.</source>
        <translation>comfyui : le coût par seconde d&apos;un GPU loué, en dollars.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: print JSON.</source>
        <translation>list&#xa0;: afficher du JSON.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: reelcraft %1</source>
        <translation>Utilisation&#xa0;: reelcraft %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown action &quot;%1&quot;: use add, list, test, remove or set-key.</source>
        <translation>Action inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez add, list, test, remove ou set-key.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="-6"/>
        <source>Cannot read the workflow %1: %2</source>
        <translation>Impossible de lire le workflow %1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot keep a copy of the workflow in %1: %2</source>
        <translation>Impossible de conserver une copie du workflow dans %1 : %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--base-url is needed for a ComfyUI server (e.g. http://127.0.0.1:8188); repeat it for each server of a pool.</source>
        <translation>--base-url est requis pour un serveur ComfyUI (p. ex. http://127.0.0.1:8188) ; répétez-le pour chaque serveur d&apos;un pool.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a server address like http://127.0.0.1:8188.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur comme http://127.0.0.1:8188.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--price-per-gpu-second takes dollars, like 0.0004.</source>
        <translation>--price-per-gpu-second s&apos;exprime en dollars, p. ex. 0.0004.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a shipped ComfyUI template (%2); add your own with --workflow FILE.json.</source>
        <translation>« %1 » n&apos;est pas un modèle de workflow ComfyUI fourni (%2) ; ajoutez le vôtre avec --workflow FILE.json.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added %1 (ComfyUI) with %3 server: %2</source>
        <translation>%1 (ComfyUI) ajouté avec %3 serveur : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 (ComfyUI) with %3 servers: %2</source>
        <translation>%1 (ComfyUI) ajouté avec %3 serveurs : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models: %1. Check the servers with: reelcraft provider test %2</source>
        <translation>Modèles : %1. Vérifiez les serveurs avec : reelcraft provider test %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The servers of %1 did not answer within three minutes.</source>
        <translation>Les serveurs de %1 n&apos;ont pas répondu en trois minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: ready</source>
        <translation>%1 : prêt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: not ready: %2</source>
        <translation>%1 : pas prêt : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(its node list could not be read, so nodes and model files were not checked)</source>
        <translation>(sa liste de nœuds est illisible, les nœuds et fichiers de modèle n&apos;ont donc pas été vérifiés)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server of %1 can run a job now.</source>
        <translation>Aucun serveur de %1 ne peut exécuter de tâche pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>rc::BuiltinProvider</name>
    <message>
        <location filename="../app/providers/builtin/BuiltinProvider.cpp" line="+192"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The built-in engine crashed while making this clip. The studio is fine; try again, or try another seed.</source>
        <translation>Le moteur intégré a planté pendant la création de ce clip. Le studio n&apos;est pas touché&#x202f;; réessayez, ou essayez une autre graine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in engine stopped with code %1 without finishing the clip.</source>
        <translation>Le moteur intégré s&apos;est arrêté avec le code %1 sans terminer le clip.</translation>
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
        <translation>Une exportation est déjà en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No clip is selected.</source>
        <translation>Aucun clip n’est sélectionné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 could not be made.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reelcraft cannot write in %1: %2</source>
        <translation>Reelcraft ne peut pas écrire dans %1 : %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Clip %1: %2</source>
        <translation>Clip %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a finished clip</source>
        <translation>ce n’est pas un clip terminé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its video file is missing (%1)</source>
        <translation>son fichier vidéo est manquant (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it could not be copied to %1 (is the disk full?)</source>
        <translation>il n’a pas pu être copié vers %1 (le disque est-il plein ?)</translation>
    </message>
</context>
<context>
    <name>rc::ClipLibrary</name>
    <message>
        <location filename="../app/service/ClipLibrary.cpp" line="+92"/>
        <source>There is no clip %1.</source>
        <translation>Il n&apos;y a pas de clip %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the job before deleting it.</source>
        <translation>Annulez la tâche avant de la supprimer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 could not be moved to the trash.</source>
        <translation>Impossible de mettre le fichier %1 à la corbeille.</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+16"/>
        <location line="+38"/>
        <location line="+30"/>
        <location line="+127"/>
        <source>The history could not be updated: %1</source>
        <translation>L’historique n’a pas pu être mis à jour : %1</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+52"/>
        <location line="+65"/>
        <source>This deletion can no longer be undone.</source>
        <translation>Cette suppression ne peut plus être annulée.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The file %1 could not be restored.</source>
        <translation>Impossible de restaurer le fichier %1.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+32"/>
        <source>Clip %1: %2</source>
        <translation>Clip %1 : %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A tag needs some text.</source>
        <translation>Une étiquette doit contenir du texte.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The history database could not store the project: %1</source>
        <translation>La base de l’historique n’a pas pu enregistrer le projet : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history database could not rename the project: %1</source>
        <translation>La base de l’historique n’a pas pu renommer le projet : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The history database could not remove the project: %1</source>
        <translation>La base de l’historique n’a pas pu supprimer le projet : %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+25"/>
        <source>A project needs a name.</source>
        <translation>Un projet doit avoir un nom.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The clips could not be added to &quot;%1&quot;.</source>
        <translation>Les clips n’ont pas pu être ajoutés à « %1 ».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is already a project named &quot;%1&quot;.</source>
        <translation>Un projet nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>There is no project named &quot;%1&quot;.</source>
        <translation>Aucun projet nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>rc::FalProvider</name>
    <message>
        <location filename="../app/providers/fal/FalProvider.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a fal endpoint id (owner/app/...).</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;endpoint fal (owner/app/...).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fal endpoint %1 makes video from text only: remove the photo or pick an image-to-video endpoint.</source>
        <translation>L&apos;endpoint fal %1 crée une vidéo à partir de texte uniquement : retirez la photo ou choisissez un endpoint image-vers-vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fal endpoint %1 makes video from a photo: add one.</source>
        <translation>L&apos;endpoint fal %1 crée une vidéo à partir d&apos;une photo : ajoutez-en une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no last frame.</source>
        <translation>L&apos;endpoint fal %1 n&apos;accepte pas de dernière image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 does not offer the size %2.</source>
        <translation>L&apos;endpoint fal %1 ne propose pas la taille %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The photo cannot be used: %1</source>
        <translation>La photo est inutilisable : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last frame cannot be used: %1</source>
        <translation>La dernière image est inutilisable : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 accepted the request but sent no request id, so Reelcraft cannot follow it. The job may exist and be billed: check fal&apos;s dashboard.</source>
        <translation>%1 a accepté la requête mais n&apos;a envoyé aucun identifiant de requête : Reelcraft ne peut donc pas la suivre. Le job existe peut-être et sera facturé : consultez le tableau de bord de fal.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 no longer knows this request; nothing can be fetched.</source>
        <translation>%1 ne connaît plus cette requête ; rien ne peut être récupéré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in queue, position %1</source>
        <translation>en file d&apos;attente, position %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in queue</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The job&apos;s fal request id (%1) cannot be read.</source>
        <translation>L&apos;identifiant de requête fal du job (%1) est illisible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 a répondu à une demande d&apos;état par une réponse illisible.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 finished the job but its result names no video.</source>
        <translation>%1 a terminé le job mais son résultat ne désigne aucune vidéo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 a refusé le prompt ou la photo en vertu de sa politique de contenu : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the %2 for %3: %4</source>
        <translation>%1 a refusé le paramètre « %2 » pour %3 : %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the input field &quot;%2&quot; for %3: %4</source>
        <translation>%1 a refusé le champ d&apos;entrée « %2 » pour %3 : %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the request for %2: %3</source>
        <translation>%1 a refusé la requête pour %2 : %3</translation>
    </message>
</context>
<context>
    <name>rc::GeminiProvider</name>
    <message>
        <location filename="../app/providers/gemini/GeminiProvider.cpp" line="+83"/>
        <source>The photo cannot be used: %1</source>
        <translation>La photo est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 a répondu à une demande d&apos;état par quelque chose d&apos;illisible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Google no longer serves %1 on the Gemini API.</source>
        <translation>Google ne propose plus %1 sur l&apos;API Gemini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google shut %1 down on the Gemini API on %2.</source>
        <translation>Google a arrêté %1 sur l&apos;API Gemini le %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use %1 instead.</source>
        <translation>Utilisez plutôt %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An edit changes the earlier clip; it takes no new photo.</source>
        <translation>Une modification change le clip précédent&#x202f;; elle ne prend pas de nouvelle photo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 accepted the request but sent no interaction id, so Reelcraft cannot follow it. The clip may still be made and billed.</source>
        <translation>%1 a accepté la requête mais n&apos;a envoyé aucun identifiant d&apos;interaction, donc Reelcraft ne peut pas la suivre. Le clip peut tout de même être créé et facturé.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 no longer knows this clip&apos;s interaction; nothing can be fetched.</source>
        <translation>%1 ne connaît plus l&apos;interaction de ce clip&#x202f;; rien ne peut être récupéré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clip was cancelled on %1.</source>
        <translation>Le clip a été annulé sur %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stopped the clip: the key&apos;s budget is used up.</source>
        <translation>%1 a arrêté le clip&#xa0;: le budget de la clé est épuisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped the clip before it was done (%2): %3</source>
        <translation>%1 a arrêté le clip avant la fin (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+91"/>
        <source>%1&apos;s safety filters refused the prompt or photo: %2</source>
        <translation>Les filtres de sécurité de %1 ont refusé le prompt ou la photo&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 could not make the clip: %2</source>
        <translation>%1 n&apos;a pas pu créer le clip&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s safety filters refused the clip: %2</source>
        <translation>Les filtres de sécurité de %1 ont refusé le clip&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 finished the clip without a video.</source>
        <translation>%1 a terminé le clip sans vidéo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 put the video at another address (%2); Reelcraft does not send the key there.</source>
        <translation>%1 a placé la vidéo à une autre adresse (%2)&#x202f;; Reelcraft n&apos;y envoie pas la clé.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 could not prepare the video file.</source>
        <translation>%1 n&apos;a pas pu préparer le fichier vidéo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 rejected the API key: %2</source>
        <translation>%1 a refusé la clé d&apos;API&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the key: %2</source>
        <translation>%1 a refusé la clé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the quota or rate limit is used up: %2. Try again later or check the key&apos;s plan.</source>
        <translation>%1 indique que le quota ou la limite de débit est épuisé&#xa0;: %2. Réessayez plus tard ou vérifiez l&apos;offre de la clé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP 429</source>
        <translation>HTTP 429</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the model is retired (%2). Use %3 instead.</source>
        <translation>%1 indique que le modèle est retiré (%2). Utilisez plutôt %3.</translation>
    </message>
</context>
<context>
    <name>rc::GenerationService</name>
    <message>
        <location filename="../app/service/GenerationSubmit.cpp" line="+75"/>
        <source>The provider &quot;%1&quot; is not available in this build.</source>
        <translation>Le fournisseur «&#xa0;%1&#xa0;» n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs an API key: add one in Settings, or set %2.</source>
        <translation>%1 nécessite une clé API : ajoutez-en une dans les Paramètres, ou définissez %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs an API key: add one in Settings.</source>
        <translation>%1 nécessite une clé API : ajoutez-en une dans les Paramètres.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 cannot remix clips.</source>
        <translation>%1 ne peut pas remixer de clips.</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationFinishing.cpp" line="+18"/>
        <source>finishing the clip…</source>
        <translation>finalisation du clip…</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationSubmit.cpp" line="+2"/>
        <source>The photo %1 does not exist.</source>
        <translation>La photo %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last-frame photo %1 does not exist.</source>
        <translation>La photo de dernière image %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>free: %1 charges nothing</source>
        <translation>gratuit&#xa0;: %1 ne facture rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate: %1 s of %2 at %3</source>
        <translation>estimation&#xa0;: %1 s en %2 avec %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job could not be saved (%1); nothing was sent.</source>
        <translation>La tâche n&apos;a pas pu être enregistrée (%1)&#x202f;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The job could not be saved: %1. Nothing was sent.</source>
        <translation>La tâche n’a pas pu être enregistrée : %1. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+118"/>
        <source>cancelled before it started</source>
        <translation>annulée avant de commencer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This job is still running.</source>
        <translation>Cette tâche est toujours en cours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>Seule une tâche échouée ou annulée peut être relancée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>estimate for a retry</source>
        <translation>estimation pour une nouvelle tentative</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This job cannot be retried.</source>
        <translation>Cette tâche ne peut pas être relancée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retry</source>
        <translation>nouvelle tentative</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The retry could not be saved (%1); nothing was sent.</source>
        <translation>La nouvelle tentative n’a pas pu être enregistrée (%1) ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationResume.cpp" line="+32"/>
        <source>could not be written to the history database: %1</source>
        <translation>n’a pas pu être écrit dans la base de données de l’historique : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>queued again</source>
        <translation>remise en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>picked up again on %1 (%2)</source>
        <translation>reprise sur %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reelcraft stopped while this clip was being made.</source>
        <translation>Reelcraft s&apos;est arrêté pendant la création de ce clip.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restarted after an interruption</source>
        <translation>relancée après une interruption</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>made again from the start</source>
        <translation>refaite depuis le début</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reelcraft stopped before this job&apos;s request was sent; nothing was sent or charged.</source>
        <translation>Reelcraft s&apos;est arrêté avant l&apos;envoi de la requête de cette tâche&#x202f;; rien n&apos;a été envoyé ni facturé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never sent: stopped before the request left</source>
        <translation>jamais envoyée&#xa0;: arrêt avant le départ de la requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never reached the server; its estimate was released</source>
        <translation>n&apos;a jamais atteint le serveur&#x202f;; son estimation a été libérée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reelcraft stopped while sending this job. It may have been created on the server; check your account there before retrying, so you do not pay twice.</source>
        <translation>Reelcraft s&apos;est arrêté pendant l&apos;envoi de cette tâche. Elle a peut-être été créée sur le serveur&#x202f;; vérifiez votre compte là-bas avant de réessayer, pour ne pas payer deux fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>may have been created on %1 (its estimate stays held). Look for it with `reelcraft remote %1`, then `reelcraft resume --attach %2 REMOTE-ID` to finish it, or `reelcraft resume --release %2` if it is not there.</source>
        <translation>a peut-être été créée sur %1 (son estimation reste réservée). Cherchez-la avec `reelcraft remote %1`, puis `reelcraft resume --attach %2 REMOTE-ID` pour la terminer, ou `reelcraft resume --release %2` si elle n&apos;y est pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reelcraft stopped while this job ran and the provider cannot resume it.</source>
        <translation>Reelcraft s&apos;est arrêté pendant l&apos;exécution de cette tâche et le fournisseur ne peut pas la reprendre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted; the provider cannot resume it</source>
        <translation>interrompue&#x202f;; le fournisseur ne peut pas la reprendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be resumed: %1 cannot pick up a job it was running</source>
        <translation>n&apos;a pas pu être reprise&#xa0;: %1 ne peut pas reprendre une tâche qu&apos;il exécutait</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+89"/>
        <source>The provider &quot;%1&quot; is not available.</source>
        <translation>Le fournisseur «&#xa0;%1&#xa0;» n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The history database could not be written: %1</source>
        <translation>La base de données de l’historique n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationFinishing.cpp" line="+10"/>
        <source>The provider reported success but the video file is missing.</source>
        <translation>Le fournisseur a signalé une réussite, mais le fichier vidéo est absent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final: the provider&apos;s reported cost</source>
        <translation>final&#xa0;: coût signalé par le fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final: free</source>
        <translation>final&#xa0;: gratuit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final: as estimated</source>
        <translation>final&#xa0;: comme estimé</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the clip could not be finished: %1</source>
        <translation>le clip n’a pas pu être finalisé : %1</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+117"/>
        <source>paused (%1): %2</source>
        <translation>en pause (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>retrying after: %1</source>
        <translation>nouvelle tentative après&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::OpenRouterProvider</name>
    <message>
        <location filename="../app/providers/openrouter/OpenRouterProvider.cpp" line="+73"/>
        <source>The photo cannot be used: %1</source>
        <translation>La photo est inutilisable : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last frame cannot be used: %1</source>
        <translation>La dernière image est inutilisable : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 accepted the request but sent no job id, so Reelcraft cannot follow it. The job may exist and be billed: check the provider&apos;s dashboard.</source>
        <translation>%1 a accepté la demande mais n&apos;a envoyé aucun identifiant de tâche ; Reelcraft ne peut donc pas la suivre. La tâche existe peut-être et peut être facturée : consultez le tableau de bord du fournisseur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 a répondu à une demande d&apos;état par un contenu illisible.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 a refusé le prompt ou la photo en vertu de sa politique de contenu : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not make the video and gave no reason.</source>
        <translation>%1 n&apos;a pas pu créer la vidéo et n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not make the video: %2</source>
        <translation>%1 n&apos;a pas pu créer la vidéo : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job was cancelled on %1.</source>
        <translation>La tâche a été annulée sur %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer holds the video (it expired before it was downloaded).</source>
        <translation>%1 ne conserve plus la vidéo (elle a expiré avant d&apos;être téléchargée).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported an unknown job status &quot;%2&quot;.</source>
        <translation>%1 a signalé un état de tâche inconnu : « %2 ».</translation>
    </message>
</context>
<context>
    <name>rc::VideosApiProvider</name>
    <message>
        <location filename="../app/providers/videosapi/VideosApiProvider.cpp" line="+25"/>
        <source>OpenAI shut this service down on %1; choose another provider.</source>
        <translation>OpenAI a fermé ce service le %1&#x202f;; choisissez un autre fournisseur.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The photo cannot be used: %1</source>
        <translation>La photo est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 accepted the request but sent no job id, so Reelcraft cannot follow it. The job may exist and be billed: check the provider&apos;s dashboard.</source>
        <translation>%1 a accepté la requête mais n&apos;a envoyé aucun identifiant de tâche, donc Reelcraft ne peut pas la suivre. La tâche existe peut-être et sera facturée&#xa0;: consultez le tableau de bord du fournisseur.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server lost this job (%1 no longer knows it, perhaps after a restart); nothing can be fetched.</source>
        <translation>Le serveur a perdu cette tâche (%1 ne la connaît plus, peut-être après un redémarrage)&#x202f;; rien ne peut être récupéré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 a répondu à une demande d&apos;état par quelque chose d&apos;illisible.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 a refusé le prompt ou la photo en vertu de sa politique de contenu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job was cancelled or deleted on %1.</source>
        <translation>La tâche a été annulée ou supprimée sur %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not make the video and gave no reason.</source>
        <translation>%1 n&apos;a pas pu créer la vidéo et n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not make the video: %2</source>
        <translation>%1 n&apos;a pas pu créer la vidéo&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 does not support %2.</source>
        <translation>%1 ne prend pas en charge %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not support listing jobs.</source>
        <translation>%1 ne permet pas de lister les tâches.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listing jobs</source>
        <translation>la liste des tâches</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not support deleting jobs.</source>
        <translation>%1 ne permet pas de supprimer des tâches.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>deleting jobs</source>
        <translation>la suppression des tâches</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+194"/>
        <source>%1 does not support remix.</source>
        <translation>%1 ne prend pas en charge le remix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remix</source>
        <translation>le remix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent no id for the remix.</source>
        <translation>%1 n&apos;a envoyé aucun identifiant pour le remix.</translation>
    </message>
</context>
<context>
    <name>rc::batch</name>
    <message>
        <location filename="../app/batch/BatchPlan.cpp" line="+26"/>
        <source>the sku is empty</source>
        <translation>le sku est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sku &quot;%1&quot; cannot name a file</source>
        <translation>le sku «&#xa0;%1&#xa0;» ne peut pas servir de nom de fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sku &quot;%1&quot; has a character a file name cannot have (/ \ : * ? &quot; &lt; &gt; |)</source>
        <translation>le sku «&#xa0;%1&#xa0;» contient un caractère interdit dans un nom de fichier (/ \ : * ? &quot; &lt; &gt; |)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sku &quot;%1&quot; is longer than 120 characters</source>
        <translation>le sku «&#xa0;%1&#xa0;» dépasse 120 caractères</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>Aucun fournisseur ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not offer the model &quot;%2&quot; (it offers %3).</source>
        <translation>%1 ne propose pas le modèle «&#xa0;%2&#xa0;» (il propose %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no preset &quot;%1&quot; (choose %2).</source>
        <translation>Il n&apos;y a pas de préréglage «&#xa0;%1&#xa0;» (choisissez %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the sku &quot;%1&quot; is already used by row %2</source>
        <translation>le sku «&#xa0;%1&#xa0;» est déjà utilisé par la ligne %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no photo is given</source>
        <translation>aucune photo n&apos;est indiquée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the photo %1 cannot be used: %2</source>
        <translation>la photo %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>seconds &quot;%1&quot; is not a whole number of seconds</source>
        <translation>seconds «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de secondes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>size &quot;%1&quot; is not WIDTHxHEIGHT such as 1280x720</source>
        <translation>size «&#xa0;%1&#xa0;» n&apos;est pas au format WIDTHxHEIGHT, par ex. 1280x720</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no preset &quot;%1&quot; (choose %2)</source>
        <translation>il n&apos;y a pas de préréglage «&#xa0;%1&#xa0;» (choisissez %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 offers no size at %2 seconds</source>
        <translation>%1 ne propose aucune taille pour %2 secondes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1 (%2): %3</source>
        <translation>Ligne %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no sku</source>
        <translation>pas de sku</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nothing to make: no products were found.</source>
        <translation>Rien à créer&#xa0;: aucun produit n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location filename="../app/batch/BatchSource.cpp" line="+49"/>
        <source>The sheet %1 cannot be read.</source>
        <translation>La feuille %1 est illisible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 is larger than 16 MB; is it really a CSV product list?</source>
        <translation>La feuille %1 dépasse 16 Mo&#x202f;; est-ce vraiment une liste de produits CSV&#x202f;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sheet %1 is not valid CSV: %2</source>
        <translation>La feuille %1 n&apos;est pas un CSV valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 is empty.</source>
        <translation>La feuille %1 est vide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row 1 of %1 must name the columns; &quot;sku&quot; and &quot;photo&quot; are required (&quot;prompt&quot;, &quot;seconds&quot;, &quot;size&quot; and &quot;preset&quot; are optional).</source>
        <translation>La ligne 1 de %1 doit nommer les colonnes&#x202f;; &quot;sku&quot; et &quot;photo&quot; sont obligatoires (&quot;prompt&quot;, &quot;seconds&quot;, &quot;size&quot; et &quot;preset&quot; sont facultatifs).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The sheet %1 has a header but no products.</source>
        <translation>La feuille %1 a un en-tête mais aucun produit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 cannot be read.</source>
        <translation>Le dossier %1 est illisible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 has no photos.</source>
        <translation>Le dossier %1 ne contient aucune photo.</translation>
    </message>
    <message>
        <location filename="../app/batch/ClipDelivery.cpp" line="+68"/>
        <source>the clip %1 has no pictures to crop</source>
        <translation>le clip %1 n&apos;a aucune image à recadrer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write beside %1: %2</source>
        <translation>impossible d’écrire à côté de %1 : %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the clip %1 cannot be read: %2</source>
        <translation>le clip %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
</context>
<context>
    <name>rc::batch::BatchRunner</name>
    <message>
        <location filename="../app/batch/BatchRunner.cpp" line="+96"/>
        <source>The output folder %1 cannot be created or written.</source>
        <translation>Le dossier de sortie %1 ne peut pas être créé ou n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+18"/>
        <source>The job of an earlier run is gone from the history.</source>
        <translation>La tâche d&apos;une exécution précédente a disparu de l&apos;historique.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The clip was made (job %1) but could not be written to the folder: %2</source>
        <translation>Le clip a été créé (tâche %1) mais n&apos;a pas pu être écrit dans le dossier&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancelled before it started.</source>
        <translation>Annulé avant de commencer.</translation>
    </message>
</context>
<context>
    <name>rc::comfyui::ComfyProvider</name>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+118"/>
        <source>The job&apos;s ComfyUI id &quot;%1&quot; is not one Reelcraft wrote.</source>
        <translation>L&apos;identifiant ComfyUI « %1 » de la tâche n&apos;a pas été écrit par Reelcraft.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Asking the servers which is free</source>
        <translation>Recherche d&apos;un serveur libre</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sending the photo</source>
        <translation>Envoi de la photo</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 took the photo but did not say under which name.</source>
        <translation>%1 a reçu la photo mais n&apos;a pas indiqué sous quel nom.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Queueing on %1</source>
        <translation>Mise en file d&apos;attente sur %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 restarted and lost the job; sending it again</source>
        <translation>%1 a redémarré et a perdu la tâche ; nouvel envoi</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyFollowing.cpp" line="+111"/>
        <source>%1 finished the job but saved no video (does the workflow end in SaveVideo?).</source>
        <translation>%1 a terminé la tâche mais n&apos;a enregistré aucune vidéo (le workflow se termine-t-il par SaveVideo ?).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+109"/>
        <source>The job was stopped on %1 (interrupted there).</source>
        <translation>La tâche a été arrêtée sur %1 (interrompue là-bas).</translation>
    </message>
    <message numerus="yes">
        <location line="-77"/>
        <source>Waiting on %1: %n job(s) ahead</source>
        <translation>
            <numerusform>En attente sur %1 : %n tâche avant</numerusform>
            <numerusform>En attente sur %1 : %n tâches avant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Running on %1</source>
        <translation>Exécution sur %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>its answer is not ComfyUI&apos;s</source>
        <translation>sa réponse ne provient pas de ComfyUI</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 has not answered for %n minute(s) (%2). The job may still be running there: &quot;reelcraft resume&quot; picks it up when the server is back.</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu depuis %n minute (%2). La tâche est peut-être toujours en cours là-bas : &quot;reelcraft resume&quot; la reprendra quand le serveur sera de retour.</numerusform>
            <numerusform>%1 n&apos;a pas répondu depuis %n minutes (%2). La tâche est peut-être toujours en cours là-bas : &quot;reelcraft resume&quot; la reprendra quand le serveur sera de retour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not answer (%2); the job waits for it there</source>
        <translation>%1 ne répond pas (%2) ; la tâche l’y attend</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+14"/>
        <source>%1 no longer knows this job: the server restarted and lost its queue. Nothing more will come from it; generate the clip again to submit it anew.</source>
        <translation>%1 ne connaît plus cette tâche : le serveur a redémarré et perdu sa file d&apos;attente. Rien d&apos;autre n&apos;en viendra ; générez à nouveau le clip pour le soumettre de nouveau.</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyFollowing.cpp" line="+19"/>
        <source>Waiting on %1</source>
        <translation>En attente sur %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Step %1 of %2 · %3</source>
        <translation>Étape %1 sur %2 · %3</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 finished the job, but its video is no longer in the server&apos;s output folder.</source>
        <translation>%1 a terminé la tâche, mais sa vidéo n&apos;est plus dans le dossier de sortie du serveur.</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+68"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>rc::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/SingleInstance.cpp" line="+92"/>
        <source>Cannot create the lock file %1.</source>
        <translation>Impossible de créer le fichier de verrou %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reelcraft is already running for this profile but does not answer (%1).</source>
        <translation>Reelcraft est déjà lancé pour ce profil mais ne répond pas (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not pass the files to the running Reelcraft: %1</source>
        <translation>Impossible de transmettre les fichiers au Reelcraft en cours d&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Reelcraft did not confirm the files: %1</source>
        <translation>Le Reelcraft en cours d&apos;exécution n&apos;a pas confirmé les fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The running Reelcraft did not confirm the files.</source>
        <translation>Le Reelcraft en cours d&apos;exécution n&apos;a pas confirmé les fichiers.</translation>
    </message>
</context>
<context>
    <name>rc::fal::FalInputs</name>
    <message>
        <location filename="../app/providers/fal/FalInputs.cpp" line="+70"/>
        <source>Reelcraft does not know how to fill in the fal endpoint %1: its catalogue has no input mapping for it (options.endpoints).</source>
        <translation>Reelcraft ne sait pas renseigner l&apos;endpoint fal %1 : son catalogue ne contient aucune correspondance d&apos;entrées pour celui-ci (options.endpoints).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The fal endpoint %1 does not offer the size %2.</source>
        <translation>L&apos;endpoint fal %1 ne propose pas la taille %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 makes video from a photo: add one.</source>
        <translation>L&apos;endpoint fal %1 crée une vidéo à partir d&apos;une photo : ajoutez-en une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no photo.</source>
        <translation>L&apos;endpoint fal %1 n&apos;accepte pas de photo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no last frame.</source>
        <translation>L&apos;endpoint fal %1 n&apos;accepte pas de dernière image.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative prompt</source>
        <translation>prompt négatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last frame</source>
        <translation>dernière image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
</context>
<context>
    <name>rc::net::RemoteJobProvider</name>
    <message>
        <location filename="../app/providers/remote/RemoteJobProvider.cpp" line="+63"/>
        <source>There is no API key for %1.</source>
        <translation>Il n&apos;y a pas de clé d&apos;API pour %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with a web page, not an API answer: is the base URL right?</source>
        <translation>%1 a répondu par une page web, pas par une réponse d&apos;API&#xa0;: l&apos;URL de base est-elle correcte&#x202f;?</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>There is no API key for %1: add one in Settings.</source>
        <translation>Il n&apos;y a pas de clé d&apos;API pour %1&#xa0;: ajoutez-en une dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no API key for %1: add one in Settings, or set %2.</source>
        <translation>Il n&apos;y a pas de clé d&apos;API pour %1&#xa0;: ajoutez-en une dans les Paramètres, ou définissez %2.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 did not finish the job within %2; Reelcraft stopped waiting (it may still finish and be billed on the server).</source>
        <translation>%1 n&apos;a pas terminé la tâche en %2&#x202f;; Reelcraft a cessé d&apos;attendre (elle peut encore se terminer et être facturée sur le serveur).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+233"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-232"/>
        <location line="+232"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-203"/>
        <source>waiting for the server: %1 could not be reached (%2)</source>
        <translation>en attente du serveur&#xa0;: %1 est injoignable (%2)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>paused: disk full (the download from %1 could not be written)</source>
        <translation>en pause&#xa0;: disque plein (le téléchargement depuis %1 n&apos;a pas pu être écrit)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for the server: the download from %1 failed (%2)</source>
        <translation>en attente du serveur&#xa0;: le téléchargement depuis %1 a échoué (%2)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>paused: disk full (%1)</source>
        <translation>en pause&#xa0;: disque plein (%1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>waiting for the server: %1 has not answered for %2</source>
        <translation>en attente du serveur&#xa0;: %1 ne répond plus depuis %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>rc::storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="-52"/>
        <source>each shot must be an object</source>
        <translation>chaque plan doit être un objet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a prompt or give a photo</source>
        <translation>écrivez un prompt ou fournissez une photo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first shot has no previous shot to continue from</source>
        <translation>le premier plan n&apos;a pas de plan précédent à prolonger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a shot starts either from a photo or from the previous shot, not both</source>
        <translation>un plan part soit d&apos;une photo, soit du plan précédent, pas des deux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either narration text or a voiceover recording, not both</source>
        <translation>indiquez soit un texte de narration, soit un enregistrement de voix off, pas les deux</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::Reader</name>
    <message>
        <location line="-102"/>
        <source>unknown field &quot;%1&quot; (check its spelling)</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;» (vérifiez son orthographe)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be text</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre de %2 à %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 %2 does not exist</source>
        <translation>%1 %2 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::ShotMaker</name>
    <message>
        <location filename="../app/storyboard/ShotMaker.cpp" line="+39"/>
        <source>%1 cannot start from a picture, so it cannot continue the previous shot</source>
        <translation>%1 ne peut pas partir d&apos;une image, il ne peut donc pas prolonger le plan précédent</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>cannot take the last frame of the previous shot</source>
        <translation>impossible de prendre la dernière image du plan précédent</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>it continues %1, which was not made</source>
        <translation>il prolonge %1, qui n&apos;a pas été créé</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::Storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+107"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a storyboard is a JSON object</source>
        <translation>un storyboard est un objet JSON</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;size&quot; must be WIDTHxHEIGHT with even numbers, such as 1280x720, not &quot;%1&quot;</source>
        <translation>&quot;size&quot; doit être au format WIDTHxHEIGHT avec des nombres pairs, par ex. 1280x720, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;fps&quot; must be a whole number</source>
        <translation>&quot;fps&quot; doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;type&quot; must be &quot;cut&quot; or &quot;crossfade&quot;, not &quot;%1&quot;</source>
        <translation>&quot;type&quot; doit valoir &quot;cut&quot; ou &quot;crossfade&quot;, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;transition&quot; must be an object such as {&quot;type&quot;: &quot;crossfade&quot;, &quot;seconds&quot;: 0.5}</source>
        <translation>&quot;transition&quot; doit être un objet tel que {&quot;type&quot;: &quot;crossfade&quot;, &quot;seconds&quot;: 0.5}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>music file</source>
        <translation>fichier musical</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the storyboard has no shots: &quot;shots&quot; must list at least one</source>
        <translation>le storyboard n&apos;a aucun plan&#xa0;: &quot;shots&quot; doit en contenir au moins un</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it lasts %1 s, shorter than two crossfades of %2 s</source>
        <translation>il dure %1 s, moins que deux fondus enchaînés de %2 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::AddProviderDialog</name>
    <message>
        <location filename="../ui/settings/AddProviderDialog.cpp" line="+22"/>
        <source>Add Provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of service</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>&amp;Clé API</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the service offers</source>
        <translation>Ce que propose le service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the service what it offers, without saving anything</source>
        <translation>Demander au service ce qu&apos;il propose, sans rien enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Several servers (one per GPU): separate their addresses with spaces</source>
        <translation>Plusieurs serveurs (un par GPU) : séparez leurs adresses par des espaces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ComfyUI server needs no key unless it sits behind a proxy that asks for one. Several servers: separate their addresses with spaces.</source>
        <translation>Un serveur ComfyUI ne nécessite aucune clé, sauf s&apos;il se trouve derrière un proxy qui en demande une. Plusieurs serveurs : séparez leurs adresses par des espaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paste the key from your %1 account</source>
        <translation>collez la clé de votre compte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in the system keychain, never in a file. Left empty, %1 from the environment is used.</source>
        <translation>La clé est conservée dans le trousseau du système, jamais dans un fichier. Si le champ reste vide, %1 est lu dans l&apos;environnement.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It answers and offers %n model(s).</source>
        <translation>
            <numerusform>Il répond et propose %n modèle.</numerusform>
            <numerusform>Il répond et propose %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test failed.</source>
        <translation>Le test a échoué.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adding %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added.</source>
        <translation>Rien n&apos;a été ajouté.</translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchCoordinator</name>
    <message>
        <location filename="../ui/batch/BatchCoordinator.cpp" line="+50"/>
        <source>None of the dropped files is a photo.</source>
        <translation>Aucun des fichiers déposés n&apos;est une photo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Batch: product photos or a sheet</source>
        <translation>Nouveau lot&#xa0;: photos de produits ou feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product photos or a sheet (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.csv);;All files (*)</source>
        <translation>Photos de produits ou feuille (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Batch: a folder of product photos</source>
        <translation>Nouveau lot&#xa0;: un dossier de photos de produits</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>New Batch</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Batch %1: %2 of %3 clips in %4</source>
        <translation>Lot %1&#xa0;: %2 clips sur %3 dans %4</translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchDialog</name>
    <message>
        <location filename="../ui/batch/BatchDialog.cpp" line="+58"/>
        <location line="+215"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>New Batch: %1</source>
        <translation>Nouveau lot&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty for the product template. {sku} and {name} are filled in for each product.</source>
        <translation>Laissez vide pour utiliser le modèle de produit. {sku} et {name} sont remplis pour chaque produit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt:</source>
        <translation>Prompt&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder:</source>
        <translation>Dossier de sortie&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Folder for the clips</source>
        <translation>Dossier des clips</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no sku)</source>
        <translation>(pas de sku)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (made at %2, cropped)</source>
        <translation>%1 (créé en %2, recadré)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n product(s), one clip each.</source>
        <translation>
            <numerusform>%n produit, un clip.</numerusform>
            <numerusform>%n produits, un clip chacun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s). </source>
        <translation>
            <numerusform>%n produit. </numerusform>
            <numerusform>%n produits. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) to fix before the batch can start; nothing runs until then.</source>
        <translation>
            <numerusform>%n problème à corriger avant de pouvoir démarrer le lot&#x202f;; rien ne s&apos;exécute d&apos;ici là.</numerusform>
            <numerusform>%n problèmes à corriger avant de pouvoir démarrer le lot&#x202f;; rien ne s&apos;exécute d&apos;ici là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n already in the output folder, kept and skipped.</source>
        <translation>
            <numerusform>%n déjà dans le dossier de sortie, conservé et ignoré.</numerusform>
            <numerusform>%n déjà dans le dossier de sortie, conservés et ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total: free (%1 charges nothing).</source>
        <translation>Total&#xa0;: gratuit (%1 ne facture rien).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Estimated total: %1 for %n clip(s); within your budget.</source>
        <translation>
            <numerusform>Total estimé&#xa0;: %1 pour %n clip&#x202f;; dans les limites de votre budget.</numerusform>
            <numerusform>Total estimé&#xa0;: %1 pour %n clips&#x202f;; dans les limites de votre budget.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated total: %1. The whole batch would pass a spending cap: %2</source>
        <translation>Total estimé&#xa0;: %1. Le lot entier dépasserait un plafond de dépenses&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (%1)</source>
        <translation>Démarrer (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a folder for the clips.</source>
        <translation>Choisissez un dossier pour les clips.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This batch is estimated to cost %1 in all (%n clip(s)). Start it?</source>
        <translation>
            <numerusform>Le coût total de ce lot est estimé à %1 (%n clip). Le démarrer&#x202f;?</numerusform>
            <numerusform>Le coût total de ce lot est estimé à %1 (%n clips). Le démarrer&#x202f;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchQueueGroup</name>
    <message>
        <location filename="../ui/batch/BatchQueueGroup.cpp" line="+16"/>
        <location line="+87"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch: %1</source>
        <translation>Lot&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause or resume the batch</source>
        <translation>Mettre en pause ou reprendre le lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the batch</source>
        <translation>Annuler le lot</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 sur %n terminé</numerusform>
            <numerusform>%1 sur %n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n échec</numerusform>
            <numerusform> · %n échecs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n cancelled</source>
        <translation>
            <numerusform> · %n annulé</numerusform>
            <numerusform> · %n annulés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · finished</source>
        <translation> · terminé</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · pausing (%n still under way)</source>
        <translation>
            <numerusform> · mise en pause (%n encore en cours)</numerusform>
            <numerusform> · mise en pause (%n encore en cours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · paused</source>
        <translation> · en pause</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipActions</name>
    <message>
        <location filename="../ui/ClipActions.cpp" line="+56"/>
        <source>&amp;Reuse Settings</source>
        <translation>&amp;Réutiliser les réglages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate &amp;Again</source>
        <translation>&amp;Générer à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit / Remix…</source>
        <translation>&amp;Modifier / Remixer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from &amp;Last Frame</source>
        <translation>Continuer depuis la &amp;dernière image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Favourite</source>
        <translation>&amp;Favori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le d&amp;ossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+110"/>
        <source>&amp;Export Clip…</source>
        <translation>E&amp;xporter le clip…</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+110"/>
        <source>&amp;Delete Clip</source>
        <translation>&amp;Supprimer le clip</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;Tag…</source>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to &amp;Project…</source>
        <translation>Ajouter au &amp;projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rename Project…</source>
        <translation>&amp;Renommer le projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Project…</source>
        <translation>&amp;Supprimer le projet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the compose panel with this clip&apos;s prompt and settings (Ctrl+R)</source>
        <translation>Remplir le panneau de composition avec le prompt et les réglages de ce clip (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make another take with the same settings and a new seed (Ctrl+Shift+G)</source>
        <translation>Faire une autre prise avec les mêmes réglages et une nouvelle graine (Ctrl+Maj+G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the provider for a change to this clip (&quot;now it snows&quot;); the rest of the scene stays, and the result is kept as a new clip next to this one (Ctrl+E)</source>
        <translation>Demander au fournisseur une modification de ce clip («&#xa0;maintenant il neige&#xa0;»)&#x202f;; le reste de la scène est conservé, et le résultat est gardé comme nouveau clip à côté de celui-ci (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this clip&apos;s last frame as the input photo (Ctrl+L)</source>
        <translation>Utiliser la dernière image de ce clip comme photo d&apos;entrée (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a tag to the selected clips</source>
        <translation>Ajouter une étiquette aux clips sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected clips in a project, new or existing</source>
        <translation>Placer les clips sélectionnés dans un projet, nouveau ou existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not Changed</source>
        <translation>Non modifié</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>&amp;Export %n Clips…</source>
        <translation>
            <numerusform>&amp;Exporter %n clip…</numerusform>
            <numerusform>&amp;Exporter %n clips…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Delete %n Clips</source>
        <translation>
            <numerusform>&amp;Supprimer %n clip</numerusform>
            <numerusform>&amp;Supprimer %n clips</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Only a finished clip made by a remote provider can be edited.</source>
        <translation>Seul un clip terminé créé par un fournisseur distant peut être modifié.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit Clip</source>
        <translation>Modifier le clip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what should change; the rest of the scene stays the same.
For example: now it snows. Keep everything else the same.</source>
        <translation>Dites ce qui doit changer&#x202f;; le reste de la scène reste identique.
Par exemple&#xa0;: maintenant il neige. Garder tout le reste identique.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The last frame could not be read: %1</source>
        <translation>Impossible de lire la dernière image&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no frame decoded</source>
        <translation>aucune image décodée</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n clip(s) marked as favourites.</source>
        <translation>
            <numerusform>%n clip ajouté aux favoris.</numerusform>
            <numerusform>%n clips ajoutés aux favoris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) no longer favourites.</source>
        <translation>
            <numerusform>%n clip retiré des favoris.</numerusform>
            <numerusform>%n clips retirés des favoris.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Clips to a Folder</source>
        <translation>Exporter les clips vers un dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Clip</source>
        <translation>Exporter le clip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clip could not be exported to %1.</source>
        <translation>Impossible d&apos;exporter le clip vers %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>Delete Clip</source>
        <translation>Supprimer le clip</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <location line="+6"/>
        <source>Delete Clips</source>
        <translation>Supprimer les clips</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Delete this clip and its video file?</source>
        <translation>Supprimer ce clip et son fichier vidéo ?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n clip(s) and their video files?</source>
        <translation>
            <numerusform>Supprimer %n clip et son fichier vidéo ?</numerusform>
            <numerusform>Supprimer %n clips et leurs fichiers vidéo ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files go to Reelcraft&apos;s trash and are erased when you close Reelcraft; until then Edit › Undo (Ctrl+Z) brings them back.</source>
        <translation>Les fichiers vont dans la corbeille de Reelcraft et sont effacés à la fermeture de Reelcraft ; d’ici là, Édition › Annuler (Ctrl+Z) les restaure.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Paid for: %n (%1 in total). The spend history keeps what they cost; a video cannot be made again for free.</source>
        <translation>
            <numerusform>Payé : %n (%1 au total). L’historique des dépenses conserve leur coût ; une vidéo ne peut pas être refaite gratuitement.</numerusform>
            <numerusform>Payés : %n (%1 au total). L’historique des dépenses conserve leur coût ; une vidéo ne peut pas être refaite gratuitement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Already without a video file: %n (only the entry in the gallery goes).</source>
        <translation>
            <numerusform>Déjà sans fichier vidéo : %n (seule l’entrée de la galerie disparaît).</numerusform>
            <numerusform>Déjà sans fichier vidéo : %n (seules les entrées de la galerie disparaissent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Still queued or running, and left alone (cancel them first): %n.</source>
        <translation>
            <numerusform>Encore en file d’attente ou en cours, et laissé tel quel (annulez-le d’abord) : %n.</numerusform>
            <numerusform>Encore en file d’attente ou en cours, et laissés tels quels (annulez-les d’abord) : %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clips could not be deleted.</source>
        <translation>Les clips n’ont pas pu être supprimés.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) deleted. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n clip supprimé. Appuyez sur Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n clips supprimés. Appuyez sur Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) could not be deleted.</source>
        <translation>
            <numerusform>%n clip n’a pas pu être supprimé.</numerusform>
            <numerusform>%n clips n’ont pas pu être supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+20"/>
        <source>Export Clips</source>
        <translation>Exporter les clips</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>Exporting %n clip(s)…</source>
        <translation>
            <numerusform>Exportation de %n clip…</numerusform>
            <numerusform>Exportation de %n clips…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Export cancelled: %n clip(s) written to %1.</source>
        <translation>
            <numerusform>Exportation annulée : %n clip écrit dans %1.</numerusform>
            <numerusform>Exportation annulée : %n clips écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) exported to %1.</source>
        <translation>
            <numerusform>%n clip exporté vers %1.</numerusform>
            <numerusform>%n clips exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) could not be exported.</source>
        <translation>
            <numerusform>%n clip n’a pas pu être exporté.</numerusform>
            <numerusform>%n clips n’ont pas pu être exportés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag Clips</source>
        <translation>Étiqueter les clips</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag for %n clip(s):</source>
        <translation>
            <numerusform>Étiquette pour %n clip :</numerusform>
            <numerusform>Étiquette pour %n clips :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tagged %n clip(s) &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n clip étiqueté « %1 ».</numerusform>
            <numerusform>%n clips étiquetés « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Project</source>
        <translation>Ajouter au projet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Project for %n clip(s) (type a new name to make one):</source>
        <translation>
            <numerusform>Projet pour %n clip (saisissez un nouveau nom pour en créer un) :</numerusform>
            <numerusform>Projet pour %n clips (saisissez un nouveau nom pour en créer un) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n clip(s) added to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n clip ajouté à « %1 ».</numerusform>
            <numerusform>%n clips ajoutés à « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Rename Project</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project to remove (its clips stay in the gallery):</source>
        <translation>Projet à supprimer (ses clips restent dans la galerie) :</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The clip could not be deleted.</source>
        <translation>Impossible de supprimer le clip.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipDetails</name>
    <message>
        <location filename="../ui/gallery/ClipDetails.cpp" line="+23"/>
        <source>Select a clip to see its details.</source>
        <translation>Sélectionnez un clip pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip details</source>
        <translation>Détails du clip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent clip</source>
        <translation>Clip parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>Authenticité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, item %2</source>
        <translation>%1, élément %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no prompt: from the photo only)</source>
        <translation>(pas de prompt&#xa0;: à partir de la photo seule)</translation>
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
        <translation> · à partir d&apos;une photo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clip #%1</source>
        <translation>clip n° %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>time-stamped %1 by %2</source>
        <translation>horodaté le %1 par %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1”, with its own credentials</source>
        <translation>« %1 », avec ses propres identifiants de contenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>edited as %1</source>
        <translation>modifié en %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>free</source>
        <translation>gratuit</translation>
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
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (made before Reelcraft wrote content credentials, or removed)</source>
        <translation>aucune (créé avant que Reelcraft n&apos;écrive les informations d&apos;authenticité, ou supprimées)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT valid: %1</source>
        <translation>NON valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>valid (C2PA) · %1 · made with %2 · signed by %3</source>
        <translation>valide (C2PA) · %1 · créé avec %2 · signé par %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>from %n source(s)</source>
        <translation>
            <numerusform>à partir de %n source</numerusform>
            <numerusform>à partir de %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::ComposePanel</name>
    <message>
        <location filename="../ui/compose/ComposePanel.cpp" line="+38"/>
        <source>What the engine understood</source>
        <translation>Ce que le moteur a compris</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add key…</source>
        <translation>Ajouter une clé…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of variations</source>
        <translation>Nombre de variantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many variations to make at once, each with the next seed</source>
        <translation>Nombre de variantes à créer en une fois, chacune avec la seed suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget left</source>
        <translation>Budget restant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add API key</source>
        <translation>Ajouter une clé API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the settings to add the provider&apos;s API key</source>
        <translation>Ouvrir les paramètres pour ajouter la clé API du fournisseur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the clip cannot be generated</source>
        <translation>Pourquoi le clip ne peut pas être généré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the clip should not show: blur, text, extra fingers…</source>
        <translation>Ce que le clip ne doit pas montrer&#xa0;: flou, texte, doigts en trop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative prompt</source>
        <translation>Prompt négatif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avoid (negative prompt)</source>
        <translation>À éviter (prompt négatif)</translation>
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
            <numerusform>%n clip coûterait %1, mais il ne reste que %2 au budget.</numerusform>
            <numerusform>%n clips coûteraient %1, mais il ne reste que %2 au budget.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Budget: %1 left today</source>
        <translation>Budget : %1 restant aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget: %1 left this month</source>
        <translation>Budget : %1 restant ce mois-ci</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+137"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>First and last frame</source>
        <translation>Première et dernière image</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not start from a photo.</source>
        <translation>%1 ne part pas d&apos;une photo.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ConsistencyNote</name>
    <message>
        <location filename="../ui/ConsistencyNote.cpp" line="+15"/>
        <source>Library check</source>
        <translation>Vérification de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Hide this note</source>
        <translation>Masquer cette note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the history against the media folder…</source>
        <translation>Vérification de l’historique par rapport au dossier des médias…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n clip(s) in the history have lost their video</source>
        <translation>
            <numerusform>%n clip de l’historique a perdu sa vidéo</numerusform>
            <numerusform>%n clips de l’historique ont perdu leur vidéo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n video(s) in the media folder are not in the history</source>
        <translation>
            <numerusform>%n vidéo du dossier des médias n’est pas dans l’historique</numerusform>
            <numerusform>%n vidéos du dossier des médias ne sont pas dans l’historique</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clips whose video file is missing:</source>
        <translation>Clips dont le fichier vidéo manque :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  clip %1</source>
        <translation>  clip %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Videos that no clip in the history names:</source>
        <translation>Vidéos qu’aucun clip de l’historique ne référence :</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Nothing was changed or deleted.</source>
        <translation>Rien n’a été modifié ni supprimé.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>History and Media Folder</source>
        <translation>Historique et dossier des médias</translation>
    </message>
</context>
<context>
    <name>rc::ui::CropPreview</name>
    <message>
        <location filename="../ui/compose/CropPreview.cpp" line="+16"/>
        <source>Photo preview with crop frame</source>
        <translation>Aperçu de la photo avec cadre de recadrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to choose the part of the photo the clip shows</source>
        <translation>Faites glisser pour choisir la partie de la photo que montre le clip</translation>
    </message>
</context>
<context>
    <name>rc::ui::FilePicker</name>
    <message>
        <location filename="../ui/storyboard/FilePicker.cpp" line="+32"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drop a photo here, or browse for one.</source>
        <translation>Déposez une photo ici, ou parcourez pour en choisir une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop an audio file here, or browse for one.</source>
        <translation>Déposez un fichier audio ici, ou parcourez pour en choisir un.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a photo this studio can read.</source>
        <translation>%1 n&apos;est pas une photo lisible par ce studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an audio file (WAV, MP3, M4A, AAC, FLAC, Ogg or Opus).</source>
        <translation>%1 n&apos;est pas un fichier audio (WAV, MP3, M4A, AAC, FLAC, Ogg ou Opus).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audio (%1)</source>
        <translation>Audio (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a Photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an Audio File</source>
        <translation>Choisir un fichier audio</translation>
    </message>
</context>
<context>
    <name>rc::ui::FirstRunHint</name>
    <message>
        <location filename="../ui/help/FirstRunHint.cpp" line="+14"/>
        <source>Add a Provider…</source>
        <translation>Ajouter un fournisseur…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Got It</source>
        <translation>Compris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Welcome to Reelcraft.&lt;/b&gt; Clips are made by a &lt;i&gt;provider&lt;/i&gt;. The built-in engine is free, works offline and needs no key: it draws your scene with matching sound, good for drafts, lessons and product shots. For photoreal clips, use a provider with a key of your own: Google Gemini (its key goes in the settings), or OpenRouter and your own ComfyUI servers (added with &lt;tt&gt;reelcraft provider add&lt;/tt&gt;). The price shows on the Generate button before anything is spent.</source>
        <translation>&lt;b&gt;Bienvenue dans Reelcraft.&lt;/b&gt; Les clips sont créés par un &lt;i&gt;fournisseur&lt;/i&gt;. Le moteur intégré est gratuit, fonctionne hors ligne et ne demande aucune clé : il dessine votre scène avec un son assorti, idéal pour les brouillons, les cours et les photos de produits. Pour des clips photoréalistes, utilisez un fournisseur avec votre propre clé : Google Gemini (sa clé se saisit dans les réglages), ou OpenRouter et vos propres serveurs ComfyUI (ajoutés avec &lt;tt&gt;reelcraft provider add&lt;/tt&gt;). Le prix s’affiche sur le bouton Générer avant toute dépense.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opens the settings, where providers and their keys are kept</source>
        <translation>Ouvre les paramètres, où sont gérés les fournisseurs et leurs clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this note for good</source>
        <translation>Masquer définitivement cette note</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryDelegate</name>
    <message>
        <location filename="../ui/gallery/GalleryDelegate.cpp" line="+79"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✎ edit of #%1</source>
        <translation>✎ modification de #%1</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryFilterBar</name>
    <message>
        <location filename="../ui/gallery/GalleryFilterBar.cpp" line="+27"/>
        <source>Search prompts…</source>
        <translation>Rechercher dans les prompts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search prompts</source>
        <translation>Rechercher dans les prompts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by provider</source>
        <translation>Filtrer par fournisseur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter by project</source>
        <translation>Filtrer par projet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage projects</source>
        <translation>Gérer les projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New, rename or remove a project</source>
        <translation>Créer, renommer ou supprimer un projet</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All providers</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished clips</source>
        <translation>Clips terminés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ Favourites</source>
        <translation>★ Favoris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourites only</source>
        <translation>Favoris seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Plus récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Plus anciens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most expensive</source>
        <translation>Plus chers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation>Plus longs</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryModel</name>
    <message>
        <location filename="../ui/gallery/GalleryModel.cpp" line="+297"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>(photo only)</source>
        <translation>(photo seule)</translation>
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
        <translation>Clip %1, une modification du clip %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip %1: %2</source>
        <translation>Clip %1&#xa0;: %2</translation>
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
        <translation>Taille des vignettes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected clips</source>
        <translation>Clips sélectionnés</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n clips selected</source>
        <translation>
            <numerusform>%n clip sélectionné</numerusform>
            <numerusform>%n clips sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No clip matches these filters.</source>
        <translation>Aucun clip ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clips yet.
Write a prompt on the left and press Generate (Ctrl+Enter).</source>
        <translation>Aucun clip pour l&apos;instant.
Écrivez un prompt à gauche et appuyez sur Générer (Ctrl+Entrée).</translation>
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
        <translation>Générer</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate · needs a key</source>
        <translation>Générer · clé requise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate %1 · %2</source>
        <translation>Générer %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate · %1</source>
        <translation>Générer · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate the clip (Ctrl+Enter)</source>
        <translation>Générer le clip (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>rc::ui::ImageDropZone</name>
    <message>
        <location filename="../ui/compose/ImageDropZone.cpp" line="+34"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input photo</source>
        <translation>Photo d&apos;entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last frame photo</source>
        <translation>Photo de la dernière image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a photo here, paste it (Ctrl+V) or browse.
Optional: the clip starts from it.
Drop several photos, a folder or a sheet for a batch.</source>
        <translation>Déposez une photo ici, collez-la (Ctrl+V) ou parcourez.
Facultatif&#xa0;: le clip part de cette photo.
Déposez plusieurs photos, un dossier ou une feuille pour un lot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the last frame here, paste or browse.
Optional: the clip ends on it.</source>
        <translation>Déposez la dernière image ici, collez-la ou parcourez.
Facultatif&#xa0;: le clip se termine sur cette image.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a photo</source>
        <translation>Rechercher une photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse for the last frame</source>
        <translation>Rechercher la dernière image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a photo</source>
        <translation>Coller une photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste the last frame</source>
        <translation>Coller la dernière image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the last frame</source>
        <translation>Retirer la dernière image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photo problem</source>
        <translation>Problème de photo</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a readable image.</source>
        <translation>ce n&apos;est pas une image lisible.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The clipboard holds no picture.</source>
        <translation>Le presse-papiers ne contient aucune image.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pasted picture could not be saved in %1.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image collée dans %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>rc::ui::JobNotifier</name>
    <message>
        <location filename="../ui/JobNotifier.cpp" line="+31"/>
        <source>Clip ready</source>
        <translation>Clip prêt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip failed</source>
        <translation>Échec du clip</translation>
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
        <translation>Reelcraft&#xa0;: aucune tâche en cours</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reelcraft: %n job(s) waiting</source>
        <translation>
            <numerusform>Reelcraft&#xa0;: %n tâche en attente</numerusform>
            <numerusform>Reelcraft&#xa0;: %n tâches en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n en attente</numerusform>
            <numerusform>, %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reelcraft: %1%2</source>
        <translation>Reelcraft&#xa0;: %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reelcraft: %1%2 · %3%</source>
        <translation>Reelcraft&#xa0;: %1%2 · %3&#xa0;%</translation>
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
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Photo…</source>
        <translation>Ouvrir une &amp;photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste P&amp;hoto</source>
        <translation>C&amp;oller une photo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Batch…</source>
        <translation>Nouveau &amp;lot…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One clip per product, from several photos or a sheet</source>
        <translation>Un clip par produit, à partir de plusieurs photos ou d&apos;une feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Batch from &amp;Folder…</source>
        <translation>Nouveau lot depuis un d&amp;ossier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Clips</source>
        <translation>&amp;Rechercher des clips</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clip</source>
        <translation>&amp;Clip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Play / Pause</source>
        <translation>313|&amp;Lecture / PauseLire / Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Frame</source>
        <translation>Image &amp;précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Frame</source>
        <translation>Image &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Loop</source>
        <translation>&amp;Boucle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mute</source>
        <translation>&amp;Muet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>&amp;File d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spend</source>
        <translation>&amp;Dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;toryboard</source>
        <translation>S&amp;toryboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Reelcraft</source>
        <translation>À &amp;propos de Reelcraft</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Spending Caps</source>
        <translation>Plafonds de dépenses</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a clip to play it.</source>
        <translation>Sélectionnez un clip pour le lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video file is missing.</source>
        <translation>Le fichier vidéo est introuvable.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clip ready: %1</source>
        <translation>Clip prêt&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n clip(s) imported into the gallery.</source>
        <translation>
            <numerusform>%n clip importé dans la galerie.</numerusform>
            <numerusform>%n clips importés dans la galerie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some files were not opened</source>
        <translation>Certains fichiers n&apos;ont pas été ouverts</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être ouvert.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Quit Reelcraft</source>
        <translation>Quitter Reelcraft</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running. Quit anyway?
They resume next time where the provider allows it.</source>
        <translation>
            <numerusform>%n tâche encore en cours. Quitter quand même&#x202f;?
Elle reprendra au prochain lancement si le fournisseur le permet.</numerusform>
            <numerusform>%n tâches encore en cours. Quitter quand même&#x202f;?
Elles reprendront au prochain lancement si le fournisseur le permet.</numerusform>
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
        <translation>F&amp;ournisseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Duration</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation>&amp;Résolution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PlanChips</name>
    <message>
        <location filename="../ui/compose/PlanChips.cpp" line="+32"/>
        <source>setting: %1</source>
        <translation>décor&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>light: %1</source>
        <translation>lumière&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light: %1 → %2</source>
        <translation>lumière&#xa0;: %1 → %2</translation>
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
        <translation>caméra&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>style: %1</source>
        <translation>style&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shot(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>silent</source>
        <translation>muet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>music: %1</source>
        <translation>musique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type a prompt to see what the built-in engine will draw.</source>
        <translation>Saisissez un prompt pour voir ce que le moteur intégré va dessiner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the engine understood</source>
        <translation>Ce que le moteur a compris</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More of what the engine understood</source>
        <translation>Plus de ce que le moteur a compris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the engine will not draw</source>
        <translation>Mots que le moteur ne dessinera pas</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not drawn: %1</source>
        <translation>Non dessiné : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in engine has no picture for these words; they only colour the scene. Not drawn: %1</source>
        <translation>Le moteur intégré n&apos;a pas d&apos;image pour ces mots ; ils ne font que colorer la scène. Non dessiné : %1</translation>
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
        <translation>jardin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beach</source>
        <comment>plan: setting</comment>
        <translation>plage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ocean</source>
        <comment>plan: setting</comment>
        <translation>océan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <comment>plan: setting</comment>
        <translation>ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desert</source>
        <comment>plan: setting</comment>
        <translation>désert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forest</source>
        <comment>plan: setting</comment>
        <translation>forêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mountains</source>
        <comment>plan: setting</comment>
        <translation>montagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outer space</source>
        <comment>plan: setting</comment>
        <translation>espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underwater</source>
        <comment>plan: setting</comment>
        <translation>sous l’eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snowy landscape</source>
        <comment>plan: setting</comment>
        <translation>paysage enneigé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farm</source>
        <comment>plan: setting</comment>
        <translation>ferme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indoors</source>
        <comment>plan: setting</comment>
        <translation>intérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sky</source>
        <comment>plan: setting</comment>
        <translation>ciel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dawn</source>
        <comment>plan: light, time of day</comment>
        <translation>aube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning</source>
        <comment>plan: light, time of day</comment>
        <translation>matin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noon</source>
        <comment>plan: light, time of day</comment>
        <translation>midi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>golden hour</source>
        <comment>plan: light, time of day</comment>
        <translation>heure dorée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sunset</source>
        <comment>plan: light, time of day</comment>
        <translation>coucher de soleil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>night</source>
        <comment>plan: light, time of day</comment>
        <translation>nuit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rain</source>
        <comment>plan: weather</comment>
        <translation>pluie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snow</source>
        <comment>plan: weather</comment>
        <translation>neige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fog</source>
        <comment>plan: weather</comment>
        <translation>brouillard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wind</source>
        <comment>plan: weather</comment>
        <translation>vent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm</source>
        <comment>plan: weather</comment>
        <translation>tempête</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>static</source>
        <comment>plan: camera move</comment>
        <translation>fixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>push in</source>
        <comment>plan: camera move</comment>
        <translation>travelling avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pull out</source>
        <comment>plan: camera move</comment>
        <translation>travelling arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan left</source>
        <comment>plan: camera move</comment>
        <translation>panoramique vers la gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan right</source>
        <comment>plan: camera move</comment>
        <translation>panoramique vers la droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt up</source>
        <comment>plan: camera move</comment>
        <translation>bascule vers le haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt down</source>
        <comment>plan: camera move</comment>
        <translation>bascule vers le bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rise</source>
        <comment>plan: camera move</comment>
        <translation>élévation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orbit</source>
        <comment>plan: camera move</comment>
        <translation>orbite</translation>
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
        <translation>cinématographique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sci-fi</source>
        <comment>plan: visual style</comment>
        <translation>science-fiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dreamy</source>
        <comment>plan: visual style</comment>
        <translation>onirique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surreal</source>
        <comment>plan: visual style</comment>
        <translation>surréaliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documentary</source>
        <comment>plan: visual style</comment>
        <translation>documentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vintage</source>
        <comment>plan: visual style</comment>
        <translation>rétro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calm</source>
        <comment>plan: music mood</comment>
        <translation>calme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>happy</source>
        <comment>plan: music mood</comment>
        <translation>joyeuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energetic</source>
        <comment>plan: music mood</comment>
        <translation>énergique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dark</source>
        <comment>plan: music mood</comment>
        <translation>sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epic</source>
        <comment>plan: music mood</comment>
        <translation>épique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dreamy</source>
        <comment>plan: music mood</comment>
        <translation>rêveuse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>electronic</source>
        <comment>plan: music genre</comment>
        <translation>électronique</translation>
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
        <translation>ambient</translation>
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
        <translation>orchestrale</translation>
    </message>
</context>
<context>
    <name>rc::ui::PlayerControls</name>
    <message>
        <location filename="../ui/player/PlayerControls.cpp" line="+31"/>
        <location line="+71"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Play / pause (Space)</source>
        <translation>Lire / pause (Espace)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous frame (,)</source>
        <translation>Image précédente (,)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next frame</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame (.)</source>
        <translation>Image suivante (.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to jump; Left/Right step a frame, Shift+Left/Right a second</source>
        <translation>Cliquez pour sauter ; Gauche/Droite avance d&apos;une image, Maj+Gauche/Droite d&apos;une seconde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed and total time</source>
        <translation>Temps écoulé et durée totale</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute (M)</source>
        <translation>Muet (M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (F or double-click; Esc leaves)</source>
        <translation>Plein écran (F ou double-clic ; Échap pour quitter)</translation>
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
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a clip to play it.</source>
        <translation>Sélectionnez un clip pour le lire.</translation>
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
        <translation>Décrivez le clip&#xa0;: qui ou quoi, où, la lumière, la caméra, le son…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent prompts</source>
        <translation>Prompts récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent prompts (Alt+Up / Alt+Down)</source>
        <translation>Prompts récents (Alt+Haut / Alt+Bas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt templates</source>
        <translation>Modèles de prompt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompt length</source>
        <translation>Longueur du prompt</translation>
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
            <numerusform>%n caractère au-delà de la limite du modèle</numerusform>
            <numerusform>%n caractères au-delà de la limite du modèle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PromptTemplates</name>
    <message>
        <location filename="../ui/compose/PromptTemplates.cpp" line="+19"/>
        <source>Product showcase</source>
        <translation>Présentation de produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A [product] on a [surface] in a bright studio, slow orbit camera, soft golden light, clean background, upbeat electronic music.</source>
        <translation>Un [produit] sur une [surface] dans un studio lumineux, lent travelling circulaire, douce lumière dorée, fond épuré, musique électronique entraînante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson scene</source>
        <translation>Scène de cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm classroom scene explaining [topic]: a [subject] in a [setting], gentle push-in camera, morning light, soft piano music.</source>
        <translation>Une scène de classe paisible qui explique [sujet]&#xa0;: un [personnage] dans un [décor], léger travelling avant, lumière du matin, douce musique de piano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social short</source>
        <translation>Format court pour les réseaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vertical, energetic shot of [subject] [action] in a [setting], fast camera, vivid colours, punchy music.</source>
        <translation>Un plan vertical et énergique de [personnage] [action] dans un [décor], caméra rapide, couleurs vives, musique percutante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand story</source>
        <translation>Histoire de marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A [setting] at dawn, then a [subject] [action], then the [product] revealed in warm light; cinematic, orchestral music.</source>
        <translation>Un [décor] à l&apos;aube, puis un [personnage] [action], puis le [produit] révélé dans une lumière chaude&#x202f;; cinématographique, musique orchestrale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surreal art</source>
        <translation>Art surréaliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dreamy surreal [setting] where [subject] floats among [objects], slow drifting camera, pastel sky, ambient music.</source>
        <translation>Un [décor] surréaliste et onirique où [personnage] flotte parmi des [objets], caméra dérivant lentement, ciel pastel, musique d&apos;ambiance.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProviderChoices</name>
    <message>
        <location filename="../ui/widgets/ProviderChoices.cpp" line="+42"/>
        <source>%1 (needs an API key)</source>
        <translation>%1 (nécessite une clé d’API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not available)</source>
        <translation>%1 (non disponible)</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProvidersPage</name>
    <message>
        <location filename="../ui/settings/ProvidersPage.cpp" line="+31"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Provider…</source>
        <translation>&amp;Ajouter un fournisseur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an OpenRouter or fal.ai account, or your own ComfyUI servers</source>
        <translation>Ajouter un compte OpenRouter ou fal.ai, ou vos propres serveurs ComfyUI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Key…</source>
        <translation>Définir la &amp;clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove K&amp;ey</source>
        <translation>Supprimer la c&amp;lé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh Models</source>
        <translation>&amp;Mettre à jour les modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the service&apos;s list of models, their lengths, sizes and prices again</source>
        <translation>Relire la liste des modèles du service, avec leurs durées, tailles et prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &amp;Provider…</source>
        <translation>Supprimer le &amp;fournisseur…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider status</source>
        <translation>État des fournisseurs</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none needed</source>
        <translation>non requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or set %1 in the environment</source>
        <translation>ou définissez %1 dans l&apos;environnement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the built-in engine is set up; it needs no key. Add a provider to reach cloud models.</source>
        <translation>Seul le moteur intégré est configuré ; il ne nécessite aucune clé. Ajoutez un fournisseur pour accéder aux modèles cloud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the built-in engine is configured; it needs no key.</source>
        <translation>Seul le moteur intégré est configuré ; il ne nécessite aucune clé.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Set the key for %1</source>
        <translation>Définir la clé de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key for %1</source>
        <translation>Supprimer la clé de %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set Key</source>
        <translation>Définir la clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key for %1:</source>
        <translation>Clé API de %1 :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key for %1 was not stored: %2</source>
        <translation>La clé de %1 n&apos;a pas été enregistrée : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for %1 is stored in the system keychain.</source>
        <translation>La clé de %1 est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key for %1 was not removed: %2</source>
        <translation>La clé de %1 n&apos;a pas été supprimée : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for %1 is removed from the keychain.</source>
        <translation>La clé de %1 a été supprimée du trousseau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the models of %1…</source>
        <translation>Lecture des modèles de %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The models of %1 were not refreshed: %2</source>
        <translation>Les modèles de %1 n&apos;ont pas été mis à jour : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 offers %n model(s).</source>
        <translation>
            <numerusform>%1 propose %n modèle.</numerusform>
            <numerusform>%1 propose %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Provider</source>
        <translation>Supprimer le fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its stored key? Clips made with it stay in the gallery.</source>
        <translation>Supprimer %1 et sa clé enregistrée ? Les clips créés avec lui restent dans la galerie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not removed: %2</source>
        <translation>%1 n&apos;a pas été supprimé : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Added %1 with %n model(s). Choose it in the provider list to generate.</source>
        <translation>
            <numerusform>%1 ajouté avec %n modèle. Choisissez-le dans la liste des fournisseurs pour générer.</numerusform>
            <numerusform>%1 ajouté avec %n modèles. Choisissez-le dans la liste des fournisseurs pour générer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::QueueModel</name>
    <message numerus="yes">
        <location filename="../ui/queue/QueueModel.cpp" line="+14"/>
        <source>%n s left</source>
        <translation>
            <numerusform>%n s restante</numerusform>
            <numerusform>%n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s left</source>
        <translation>%1 min %2 s restantes</translation>
    </message>
</context>
<context>
    <name>rc::ui::QueuePanel</name>
    <message>
        <location filename="../ui/queue/QueuePanel.cpp" line="+16"/>
        <source>No jobs running. Press Generate to start one.</source>
        <translation>Aucune tâche en cours. Appuyez sur Générer pour en lancer une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
</context>
<context>
    <name>rc::ui::QueueRow</name>
    <message>
        <location filename="../ui/queue/QueueRow.cpp" line="+15"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel the job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the job</source>
        <translation>Relancer la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the queue</source>
        <translation>Retirer de la file d&apos;attente</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(photo only)</source>
        <translation>(photo seule)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Progress of job %1</source>
        <translation>Progression de la tâche %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job %1: %2</source>
        <translation>Tâche %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+34"/>
        <location line="+174"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Providers and Keys</source>
        <translation>Fournisseurs et clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default provider</source>
        <translation>Fournisseur par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default &amp;provider</source>
        <translation>Fournisseur par &amp;défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your home folder</source>
        <translation>Votre dossier personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export folder</source>
        <translation>Dossier d&apos;exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Folder</source>
        <translation>Dossier d&apos;exportation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export folder</source>
        <translation>Dossier d&apos;&amp;exportation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clips are kept in the profile&apos;s media folder; Export copies one to this folder.</source>
        <translation>Les clips sont conservés dans le dossier multimédia du profil&#x202f;; Exporter en copie un dans ce dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Reelcraft starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Reelcraft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show an “AI-generated” label in the top right corner of new clips</source>
        <translation>Afficher une mention « Généré par IA » dans le coin supérieur droit des nouveaux clips</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disclosure</source>
        <translation>Divulgation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clip carries content credentials that say it is AI-made; this also marks the pictures, for viewers who never see the credentials. A remote clip is re-encoded to draw it, keeping the provider&apos;s credentials as its parent.</source>
        <translation>Chaque clip porte des identifiants de contenu indiquant qu’il a été créé par IA ; cette option marque aussi les images, pour les spectateurs qui ne voient jamais ces identifiants. Un clip distant est réencodé pour y dessiner la mention, en conservant les identifiants du fournisseur comme parent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None (works offline)</source>
        <translation>Aucune (fonctionne hors ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-stamp authority</source>
        <translation>Autorité d’horodatage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time-stamp authority</source>
        <translation>&amp;Autorité d’horodatage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An RFC 3161 address (for example http://timestamp.digicert.com): each signature is sent there to prove when it was made. A clip is signed without one when the service cannot be reached.</source>
        <translation>Une adresse RFC 3161 (par exemple http://timestamp.digicert.com) : chaque signature y est envoyée pour prouver quand elle a été créée. Un clip est signé sans horodatage lorsque le service est injoignable.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Caps apply to</source>
        <translation>Les plafonds s&apos;appliquent à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers together</source>
        <translation>Tous les fournisseurs ensemble</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily cap</source>
        <translation>Plafond quotidien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>no cap</source>
        <translation>aucun plafond</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Monthly cap</source>
        <translation>Plafond mensuel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Applies to</source>
        <translation>&amp;S&apos;applique à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily cap (USD)</source>
        <translation>Plafond &amp;quotidien (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly cap (USD)</source>
        <translation>Plafond &amp;mensuel (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job whose estimate would go over a cap is refused before anything is sent.</source>
        <translation>Une tâche dont l&apos;estimation dépasserait un plafond est refusée avant tout envoi.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not an amount; write it like 5 or 12.50.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#x202f;; écrivez-le comme 5 ou 12.50.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The time-stamp authority must be an http:// or https:// address.</source>
        <translation>L’autorité d’horodatage doit être une adresse http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>rc::ui::ShotModelPicker</name>
    <message>
        <location filename="../ui/storyboard/ShotModelPicker.cpp" line="+18"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+18"/>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <source>%1 (not offered)</source>
        <translation>%1 (non proposé)</translation>
    </message>
</context>
<context>
    <name>rc::ui::SpendChart</name>
    <message>
        <location filename="../ui/spend/SpendChart.cpp" line="+11"/>
        <source>Spend per day</source>
        <translation>Dépenses par jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spend in this period</source>
        <translation>Aucune dépense sur cette période</translation>
    </message>
</context>
<context>
    <name>rc::ui::SpendPanel</name>
    <message>
        <location filename="../ui/spend/SpendPanel.cpp" line="+17"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month: %1</source>
        <translation>Ce mois-ci&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 %2 (%n job(s))</source>
        <translation>
            <numerusform>%1 %2 (%n tâche)</numerusform>
            <numerusform>%1 %2 (%n tâches)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing spent this month. The built-in engine is free.</source>
        <translation>Rien de dépensé ce mois-ci. Le moteur intégré est gratuit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month by provider: %1</source>
        <translation>Ce mois-ci par fournisseur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::StoryboardPanel</name>
    <message>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+63"/>
        <source>Lesson title</source>
        <translation>Titre de la leçon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtitle (optional)</source>
        <translation>Sous-titre (facultatif)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drag the cards to change the order of the shots.</source>
        <translation>Faites glisser les cartes pour changer l&apos;ordre des plans.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shot</source>
        <translation>Ajouter un plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make again</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected shot again at the next &quot;Make lesson&quot;, even though it was made before.</source>
        <translation>Refaire le plan sélectionné au prochain «&#xa0;Créer la leçon&#xa0;», même s&apos;il a déjà été créé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make lesson</source>
        <translation>Créer la leçon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The lesson is ready: %1</source>
        <translation>La leçon est prête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What the shot shows</source>
        <translation>Ce que montre le plan</translation>
    </message>
    <message>
        <location filename="../ui/storyboard/StoryboardLessonControls.cpp" line="+27"/>
        <source>Whole lesson</source>
        <translation>Leçon entière</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made by the built-in engine</source>
        <translation>Par le moteur intégré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a file</source>
        <translation>À partir d&apos;un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No music file chosen</source>
        <translation>Aucun fichier musical choisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut</source>
        <translation>Coupe franche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossfade</source>
        <translation>Fondu enchaîné</translation>
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
        <translation>Musique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Music file</source>
        <translation>Fichier musical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between shots</source>
        <translation>Entre les plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show an “AI-generated” label in the top right corner</source>
        <translation>Afficher une étiquette « Généré par IA » dans le coin supérieur droit</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the music file (Browse… or drop one on the music row).</source>
        <translation>Choisissez le fichier musical (Parcourir… ou déposez-en un sur la ligne Musique).</translation>
    </message>
    <message>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+2"/>
        <source>Words on screen</source>
        <translation>Texte à l&apos;écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the voice speaks (the shot grows to fit them)</source>
        <translation>Texte dit par la voix (le plan s&apos;allonge pour l&apos;accueillir)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue from the previous shot&apos;s last frame</source>
        <translation>Continuer depuis la dernière image du plan précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narration</source>
        <translation>Narration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: the narration text is spoken</source>
        <translation>Aucune : le texte de narration est lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice-over</source>
        <translation>Voix off</translation>
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
        <translation>Prompt&#xa0;: %1
Sous-titre&#xa0;: %2
Narration&#xa0;: %3
Fournisseur&#xa0;: %4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Continues from the previous shot</source>
        <translation>
Prolonge le plan précédent</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>All shots made</source>
        <translation>Tous les plans sont faits</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shot(s) to make</source>
        <translation>
            <numerusform>%n plan à créer</numerusform>
            <numerusform>%n plans à créer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>lesson %1 s</source>
        <translation>leçon %1 s</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The lesson was not joined: %1. The shots made are kept.</source>
        <translation>La leçon n&apos;a pas été assemblée&#xa0;: %1. Les plans créés sont conservés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson…</source>
        <translation>Assemblage de la leçon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson: %p%</source>
        <translation>Assemblage de la leçon : %p%</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Making the shots: %p%</source>
        <translation>Création des plans : %p%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the shots…</source>
        <translation>Création des plans…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making the shots: %1 of %2 made…</source>
        <translation>Création des plans : %1 sur %2 faits…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Lesson</source>
        <translation>Exporter la leçon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1 (with its .srt and .vtt captions).</source>
        <translation>Exporté vers %1 (avec ses sous-titres .srt et .vtt).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>rc::ui::StudioApp</name>
    <message>
        <location filename="../ui/StudioApp.cpp" line="+54"/>
        <source>Reelcraft studio</source>
        <translation>Studio Reelcraft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the profile folder DIR.</source>
        <translation>Utiliser le dossier de profil DIR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4 clips to import, or a photo to start from.</source>
        <translation>Clips MP4 à importer, ou une photo de départ.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reelcraft cannot start</source>
        <translation>Reelcraft ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile at %1 cannot be opened:

%2</source>
        <translation>Le profil situé dans %1 ne peut pas être ouvert&#xa0;:

%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::StudioStatusBar</name>
    <message>
        <location filename="../ui/StudioStatusBar.cpp" line="+14"/>
        <source>Jobs running</source>
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent today</source>
        <translation>Dépensé aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No jobs running</source>
        <translation>Aucune tâche en cours</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
</context>
</TS>
