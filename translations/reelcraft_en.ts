<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/help/AboutBox.cpp" line="+22"/>
        <source>LGPL-3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LGPL-2.1-or-later; GPL-2.0-or-later with x264</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>curl licence (MIT-style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSD-3-Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;Reelcraft %1&lt;/h3&gt;&lt;p&gt;A studio for generated video: the built-in engine offline and free, or the providers you have keys for.&lt;/p&gt;&lt;p&gt;Reelcraft is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;This profile keeps its clips, history, spending and settings in&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;br&gt;and its logs in %5. API keys are in the system keychain, not there.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Reelcraft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../app/bootstrap/AppContext.cpp" line="+160"/>
        <source>Providers cannot change while jobs are running; try again when they have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not changed because it cannot be read (%2). Fix or remove it first.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> A copy is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a fixed list of models; there is nothing to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service no longer lists %1, the models this profile was limited to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioConvert</name>
    <message>
        <location filename="../app/storyboard/AudioConvert.cpp" line="+36"/>
        <source>cannot convert audio of %1 Hz, %2 channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../app/batch/CsvReader.cpp" line="+72"/>
        <source>A quote opened on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/batch/ProductPrompt.cpp" line="+12"/>
        <source>The product from the photo on a clean studio table, a slow turntable turn and a gentle push-in, soft studio light with a warm glow, seamless backdrop; keep the product&apos;s exact shape, colours and label, nothing else in frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetGuard</name>
    <message>
        <location filename="../app/service/BudgetGuard.cpp" line="+61"/>
        <source>daily budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily budget for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly budget for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This batch would cost %1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shots still to make would cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This job would cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, but %2 of the %3 of %4 is already spent. Raise the cap in Settings or choose a cheaper option.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <location filename="../app/store/Budgets.cpp" line="+61"/>
        <source>The spending cap could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../app/core/Catalogue.cpp" line="+320"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not offer the model &quot;%2&quot; (it offers %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model &quot;%1&quot; is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a prompt or add a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is %1 characters long; %2 takes at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no tier &quot;%2&quot; (choose %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 makes clips of %2 seconds, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 makes %2 clips, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 makes %2 clips only at some durations; %3 seconds is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot start from a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot take a last frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not take a negative prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue has no price for %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipImporter</name>
    <message>
        <location filename="../app/imports/ClipImporter.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a video container Reelcraft imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video has no picture size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no frame of it could be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>not a playable video (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already in the gallery as clip %1 (the same content); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>could not copy it into %1 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the history database could not record it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipLabel</name>
    <message>
        <location filename="../app/storyboard/ClipLabel.cpp" line="+43"/>
        <source>drawing the label needs fonts, which this process has not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the clip&apos;s size %1x%2 cannot be re-encoded (it must be even)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the clip&apos;s sound cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the clip has no pictures to label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpFailure</name>
    <message>
        <location filename="../app/providers/remote/HttpFailure.cpp" line="+31"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 (not an API answer: is the base URL right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 has been retired by %2; choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 answered %3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reelcraft uses plain http only for this computer and the local network; use an https address for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download from %1 could not be written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an answer too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to %1 failed after the request was sent (%2). The job may have been created and may be billed: check the provider&apos;s dashboard before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the API key (401: %2). Check the key for this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused access (403: %2). The key may lack permission for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 says the rate limit or quota is used up (%2). Try again later or check the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered with an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not know this address (404: %2). Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected the request (HTTP %2) to %3. Reelcraft does not send your prompt, photo or key on to another address: check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s gateway failed while creating the job (%2). The job may have been created and may be billed: check the provider&apos;s dashboard before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had an internal error (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered unexpectedly: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <location filename="../app/core/JobState.cpp" line="+59"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit or quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <location filename="../app/net/KeychainKeyStore.cpp" line="+81"/>
        <location line="+21"/>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The system keychain refused to store the key (%1). Without a keychain, put the key in the provider&apos;s environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The system keychain refused to remove the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonAssembler</name>
    <message>
        <location filename="../app/storyboard/LessonAssembler.cpp" line="+112"/>
        <source>AI-generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every shot needs its clip before the lesson can be joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its clip %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the music %1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storyboard/LessonFrames.cpp" line="+74"/>
        <source>frame %1 belongs to no part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storyboard/LessonAssembler.cpp" line="+36"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MadeShots</name>
    <message>
        <location filename="../app/storyboard/MadeShots.cpp" line="+23"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelRetirement</name>
    <message>
        <location filename="../app/core/ModelRetirement.cpp" line="+33"/>
        <source>%1 was shut down on %2 on %3; choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was shut down on %2 on %3; use %4 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../app/storyboard/Narration.cpp" line="+54"/>
        <source>the recording %1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <location filename="../app/desktop/OpenRequest.cpp" line="+60"/>
        <source>%1: Reelcraft opens files on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; open MP4 videos or PNG, JPEG or WebP images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be read as an image (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2; Reelcraft opens MP4 videos and PNG, JPEG or WebP images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is already in the gallery as clip %2; it was not imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not used: a clip starts from one photo, and %2 came first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceService</name>
    <message>
        <location filename="../app/provenance/ProvenanceService.cpp" line="+139"/>
        <source>The clip of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>no visible label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no visible label: the program was closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no visible label: the labelled clip could not replace the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no content credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>content credentials written (the provider&apos;s kept as the parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content credentials written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a visible “%1” label added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time-stamped by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed without a time-stamp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+8"/>
        <source>the program was closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Shot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderModels</name>
    <message>
        <location filename="../app/bootstrap/ProviderModels.cpp" line="+43"/>
        <source>%1 providers do not list their models with what each can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the service lists no video models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the listed models can be used (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not list the model &quot;%2&quot; (it lists %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lists no video model that can be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderProfiles</name>
    <message>
        <location filename="../app/bootstrap/ProviderProfiles.cpp" line="+56"/>
        <source>A profile being tried stores no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot run a job now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server of the pool can run a job now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OpenRouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fal.ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ComfyUI (your own GPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI-compatible Videos API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the kind of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the provider a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A provider named &quot;%1&quot; exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give one address: only ComfyUI takes a pool of servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an address like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the API key (or set %1 in the environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalogue has no fal provider to take the endpoints from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not one of the fal endpoints Reelcraft knows how to fill in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+59"/>
        <source>left out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/engine/Engine.cpp" line="+38"/>
        <source>Write a prompt or choose a photo to animate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size %1x%2 is outside %3..%4 pixels a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size %1x%2 must have even sides (H.264 4:2:0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be 1 to %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frame rate must be 1 to 60 frames a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+67"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move the clip to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/media/ImageFit.cpp" line="+53"/>
        <source>The photo %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an image this program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo %1 is damaged: it has no readable size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo %1 is %2x%3 pixels; the largest side accepted is %4 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The photo %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteJobProvider</name>
    <message>
        <location filename="../app/providers/remote/ResultFiles.cpp" line="+33"/>
        <source>The video from %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file from %1 is not a playable video: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The video could not be moved into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/remote/InlineVideo.cpp" line="+35"/>
        <source>an unexpected escape in the video text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a broken escape in the video text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>a character that is not base64 in the video text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the video text ends inside an escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video text has a stray character at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the video text is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>the video could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>the video could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the answer holding the video cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer holding the video ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the video is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteMedia</name>
    <message>
        <location filename="../app/providers/remote/RemoteMedia.cpp" line="+27"/>
        <source>The fitted photo could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The photo %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The fitted photo could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShotFrames</name>
    <message>
        <location filename="../app/storyboard/ShotFrames.cpp" line="+14"/>
        <source>%1 has no picture to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../app/storyboard/Speech.cpp" line="+34"/>
        <source>the speech synthesizer (espeak-ng) could not start; is espeak-ng-data installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>there is no voice for the language &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the speech synthesizer refused the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storyboard</name>
    <message>
        <location filename="../app/storyboard/ShotRequest.cpp" line="+77"/>
        <source>there is no provider named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not offer the model &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+154"/>
        <source>shot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Subtitles</name>
    <message>
        <location filename="../app/storyboard/Subtitles.cpp" line="+53"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../app/net/UrlPolicy.cpp" line="+39"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only http and https addresses can be used, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <location filename="../app/providers/comfyui/ComfyProtocol.cpp" line="+105"/>
        <source>%1 does not have the node &quot;%2&quot;: install the custom node that provides it (ComfyUI Manager can), then restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not have the model file &quot;%2&quot; (%3 looks for it in %4): download it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not find the uploaded photo: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the workflow: %2 (node %3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refused the workflow: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+173"/>
        <source>%1 lacks the node(s) %2 (install the custom nodes that provide them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lacks the model file %2 (put it in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 ran out of GPU memory%2: choose a smaller size or a shorter clip, or close other work on that GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed while running the workflow: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyServers.cpp" line="+96"/>
        <source>The workflow %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no ComfyUI workflow for the model &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workflow for %1 takes no photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workflow for %1 needs a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workflow for %1 has no LoadImage node or {{image}} placeholder for the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 does not answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the key (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not answer like ComfyUI (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No ComfyUI server is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ComfyUI server answered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyWorkflow.cpp" line="+95"/>
        <source>The workflow is not JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is ComfyUI&apos;s editor format; save the workflow with &quot;Export (API)&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workflow has no nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node %1 of the workflow has no class_type or inputs: is it an API-format graph?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workflow saves no video (no SaveVideo, VHS_VideoCombine or SaveAnimatedWEBP node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workflow has no place for the prompt: put &quot;{{prompt}}&quot; in the positive text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfySurveySummary.cpp" line="+17"/>
        <source>%1: down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 job queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ComfyUI %2, %3, %4 GiB of %5 GiB VRAM free, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (photo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provider</name>
    <message>
        <location filename="../app/cli/CommandProvider.cpp" line="+54"/>
        <source>%1 is not a remote provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 did not answer within two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="+62"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--price-per-second does not apply to fal: each endpoint&apos;s price is in the catalogue, since fal reports no cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Added %1 (%2) at %3 with %n endpoint(s):</source>
        <translation>
            <numerusform>Added %1 (%2) at %3 with %n endpoint:</numerusform>
            <numerusform>Added %1 (%2) at %3 with %n endpoints:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2. Check it with: reelcraft provider test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--type must be videos-api, gemini, comfyui, openrouter or fal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--base-url is needed for a videos-api server (e.g. http://127.0.0.1:30000/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--price-per-second takes dollars, like 0.1 or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No --model given, and the server&apos;s model list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>note: %1 is priced at $0 per second; set --price-per-second if the server bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 (%2) at %3 with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>videos-api, gemini, comfyui, openrouter or fal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+119"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-138"/>
        <source>--price-per-second does not apply to %1: the service&apos;s list gives each model&apos;s price, and the charge is what it bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model list at %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Added %1 (%2) at %3 with %n model(s):</source>
        <translation>
            <numerusform>Added %1 (%2) at %3 with %n model:</numerusform>
            <numerusform>Added %1 (%2) at %3 with %n models:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note: left out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (shut down %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no remote provider named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="-19"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 answers at %2 and serves %n model(s):</source>
        <translation>
            <numerusform>%1 answers at %2 and serves %n model:</numerusform>
            <numerusform>%1 answers at %2 and serves %n models:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (in this profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: the profile&apos;s model %1 is not on the server&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the key on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored the key %1 for %2 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add, list, test, remove or set-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profile&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API&apos;s base URL, e.g. http://127.0.0.1:30000/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An environment variable that may hold the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model id the server serves (repeatable; default: the server&apos;s list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the server bills per second of video, in dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A provider option, e.g. pollMinMs=500 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comfyui: your own API-format workflow (repeatable; {{prompt}}, {{seed}}, {{width}}, {{height}}, {{length}}, {{image}} mark where values go).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comfyui: what a rented GPU costs per second, in dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: reelcraft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown action &quot;%1&quot;: use add, list, test, remove or set-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="-6"/>
        <source>Cannot read the workflow %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot keep a copy of the workflow in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--base-url is needed for a ComfyUI server (e.g. http://127.0.0.1:8188); repeat it for each server of a pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a server address like http://127.0.0.1:8188.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--price-per-gpu-second takes dollars, like 0.0004.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a shipped ComfyUI template (%2); add your own with --workflow FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added %1 (ComfyUI) with %3 server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 (ComfyUI) with %3 servers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models: %1. Check the servers with: reelcraft provider test %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The servers of %1 did not answer within three minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: not ready: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(its node list could not be read, so nodes and model files were not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server of %1 can run a job now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::BuiltinProvider</name>
    <message>
        <location filename="../app/providers/builtin/BuiltinProvider.cpp" line="+192"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The built-in engine crashed while making this clip. The studio is fine; try again, or try another seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in engine stopped with code %1 without finishing the clip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ClipExporter</name>
    <message>
        <location filename="../app/service/ClipExporter.cpp" line="+52"/>
        <source>clip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No clip is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reelcraft cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Clip %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a finished clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its video file is missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it could not be copied to %1 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ClipLibrary</name>
    <message>
        <location filename="../app/service/ClipLibrary.cpp" line="+92"/>
        <source>There is no clip %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the job before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 could not be moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+16"/>
        <location line="+38"/>
        <location line="+30"/>
        <location line="+127"/>
        <source>The history could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+52"/>
        <location line="+65"/>
        <source>This deletion can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The file %1 could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+32"/>
        <source>Clip %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A tag needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The history database could not store the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history database could not rename the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The history database could not remove the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+25"/>
        <source>A project needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The clips could not be added to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is already a project named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>There is no project named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::FalProvider</name>
    <message>
        <location filename="../app/providers/fal/FalProvider.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a fal endpoint id (owner/app/...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fal endpoint %1 makes video from text only: remove the photo or pick an image-to-video endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fal endpoint %1 makes video from a photo: add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no last frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 does not offer the size %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The photo cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last frame cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 accepted the request but sent no request id, so Reelcraft cannot follow it. The job may exist and be billed: check fal&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 no longer knows this request; nothing can be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in queue, position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The job&apos;s fal request id (%1) cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 finished the job but its result names no video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the %2 for %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the input field &quot;%2&quot; for %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the request for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::GeminiProvider</name>
    <message>
        <location filename="../app/providers/gemini/GeminiProvider.cpp" line="+83"/>
        <source>The photo cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Google no longer serves %1 on the Gemini API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google shut %1 down on the Gemini API on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An edit changes the earlier clip; it takes no new photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 accepted the request but sent no interaction id, so Reelcraft cannot follow it. The clip may still be made and billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 no longer knows this clip&apos;s interaction; nothing can be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clip was cancelled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stopped the clip: the key&apos;s budget is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped the clip before it was done (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+91"/>
        <source>%1&apos;s safety filters refused the prompt or photo: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 could not make the clip: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s safety filters refused the clip: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 finished the clip without a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 put the video at another address (%2); Reelcraft does not send the key there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 could not prepare the video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 rejected the API key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the quota or rate limit is used up: %2. Try again later or check the key&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP 429</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the model is retired (%2). Use %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::GenerationService</name>
    <message>
        <location filename="../app/service/GenerationSubmit.cpp" line="+75"/>
        <source>The provider &quot;%1&quot; is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs an API key: add one in Settings, or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs an API key: add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 cannot remix clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/GenerationFinishing.cpp" line="+18"/>
        <source>finishing the clip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/GenerationSubmit.cpp" line="+2"/>
        <source>The photo %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last-frame photo %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>free: %1 charges nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate: %1 s of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job could not be saved (%1); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The job could not be saved: %1. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+118"/>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This job is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>estimate for a retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This job cannot be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The retry could not be saved (%1); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/GenerationResume.cpp" line="+32"/>
        <source>could not be written to the history database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>picked up again on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reelcraft stopped while this clip was being made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restarted after an interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>made again from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reelcraft stopped before this job&apos;s request was sent; nothing was sent or charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never sent: stopped before the request left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never reached the server; its estimate was released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reelcraft stopped while sending this job. It may have been created on the server; check your account there before retrying, so you do not pay twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>may have been created on %1 (its estimate stays held). Look for it with `reelcraft remote %1`, then `reelcraft resume --attach %2 REMOTE-ID` to finish it, or `reelcraft resume --release %2` if it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reelcraft stopped while this job ran and the provider cannot resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted; the provider cannot resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be resumed: %1 cannot pick up a job it was running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+89"/>
        <source>The provider &quot;%1&quot; is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The history database could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/GenerationFinishing.cpp" line="+10"/>
        <source>The provider reported success but the video file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final: the provider&apos;s reported cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final: free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final: as estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the clip could not be finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+117"/>
        <source>paused (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>retrying after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::OpenRouterProvider</name>
    <message>
        <location filename="../app/providers/openrouter/OpenRouterProvider.cpp" line="+73"/>
        <source>The photo cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last frame cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 accepted the request but sent no job id, so Reelcraft cannot follow it. The job may exist and be billed: check the provider&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not make the video and gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not make the video: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job was cancelled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer holds the video (it expired before it was downloaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported an unknown job status &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::VideosApiProvider</name>
    <message>
        <location filename="../app/providers/videosapi/VideosApiProvider.cpp" line="+25"/>
        <source>OpenAI shut this service down on %1; choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+194"/>
        <source>%1 does not support remix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The photo cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 accepted the request but sent no job id, so Reelcraft cannot follow it. The job may exist and be billed: check the provider&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server lost this job (%1 no longer knows it, perhaps after a restart); nothing can be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job was cancelled or deleted on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not make the video and gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not make the video: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 does not support %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not support listing jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listing jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not support deleting jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>deleting jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>remix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent no id for the remix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::batch</name>
    <message>
        <location filename="../app/batch/BatchPlan.cpp" line="+26"/>
        <source>the sku is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sku &quot;%1&quot; cannot name a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sku &quot;%1&quot; has a character a file name cannot have (/ \ : * ? &quot; &lt; &gt; |)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sku &quot;%1&quot; is longer than 120 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not offer the model &quot;%2&quot; (it offers %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no preset &quot;%1&quot; (choose %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the sku &quot;%1&quot; is already used by row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no photo is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the photo %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>seconds &quot;%1&quot; is not a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>size &quot;%1&quot; is not WIDTHxHEIGHT such as 1280x720</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no preset &quot;%1&quot; (choose %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 offers no size at %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no sku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nothing to make: no products were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/batch/BatchSource.cpp" line="+49"/>
        <source>The sheet %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 is larger than 16 MB; is it really a CSV product list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sheet %1 is not valid CSV: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row 1 of %1 must name the columns; &quot;sku&quot; and &quot;photo&quot; are required (&quot;prompt&quot;, &quot;seconds&quot;, &quot;size&quot; and &quot;preset&quot; are optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The sheet %1 has a header but no products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 has no photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/batch/ClipDelivery.cpp" line="+68"/>
        <source>the clip %1 has no pictures to crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write beside %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the clip %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::batch::BatchRunner</name>
    <message>
        <location filename="../app/batch/BatchRunner.cpp" line="+96"/>
        <source>The output folder %1 cannot be created or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+18"/>
        <source>The job of an earlier run is gone from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The clip was made (job %1) but could not be written to the folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::comfyui::ComfyProvider</name>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+118"/>
        <source>The job&apos;s ComfyUI id &quot;%1&quot; is not one Reelcraft wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Asking the servers which is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sending the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 took the photo but did not say under which name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Queueing on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 restarted and lost the job; sending it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyFollowing.cpp" line="+111"/>
        <source>%1 finished the job but saved no video (does the workflow end in SaveVideo?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+109"/>
        <source>The job was stopped on %1 (interrupted there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-77"/>
        <source>Waiting on %1: %n job(s) ahead</source>
        <translation>
            <numerusform>Waiting on %1: %n job ahead</numerusform>
            <numerusform>Waiting on %1: %n jobs ahead</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Running on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>its answer is not ComfyUI&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 has not answered for %n minute(s) (%2). The job may still be running there: &quot;reelcraft resume&quot; picks it up when the server is back.</source>
        <translation>
            <numerusform>%1 has not answered for %n minute (%2). The job may still be running there: &quot;reelcraft resume&quot; picks it up when the server is back.</numerusform>
            <numerusform>%1 has not answered for %n minutes (%2). The job may still be running there: &quot;reelcraft resume&quot; picks it up when the server is back.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not answer (%2); the job waits for it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+14"/>
        <source>%1 no longer knows this job: the server restarted and lost its queue. Nothing more will come from it; generate the clip again to submit it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyFollowing.cpp" line="+19"/>
        <source>Waiting on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Step %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 finished the job, but its video is no longer in the server&apos;s output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+68"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/SingleInstance.cpp" line="+92"/>
        <source>Cannot create the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reelcraft is already running for this profile but does not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not pass the files to the running Reelcraft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Reelcraft did not confirm the files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The running Reelcraft did not confirm the files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::fal::FalInputs</name>
    <message>
        <location filename="../app/providers/fal/FalInputs.cpp" line="+70"/>
        <source>Reelcraft does not know how to fill in the fal endpoint %1: its catalogue has no input mapping for it (options.endpoints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The fal endpoint %1 does not offer the size %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 makes video from a photo: add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no last frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::net::RemoteJobProvider</name>
    <message>
        <location filename="../app/providers/remote/RemoteJobProvider.cpp" line="+63"/>
        <source>There is no API key for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with a web page, not an API answer: is the base URL right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>There is no API key for %1: add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no API key for %1: add one in Settings, or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 did not finish the job within %2; Reelcraft stopped waiting (it may still finish and be billed on the server).</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="-203"/>
        <source>waiting for the server: %1 could not be reached (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>paused: disk full (the download from %1 could not be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for the server: the download from %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>paused: disk full (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>waiting for the server: %1 has not answered for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="-52"/>
        <source>each shot must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a prompt or give a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first shot has no previous shot to continue from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a shot starts either from a photo or from the previous shot, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either narration text or a voiceover recording, not both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::storyboard::Reader</name>
    <message>
        <location line="-102"/>
        <source>unknown field &quot;%1&quot; (check its spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::storyboard::ShotMaker</name>
    <message>
        <location filename="../app/storyboard/ShotMaker.cpp" line="+39"/>
        <source>%1 cannot start from a picture, so it cannot continue the previous shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>cannot take the last frame of the previous shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>it continues %1, which was not made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::storyboard::Storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+107"/>
        <source>not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a storyboard is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;size&quot; must be WIDTHxHEIGHT with even numbers, such as 1280x720, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;fps&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;type&quot; must be &quot;cut&quot; or &quot;crossfade&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;transition&quot; must be an object such as {&quot;type&quot;: &quot;crossfade&quot;, &quot;seconds&quot;: 0.5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>music file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the storyboard has no shots: &quot;shots&quot; must list at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it lasts %1 s, shorter than two crossfades of %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::AddProviderDialog</name>
    <message>
        <location filename="../ui/settings/AddProviderDialog.cpp" line="+22"/>
        <source>Add Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the service offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the service what it offers, without saving anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Several servers (one per GPU): separate their addresses with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ComfyUI server needs no key unless it sits behind a proxy that asks for one. Several servers: separate their addresses with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paste the key from your %1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in the system keychain, never in a file. Left empty, %1 from the environment is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It answers and offers %n model(s).</source>
        <translation>
            <numerusform>It answers and offers %n model.</numerusform>
            <numerusform>It answers and offers %n models.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchCoordinator</name>
    <message>
        <location filename="../ui/batch/BatchCoordinator.cpp" line="+50"/>
        <source>None of the dropped files is a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Batch: product photos or a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product photos or a sheet (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Batch: a folder of product photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>New Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Batch %1: %2 of %3 clips in %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchDialog</name>
    <message>
        <location filename="../ui/batch/BatchDialog.cpp" line="+58"/>
        <location line="+215"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-213"/>
        <source>New Batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty for the product template. {sku} and {name} are filled in for each product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Folder for the clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no sku)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (made at %2, cropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n product(s), one clip each.</source>
        <translation>
            <numerusform>%n product, one clip.</numerusform>
            <numerusform>%n products, one clip each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s). </source>
        <translation>
            <numerusform>%n product. </numerusform>
            <numerusform>%n products. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) to fix before the batch can start; nothing runs until then.</source>
        <translation>
            <numerusform>%n problem to fix before the batch can start; nothing runs until then.</numerusform>
            <numerusform>%n problems to fix before the batch can start; nothing runs until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n already in the output folder, kept and skipped.</source>
        <translation>
            <numerusform>%n already in the output folder, kept and skipped.</numerusform>
            <numerusform>%n already in the output folder, kept and skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total: free (%1 charges nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Estimated total: %1 for %n clip(s); within your budget.</source>
        <translation>
            <numerusform>Estimated total: %1 for %n clip; within your budget.</numerusform>
            <numerusform>Estimated total: %1 for %n clips; within your budget.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated total: %1. The whole batch would pass a spending cap: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a folder for the clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This batch is estimated to cost %1 in all (%n clip(s)). Start it?</source>
        <translation>
            <numerusform>This batch is estimated to cost %1 in all (%n clip). Start it?</numerusform>
            <numerusform>This batch is estimated to cost %1 in all (%n clips). Start it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchQueueGroup</name>
    <message>
        <location filename="../ui/batch/BatchQueueGroup.cpp" line="+16"/>
        <location line="+87"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause or resume the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n failed</numerusform>
            <numerusform> · %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n cancelled</source>
        <translation>
            <numerusform> · %n cancelled</numerusform>
            <numerusform> · %n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · pausing (%n still under way)</source>
        <translation>
            <numerusform> · pausing (%n still under way)</numerusform>
            <numerusform> · pausing (%n still under way)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipActions</name>
    <message>
        <location filename="../ui/ClipActions.cpp" line="+56"/>
        <source>&amp;Reuse Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit / Remix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from &amp;Last Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+110"/>
        <source>&amp;Export Clip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+110"/>
        <source>&amp;Delete Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rename Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the compose panel with this clip&apos;s prompt and settings (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make another take with the same settings and a new seed (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the provider for a change to this clip (&quot;now it snows&quot;); the rest of the scene stays, and the result is kept as a new clip next to this one (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this clip&apos;s last frame as the input photo (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a tag to the selected clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected clips in a project, new or existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>&amp;Export %n Clips…</source>
        <translation>
            <numerusform>&amp;Export %n Clip…</numerusform>
            <numerusform>&amp;Export %n Clips…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Delete %n Clips</source>
        <translation>
            <numerusform>&amp;Delete %n Clip</numerusform>
            <numerusform>&amp;Delete %n Clips</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Only a finished clip made by a remote provider can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what should change; the rest of the scene stays the same.
For example: now it snows. Keep everything else the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The last frame could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no frame decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n clip(s) marked as favourites.</source>
        <translation>
            <numerusform>%n clip marked as a favourite.</numerusform>
            <numerusform>%n clips marked as favourites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) no longer favourites.</source>
        <translation>
            <numerusform>%n clip is no longer a favourite.</numerusform>
            <numerusform>%n clips are no longer favourites.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Clips to a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clip could not be exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>Delete Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <location line="+6"/>
        <source>Delete Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Delete this clip and its video file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n clip(s) and their video files?</source>
        <translation>
            <numerusform>Delete %n clip and its video file?</numerusform>
            <numerusform>Delete %n clips and their video files?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files go to Reelcraft&apos;s trash and are erased when you close Reelcraft; until then Edit › Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Paid for: %n (%1 in total). The spend history keeps what they cost; a video cannot be made again for free.</source>
        <translation>
            <numerusform>Paid for: %n (%1 in total). The spend history keeps what they cost; a video cannot be made again for free.</numerusform>
            <numerusform>Paid for: %n (%1 in total). The spend history keeps what they cost; a video cannot be made again for free.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Already without a video file: %n (only the entry in the gallery goes).</source>
        <translation>
            <numerusform>Already without a video file: %n (only the entry in the gallery goes).</numerusform>
            <numerusform>Already without a video file: %n (only the entry in the gallery goes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Still queued or running, and left alone (cancel them first): %n.</source>
        <translation>
            <numerusform>Still queued or running, and left alone (cancel them first): %n.</numerusform>
            <numerusform>Still queued or running, and left alone (cancel them first): %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clips could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) deleted. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n clip deleted. Press Ctrl+Z to undo.</numerusform>
            <numerusform>%n clips deleted. Press Ctrl+Z to undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) could not be deleted.</source>
        <translation>
            <numerusform>%n clip could not be deleted.</numerusform>
            <numerusform>%n clips could not be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+20"/>
        <source>Export Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>Exporting %n clip(s)…</source>
        <translation>
            <numerusform>Exporting %n clip…</numerusform>
            <numerusform>Exporting %n clips…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Export cancelled: %n clip(s) written to %1.</source>
        <translation>
            <numerusform>Export cancelled: %n clip written to %1.</numerusform>
            <numerusform>Export cancelled: %n clips written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) exported to %1.</source>
        <translation>
            <numerusform>%n clip exported to %1.</numerusform>
            <numerusform>%n clips exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) could not be exported.</source>
        <translation>
            <numerusform>%n clip could not be exported.</numerusform>
            <numerusform>%n clips could not be exported.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag for %n clip(s):</source>
        <translation>
            <numerusform>Tag for %n clip:</numerusform>
            <numerusform>Tag for %n clips:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tagged %n clip(s) &quot;%1&quot;.</source>
        <translation>
            <numerusform>Tagged %n clip &quot;%1&quot;.</numerusform>
            <numerusform>Tagged %n clips &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Project for %n clip(s) (type a new name to make one):</source>
        <translation>
            <numerusform>Project for %n clip (type a new name to make one):</numerusform>
            <numerusform>Project for %n clips (type a new name to make one):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n clip(s) added to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n clip added to &quot;%1&quot;.</numerusform>
            <numerusform>%n clips added to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Rename Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project to remove (its clips stay in the gallery):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The clip could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipDetails</name>
    <message>
        <location filename="../ui/gallery/ClipDetails.cpp" line="+23"/>
        <source>Select a clip to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no prompt: from the photo only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s · %2 (%3) · %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · from a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clip #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>time-stamped %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1”, with its own credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>edited as %1</source>
        <translation type="unfinished">edited as %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+22"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (made before Reelcraft wrote content credentials, or removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>valid (C2PA) · %1 · made with %2 · signed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>from %n source(s)</source>
        <translation>
            <numerusform>from %n source</numerusform>
            <numerusform>from %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::ComposePanel</name>
    <message>
        <location filename="../ui/compose/ComposePanel.cpp" line="+38"/>
        <source>What the engine understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+137"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Add key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many variations to make at once, each with the next seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the settings to add the provider&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the clip cannot be generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the clip should not show: blur, text, extra fingers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avoid (negative prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>First and last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not start from a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n clips would cost %1, but the budget has %2 left.</source>
        <translation>
            <numerusform>%n clip would cost %1, but the budget has %2 left.</numerusform>
            <numerusform>%n clips would cost %1, but the budget has %2 left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Budget: %1 left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget: %1 left this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ConsistencyNote</name>
    <message>
        <location filename="../ui/ConsistencyNote.cpp" line="+15"/>
        <source>Library check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Hide this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the history against the media folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n clip(s) in the history have lost their video</source>
        <translation>
            <numerusform>%n clip in the history has lost its video</numerusform>
            <numerusform>%n clips in the history have lost their video</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n video(s) in the media folder are not in the history</source>
        <translation>
            <numerusform>%n video in the media folder is not in the history</numerusform>
            <numerusform>%n videos in the media folder are not in the history</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clips whose video file is missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  clip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Videos that no clip in the history names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Nothing was changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>History and Media Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::CropPreview</name>
    <message>
        <location filename="../ui/compose/CropPreview.cpp" line="+16"/>
        <source>Photo preview with crop frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to choose the part of the photo the clip shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::FilePicker</name>
    <message>
        <location filename="../ui/storyboard/FilePicker.cpp" line="+32"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drop a photo here, or browse for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop an audio file here, or browse for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a photo this studio can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an audio file (WAV, MP3, M4A, AAC, FLAC, Ogg or Opus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Photos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audio (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an Audio File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::FirstRunHint</name>
    <message>
        <location filename="../ui/help/FirstRunHint.cpp" line="+14"/>
        <source>Add a Provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Got It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Welcome to Reelcraft.&lt;/b&gt; Clips are made by a &lt;i&gt;provider&lt;/i&gt;. The built-in engine is free, works offline and needs no key: it draws your scene with matching sound, good for drafts, lessons and product shots. For photoreal clips, use a provider with a key of your own: Google Gemini (its key goes in the settings), or OpenRouter and your own ComfyUI servers (added with &lt;tt&gt;reelcraft provider add&lt;/tt&gt;). The price shows on the Generate button before anything is spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opens the settings, where providers and their keys are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this note for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryDelegate</name>
    <message>
        <location filename="../ui/gallery/GalleryDelegate.cpp" line="+79"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✎ edit of #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryFilterBar</name>
    <message>
        <location filename="../ui/gallery/GalleryFilterBar.cpp" line="+27"/>
        <source>Search prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter by project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New, rename or remove a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most expensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryModel</name>
    <message>
        <location filename="../ui/gallery/GalleryModel.cpp" line="+297"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>(photo only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
%2 · %3 s · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clip %1, an edit of clip %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryPanel</name>
    <message>
        <location filename="../ui/gallery/GalleryPanel.cpp" line="+31"/>
        <source>Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Tile size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n clips selected</source>
        <translation>
            <numerusform>%n clip selected</numerusform>
            <numerusform>%n clips selected</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No clip matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clips yet.
Write a prompt on the left and press Generate (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate · needs a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate the clip (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ImageDropZone</name>
    <message>
        <location filename="../ui/compose/ImageDropZone.cpp" line="+34"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last frame photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a photo here, paste it (Ctrl+V) or browse.
Optional: the clip starts from it.
Drop several photos, a folder or a sheet for a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the last frame here, paste or browse.
Optional: the clip ends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse for the last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste the last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photo problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a readable image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The clipboard holds no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pasted picture could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::JobNotifier</name>
    <message>
        <location filename="../ui/JobNotifier.cpp" line="+31"/>
        <source>Clip ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::JobProgressIndicator</name>
    <message>
        <location filename="../ui/integration/JobProgressIndicator.cpp" line="+69"/>
        <source>Reelcraft: no jobs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reelcraft: %n job(s) waiting</source>
        <translation>
            <numerusform>Reelcraft: %n job waiting</numerusform>
            <numerusform>Reelcraft: %n jobs waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n waiting</numerusform>
            <numerusform>, %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reelcraft: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reelcraft: %1%2 · %3%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+66"/>
        <source>Reelcraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste P&amp;hoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One clip per product, from several photos or a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Batch from &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;toryboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Reelcraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Spending Caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a clip to play it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clip ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n clip(s) imported into the gallery.</source>
        <translation>
            <numerusform>%n clip imported into the gallery.</numerusform>
            <numerusform>%n clips imported into the gallery.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some files were not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>%n file could not be opened.</numerusform>
            <numerusform>%n files could not be opened.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Quit Reelcraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running. Quit anyway?
They resume next time where the provider allows it.</source>
        <translation>
            <numerusform>%n job still running. Quit anyway?
It resumes next time where the provider allows it.</numerusform>
            <numerusform>%n jobs still running. Quit anyway?
They resume next time where the provider allows it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PickerBar</name>
    <message>
        <location filename="../ui/compose/PickerBar.cpp" line="+18"/>
        <source>%1 × %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PlanChips</name>
    <message>
        <location filename="../ui/compose/PlanChips.cpp" line="+32"/>
        <source>setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>light: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>camera: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>style: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shot(s)</source>
        <translation>
            <numerusform>%n shot</numerusform>
            <numerusform>%n shots</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>music: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type a prompt to see what the built-in engine will draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the engine understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More of what the engine understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the engine will not draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in engine has no picture for these words; they only colour the scene. Not drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::PlanLabels</name>
    <message>
        <location filename="../ui/compose/PlanLabels.cpp" line="+26"/>
        <source>garden</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beach</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ocean</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desert</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forest</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mountains</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outer space</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underwater</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snowy landscape</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farm</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indoors</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sky</source>
        <comment>plan: setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dawn</source>
        <comment>plan: light, time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning</source>
        <comment>plan: light, time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noon</source>
        <comment>plan: light, time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>golden hour</source>
        <comment>plan: light, time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sunset</source>
        <comment>plan: light, time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>night</source>
        <comment>plan: light, time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rain</source>
        <comment>plan: weather</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snow</source>
        <comment>plan: weather</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fog</source>
        <comment>plan: weather</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wind</source>
        <comment>plan: weather</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm</source>
        <comment>plan: weather</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>static</source>
        <comment>plan: camera move</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>push in</source>
        <comment>plan: camera move</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pull out</source>
        <comment>plan: camera move</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan left</source>
        <comment>plan: camera move</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan right</source>
        <comment>plan: camera move</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt up</source>
        <comment>plan: camera move</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt down</source>
        <comment>plan: camera move</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rise</source>
        <comment>plan: camera move</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orbit</source>
        <comment>plan: camera move</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dolly</source>
        <comment>plan: camera move</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cinematic</source>
        <comment>plan: visual style</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sci-fi</source>
        <comment>plan: visual style</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dreamy</source>
        <comment>plan: visual style</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surreal</source>
        <comment>plan: visual style</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documentary</source>
        <comment>plan: visual style</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vintage</source>
        <comment>plan: visual style</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calm</source>
        <comment>plan: music mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>happy</source>
        <comment>plan: music mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energetic</source>
        <comment>plan: music mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dark</source>
        <comment>plan: music mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epic</source>
        <comment>plan: music mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dreamy</source>
        <comment>plan: music mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>electronic</source>
        <comment>plan: music genre</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>piano</source>
        <comment>plan: music genre</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambient</source>
        <comment>plan: music genre</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lo-fi</source>
        <comment>plan: music genre</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orchestral</source>
        <comment>plan: music genre</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::PlayerControls</name>
    <message>
        <location filename="../ui/player/PlayerControls.cpp" line="+31"/>
        <location line="+71"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous frame (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to jump; Left/Right step a frame, Shift+Left/Right a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed and total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (F or double-click; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::PlayerPanel</name>
    <message>
        <location filename="../ui/player/PlayerPanel.cpp" line="+18"/>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a clip to play it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::PromptEditor</name>
    <message>
        <location filename="../ui/compose/PromptEditor.cpp" line="+38"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the clip: who or what, where, the light, the camera, the sound…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent prompts (Alt+Up / Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompt length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n character(s) over the model&apos;s limit</source>
        <translation>
            <numerusform>%n character over the model&apos;s limit</numerusform>
            <numerusform>%n characters over the model&apos;s limit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PromptTemplates</name>
    <message>
        <location filename="../ui/compose/PromptTemplates.cpp" line="+19"/>
        <source>Product showcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A [product] on a [surface] in a bright studio, slow orbit camera, soft golden light, clean background, upbeat electronic music.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm classroom scene explaining [topic]: a [subject] in a [setting], gentle push-in camera, morning light, soft piano music.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vertical, energetic shot of [subject] [action] in a [setting], fast camera, vivid colours, punchy music.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A [setting] at dawn, then a [subject] [action], then the [product] revealed in warm light; cinematic, orchestral music.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surreal art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dreamy surreal [setting] where [subject] floats among [objects], slow drifting camera, pastel sky, ambient music.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ProviderChoices</name>
    <message>
        <location filename="../ui/widgets/ProviderChoices.cpp" line="+42"/>
        <source>%1 (needs an API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not available)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ProvidersPage</name>
    <message>
        <location filename="../ui/settings/ProvidersPage.cpp" line="+31"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an OpenRouter or fal.ai account, or your own ComfyUI servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove K&amp;ey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the service&apos;s list of models, their lengths, sizes and prices again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &amp;Provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or set %1 in the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the built-in engine is set up; it needs no key. Add a provider to reach cloud models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the built-in engine is configured; it needs no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Set the key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key for %1 was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for %1 is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key for %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for %1 is removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the models of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The models of %1 were not refreshed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 offers %n model(s).</source>
        <translation>
            <numerusform>%1 offers %n model.</numerusform>
            <numerusform>%1 offers %n models.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its stored key? Clips made with it stay in the gallery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Added %1 with %n model(s). Choose it in the provider list to generate.</source>
        <translation>
            <numerusform>Added %1 with %n model. Choose it in the provider list to generate.</numerusform>
            <numerusform>Added %1 with %n models. Choose it in the provider list to generate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::QueueModel</name>
    <message numerus="yes">
        <location filename="../ui/queue/QueueModel.cpp" line="+14"/>
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::QueuePanel</name>
    <message>
        <location filename="../ui/queue/QueuePanel.cpp" line="+16"/>
        <source>No jobs running. Press Generate to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::QueueRow</name>
    <message>
        <location filename="../ui/queue/QueueRow.cpp" line="+15"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(photo only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Progress of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+34"/>
        <location line="+174"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-172"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Providers and Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default &amp;provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clips are kept in the profile&apos;s media folder; Export copies one to this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Reelcraft starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show an “AI-generated” label in the top right corner of new clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clip carries content credentials that say it is AI-made; this also marks the pictures, for viewers who never see the credentials. A remote clip is re-encoded to draw it, keeping the provider&apos;s credentials as its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None (works offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-stamp authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time-stamp authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An RFC 3161 address (for example http://timestamp.digicert.com): each signature is sent there to prove when it was made. A clip is signed without one when the service cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Caps apply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Monthly cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily cap (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly cap (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job whose estimate would go over a cap is refused before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not an amount; write it like 5 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The time-stamp authority must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ShotModelPicker</name>
    <message>
        <location filename="../ui/storyboard/ShotModelPicker.cpp" line="+18"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+18"/>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <source>%1 (not offered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::SpendChart</name>
    <message>
        <location filename="../ui/spend/SpendChart.cpp" line="+11"/>
        <source>Spend per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spend in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::SpendPanel</name>
    <message>
        <location filename="../ui/spend/SpendPanel.cpp" line="+17"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 %2 (%n job(s))</source>
        <translation>
            <numerusform>%1 %2 (%n job)</numerusform>
            <numerusform>%1 %2 (%n jobs)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing spent this month. The built-in engine is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month by provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::StoryboardPanel</name>
    <message>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+63"/>
        <source>Lesson title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtitle (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drag the cards to change the order of the shots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected shot again at the next &quot;Make lesson&quot;, even though it was made before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The lesson is ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What the shot shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storyboard/StoryboardLessonControls.cpp" line="+27"/>
        <source>Whole lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made by the built-in engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No music file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossfade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+5"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Music file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show an “AI-generated” label in the top right corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the music file (Browse… or drop one on the music row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+2"/>
        <source>Words on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the voice speaks (the shot grows to fit them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue from the previous shot&apos;s last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: the narration text is spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+52"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Prompt: %1
Caption: %2
Narration: %3
Provider: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Continues from the previous shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>All shots made</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shot(s) to make</source>
        <translation>
            <numerusform>%n shot to make</numerusform>
            <numerusform>%n shots to make</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>lesson %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The lesson was not joined: %1. The shots made are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Making the shots: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the shots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making the shots: %1 of %2 made…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1 (with its .srt and .vtt captions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::StudioApp</name>
    <message>
        <location filename="../ui/StudioApp.cpp" line="+54"/>
        <source>Reelcraft studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the profile folder DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4 clips to import, or a photo to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reelcraft cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile at %1 cannot be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::StudioStatusBar</name>
    <message>
        <location filename="../ui/StudioStatusBar.cpp" line="+14"/>
        <source>Jobs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No jobs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
</context>
</TS>
