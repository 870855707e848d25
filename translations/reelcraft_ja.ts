<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <translation>LGPL-2.1-or-later（x264 使用時は GPL-2.0-or-later）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>curl licence (MIT-style)</source>
        <translation>curl ライセンス（MIT 系）</translation>
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
        <translation>パブリックドメイン</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;Reelcraft %1&lt;/h3&gt;&lt;p&gt;A studio for generated video: the built-in engine offline and free, or the providers you have keys for.&lt;/p&gt;&lt;p&gt;Reelcraft is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;This profile keeps its clips, history, spending and settings in&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;br&gt;and its logs in %5. API keys are in the system keychain, not there.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reelcraft %1&lt;/h3&gt;&lt;p&gt;生成動画のためのスタジオ：オフラインで無料の内蔵エンジン、またはキーをお持ちのプロバイダーを使えます。&lt;/p&gt;&lt;p&gt;Reelcraft は GNU 一般公衆利用許諾書バージョン 3 以降（GPL-3.0-or-later）のもとで配布されるフリーソフトウェアです。&lt;/p&gt;&lt;p&gt;使用しているライブラリ：&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;このプロファイルのクリップ、履歴、支出、設定は&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;br&gt;に、ログは %5 に保存されます。API キーはそこではなく、システムのキーチェーンにあります。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Reelcraft</source>
        <translation>Reelcraft について</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../app/bootstrap/AppContext.cpp" line="+160"/>
        <source>Providers cannot change while jobs are running; try again when they have finished.</source>
        <translation>ジョブの実行中はプロバイダーを変更できません。完了してからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not changed because it cannot be read (%2). Fix or remove it first.%3</source>
        <translation>%1 は読み取れないため変更されませんでした（%2）。先に修正または削除してください。%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> A copy is kept in %1.</source>
        <translation> コピーを %1 に保存しました。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロバイダープロファイルはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a fixed list of models; there is nothing to refresh.</source>
        <translation>%1 のモデル一覧は固定されているため、更新するものはありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service no longer lists %1, the models this profile was limited to.</source>
        <translation>このプロファイルが対象としていたモデル %1 は、サービスの一覧にもうありません。</translation>
    </message>
</context>
<context>
    <name>AudioConvert</name>
    <message>
        <location filename="../app/storyboard/AudioConvert.cpp" line="+36"/>
        <source>cannot convert audio of %1 Hz, %2 channels</source>
        <translation>%1 Hz、%2 チャンネルの音声は変換できません</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../app/batch/CsvReader.cpp" line="+72"/>
        <source>A quote opened on line %1 is never closed.</source>
        <translation>%1 行目で開いた引用符が閉じられていません。</translation>
    </message>
    <message>
        <location filename="../app/batch/ProductPrompt.cpp" line="+12"/>
        <source>The product from the photo on a clean studio table, a slow turntable turn and a gentle push-in, soft studio light with a warm glow, seamless backdrop; keep the product&apos;s exact shape, colours and label, nothing else in frame.</source>
        <translation>清潔なスタジオのテーブルに置かれた写真の製品。ゆっくりとしたターンテーブルの回転と穏やかなプッシュイン、温かみのある柔らかなスタジオ照明、継ぎ目のない背景。製品の形、色、ラベルは正確に保ち、フレームには他に何も入れない。</translation>
    </message>
</context>
<context>
    <name>BudgetGuard</name>
    <message>
        <location filename="../app/service/BudgetGuard.cpp" line="+61"/>
        <source>daily budget</source>
        <translation>1日の予算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly budget</source>
        <translation>1か月の予算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily budget for %1</source>
        <translation>%1 の1日の予算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly budget for %1</source>
        <translation>%1 の1か月の予算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This batch would cost %1 in all</source>
        <translation>このバッチには合計 %1 かかります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shots still to make would cost %1</source>
        <translation>残りのショットの作成には %1 かかります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This job would cost %1</source>
        <translation>このジョブには %1 かかります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, but %2 of the %3 of %4 is already spent. Raise the cap in Settings or choose a cheaper option.</source>
        <translation>%1が、%3（%4）のうち %2 がすでに使われています。「設定」で上限を引き上げるか、より安いオプションを選んでください。</translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <location filename="../app/store/Budgets.cpp" line="+61"/>
        <source>The spending cap could not be stored: %1</source>
        <translation>支出上限を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../app/core/Catalogue.cpp" line="+320"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロバイダーはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not offer the model &quot;%2&quot; (it offers %3).</source>
        <translation>%1 にはモデル「%2」がありません（提供しているのは %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model &quot;%1&quot; is not in the catalogue.</source>
        <translation>モデル「%1」はカタログにありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a prompt or add a photo.</source>
        <translation>プロンプトを入力するか、写真を追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is %1 characters long; %2 takes at most %3.</source>
        <translation>プロンプトは %1 文字です。%2 が受け付けるのは最大 %3 文字です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no tier &quot;%2&quot; (choose %3).</source>
        <translation>%1 にはティア「%2」がありません（%3 から選んでください）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 makes clips of %2 seconds, not %3.</source>
        <translation>%1 が作成するクリップの長さは %2 秒です。%3 秒ではありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 makes %2 clips, not %3.</source>
        <translation>%1 が作成するクリップは %2 です。%3 ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 makes %2 clips only at some durations; %3 seconds is not one of them.</source>
        <translation>%1 が %2 のクリップを作成できるのは一部の長さだけです。%3 秒はその中にありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot start from a photo.</source>
        <translation>%1 は写真から始めることができません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot take a last frame.</source>
        <translation>%1 は最終フレームを指定できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not take a negative prompt.</source>
        <translation>%1 はネガティブプロンプトを受け付けません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue has no price for %1 at %2.</source>
        <translation>カタログに %1（%2）の価格がありません。</translation>
    </message>
</context>
<context>
    <name>ClipImporter</name>
    <message>
        <location filename="../app/imports/ClipImporter.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a video container Reelcraft imports</source>
        <translation>&quot;%1&quot; は Reelcraft が読み込める動画コンテナではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video has no picture size</source>
        <translation>動画に画像サイズがありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no frame of it could be decoded</source>
        <translation>どのフレームもデコードできませんでした</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no such file</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>not a playable video (%1)</source>
        <translation>再生できる動画ではありません（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it could not be read</source>
        <translation>読み込めませんでした</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already in the gallery as clip %1 (the same content); skipped</source>
        <translation>クリップ %1 としてギャラリーに登録済み（同じ内容）のため、スキップしました</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>could not copy it into %1 (is the disk full?)</source>
        <translation>%1 にコピーできませんでした（ディスクがいっぱいではありませんか？）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported from %1</source>
        <translation>%1 からインポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the history database could not record it</source>
        <translation>履歴データベースに記録できませんでした</translation>
    </message>
</context>
<context>
    <name>ClipLabel</name>
    <message>
        <location filename="../app/storyboard/ClipLabel.cpp" line="+43"/>
        <source>drawing the label needs fonts, which this process has not loaded</source>
        <translation>ラベルの描画にはフォントが必要ですが、このプロセスではフォントが読み込まれていません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the clip&apos;s size %1x%2 cannot be re-encoded (it must be even)</source>
        <translation>クリップのサイズ %1x%2 は再エンコードできません（偶数である必要があります）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the clip&apos;s sound cannot be read: %1</source>
        <translation>クリップの音声を読み込めません: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the clip has no pictures to label</source>
        <translation>クリップにラベルを付ける画像がありません</translation>
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
        <translation>HTTP %1（API の応答ではありません。ベース URL は正しいですか？）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 has been retired by %2; choose another model.</source>
        <translation>%1 は %2 により提供終了となりました。別のモデルを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 answered %3: %4)</source>
        <translation>%1（%2 の応答 %3：%4）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reelcraft uses plain http only for this computer and the local network; use an https address for %1 (%2).</source>
        <translation>Reelcraft が暗号化なしの http を使うのは、このコンピューターとローカルネットワークだけです。%1 には https のアドレスを使ってください（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download from %1 could not be written to disk.</source>
        <translation>%1 からのダウンロードをディスクに書き込めませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>%1 への安全な接続に失敗しました（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an answer too large to read.</source>
        <translation>%1 から読み取れないほど大きな応答が送られてきました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to %1 failed after the request was sent (%2). The job may have been created and may be billed: check the provider&apos;s dashboard before trying again.</source>
        <translation>リクエスト送信後に %1 との接続に失敗しました（%2）。ジョブが作成され、課金される可能性があります。再試行する前にプロバイダーのダッシュボードを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1 (%2).</source>
        <translation>%1 に接続できませんでした（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 failed (%2).</source>
        <translation>%1 との接続に失敗しました（%2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 がコンテンツポリシーに基づいてプロンプトまたは写真を拒否しました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the API key (401: %2). Check the key for this provider.</source>
        <translation>%1 が API キーを拒否しました（401：%2）。このプロバイダーのキーを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused access (403: %2). The key may lack permission for this model.</source>
        <translation>%1 がアクセスを拒否しました（403：%2）。キーにこのモデルの権限がない可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 says the rate limit or quota is used up (%2). Try again later or check the plan.</source>
        <translation>%1 によるとレート制限またはクォータを使い切りました（%2）。しばらくしてから再試行するか、プランを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 がリクエストを拒否しました：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered with an error: %2</source>
        <translation>%1 がエラーを返しました：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not know this address (404: %2). Check the base URL.</source>
        <translation>%1 はこのアドレスを認識していません（404：%2）。ベース URL を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected the request (HTTP %2) to %3. Reelcraft does not send your prompt, photo or key on to another address: check the base URL.</source>
        <translation>%1 がリクエストを %3 へリダイレクトしました（HTTP %2）。Reelcraft はプロンプト、写真、キーを別のアドレスへ送信しません。ベース URL を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another address</source>
        <translation>別のアドレス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s gateway failed while creating the job (%2). The job may have been created and may be billed: check the provider&apos;s dashboard before trying again.</source>
        <translation>ジョブの作成中に %1 のゲートウェイでエラーが発生しました（%2）。ジョブが作成され、課金される可能性があります。再試行する前にプロバイダーのダッシュボードを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had an internal error (%2).</source>
        <translation>%1 で内部エラーが発生しました（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered unexpectedly: %2</source>
        <translation>%1 から予期しない応答がありました：%2</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <location filename="../app/core/JobState.cpp" line="+59"/>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Invalid input</source>
        <translation>無効な入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key rejected</source>
        <translation>キーが拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit or quota</source>
        <translation>レート制限またはクォータ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by moderation</source>
        <translation>モデレーションにより拒否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome unknown</source>
        <translation>結果不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the file</source>
        <translation>ファイルを書き込めませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error</source>
        <translation>内部エラー</translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <location filename="../app/net/KeychainKeyStore.cpp" line="+81"/>
        <location line="+21"/>
        <source>The system keychain did not answer.</source>
        <translation>システムのキーチェーンが応答しませんでした。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The system keychain refused to store the key (%1). Without a keychain, put the key in the provider&apos;s environment variable instead.</source>
        <translation>システムのキーチェーンがキーの保存を拒否しました（%1）。キーチェーンがない場合は、代わりにプロバイダーの環境変数にキーを設定してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The system keychain refused to remove the key: %1</source>
        <translation>システムのキーチェーンがキーの削除を拒否しました：%1</translation>
    </message>
</context>
<context>
    <name>LessonAssembler</name>
    <message>
        <location filename="../app/storyboard/LessonAssembler.cpp" line="+112"/>
        <source>AI-generated</source>
        <translation>AI 生成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every shot needs its clip before the lesson can be joined</source>
        <translation>レッスンを結合する前に、すべてのショットにクリップが必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its clip %1 is missing</source>
        <translation>クリップ %1 が見つかりません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the music %1 cannot be read (%2)</source>
        <translation>音楽 %1 を読み込めません (%2)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location filename="../app/storyboard/LessonFrames.cpp" line="+74"/>
        <source>frame %1 belongs to no part</source>
        <translation>フレーム %1 はどのパートにも属していません</translation>
    </message>
    <message>
        <location filename="../app/storyboard/LessonAssembler.cpp" line="+36"/>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>MadeShots</name>
    <message>
        <location filename="../app/storyboard/MadeShots.cpp" line="+23"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ModelRetirement</name>
    <message>
        <location filename="../app/core/ModelRetirement.cpp" line="+33"/>
        <source>%1 was shut down on %2 on %3; choose another model.</source>
        <translation>%1 は %3 に %2 で提供終了となりました。別のモデルを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was shut down on %2 on %3; use %4 instead.</source>
        <translation>%1 は %3 に %2 で提供終了となりました。代わりに %4 を使ってください。</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../app/storyboard/Narration.cpp" line="+54"/>
        <source>the recording %1 cannot be read (%2)</source>
        <translation>録音 %1 を読み取れません（%2）</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <location filename="../app/desktop/OpenRequest.cpp" line="+60"/>
        <source>%1: Reelcraft opens files on this computer only.</source>
        <translation>%1：Reelcraft はこのコンピューター上のファイルしか開けません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no such file.</source>
        <translation>%1：ファイルが存在しません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; open MP4 videos or PNG, JPEG or WebP images.</source>
        <translation>%1 はフォルダーです。MP4 動画、または PNG・JPEG・WebP 画像を開いてください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be read as an image (%2).</source>
        <translation>%1 を画像として読み込めません（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged or incomplete</source>
        <translation>破損しているか不完全です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2; Reelcraft opens MP4 videos and PNG, JPEG or WebP images.</source>
        <translation>%1 は %2 です。Reelcraft が開けるのは MP4 動画と PNG・JPEG・WebP 画像です。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is already in the gallery as clip %2; it was not imported again.</source>
        <translation>%1 はクリップ %2 としてギャラリーに登録済みのため、再インポートしませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 をインポートできませんでした：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not used: a clip starts from one photo, and %2 came first.</source>
        <translation>%1 は使用されませんでした：クリップは1枚の写真から始まり、%2 が先に指定されています。</translation>
    </message>
</context>
<context>
    <name>ProvenanceService</name>
    <message>
        <location filename="../app/provenance/ProvenanceService.cpp" line="+139"/>
        <source>The clip of job %1</source>
        <translation>ジョブ %1 のクリップ</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>no visible label: %1</source>
        <translation>表示ラベルなし: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no visible label: the program was closing</source>
        <translation>表示ラベルなし: プログラムの終了中でした</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no visible label: the labelled clip could not replace the original</source>
        <translation>表示ラベルなし: ラベル付きクリップで元のクリップを置き換えられませんでした</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no content credentials: %1</source>
        <translation>コンテンツ認証情報なし: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>content credentials written (the provider&apos;s kept as the parent)</source>
        <translation>コンテンツ認証情報を書き込みました（プロバイダーのものを親として保持）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content credentials written</source>
        <translation>コンテンツ認証情報を書き込みました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a visible “%1” label added</source>
        <translation>表示ラベル「%1」を追加しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time-stamped by %1</source>
        <translation>%1 によるタイムスタンプ付き</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed without a time-stamp: %1</source>
        <translation>タイムスタンプなしで署名しました: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+8"/>
        <source>the program was closing</source>
        <translation>プログラムの終了中でした</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Shot %1</source>
        <translation>ショット %1</translation>
    </message>
</context>
<context>
    <name>ProviderModels</name>
    <message>
        <location filename="../app/bootstrap/ProviderModels.cpp" line="+43"/>
        <source>%1 providers do not list their models with what each can do.</source>
        <translation>%1 プロバイダーは、各モデルの機能を含めたモデル一覧を提供していません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the service lists no video models</source>
        <translation>サービスに動画モデルがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the listed models can be used (%1)</source>
        <translation>一覧のモデルはどれも使用できません（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 が %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not list the model &quot;%2&quot; (it lists %3).</source>
        <translation>%1 にモデル「%2」はありません（一覧にあるのは %3）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lists no video model that can be used.</source>
        <translation>%1 の一覧に使用できる動画モデルがありません。</translation>
    </message>
</context>
<context>
    <name>ProviderProfiles</name>
    <message>
        <location filename="../app/bootstrap/ProviderProfiles.cpp" line="+56"/>
        <source>A profile being tried stores no key.</source>
        <translation>試行中のプロファイルにはキーは保存されません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot run a job now.</source>
        <translation>サーバーは現在ジョブを実行できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server of the pool can run a job now.</source>
        <translation>プール内のどのサーバーも現在ジョブを実行できません。</translation>
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
        <translation>ComfyUI（自前の GPU）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI-compatible Videos API</source>
        <translation>OpenAI 互換 Videos API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in engine</source>
        <translation>内蔵エンジン</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the kind of service.</source>
        <translation>サービスの種類を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the provider a name.</source>
        <translation>プロバイダーに名前を付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 40).</source>
        <translation>&quot;%1&quot; は使用できない名前です。小文字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を使用してください（最大 40 文字）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A provider named &quot;%1&quot; exists already; choose another name.</source>
        <translation>&quot;%1&quot; という名前のプロバイダーは既に存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation>&quot;%1&quot; は組み込みのプロバイダーです。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give one address: only ComfyUI takes a pool of servers.</source>
        <translation>アドレスは 1 つだけ指定してください。サーバーのプールを使用できるのは ComfyUI のみです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an address like %2.</source>
        <translation>&quot;%1&quot; は %2 のような形式のアドレスではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the API key (or set %1 in the environment).</source>
        <translation>API キーを入力してください（または環境変数 %1 を設定してください）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalogue has no fal provider to take the endpoints from.</source>
        <translation>カタログに、エンドポイントの取得元となる fal プロバイダーがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not one of the fal endpoints Reelcraft knows how to fill in: %2</source>
        <translation>%1 は、Reelcraft が入力方法を把握している fal エンドポイントではありません: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+59"/>
        <source>left out %1</source>
        <translation>%1 を除外しました</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>&quot;%1&quot; は組み込みのため削除できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前のプロバイダープロファイルはありません。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/engine/Engine.cpp" line="+38"/>
        <source>Write a prompt or choose a photo to animate.</source>
        <translation>プロンプトを入力するか、動かす写真を選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size %1x%2 is outside %3..%4 pixels a side.</source>
        <translation>サイズ %1x%2 は1辺 %3..%4 ピクセルの範囲外です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size %1x%2 must have even sides (H.264 4:2:0).</source>
        <translation>サイズ %1x%2 の辺は偶数である必要があります（H.264 4:2:0）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be 1 to %1 seconds.</source>
        <translation>長さは 1～%1 秒にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frame rate must be 1 to 60 frames a second.</source>
        <translation>フレームレートは毎秒 1～60 フレームにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No output file was given.</source>
        <translation>出力ファイルが指定されていません。</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+67"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move the clip to %1.</source>
        <translation>クリップを %1 に移動できません。</translation>
    </message>
    <message>
        <location filename="../app/media/ImageFit.cpp" line="+53"/>
        <source>The photo %1 does not exist.</source>
        <translation>写真 %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 cannot be read.</source>
        <translation>写真 %1 を読み込めません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 is empty.</source>
        <translation>写真 %1 は空です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an image this program can read.</source>
        <translation>%1 はこのプログラムで読み込める画像ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo %1 is damaged: it has no readable size.</source>
        <translation>写真 %1 は破損しています：サイズを読み取れません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo %1 is %2x%3 pixels; the largest side accepted is %4 pixels.</source>
        <translation>写真 %1 は %2x%3 ピクセルです。受け付ける最長辺は %4 ピクセルです。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The photo %1 is damaged: %2</source>
        <translation>写真 %1 は破損しています：%2</translation>
    </message>
</context>
<context>
    <name>RemoteJobProvider</name>
    <message>
        <location filename="../app/providers/remote/ResultFiles.cpp" line="+33"/>
        <source>The video from %1 could not be read: %2.</source>
        <translation>%1 からの動画を読み取れませんでした: %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not decode</source>
        <translation>デコードできません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file from %1 is not a playable video: %2.</source>
        <translation>%1 からのファイルは再生できる動画ではありません：%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The video could not be moved into place at %1.</source>
        <translation>動画を %1 に配置できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/providers/remote/InlineVideo.cpp" line="+35"/>
        <source>an unexpected escape in the video text</source>
        <translation>動画テキストに予期しないエスケープがあります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a broken escape in the video text</source>
        <translation>動画テキストに壊れたエスケープがあります</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>a character that is not base64 in the video text</source>
        <translation>動画テキストに base64 ではない文字があります</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the video text ends inside an escape</source>
        <translation>動画テキストがエスケープの途中で終わっています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video text has a stray character at its end</source>
        <translation>動画テキストの末尾に余分な文字があります</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the video text is not valid base64</source>
        <translation>動画テキストが有効な base64 ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>the video could not be written: %1</source>
        <translation>動画を書き込めませんでした: %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>the video could not be written to %1: %2</source>
        <translation>動画を %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the answer holding the video cannot be read: %1</source>
        <translation>動画を含む応答を読み取れません: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer holding the video ended early</source>
        <translation>動画を含む応答が途中で終わりました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the video is empty</source>
        <translation>動画が空です</translation>
    </message>
</context>
<context>
    <name>RemoteMedia</name>
    <message>
        <location filename="../app/providers/remote/RemoteMedia.cpp" line="+27"/>
        <source>The fitted photo could not be written.</source>
        <translation>調整した写真を書き込めませんでした。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The photo %1 does not exist.</source>
        <translation>写真 %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The fitted photo could not be saved in %1.</source>
        <translation>調整した写真を %1 に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>ShotFrames</name>
    <message>
        <location filename="../app/storyboard/ShotFrames.cpp" line="+14"/>
        <source>%1 has no picture to show</source>
        <translation>%1 には表示する画像がありません</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../app/storyboard/Speech.cpp" line="+34"/>
        <source>the speech synthesizer (espeak-ng) could not start; is espeak-ng-data installed?</source>
        <translation>音声合成エンジン（espeak-ng）を起動できませんでした。espeak-ng-data はインストールされていますか？</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>there is no voice for the language &quot;%1&quot;</source>
        <translation>言語 &quot;%1&quot; の音声がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the speech synthesizer refused the text</source>
        <translation>音声合成エンジンがテキストを拒否しました</translation>
    </message>
</context>
<context>
    <name>Storyboard</name>
    <message>
        <location filename="../app/storyboard/ShotRequest.cpp" line="+77"/>
        <source>there is no provider named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; という名前のプロバイダーはありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not offer the model &quot;%2&quot;</source>
        <translation>%1 はモデル &quot;%2&quot; を提供していません</translation>
    </message>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+154"/>
        <source>shot %1</source>
        <translation>ショット %1</translation>
    </message>
</context>
<context>
    <name>Subtitles</name>
    <message>
        <location filename="../app/storyboard/Subtitles.cpp" line="+53"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../app/net/UrlPolicy.cpp" line="+39"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>「%1」は有効なウェブアドレスではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only http and https addresses can be used, not &quot;%1&quot;.</source>
        <translation>使用できるのは http と https のアドレスだけです。「%1」は使用できません。</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <location filename="../app/providers/comfyui/ComfyProtocol.cpp" line="+105"/>
        <source>%1 does not have the node &quot;%2&quot;: install the custom node that provides it (ComfyUI Manager can), then restart the server.</source>
        <translation>%1 にノード「%2」がありません。それを提供するカスタムノードをインストールし（ComfyUI Manager で可能）、サーバーを再起動してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not have the model file &quot;%2&quot; (%3 looks for it in %4): download it there, then try again.</source>
        <translation>%1 にモデルファイル「%2」がありません（%3 は %4 内を探します）。そこにダウンロードしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not find the uploaded photo: %2</source>
        <translation>%1 がアップロードされた写真を見つけられませんでした：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the workflow: %2 (node %3, %4).</source>
        <translation>%1 がワークフローを拒否しました：%2（ノード %3、%4）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refused the workflow: %2</source>
        <translation>%1 がワークフローを拒否しました：%2</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>%1 lacks the node(s) %2 (install the custom nodes that provide them)</source>
        <translation>%1 にノード %2 がありません（それを提供するカスタムノードをインストールしてください）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lacks the model file %2 (put it in %3)</source>
        <translation>%1 にモデルファイル %2 がありません（%3 に置いてください）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 ran out of GPU memory%2: choose a smaller size or a shorter clip, or close other work on that GPU.</source>
        <translation>%1 で GPU メモリが不足しました%2。サイズを小さくするかクリップを短くするか、その GPU の他の作業を終了してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in %1</source>
        <translation>（%1 内）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed while running the workflow: %2</source>
        <translation>%1 でワークフローの実行中にエラーが発生しました：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed in %2: %3</source>
        <translation>%1 が %2 で失敗しました：%3</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyServers.cpp" line="+96"/>
        <source>The workflow %1 cannot be read: %2</source>
        <translation>ワークフロー %1 を読み取れません：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no ComfyUI workflow for the model &quot;%1&quot;.</source>
        <translation>モデル「%1」用の ComfyUI ワークフローがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workflow for %1 takes no photo.</source>
        <translation>%1 のワークフローは写真を受け付けません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workflow for %1 needs a photo.</source>
        <translation>%1 のワークフローには写真が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workflow for %1 has no LoadImage node or {{image}} placeholder for the photo.</source>
        <translation>%1 のワークフローには、写真用の LoadImage ノードも {{image}} プレースホルダーもありません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 does not answer (%2)</source>
        <translation>%1 が応答しません（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the key (HTTP %2)</source>
        <translation>%1 がキーを拒否しました（HTTP %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not answer like ComfyUI (HTTP %2)</source>
        <translation>%1 の応答が ComfyUI のものではありません（HTTP %2）</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No ComfyUI server is configured.</source>
        <translation>ComfyUI サーバーが設定されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ComfyUI server answered: %1.</source>
        <translation>応答した ComfyUI サーバーはありません：%1。</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyWorkflow.cpp" line="+95"/>
        <source>The workflow is not JSON (%1 at byte %2).</source>
        <translation>ワークフローが JSON ではありません（%2 バイト目で %1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is ComfyUI&apos;s editor format; save the workflow with &quot;Export (API)&quot; instead.</source>
        <translation>これは ComfyUI のエディター形式です。代わりに「Export (API)」でワークフローを保存してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workflow has no nodes.</source>
        <translation>ワークフローにノードがありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node %1 of the workflow has no class_type or inputs: is it an API-format graph?</source>
        <translation>ワークフローのノード %1 に class_type または inputs がありません。API 形式のグラフですか？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workflow saves no video (no SaveVideo, VHS_VideoCombine or SaveAnimatedWEBP node).</source>
        <translation>ワークフローが動画を保存しません（SaveVideo、VHS_VideoCombine、SaveAnimatedWEBP ノードがありません）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workflow has no place for the prompt: put &quot;{{prompt}}&quot; in the positive text.</source>
        <translation>ワークフローにプロンプトの入る場所がありません。ポジティブテキストに「{{prompt}}」を入れてください。</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfySurveySummary.cpp" line="+17"/>
        <source>%1: down: %2</source>
        <translation>%1: 停止中: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown device</source>
        <translation>不明なデバイス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 job queued</source>
        <translation>キュー内のジョブ 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs queued</source>
        <translation>キュー内のジョブ %1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ComfyUI %2, %3, %4 GiB of %5 GiB VRAM free, %6</source>
        <translation>%1: ComfyUI %2、%3、VRAM 空き %4 GiB / %5 GiB、%6</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (photo)</source>
        <translation>%1（写真）</translation>
    </message>
</context>
<context>
    <name>provider</name>
    <message>
        <location filename="../app/cli/CommandProvider.cpp" line="+54"/>
        <source>%1 is not a remote provider.</source>
        <translation>%1 はリモートプロバイダーではありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 did not answer within two minutes.</source>
        <translation>%1 は2分以内に応答しませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="+62"/>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--price-per-second does not apply to fal: each endpoint&apos;s price is in the catalogue, since fal reports no cost.</source>
        <translation>--price-per-second は fal には適用されません。fal はコストを報告しないため、各エンドポイントの価格はカタログに記載されています。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Added %1 (%2) at %3 with %n endpoint(s):</source>
        <translation>
            <numerusform>%1 (%2) を %3 に追加しました（エンドポイント %n 件）:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2. Check it with: reelcraft provider test %1</source>
        <translation>キー: キーチェーン（reelcraft provider set-key %1）、なければ $%2。確認するには: reelcraft provider test %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>「%1」は使用できる名前ではありません。小文字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を使ってください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--type must be videos-api, gemini, comfyui, openrouter or fal.</source>
        <translation>--type には videos-api、gemini、comfyui、openrouter、fal のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation>「%1」は内蔵プロバイダーです。別の名前を選んでください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--base-url is needed for a videos-api server (e.g. http://127.0.0.1:30000/v1).</source>
        <translation>videos-api サーバーには --base-url が必要です（例：http://127.0.0.1:30000/v1）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option には KEY=VALUE を指定してください。「%1」ではありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--price-per-second takes dollars, like 0.1 or 0.</source>
        <translation>--price-per-second にはドル単位で指定してください（例：0.1 や 0）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No --model given, and the server&apos;s model list could not be read: %1</source>
        <translation>--model が指定されておらず、サーバーのモデル一覧も読み取れませんでした：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty</source>
        <translation>一覧が空です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>note: %1 is priced at $0 per second; set --price-per-second if the server bills.</source>
        <translation>注意：%1 の料金は毎秒 0 ドルです。サーバーが課金する場合は --price-per-second を設定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 (%2) at %3 with %4.</source>
        <translation>%1（%2）を %3 に追加しました（モデル：%4）。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>videos-api, gemini, comfyui, openrouter or fal.</source>
        <translation>videos-api、gemini、comfyui、openrouter、fal のいずれか。</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+119"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2.</source>
        <translation>キー：キーチェーン（reelcraft provider set-key %1）、なければ $%2。</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>--price-per-second does not apply to %1: the service&apos;s list gives each model&apos;s price, and the charge is what it bills.</source>
        <translation>--price-per-second は %1 には適用されません。サービスの一覧に各モデルの料金が示され、請求額がそのまま課金されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model list at %1 could not be read: %2</source>
        <translation>%1 のモデル一覧を読み取れませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Added %1 (%2) at %3 with %n model(s):</source>
        <translation>
            <numerusform>%1（%2）を %3 に追加しました（モデル %n 個）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note: left out %1</source>
        <translation>注意：%1 を除外しました</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  (built in)</source>
        <translation>  （内蔵）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (shut down %1)</source>
        <translation>  （%1 に終了）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no remote provider named &quot;%1&quot;.</source>
        <translation>「%1」という名前のリモートプロバイダーはありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="-19"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 answers at %2 and serves %n model(s):</source>
        <translation>
            <numerusform>%1 は %2 で応答し、%n 個のモデルを提供しています：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (in this profile)</source>
        <translation>  （このプロファイル内）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: the profile&apos;s model %1 is not on the server&apos;s list.</source>
        <translation>警告：プロファイルのモデル %1 はサーバーの一覧にありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>「%1」は内蔵のため削除できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロバイダープロファイルはありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロバイダーはありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the key on standard input.</source>
        <translation>キーを標準入力から渡してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored the key %1 for %2 in the keychain.</source>
        <translation>%2 のキー %1 をキーチェーンに保存しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add, list, test, remove or set-key</source>
        <translation>add、list、test、remove、set-key のいずれか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profile&apos;s name</source>
        <translation>プロファイルの名前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API&apos;s base URL, e.g. http://127.0.0.1:30000/v1.</source>
        <translation>API のベース URL（例：http://127.0.0.1:30000/v1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An environment variable that may hold the key.</source>
        <translation>キーを保持している可能性のある環境変数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model id the server serves (repeatable; default: the server&apos;s list).</source>
        <translation>サーバーが提供するモデル ID（複数指定可。既定：サーバーの一覧）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the server bills per second of video, in dollars.</source>
        <translation>動画1秒あたりのサーバーの料金（ドル）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A provider option, e.g. pollMinMs=500 (repeatable).</source>
        <translation>プロバイダーのオプション（例：pollMinMs=500、複数指定可）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comfyui: your own API-format workflow (repeatable; {{prompt}}, {{seed}}, {{width}}, {{height}}, {{length}}, {{image}} mark where values go).</source>
        <translation>comfyui：独自の API 形式ワークフロー（複数指定可。{{prompt}}、{{seed}}、{{width}}、{{height}}、{{length}}、{{image}} が値の入る場所を示します）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comfyui: what a rented GPU costs per second, in dollars.</source>
        <translation>comfyui：レンタル GPU の 1 秒あたりの料金（ドル）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: print JSON.</source>
        <translation>list：JSON で出力します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: reelcraft %1</source>
        <translation>使い方：reelcraft %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown action &quot;%1&quot;: use add, list, test, remove or set-key.</source>
        <translation>不明なアクション「%1」です。add、list、test、remove、set-key のいずれかを使ってください。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="-6"/>
        <source>Cannot read the workflow %1: %2</source>
        <translation>ワークフロー %1 を読み取れません：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot keep a copy of the workflow in %1: %2</source>
        <translation>ワークフローのコピーを %1 に保存できません：%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--base-url is needed for a ComfyUI server (e.g. http://127.0.0.1:8188); repeat it for each server of a pool.</source>
        <translation>ComfyUI サーバーには --base-url が必要です（例：http://127.0.0.1:8188）。プールの場合はサーバーごとに繰り返し指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a server address like http://127.0.0.1:8188.</source>
        <translation>「%1」は http://127.0.0.1:8188 のようなサーバーアドレスではありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--price-per-gpu-second takes dollars, like 0.0004.</source>
        <translation>--price-per-gpu-second にはドル単位で指定してください（例：0.0004）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a shipped ComfyUI template (%2); add your own with --workflow FILE.json.</source>
        <translation>「%1」は同梱の ComfyUI テンプレートではありません（%2）。独自のものは --workflow FILE.json で追加してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added %1 (ComfyUI) with %3 server: %2</source>
        <translation>%1（ComfyUI）をサーバー %3 台で追加しました: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 (ComfyUI) with %3 servers: %2</source>
        <translation>%1（ComfyUI）をサーバー %3 台で追加しました: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models: %1. Check the servers with: reelcraft provider test %2</source>
        <translation>モデル：%1。サーバーの確認：reelcraft provider test %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The servers of %1 did not answer within three minutes.</source>
        <translation>%1 のサーバーが 3 分以内に応答しませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: ready</source>
        <translation>%1：準備完了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: not ready: %2</source>
        <translation>%1：準備未完了：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(its node list could not be read, so nodes and model files were not checked)</source>
        <translation>（ノード一覧を読み取れなかったため、ノードとモデルファイルは確認していません）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server of %1 can run a job now.</source>
        <translation>%1 には現在ジョブを実行できるサーバーがありません。</translation>
    </message>
</context>
<context>
    <name>rc::BuiltinProvider</name>
    <message>
        <location filename="../app/providers/builtin/BuiltinProvider.cpp" line="+192"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The built-in engine crashed while making this clip. The studio is fine; try again, or try another seed.</source>
        <translation>このクリップの作成中に内蔵エンジンがクラッシュしました。スタジオ自体は問題ありません。もう一度試すか、別のシードを試してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in engine stopped with code %1 without finishing the clip.</source>
        <translation>内蔵エンジンがコード %1 で停止し、クリップは完成しませんでした。</translation>
    </message>
</context>
<context>
    <name>rc::ClipExporter</name>
    <message>
        <location filename="../app/service/ClipExporter.cpp" line="+52"/>
        <source>clip %1</source>
        <translation>クリップ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An export is already running.</source>
        <translation>エクスポートはすでに実行中です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No clip is selected.</source>
        <translation>クリップが選択されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 could not be made.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reelcraft cannot write in %1: %2</source>
        <translation>Reelcraft は %1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Clip %1: %2</source>
        <translation>クリップ %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a finished clip</source>
        <translation>完成したクリップではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its video file is missing (%1)</source>
        <translation>動画ファイルが見つかりません（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it could not be copied to %1 (is the disk full?)</source>
        <translation>%1 にコピーできませんでした（ディスクの空き容量は十分ですか？）</translation>
    </message>
</context>
<context>
    <name>rc::ClipLibrary</name>
    <message>
        <location filename="../app/service/ClipLibrary.cpp" line="+92"/>
        <source>There is no clip %1.</source>
        <translation>クリップ %1 はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the job before deleting it.</source>
        <translation>削除する前にジョブをキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 could not be moved to the trash.</source>
        <translation>ファイル %1 をゴミ箱に移動できませんでした。</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+16"/>
        <location line="+38"/>
        <location line="+30"/>
        <location line="+127"/>
        <source>The history could not be updated: %1</source>
        <translation>履歴を更新できませんでした: %1</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+52"/>
        <location line="+65"/>
        <source>This deletion can no longer be undone.</source>
        <translation>この削除はもう元に戻せません。</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The file %1 could not be restored.</source>
        <translation>ファイル %1 を復元できませんでした。</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+32"/>
        <source>Clip %1: %2</source>
        <translation>クリップ %1: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A tag needs some text.</source>
        <translation>タグにはテキストが必要です。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The history database could not store the project: %1</source>
        <translation>履歴データベースにプロジェクトを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history database could not rename the project: %1</source>
        <translation>履歴データベースでプロジェクト名を変更できませんでした: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The history database could not remove the project: %1</source>
        <translation>履歴データベースからプロジェクトを削除できませんでした: %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+25"/>
        <source>A project needs a name.</source>
        <translation>プロジェクトには名前が必要です。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The clips could not be added to &quot;%1&quot;.</source>
        <translation>クリップを「%1」に追加できませんでした。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is already a project named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロジェクトはすでに存在します。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>There is no project named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロジェクトはありません。</translation>
    </message>
</context>
<context>
    <name>rc::FalProvider</name>
    <message>
        <location filename="../app/providers/fal/FalProvider.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a fal endpoint id (owner/app/...).</source>
        <translation>&quot;%1&quot; は fal エンドポイント ID（owner/app/...）ではありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fal endpoint %1 makes video from text only: remove the photo or pick an image-to-video endpoint.</source>
        <translation>fal エンドポイント %1 はテキストのみから動画を生成します。写真を削除するか、image-to-video エンドポイントを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fal endpoint %1 makes video from a photo: add one.</source>
        <translation>fal エンドポイント %1 は写真から動画を生成します。写真を追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no last frame.</source>
        <translation>fal エンドポイント %1 は最終フレームを受け付けません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 does not offer the size %2.</source>
        <translation>fal エンドポイント %1 はサイズ %2 に対応していません。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The photo cannot be used: %1</source>
        <translation>写真を使用できません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last frame cannot be used: %1</source>
        <translation>最終フレームを使用できません: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 accepted the request but sent no request id, so Reelcraft cannot follow it. The job may exist and be billed: check fal&apos;s dashboard.</source>
        <translation>%1 はリクエストを受け付けましたが、リクエスト ID が返されなかったため、Reelcraft は追跡できません。ジョブが存在し課金されている可能性があります。fal のダッシュボードを確認してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 no longer knows this request; nothing can be fetched.</source>
        <translation>%1 はこのリクエストをもう認識していません。取得できるものはありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in queue, position %1</source>
        <translation>キュー待ち（%1 番目）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in queue</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The job&apos;s fal request id (%1) cannot be read.</source>
        <translation>ジョブの fal リクエスト ID（%1）を読み取れません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 がステータスリクエストに読み取れない応答を返しました。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 finished the job but its result names no video.</source>
        <translation>%1 はジョブを完了しましたが、結果に動画が含まれていません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 がコンテンツポリシーによりプロンプトまたは写真を拒否しました: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the %2 for %3: %4</source>
        <translation>%1 が %3 の %2 を拒否しました: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the input field &quot;%2&quot; for %3: %4</source>
        <translation>%1 が %3 の入力フィールド &quot;%2&quot; を拒否しました: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the request for %2: %3</source>
        <translation>%1 が %2 のリクエストを拒否しました: %3</translation>
    </message>
</context>
<context>
    <name>rc::GeminiProvider</name>
    <message>
        <location filename="../app/providers/gemini/GeminiProvider.cpp" line="+83"/>
        <source>The photo cannot be used: %1</source>
        <translation>写真を使用できません：%1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 がステータス要求に読み取れない内容で応答しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Google no longer serves %1 on the Gemini API.</source>
        <translation>Google は Gemini API で %1 の提供を終了しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google shut %1 down on the Gemini API on %2.</source>
        <translation>Google は %2 に Gemini API で %1 を終了しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use %1 instead.</source>
        <translation>代わりに %1 を使用してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An edit changes the earlier clip; it takes no new photo.</source>
        <translation>編集は元のクリップを変更します。新しい写真は使用しません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 accepted the request but sent no interaction id, so Reelcraft cannot follow it. The clip may still be made and billed.</source>
        <translation>%1 はリクエストを受け付けましたが interaction ID を返さなかったため、Reelcraft は追跡できません。クリップは作成され、課金される可能性があります。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 no longer knows this clip&apos;s interaction; nothing can be fetched.</source>
        <translation>%1 はこのクリップの interaction をもう認識していません。取得できるものはありません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clip was cancelled on %1.</source>
        <translation>クリップは %1 でキャンセルされました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stopped the clip: the key&apos;s budget is used up.</source>
        <translation>%1 がクリップを停止しました: キーの予算を使い切りました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped the clip before it was done (%2): %3</source>
        <translation>%1 が完了前にクリップを停止しました（%2）: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+91"/>
        <source>%1&apos;s safety filters refused the prompt or photo: %2</source>
        <translation>%1 の安全フィルターがプロンプトまたは写真を拒否しました: %2</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 could not make the clip: %2</source>
        <translation>%1 はクリップを作成できませんでした: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s safety filters refused the clip: %2</source>
        <translation>%1 の安全フィルターがクリップを拒否しました: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 finished the clip without a video.</source>
        <translation>%1 は動画なしでクリップを完了しました。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 put the video at another address (%2); Reelcraft does not send the key there.</source>
        <translation>%1 は動画を別のアドレス（%2）に置きました。Reelcraft はそこへキーを送信しません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 could not prepare the video file.</source>
        <translation>%1 は動画ファイルを準備できませんでした。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 rejected the API key: %2</source>
        <translation>%1 が API キーを拒否しました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the key: %2</source>
        <translation>%1 がキーを拒否しました: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the quota or rate limit is used up: %2. Try again later or check the key&apos;s plan.</source>
        <translation>%1 によるとクォータまたはレート制限を使い切りました：%2。しばらくしてから再試行するか、キーのプランを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP 429</source>
        <translation>HTTP 429</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the model is retired (%2). Use %3 instead.</source>
        <translation>%1 によるとモデルは廃止されました（%2）。代わりに %3 を使用してください。</translation>
    </message>
</context>
<context>
    <name>rc::GenerationService</name>
    <message>
        <location filename="../app/service/GenerationSubmit.cpp" line="+75"/>
        <source>The provider &quot;%1&quot; is not available in this build.</source>
        <translation>プロバイダー「%1」はこのビルドでは使用できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs an API key: add one in Settings, or set %2.</source>
        <translation>%1 には API キーが必要です。設定で追加するか、%2 を設定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs an API key: add one in Settings.</source>
        <translation>%1 には API キーが必要です。設定で追加してください。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 cannot remix clips.</source>
        <translation>%1 はクリップをリミックスできません。</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationFinishing.cpp" line="+18"/>
        <source>finishing the clip…</source>
        <translation>クリップを仕上げています…</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationSubmit.cpp" line="+2"/>
        <source>The photo %1 does not exist.</source>
        <translation>写真 %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last-frame photo %1 does not exist.</source>
        <translation>最終フレームの写真 %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>free: %1 charges nothing</source>
        <translation>無料：%1 は料金がかかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate: %1 s of %2 at %3</source>
        <translation>見積もり：%2 で %1 秒、%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job could not be saved (%1); nothing was sent.</source>
        <translation>ジョブを保存できませんでした（%1）。何も送信していません。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The job could not be saved: %1. Nothing was sent.</source>
        <translation>ジョブを保存できませんでした: %1。何も送信されていません。</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+118"/>
        <source>cancelled before it started</source>
        <translation>開始前にキャンセル</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This job is still running.</source>
        <translation>このジョブはまだ実行中です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>再試行できるのは失敗またはキャンセルしたジョブだけです。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>estimate for a retry</source>
        <translation>再試行の見積もり</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This job cannot be retried.</source>
        <translation>このジョブは再試行できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The retry could not be saved (%1); nothing was sent.</source>
        <translation>再試行を保存できませんでした（%1）。何も送信していません。</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationResume.cpp" line="+32"/>
        <source>could not be written to the history database: %1</source>
        <translation>履歴データベースに書き込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>queued again</source>
        <translation>再びキューに追加しました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>picked up again on %1 (%2)</source>
        <translation>%1 で再開しました（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reelcraft stopped while this clip was being made.</source>
        <translation>このクリップの作成中に Reelcraft が停止しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restarted after an interruption</source>
        <translation>中断後に再開</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>made again from the start</source>
        <translation>最初から作り直しました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reelcraft stopped before this job&apos;s request was sent; nothing was sent or charged.</source>
        <translation>このジョブのリクエスト送信前に Reelcraft が停止しました。送信も課金もされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never sent: stopped before the request left</source>
        <translation>未送信: リクエスト送信前に停止しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never reached the server; its estimate was released</source>
        <translation>サーバーに届きませんでした。見積もり額は解放されました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reelcraft stopped while sending this job. It may have been created on the server; check your account there before retrying, so you do not pay twice.</source>
        <translation>このジョブの送信中に Reelcraft が停止しました。サーバー上でジョブが作成されている可能性があります。二重に支払わないよう、再試行する前にそちらのアカウントを確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>may have been created on %1 (its estimate stays held). Look for it with `reelcraft remote %1`, then `reelcraft resume --attach %2 REMOTE-ID` to finish it, or `reelcraft resume --release %2` if it is not there.</source>
        <translation>%1 で作成された可能性があります（見積もり額は確保されたままです）。`reelcraft remote %1` で探し、`reelcraft resume --attach %2 REMOTE-ID` で完了させるか、見つからなければ `reelcraft resume --release %2` を実行してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reelcraft stopped while this job ran and the provider cannot resume it.</source>
        <translation>このジョブの実行中に Reelcraft が停止し、プロバイダーは再開できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted; the provider cannot resume it</source>
        <translation>中断されました。プロバイダーは再開できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be resumed: %1 cannot pick up a job it was running</source>
        <translation>再開できませんでした: %1 は実行中だったジョブを引き継げません</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+89"/>
        <source>The provider &quot;%1&quot; is not available.</source>
        <translation>プロバイダー「%1」は使用できません。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The history database could not be written: %1</source>
        <translation>履歴データベースに書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationFinishing.cpp" line="+10"/>
        <source>The provider reported success but the video file is missing.</source>
        <translation>プロバイダーは成功を報告しましたが、動画ファイルがありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final: the provider&apos;s reported cost</source>
        <translation>確定：プロバイダーが報告した費用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final: free</source>
        <translation>確定：無料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final: as estimated</source>
        <translation>確定：見積もりどおり</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the clip could not be finished: %1</source>
        <translation>クリップを仕上げられませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+117"/>
        <source>paused (%1): %2</source>
        <translation>一時停止中（%1）: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>retrying after: %1</source>
        <translation>再試行（原因：%1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
</context>
<context>
    <name>rc::OpenRouterProvider</name>
    <message>
        <location filename="../app/providers/openrouter/OpenRouterProvider.cpp" line="+73"/>
        <source>The photo cannot be used: %1</source>
        <translation>写真を使用できません：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last frame cannot be used: %1</source>
        <translation>最終フレームを使用できません：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 accepted the request but sent no job id, so Reelcraft cannot follow it. The job may exist and be billed: check the provider&apos;s dashboard.</source>
        <translation>%1 はリクエストを受け付けましたがジョブ ID を返さなかったため、Reelcraft は追跡できません。ジョブが作成され、課金される可能性があります。プロバイダーのダッシュボードを確認してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 がステータス要求に読み取れない応答を返しました。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 がコンテンツポリシーに基づいてプロンプトまたは写真を拒否しました：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not make the video and gave no reason.</source>
        <translation>%1 は動画を作成できず、理由も示されませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not make the video: %2</source>
        <translation>%1 は動画を作成できませんでした：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job was cancelled on %1.</source>
        <translation>ジョブは %1 でキャンセルされました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer holds the video (it expired before it was downloaded).</source>
        <translation>%1 にはもう動画がありません（ダウンロード前に期限切れになりました）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported an unknown job status &quot;%2&quot;.</source>
        <translation>%1 が不明なジョブステータス「%2」を報告しました。</translation>
    </message>
</context>
<context>
    <name>rc::VideosApiProvider</name>
    <message>
        <location filename="../app/providers/videosapi/VideosApiProvider.cpp" line="+25"/>
        <source>OpenAI shut this service down on %1; choose another provider.</source>
        <translation>OpenAI はこのサービスを %1 に終了しました。別のプロバイダーを選んでください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The photo cannot be used: %1</source>
        <translation>写真を使用できません：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 accepted the request but sent no job id, so Reelcraft cannot follow it. The job may exist and be billed: check the provider&apos;s dashboard.</source>
        <translation>%1 はリクエストを受け付けましたが、ジョブ ID を返さなかったため、Reelcraft は追跡できません。ジョブが存在し、課金される可能性があります。プロバイダーのダッシュボードを確認してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server lost this job (%1 no longer knows it, perhaps after a restart); nothing can be fetched.</source>
        <translation>サーバーがこのジョブを失いました（%1 はもう認識していません。再起動後かもしれません）。何も取得できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 がステータス要求に読み取れない内容で応答しました。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 がコンテンツポリシーに基づいてプロンプトまたは写真を拒否しました：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job was cancelled or deleted on %1.</source>
        <translation>ジョブは %1 上でキャンセルまたは削除されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not make the video and gave no reason.</source>
        <translation>%1 は動画を作成できず、理由も示しませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not make the video: %2</source>
        <translation>%1 は動画を作成できませんでした：%2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 does not support %2.</source>
        <translation>%1 は%2に対応していません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not support listing jobs.</source>
        <translation>%1 はジョブの一覧表示に対応していません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listing jobs</source>
        <translation>ジョブの一覧表示</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not support deleting jobs.</source>
        <translation>%1 はジョブの削除に対応していません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>deleting jobs</source>
        <translation>ジョブの削除</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+194"/>
        <source>%1 does not support remix.</source>
        <translation>%1 はリミックスに対応していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remix</source>
        <translation>リミックス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent no id for the remix.</source>
        <translation>%1 はリミックスの ID を返しませんでした。</translation>
    </message>
</context>
<context>
    <name>rc::batch</name>
    <message>
        <location filename="../app/batch/BatchPlan.cpp" line="+26"/>
        <source>the sku is empty</source>
        <translation>sku が空です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sku &quot;%1&quot; cannot name a file</source>
        <translation>sku &quot;%1&quot; はファイル名に使えません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sku &quot;%1&quot; has a character a file name cannot have (/ \ : * ? &quot; &lt; &gt; |)</source>
        <translation>sku &quot;%1&quot; にファイル名に使えない文字が含まれています（/ \ : * ? &quot; &lt; &gt; |）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sku &quot;%1&quot; is longer than 120 characters</source>
        <translation>sku &quot;%1&quot; が 120 文字を超えています</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前のプロバイダーはありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not offer the model &quot;%2&quot; (it offers %3).</source>
        <translation>%1 はモデル &quot;%2&quot; を提供していません（提供: %3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no preset &quot;%1&quot; (choose %2).</source>
        <translation>プリセット &quot;%1&quot; はありません（%2 から選択してください）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the sku &quot;%1&quot; is already used by row %2</source>
        <translation>sku &quot;%1&quot; は既に行 %2 で使われています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no photo is given</source>
        <translation>写真が指定されていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the photo %1 cannot be used: %2</source>
        <translation>写真 %1 は使用できません: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>seconds &quot;%1&quot; is not a whole number of seconds</source>
        <translation>秒数 &quot;%1&quot; が整数ではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>size &quot;%1&quot; is not WIDTHxHEIGHT such as 1280x720</source>
        <translation>サイズ &quot;%1&quot; が 1280x720 のような WIDTHxHEIGHT 形式ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no preset &quot;%1&quot; (choose %2)</source>
        <translation>プリセット &quot;%1&quot; はありません（%2 から選択してください）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 offers no size at %2 seconds</source>
        <translation>%1 には %2 秒で使えるサイズがありません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1 (%2): %3</source>
        <translation>行 %1（%2）: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no sku</source>
        <translation>sku なし</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nothing to make: no products were found.</source>
        <translation>作成するものがありません: 製品が見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../app/batch/BatchSource.cpp" line="+49"/>
        <source>The sheet %1 cannot be read.</source>
        <translation>シート %1 を読み取れません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 is larger than 16 MB; is it really a CSV product list?</source>
        <translation>シート %1 は 16 MB を超えています。本当に CSV の製品リストですか？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sheet %1 is not valid CSV: %2</source>
        <translation>シート %1 は有効な CSV ではありません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 is empty.</source>
        <translation>シート %1 は空です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row 1 of %1 must name the columns; &quot;sku&quot; and &quot;photo&quot; are required (&quot;prompt&quot;, &quot;seconds&quot;, &quot;size&quot; and &quot;preset&quot; are optional).</source>
        <translation>%1 の 1 行目には列名が必要です。&quot;sku&quot; と &quot;photo&quot; は必須です（&quot;prompt&quot;、&quot;seconds&quot;、&quot;size&quot;、&quot;preset&quot; は任意）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The sheet %1 has a header but no products.</source>
        <translation>シート %1 にはヘッダーがありますが製品がありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 cannot be read.</source>
        <translation>フォルダー %1 を読み取れません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 has no photos.</source>
        <translation>フォルダー %1 に写真がありません。</translation>
    </message>
    <message>
        <location filename="../app/batch/ClipDelivery.cpp" line="+68"/>
        <source>the clip %1 has no pictures to crop</source>
        <translation>クリップ %1 には切り抜く画像がありません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write beside %1: %2</source>
        <translation>%1 と同じ場所に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the clip %1 cannot be read: %2</source>
        <translation>クリップ %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更できません</translation>
    </message>
</context>
<context>
    <name>rc::batch::BatchRunner</name>
    <message>
        <location filename="../app/batch/BatchRunner.cpp" line="+96"/>
        <source>The output folder %1 cannot be created or written.</source>
        <translation>出力フォルダー %1 を作成できないか、書き込めません。</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+18"/>
        <source>The job of an earlier run is gone from the history.</source>
        <translation>以前の実行のジョブが履歴から消えています。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The clip was made (job %1) but could not be written to the folder: %2</source>
        <translation>クリップは作成されました（ジョブ %1）が、フォルダーに書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancelled before it started.</source>
        <translation>開始前にキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>rc::comfyui::ComfyProvider</name>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+118"/>
        <source>The job&apos;s ComfyUI id &quot;%1&quot; is not one Reelcraft wrote.</source>
        <translation>ジョブの ComfyUI ID「%1」は Reelcraft が書き込んだものではありません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Asking the servers which is free</source>
        <translation>空いているサーバーを問い合わせ中</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sending the photo</source>
        <translation>写真を送信中</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 took the photo but did not say under which name.</source>
        <translation>%1 は写真を受け取りましたが、保存名を返しませんでした。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Queueing on %1</source>
        <translation>%1 のキューに追加中</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 restarted and lost the job; sending it again</source>
        <translation>%1 が再起動してジョブが失われたため、再送信します</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyFollowing.cpp" line="+111"/>
        <source>%1 finished the job but saved no video (does the workflow end in SaveVideo?).</source>
        <translation>%1 はジョブを完了しましたが、動画を保存しませんでした（ワークフローの最後は SaveVideo ですか？）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+109"/>
        <source>The job was stopped on %1 (interrupted there).</source>
        <translation>ジョブは %1 で停止されました（そちらで中断されました）。</translation>
    </message>
    <message numerus="yes">
        <location line="-77"/>
        <source>Waiting on %1: %n job(s) ahead</source>
        <translation>
            <numerusform>%1 で待機中：前に %n 件のジョブ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Running on %1</source>
        <translation>%1 で実行中</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>its answer is not ComfyUI&apos;s</source>
        <translation>応答が ComfyUI のものではありません</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 has not answered for %n minute(s) (%2). The job may still be running there: &quot;reelcraft resume&quot; picks it up when the server is back.</source>
        <translation>
            <numerusform>%1 から %n 分間応答がありません（%2）。ジョブはまだ実行中の可能性があります。サーバーが復帰すると「reelcraft resume」で再開できます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not answer (%2); the job waits for it there</source>
        <translation>%1 が応答しません（%2）。ジョブはそこで待機しています</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+14"/>
        <source>%1 no longer knows this job: the server restarted and lost its queue. Nothing more will come from it; generate the clip again to submit it anew.</source>
        <translation>%1 はこのジョブをもう認識していません。サーバーが再起動してキューを失いました。このジョブの結果はもう届きません。クリップをもう一度生成して、改めて送信してください。</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyFollowing.cpp" line="+19"/>
        <source>Waiting on %1</source>
        <translation>%1 で待機中</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Step %1 of %2 · %3</source>
        <translation>ステップ %1 / %2 · %3</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 finished the job, but its video is no longer in the server&apos;s output folder.</source>
        <translation>%1 はジョブを完了しましたが、その動画はサーバーの出力フォルダーにもうありません。</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+68"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>rc::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/SingleInstance.cpp" line="+92"/>
        <source>Cannot create the lock file %1.</source>
        <translation>ロックファイル %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reelcraft is already running for this profile but does not answer (%1).</source>
        <translation>このプロファイルの Reelcraft はすでに実行中ですが、応答しません（%1）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not pass the files to the running Reelcraft: %1</source>
        <translation>実行中の Reelcraft にファイルを渡せませんでした：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Reelcraft did not confirm the files: %1</source>
        <translation>実行中の Reelcraft がファイルを確認しませんでした：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The running Reelcraft did not confirm the files.</source>
        <translation>実行中の Reelcraft がファイルを確認しませんでした。</translation>
    </message>
</context>
<context>
    <name>rc::fal::FalInputs</name>
    <message>
        <location filename="../app/providers/fal/FalInputs.cpp" line="+70"/>
        <source>Reelcraft does not know how to fill in the fal endpoint %1: its catalogue has no input mapping for it (options.endpoints).</source>
        <translation>Reelcraft は fal エンドポイント %1 の入力方法を把握していません。カタログにこのエンドポイントの入力マッピングがありません（options.endpoints）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The fal endpoint %1 does not offer the size %2.</source>
        <translation>fal エンドポイント %1 はサイズ %2 に対応していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 makes video from a photo: add one.</source>
        <translation>fal エンドポイント %1 は写真から動画を生成します。写真を追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no photo.</source>
        <translation>fal エンドポイント %1 は写真を受け付けません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no last frame.</source>
        <translation>fal エンドポイント %1 は最終フレームを受け付けません。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative prompt</source>
        <translation>ネガティブプロンプト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last frame</source>
        <translation>最終フレーム</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>rc::net::RemoteJobProvider</name>
    <message>
        <location filename="../app/providers/remote/RemoteJobProvider.cpp" line="+63"/>
        <source>There is no API key for %1.</source>
        <translation>%1 の API キーがありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with a web page, not an API answer: is the base URL right?</source>
        <translation>%1 が API の応答ではなくウェブページを返しました。ベース URL は正しいですか？</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>There is no API key for %1: add one in Settings.</source>
        <translation>%1 の API キーがありません。「設定」で追加してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no API key for %1: add one in Settings, or set %2.</source>
        <translation>%1 の API キーがありません。「設定」で追加するか、%2 を設定してください。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 did not finish the job within %2; Reelcraft stopped waiting (it may still finish and be billed on the server).</source>
        <translation>%1 は %2以内にジョブを完了しませんでした。Reelcraft は待機を終了しました（サーバー上でまだ完了し、課金される可能性があります）。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+233"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-232"/>
        <location line="+232"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="-203"/>
        <source>waiting for the server: %1 could not be reached (%2)</source>
        <translation>サーバー待ち: %1 に接続できませんでした（%2）</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>paused: disk full (the download from %1 could not be written)</source>
        <translation>一時停止: ディスクがいっぱいです（%1 からのダウンロードを書き込めませんでした）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for the server: the download from %1 failed (%2)</source>
        <translation>サーバー待ち: %1 からのダウンロードに失敗しました（%2）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>paused: disk full (%1)</source>
        <translation>一時停止: ディスクがいっぱいです（%1）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>waiting for the server: %1 has not answered for %2</source>
        <translation>サーバー待ち: %1 から %2 応答がありません</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>rc::storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="-52"/>
        <source>each shot must be an object</source>
        <translation>各ショットはオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording</source>
        <translation>録音</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a prompt or give a photo</source>
        <translation>プロンプトを書くか写真を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first shot has no previous shot to continue from</source>
        <translation>最初のショットには続きにする前のショットがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a shot starts either from a photo or from the previous shot, not both</source>
        <translation>ショットは写真か前のショットのどちらか一方から始まります。両方は指定できません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either narration text or a voiceover recording, not both</source>
        <translation>ナレーションのテキストかボイスオーバーの録音のどちらか一方を指定してください。両方は指定できません</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::Reader</name>
    <message>
        <location line="-102"/>
        <source>unknown field &quot;%1&quot; (check its spelling)</source>
        <translation>不明なフィールド &quot;%1&quot;（綴りを確認してください）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; はテキストである必要があります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>&quot;%1&quot; は %2 から %3 までの数値である必要があります</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; は true または false である必要があります</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 %2 does not exist</source>
        <translation>%1 %2 が存在しません</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::ShotMaker</name>
    <message>
        <location filename="../app/storyboard/ShotMaker.cpp" line="+39"/>
        <source>%1 cannot start from a picture, so it cannot continue the previous shot</source>
        <translation>%1 は画像から開始できないため、前のショットの続きを作れません</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>cannot take the last frame of the previous shot</source>
        <translation>前のショットの最終フレームを取得できません</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>it continues %1, which was not made</source>
        <translation>作成されていない %1 の続きです</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::Storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+107"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>文字 %1 の位置で JSON が無効です: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a storyboard is a JSON object</source>
        <translation>ストーリーボードは JSON オブジェクトです</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;size&quot; must be WIDTHxHEIGHT with even numbers, such as 1280x720, not &quot;%1&quot;</source>
        <translation>&quot;size&quot; は 1280x720 のような偶数の WIDTHxHEIGHT である必要があります（&quot;%1&quot; は不可）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;fps&quot; must be a whole number</source>
        <translation>&quot;fps&quot; は整数である必要があります</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;type&quot; must be &quot;cut&quot; or &quot;crossfade&quot;, not &quot;%1&quot;</source>
        <translation>&quot;type&quot; は &quot;cut&quot; または &quot;crossfade&quot; である必要があります（&quot;%1&quot; は不可）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;transition&quot; must be an object such as {&quot;type&quot;: &quot;crossfade&quot;, &quot;seconds&quot;: 0.5}</source>
        <translation>&quot;transition&quot; は {&quot;type&quot;: &quot;crossfade&quot;, &quot;seconds&quot;: 0.5} のようなオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>music file</source>
        <translation>音楽ファイル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the storyboard has no shots: &quot;shots&quot; must list at least one</source>
        <translation>ストーリーボードにショットがありません: &quot;shots&quot; に 1 つ以上指定してください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it lasts %1 s, shorter than two crossfades of %2 s</source>
        <translation>長さが %1 秒で、%2 秒のクロスフェード 2 回分より短いです</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::AddProviderDialog</name>
    <message>
        <location filename="../ui/settings/AddProviderDialog.cpp" line="+22"/>
        <source>Add Provider</source>
        <translation>プロバイダーを追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of service</source>
        <translation>サービスの種類</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider name</source>
        <translation>プロバイダー名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Service</source>
        <translation>サービス(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress</source>
        <translation>アドレス(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the service offers</source>
        <translation>サービスが提供するもの</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the service what it offers, without saving anything</source>
        <translation>何も保存せずに、サービスが提供するものを問い合わせます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Several servers (one per GPU): separate their addresses with spaces</source>
        <translation>複数のサーバー（GPU ごとに 1 台）: アドレスをスペースで区切ってください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ComfyUI server needs no key unless it sits behind a proxy that asks for one. Several servers: separate their addresses with spaces.</source>
        <translation>ComfyUI サーバーには、キーを要求するプロキシの背後にある場合を除き、キーは不要です。複数のサーバー: アドレスをスペースで区切ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paste the key from your %1 account</source>
        <translation>%1 アカウントのキーを貼り付けてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in the system keychain, never in a file. Left empty, %1 from the environment is used.</source>
        <translation>キーはファイルではなく、システムのキーチェーンに保存されます。空欄の場合は、環境変数 %1 が使用されます。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Asking %1…</source>
        <translation>%1 に問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It answers and offers %n model(s).</source>
        <translation>
            <numerusform>応答があり、%n 個のモデルを提供しています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test failed.</source>
        <translation>テストに失敗しました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adding %1…</source>
        <translation>%1 を追加しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added.</source>
        <translation>何も追加されませんでした。</translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchCoordinator</name>
    <message>
        <location filename="../ui/batch/BatchCoordinator.cpp" line="+50"/>
        <source>None of the dropped files is a photo.</source>
        <translation>ドロップされたファイルに写真がありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Batch: product photos or a sheet</source>
        <translation>新規バッチ: 製品写真またはシート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product photos or a sheet (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.csv);;All files (*)</source>
        <translation>製品写真またはシート (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Batch: a folder of product photos</source>
        <translation>新規バッチ: 製品写真のフォルダー</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>New Batch</source>
        <translation>新規バッチ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Batch %1: %2 of %3 clips in %4</source>
        <translation>バッチ %1: %3 本中 %2 本のクリップ（%4）</translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchDialog</name>
    <message>
        <location filename="../ui/batch/BatchDialog.cpp" line="+58"/>
        <location line="+215"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>New Batch: %1</source>
        <translation>新規バッチ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty for the product template. {sku} and {name} are filled in for each product.</source>
        <translation>製品テンプレートを使う場合は空のままにしてください。{sku} と {name} は製品ごとに埋め込まれます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider:</source>
        <translation>プロバイダー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>長さ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt:</source>
        <translation>プロンプト:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder:</source>
        <translation>出力フォルダー:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Folder for the clips</source>
        <translation>クリップの保存先フォルダー</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no sku)</source>
        <translation>（sku なし）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1</source>
        <translation>行 %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Row %1: %2</source>
        <translation>行 %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (made at %2, cropped)</source>
        <translation>%1（%2 に作成、切り抜き済み）</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n product(s), one clip each.</source>
        <translation>
            <numerusform>%n 件の製品、それぞれクリップ 1 本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s). </source>
        <translation>
            <numerusform>%n 件の製品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) to fix before the batch can start; nothing runs until then.</source>
        <translation>
            <numerusform>バッチを開始する前に修正が必要な問題が %n 件あります。修正するまで何も実行されません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n already in the output folder, kept and skipped.</source>
        <translation>
            <numerusform>%n 件は出力フォルダーにあるため、残してスキップします。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total: free (%1 charges nothing).</source>
        <translation>合計: 無料（%1 は課金なし）。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Estimated total: %1 for %n clip(s); within your budget.</source>
        <translation>
            <numerusform>見積もり合計: クリップ %n 本で %1。予算内です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated total: %1. The whole batch would pass a spending cap: %2</source>
        <translation>見積もり合計: %1。バッチ全体で支出上限を超えます: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (%1)</source>
        <translation>開始（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a folder for the clips.</source>
        <translation>クリップの保存先フォルダーを選択してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This batch is estimated to cost %1 in all (%n clip(s)). Start it?</source>
        <translation>
            <numerusform>このバッチの見積もり費用は合計 %1 です（クリップ %n 本）。開始しますか？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchQueueGroup</name>
    <message>
        <location filename="../ui/batch/BatchQueueGroup.cpp" line="+16"/>
        <location line="+87"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1</source>
        <translation>バッチ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch: %1</source>
        <translation>バッチ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause or resume the batch</source>
        <translation>バッチを一時停止または再開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the batch</source>
        <translation>バッチをキャンセル</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%n 件中 %1 件完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n cancelled</source>
        <translation>
            <numerusform> · %n 件キャンセル</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · finished</source>
        <translation> · 完了</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · pausing (%n still under way)</source>
        <translation>
            <numerusform> · 一時停止中（%n 件がまだ進行中）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · paused</source>
        <translation> · 一時停止中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipActions</name>
    <message>
        <location filename="../ui/ClipActions.cpp" line="+56"/>
        <source>&amp;Reuse Settings</source>
        <translation>設定を再利用(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate &amp;Again</source>
        <translation>もう一度生成(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit / Remix…</source>
        <translation>編集 / リミックス(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from &amp;Last Frame</source>
        <translation>最終フレームから続ける(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Favourite</source>
        <translation>お気に入り(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Folder</source>
        <translation>フォルダーに表示(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+110"/>
        <source>&amp;Export Clip…</source>
        <translation>クリップをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+110"/>
        <source>&amp;Delete Clip</source>
        <translation>クリップを削除(&amp;D)</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;Tag…</source>
        <translation>タグ付け(&amp;T)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to &amp;Project…</source>
        <translation>プロジェクトに追加(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rename Project…</source>
        <translation>プロジェクト名を変更(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Project…</source>
        <translation>プロジェクトを削除(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the compose panel with this clip&apos;s prompt and settings (Ctrl+R)</source>
        <translation>このクリップのプロンプトと設定を作成パネルに入力します（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make another take with the same settings and a new seed (Ctrl+Shift+G)</source>
        <translation>同じ設定と新しいシードで別テイクを作成します（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the provider for a change to this clip (&quot;now it snows&quot;); the rest of the scene stays, and the result is kept as a new clip next to this one (Ctrl+E)</source>
        <translation>このクリップへの変更をプロバイダーに依頼します（&quot;雪を降らせる&quot;）。シーンの他の部分はそのままで、結果はこのクリップの隣に新しいクリップとして保存されます (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this clip&apos;s last frame as the input photo (Ctrl+L)</source>
        <translation>このクリップの最終フレームを入力写真として使います（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a tag to the selected clips</source>
        <translation>選択したクリップにタグを追加します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected clips in a project, new or existing</source>
        <translation>選択したクリップを新規または既存のプロジェクトに入れます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not Changed</source>
        <translation>変更されていません</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>&amp;Export %n Clips…</source>
        <translation>
            <numerusform>%n 個のクリップをエクスポート(&amp;E)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Delete %n Clips</source>
        <translation>
            <numerusform>%n 個のクリップを削除(&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Only a finished clip made by a remote provider can be edited.</source>
        <translation>編集できるのは、リモートプロバイダーで作成された完了済みのクリップのみです。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit Clip</source>
        <translation>クリップを編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what should change; the rest of the scene stays the same.
For example: now it snows. Keep everything else the same.</source>
        <translation>変更したい内容を入力してください。シーンの他の部分はそのままです。
例: 雪を降らせる。それ以外はすべてそのまま。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The last frame could not be read: %1</source>
        <translation>最終フレームを読み込めませんでした：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no frame decoded</source>
        <translation>フレームをデコードできませんでした</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n clip(s) marked as favourites.</source>
        <translation>
            <numerusform>%n 個のクリップをお気に入りにしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) no longer favourites.</source>
        <translation>
            <numerusform>%n 個のクリップをお気に入りから外しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Clips to a Folder</source>
        <translation>クリップをフォルダーにエクスポート</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Clip</source>
        <translation>クリップをエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 動画 (*.mp4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clip could not be exported to %1.</source>
        <translation>クリップを %1 にエクスポートできませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>Delete Clip</source>
        <translation>クリップを削除</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <location line="+6"/>
        <source>Delete Clips</source>
        <translation>クリップの削除</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Delete this clip and its video file?</source>
        <translation>このクリップとその動画ファイルを削除しますか？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n clip(s) and their video files?</source>
        <translation>
            <numerusform>%n 個のクリップとその動画ファイルを削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files go to Reelcraft&apos;s trash and are erased when you close Reelcraft; until then Edit › Undo (Ctrl+Z) brings them back.</source>
        <translation>ファイルは Reelcraft のゴミ箱に移動され、Reelcraft を閉じると完全に消去されます。それまでは 編集 › 元に戻す（Ctrl+Z）で復元できます。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Paid for: %n (%1 in total). The spend history keeps what they cost; a video cannot be made again for free.</source>
        <translation>
            <numerusform>有料: %n 個（合計 %1）。費用は支出履歴に残ります。動画を無料で再生成することはできません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Already without a video file: %n (only the entry in the gallery goes).</source>
        <translation>
            <numerusform>動画ファイルがすでにないもの: %n 個（ギャラリーの項目のみ削除されます）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Still queued or running, and left alone (cancel them first): %n.</source>
        <translation>
            <numerusform>キュー待ちまたは実行中のため対象外（先にキャンセルしてください）: %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clips could not be deleted.</source>
        <translation>クリップを削除できませんでした。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) deleted. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n 個のクリップを削除しました。Ctrl+Z で元に戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) could not be deleted.</source>
        <translation>
            <numerusform>%n 個のクリップを削除できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+20"/>
        <source>Export Clips</source>
        <translation>クリップのエクスポート</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>Exporting %n clip(s)…</source>
        <translation>
            <numerusform>%n 個のクリップをエクスポート中…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Export cancelled: %n clip(s) written to %1.</source>
        <translation>
            <numerusform>エクスポートをキャンセルしました: %n 個のクリップを %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) exported to %1.</source>
        <translation>
            <numerusform>%n 個のクリップを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) could not be exported.</source>
        <translation>
            <numerusform>%n 個のクリップをエクスポートできませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag Clips</source>
        <translation>クリップにタグ付け</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag for %n clip(s):</source>
        <translation>
            <numerusform>%n 個のクリップのタグ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tagged %n clip(s) &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n 個のクリップにタグ「%1」を付けました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Project</source>
        <translation>プロジェクトに追加</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Project for %n clip(s) (type a new name to make one):</source>
        <translation>
            <numerusform>%n 個のクリップの追加先プロジェクト（新しい名前を入力すると作成されます）:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n clip(s) added to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n 個のクリップを「%1」に追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Rename Project</source>
        <translation>プロジェクト名の変更</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Project:</source>
        <translation>プロジェクト:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>「%1」の新しい名前:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Project</source>
        <translation>プロジェクトの削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project to remove (its clips stay in the gallery):</source>
        <translation>削除するプロジェクト（クリップはギャラリーに残ります）:</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The clip could not be deleted.</source>
        <translation>クリップを削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipDetails</name>
    <message>
        <location filename="../ui/gallery/ClipDetails.cpp" line="+23"/>
        <source>Select a clip to see its details.</source>
        <translation>詳細を表示するクリップを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip details</source>
        <translation>クリップの詳細</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent clip</source>
        <translation>親クリップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation>編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, item %2</source>
        <translation>%1、項目 %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no prompt: from the photo only)</source>
        <translation>（プロンプトなし：写真のみから作成）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s · %2 (%3) · %4%5</source>
        <translation>%1 秒 · %2（%3）· %4%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · from a photo</source>
        <translation> · 写真から作成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clip #%1</source>
        <translation>クリップ #%1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>time-stamped %1 by %2</source>
        <translation>%1 に %2 によるタイムスタンプ付き</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1”, with its own credentials</source>
        <translation>「%1」（独自の認証情報付き）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>edited as %1</source>
        <translation>%1 として編集</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>free</source>
        <translation>無料</translation>
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
        <translation>確認中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (made before Reelcraft wrote content credentials, or removed)</source>
        <translation>なし（Reelcraft がコンテンツ認証情報を書き込む前に作成されたか、削除されています）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT valid: %1</source>
        <translation>無効: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>valid (C2PA) · %1 · made with %2 · signed by %3</source>
        <translation>有効 (C2PA) · %1 · %2 で作成 · 署名者 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>from %n source(s)</source>
        <translation>
            <numerusform>%n 個のソースから</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::ComposePanel</name>
    <message>
        <location filename="../ui/compose/ComposePanel.cpp" line="+38"/>
        <source>What the engine understood</source>
        <translation>エンジンが理解した内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add key…</source>
        <translation>キーを追加…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of variations</source>
        <translation>バリエーション数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many variations to make at once, each with the next seed</source>
        <translation>一度に作成するバリエーションの数（それぞれ次のシードを使用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget left</source>
        <translation>残りの予算</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add API key</source>
        <translation>API キーを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the settings to add the provider&apos;s API key</source>
        <translation>設定を開いてプロバイダーの API キーを追加します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the clip cannot be generated</source>
        <translation>クリップを生成できない理由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the clip should not show: blur, text, extra fingers…</source>
        <translation>クリップに映したくないもの：ぼやけ、文字、余分な指…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative prompt</source>
        <translation>ネガティブプロンプト</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avoid (negative prompt)</source>
        <translation>避けたいもの（ネガティブプロンプト）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>%n clips would cost %1, but the budget has %2 left.</source>
        <translation>
            <numerusform>%n 本のクリップには %1 かかりますが、予算の残りは %2 です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Budget: %1 left today</source>
        <translation>予算: 本日の残り %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget: %1 left this month</source>
        <translation>予算: 今月の残り %1</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+137"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>First and last frame</source>
        <translation>最初と最後のフレーム</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not start from a photo.</source>
        <translation>%1 は写真から始めることができません。</translation>
    </message>
</context>
<context>
    <name>rc::ui::ConsistencyNote</name>
    <message>
        <location filename="../ui/ConsistencyNote.cpp" line="+15"/>
        <source>Library check</source>
        <translation>ライブラリの確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Hide this note</source>
        <translation>このお知らせを隠す</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the history against the media folder…</source>
        <translation>履歴とメディアフォルダーを照合しています…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n clip(s) in the history have lost their video</source>
        <translation>
            <numerusform>履歴の %n 件のクリップで動画ファイルが見つかりません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n video(s) in the media folder are not in the history</source>
        <translation>
            <numerusform>メディアフォルダーの %n 本の動画が履歴にありません</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clips whose video file is missing:</source>
        <translation>動画ファイルが見つからないクリップ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  clip %1</source>
        <translation>  クリップ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Videos that no clip in the history names:</source>
        <translation>履歴のどのクリップにも属さない動画:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Nothing was changed or deleted.</source>
        <translation>何も変更・削除していません。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>History and Media Folder</source>
        <translation>履歴とメディアフォルダー</translation>
    </message>
</context>
<context>
    <name>rc::ui::CropPreview</name>
    <message>
        <location filename="../ui/compose/CropPreview.cpp" line="+16"/>
        <source>Photo preview with crop frame</source>
        <translation>切り抜き枠付きの写真プレビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to choose the part of the photo the clip shows</source>
        <translation>ドラッグして、クリップに映す写真の範囲を選びます</translation>
    </message>
</context>
<context>
    <name>rc::ui::FilePicker</name>
    <message>
        <location filename="../ui/storyboard/FilePicker.cpp" line="+32"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drop a photo here, or browse for one.</source>
        <translation>ここに写真をドロップするか、参照して選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop an audio file here, or browse for one.</source>
        <translation>ここに音声ファイルをドロップするか、参照して選択してください。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a photo this studio can read.</source>
        <translation>%1 は、このスタジオで読み込める写真ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an audio file (WAV, MP3, M4A, AAC, FLAC, Ogg or Opus).</source>
        <translation>%1 は音声ファイル（WAV、MP3、M4A、AAC、FLAC、Ogg、Opus）ではありません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Photos (%1)</source>
        <translation>写真 (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audio (%1)</source>
        <translation>音声 (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a Photo</source>
        <translation>写真を選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an Audio File</source>
        <translation>音声ファイルを選択</translation>
    </message>
</context>
<context>
    <name>rc::ui::FirstRunHint</name>
    <message>
        <location filename="../ui/help/FirstRunHint.cpp" line="+14"/>
        <source>Add a Provider…</source>
        <translation>プロバイダーを追加…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Got It</source>
        <translation>了解</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Welcome to Reelcraft.&lt;/b&gt; Clips are made by a &lt;i&gt;provider&lt;/i&gt;. The built-in engine is free, works offline and needs no key: it draws your scene with matching sound, good for drafts, lessons and product shots. For photoreal clips, use a provider with a key of your own: Google Gemini (its key goes in the settings), or OpenRouter and your own ComfyUI servers (added with &lt;tt&gt;reelcraft provider add&lt;/tt&gt;). The price shows on the Generate button before anything is spent.</source>
        <translation>&lt;b&gt;Reelcraft へようこそ。&lt;/b&gt;クリップは&lt;i&gt;プロバイダー&lt;/i&gt;が作成します。内蔵エンジンは無料・オフラインで動作し、キーも不要です。シーンを合った音付きで描くので、下書き、授業、商品撮影に向いています。写実的なクリップには、ご自身のキーでプロバイダーを使ってください：Google Gemini（キーは設定で入力）、または OpenRouter やご自身の ComfyUI サーバー（&lt;tt&gt;reelcraft provider add&lt;/tt&gt; で追加）。料金は支払いが発生する前に「生成」ボタンに表示されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opens the settings, where providers and their keys are kept</source>
        <translation>プロバイダーとそのキーを管理する設定を開きます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this note for good</source>
        <translation>このメッセージを今後表示しない</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryDelegate</name>
    <message>
        <location filename="../ui/gallery/GalleryDelegate.cpp" line="+79"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✎ edit of #%1</source>
        <translation>✎ #%1 の編集版</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryFilterBar</name>
    <message>
        <location filename="../ui/gallery/GalleryFilterBar.cpp" line="+27"/>
        <source>Search prompts…</source>
        <translation>プロンプトを検索…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search prompts</source>
        <translation>プロンプトを検索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by provider</source>
        <translation>プロバイダーで絞り込み</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter by project</source>
        <translation>プロジェクトで絞り込み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage projects</source>
        <translation>プロジェクトの管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New, rename or remove a project</source>
        <translation>プロジェクトの作成、名前変更、削除</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All providers</source>
        <translation>全プロバイダー</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Filter by status</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished clips</source>
        <translation>完了済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ Favourites</source>
        <translation>★ お気に入り</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourites only</source>
        <translation>お気に入りのみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most expensive</source>
        <translation>高い順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation>長い順</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>All projects</source>
        <translation>すべてのプロジェクト</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryModel</name>
    <message>
        <location filename="../ui/gallery/GalleryModel.cpp" line="+297"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>(photo only)</source>
        <translation>（写真のみ）</translation>
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
%2 · %3 秒 · %4 · %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clip %1, an edit of clip %2: %3</source>
        <translation>クリップ %1、クリップ %2 の編集版: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip %1: %2</source>
        <translation>クリップ %1：%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryPanel</name>
    <message>
        <location filename="../ui/gallery/GalleryPanel.cpp" line="+31"/>
        <source>Clips</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Tile size</source>
        <translation>タイルのサイズ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected clips</source>
        <translation>選択したクリップ</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n clips selected</source>
        <translation>
            <numerusform>%n 個のクリップを選択中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No clip matches these filters.</source>
        <translation>この条件に一致するクリップはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clips yet.
Write a prompt on the left and press Generate (Ctrl+Enter).</source>
        <translation>クリップはまだありません。
左側にプロンプトを入力して「生成」を押してください（Ctrl+Enter）。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n 個のクリップ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::GenerateButton</name>
    <message>
        <location filename="../ui/compose/GenerateButton.cpp" line="+14"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>free</source>
        <translation>無料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate · needs a key</source>
        <translation>生成 · キーが必要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate %1 · %2</source>
        <translation>生成 %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate · %1</source>
        <translation>生成 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate the clip (Ctrl+Enter)</source>
        <translation>クリップを生成します（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>rc::ui::ImageDropZone</name>
    <message>
        <location filename="../ui/compose/ImageDropZone.cpp" line="+34"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input photo</source>
        <translation>入力写真</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last frame photo</source>
        <translation>最終フレームの写真</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a photo here, paste it (Ctrl+V) or browse.
Optional: the clip starts from it.
Drop several photos, a folder or a sheet for a batch.</source>
        <translation>ここに写真をドロップ、貼り付け (Ctrl+V)、または参照してください。
任意: クリップはこの写真から始まります。
バッチにするには複数の写真、フォルダー、またはシートをドロップしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the last frame here, paste or browse.
Optional: the clip ends on it.</source>
        <translation>ここに最終フレームをドロップ、貼り付け、または参照してください。
省略可：クリップはこの写真で終わります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a photo</source>
        <translation>写真を参照</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse for the last frame</source>
        <translation>最終フレームを参照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a photo</source>
        <translation>写真を貼り付け</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste the last frame</source>
        <translation>最終フレームを貼り付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photo</source>
        <translation>写真を削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the last frame</source>
        <translation>最終フレームを削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photo problem</source>
        <translation>写真の問題</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 は使用できません：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a readable image.</source>
        <translation>読み込める画像ではありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The clipboard holds no picture.</source>
        <translation>クリップボードに画像がありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pasted picture could not be saved in %1.</source>
        <translation>貼り付けた画像を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a photo</source>
        <translation>写真を選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>rc::ui::JobNotifier</name>
    <message>
        <location filename="../ui/JobNotifier.cpp" line="+31"/>
        <source>Clip ready</source>
        <translation>クリップ完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip failed</source>
        <translation>クリップ失敗</translation>
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
        <translation>Reelcraft：実行中のジョブはありません</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reelcraft: %n job(s) waiting</source>
        <translation>
            <numerusform>Reelcraft：%n 件のジョブが待機中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 件のジョブを実行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>、%n 件待機中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reelcraft: %1%2</source>
        <translation>Reelcraft：%1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reelcraft: %1%2 · %3%</source>
        <translation>Reelcraft：%1%2 · %3%</translation>
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
        <translation>ギャラリー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storyboard</source>
        <translation>ストーリーボード</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Photo…</source>
        <translation>写真を開く(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste P&amp;hoto</source>
        <translation>写真を貼り付け(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Batch…</source>
        <translation>新規バッチ(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One clip per product, from several photos or a sheet</source>
        <translation>複数の写真またはシートから、製品ごとにクリップを 1 本作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Batch from &amp;Folder…</source>
        <translation>フォルダーから新規バッチ(&amp;F)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Clips</source>
        <translation>クリップを検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clip</source>
        <translation>クリップ(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Play / Pause</source>
        <translation>再生/一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Frame</source>
        <translation>前のフレーム(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Frame</source>
        <translation>次のフレーム(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Loop</source>
        <translation>ループ(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mute</source>
        <translation>ミュート(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spend</source>
        <translation>支出(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;toryboard</source>
        <translation>ストーリーボード(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Getting Started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Reelcraft</source>
        <translation>Reelcraft について(&amp;A)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Spending Caps</source>
        <translation>支出上限</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a clip to play it.</source>
        <translation>再生するクリップを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video file is missing.</source>
        <translation>動画ファイルがありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clip ready: %1</source>
        <translation>クリップ完成：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n clip(s) imported into the gallery.</source>
        <translation>
            <numerusform>%n 個のクリップをギャラリーにインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some files were not opened</source>
        <translation>一部のファイルを開けませんでした</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>%n 個のファイルを開けませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Quit Reelcraft</source>
        <translation>Reelcraft を終了</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running. Quit anyway?
They resume next time where the provider allows it.</source>
        <translation>
            <numerusform>%n 件のジョブがまだ実行中です。終了しますか？
プロバイダーが対応していれば、次回起動時に再開されます。</numerusform>
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
        <translation>プロバイダー(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier</source>
        <translation>ティア(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Duration</source>
        <translation>長さ(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation>解像度(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PlanChips</name>
    <message>
        <location filename="../ui/compose/PlanChips.cpp" line="+32"/>
        <source>setting: %1</source>
        <translation>場所：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>light: %1</source>
        <translation>光：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light: %1 → %2</source>
        <translation>光：%1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>camera: %1</source>
        <translation>カメラ：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>style: %1</source>
        <translation>スタイル：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shot(s)</source>
        <translation>
            <numerusform>%n ショット</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>silent</source>
        <translation>無音</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>music: %1</source>
        <translation>音楽：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type a prompt to see what the built-in engine will draw.</source>
        <translation>プロンプトを入力すると、内蔵エンジンが描くものを確認できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the engine understood</source>
        <translation>エンジンが理解した内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More of what the engine understood</source>
        <translation>エンジンが理解したその他の内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the engine will not draw</source>
        <translation>エンジンが描かない語</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not drawn: %1</source>
        <translation>描かれない語：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in engine has no picture for these words; they only colour the scene. Not drawn: %1</source>
        <translation>内蔵エンジンにはこれらの語に対応する絵がなく、シーンの色合いにのみ反映されます。描かれない語：%1</translation>
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
        <translation>庭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beach</source>
        <comment>plan: setting</comment>
        <translation>ビーチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ocean</source>
        <comment>plan: setting</comment>
        <translation>海</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <comment>plan: setting</comment>
        <translation>街</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desert</source>
        <comment>plan: setting</comment>
        <translation>砂漠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forest</source>
        <comment>plan: setting</comment>
        <translation>森</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mountains</source>
        <comment>plan: setting</comment>
        <translation>山</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outer space</source>
        <comment>plan: setting</comment>
        <translation>宇宙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underwater</source>
        <comment>plan: setting</comment>
        <translation>水中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snowy landscape</source>
        <comment>plan: setting</comment>
        <translation>雪景色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farm</source>
        <comment>plan: setting</comment>
        <translation>農場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indoors</source>
        <comment>plan: setting</comment>
        <translation>屋内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sky</source>
        <comment>plan: setting</comment>
        <translation>空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dawn</source>
        <comment>plan: light, time of day</comment>
        <translation>夜明け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning</source>
        <comment>plan: light, time of day</comment>
        <translation>朝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noon</source>
        <comment>plan: light, time of day</comment>
        <translation>真昼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>golden hour</source>
        <comment>plan: light, time of day</comment>
        <translation>ゴールデンアワー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sunset</source>
        <comment>plan: light, time of day</comment>
        <translation>夕焼け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>night</source>
        <comment>plan: light, time of day</comment>
        <translation>夜</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rain</source>
        <comment>plan: weather</comment>
        <translation>雨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snow</source>
        <comment>plan: weather</comment>
        <translation>雪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fog</source>
        <comment>plan: weather</comment>
        <translation>霧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wind</source>
        <comment>plan: weather</comment>
        <translation>風</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm</source>
        <comment>plan: weather</comment>
        <translation>嵐</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>static</source>
        <comment>plan: camera move</comment>
        <translation>固定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>push in</source>
        <comment>plan: camera move</comment>
        <translation>プッシュイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pull out</source>
        <comment>plan: camera move</comment>
        <translation>プルアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan left</source>
        <comment>plan: camera move</comment>
        <translation>左へパン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan right</source>
        <comment>plan: camera move</comment>
        <translation>右へパン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt up</source>
        <comment>plan: camera move</comment>
        <translation>ティルトアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt down</source>
        <comment>plan: camera move</comment>
        <translation>ティルトダウン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rise</source>
        <comment>plan: camera move</comment>
        <translation>上昇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orbit</source>
        <comment>plan: camera move</comment>
        <translation>周回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dolly</source>
        <comment>plan: camera move</comment>
        <translation>ドリー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cinematic</source>
        <comment>plan: visual style</comment>
        <translation>映画風</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sci-fi</source>
        <comment>plan: visual style</comment>
        <translation>SF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dreamy</source>
        <comment>plan: visual style</comment>
        <translation>夢のよう</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surreal</source>
        <comment>plan: visual style</comment>
        <translation>シュール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documentary</source>
        <comment>plan: visual style</comment>
        <translation>ドキュメンタリー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vintage</source>
        <comment>plan: visual style</comment>
        <translation>ヴィンテージ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calm</source>
        <comment>plan: music mood</comment>
        <translation>穏やか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>happy</source>
        <comment>plan: music mood</comment>
        <translation>明るい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energetic</source>
        <comment>plan: music mood</comment>
        <translation>エネルギッシュ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dark</source>
        <comment>plan: music mood</comment>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epic</source>
        <comment>plan: music mood</comment>
        <translation>壮大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dreamy</source>
        <comment>plan: music mood</comment>
        <translation>夢見心地</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>electronic</source>
        <comment>plan: music genre</comment>
        <translation>エレクトロニック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>piano</source>
        <comment>plan: music genre</comment>
        <translation>ピアノ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambient</source>
        <comment>plan: music genre</comment>
        <translation>アンビエント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lo-fi</source>
        <comment>plan: music genre</comment>
        <translation>ローファイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orchestral</source>
        <comment>plan: music genre</comment>
        <translation>オーケストラ</translation>
    </message>
</context>
<context>
    <name>rc::ui::PlayerControls</name>
    <message>
        <location filename="../ui/player/PlayerControls.cpp" line="+31"/>
        <location line="+71"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Play / pause (Space)</source>
        <translation>再生/一時停止（Space）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame</source>
        <translation>前のフレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous frame (,)</source>
        <translation>前のフレーム（,）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next frame</source>
        <translation>次のフレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame (.)</source>
        <translation>次のフレーム（.）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>再生位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to jump; Left/Right step a frame, Shift+Left/Right a second</source>
        <translation>クリックでジャンプ。←/→ で 1 フレーム、Shift+←/→ で 1 秒移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed and total time</source>
        <translation>経過時間と合計時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute (M)</source>
        <translation>ミュート（M）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (F or double-click; Esc leaves)</source>
        <translation>全画面表示（F キーまたはダブルクリック、Esc で終了）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Pause</source>
        <translation>一時停止</translation>
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
        <translation>プレーヤー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a clip to play it.</source>
        <translation>再生するクリップを選んでください。</translation>
    </message>
</context>
<context>
    <name>rc::ui::PromptEditor</name>
    <message>
        <location filename="../ui/compose/PromptEditor.cpp" line="+38"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the clip: who or what, where, the light, the camera, the sound…</source>
        <translation>クリップを説明してください：誰が・何が、どこで、光、カメラ、音…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent prompts</source>
        <translation>最近のプロンプト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent prompts (Alt+Up / Alt+Down)</source>
        <translation>最近のプロンプト（Alt+↑ / Alt+↓）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt templates</source>
        <translation>プロンプトのテンプレート</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompt length</source>
        <translation>プロンプトの長さ</translation>
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
            <numerusform>モデルの上限を %n 文字超えています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PromptTemplates</name>
    <message>
        <location filename="../ui/compose/PromptTemplates.cpp" line="+19"/>
        <source>Product showcase</source>
        <translation>商品紹介</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A [product] on a [surface] in a bright studio, slow orbit camera, soft golden light, clean background, upbeat electronic music.</source>
        <translation>明るいスタジオで[表面]の上に置かれた[商品]、ゆっくり周回するカメラ、柔らかな金色の光、すっきりした背景、軽快なエレクトロニック音楽。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson scene</source>
        <translation>授業シーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm classroom scene explaining [topic]: a [subject] in a [setting], gentle push-in camera, morning light, soft piano music.</source>
        <translation>[トピック]を説明する落ち着いた教室のシーン：[場所]にいる[被写体]、ゆっくり寄っていくカメラ、朝の光、穏やかなピアノ音楽。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social short</source>
        <translation>SNS ショート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vertical, energetic shot of [subject] [action] in a [setting], fast camera, vivid colours, punchy music.</source>
        <translation>[場所]で[動作]する[被写体]の縦長でエネルギッシュなショット、速いカメラワーク、鮮やかな色、パンチのある音楽。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand story</source>
        <translation>ブランドストーリー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A [setting] at dawn, then a [subject] [action], then the [product] revealed in warm light; cinematic, orchestral music.</source>
        <translation>夜明けの[場所]、続いて[動作]する[被写体]、最後に温かな光の中で現れる[商品]。映画的、オーケストラ音楽。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surreal art</source>
        <translation>シュールアート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dreamy surreal [setting] where [subject] floats among [objects], slow drifting camera, pastel sky, ambient music.</source>
        <translation>[被写体]が[物体]の間を漂う、夢のようなシュールな[場所]、ゆっくり漂うカメラ、パステルカラーの空、アンビエント音楽。</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProviderChoices</name>
    <message>
        <location filename="../ui/widgets/ProviderChoices.cpp" line="+42"/>
        <source>%1 (needs an API key)</source>
        <translation>%1（API キーが必要）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not available)</source>
        <translation>%1（利用不可）</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProvidersPage</name>
    <message>
        <location filename="../ui/settings/ProvidersPage.cpp" line="+31"/>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Provider…</source>
        <translation>プロバイダーを追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an OpenRouter or fal.ai account, or your own ComfyUI servers</source>
        <translation>OpenRouter または fal.ai のアカウント、または自前の ComfyUI サーバーを追加します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Key…</source>
        <translation>キーを設定(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove K&amp;ey</source>
        <translation>キーを削除(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh Models</source>
        <translation>モデルを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the service&apos;s list of models, their lengths, sizes and prices again</source>
        <translation>サービスのモデル一覧（長さ、サイズ、価格）を再度読み込みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &amp;Provider…</source>
        <translation>プロバイダーを削除(&amp;P)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider status</source>
        <translation>プロバイダーの状態</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (retired)</source>
        <translation>%1（提供終了）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 個のモデル</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or set %1 in the environment</source>
        <translation>または環境変数 %1 を設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the built-in engine is set up; it needs no key. Add a provider to reach cloud models.</source>
        <translation>組み込みエンジンのみが設定されています。キーは不要です。クラウドのモデルを使うにはプロバイダーを追加してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the built-in engine is configured; it needs no key.</source>
        <translation>組み込みエンジンのみが設定されています。キーは不要です。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Set the key for %1</source>
        <translation>%1 のキーを設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key for %1</source>
        <translation>%1 のキーを削除</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set Key</source>
        <translation>キーを設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key for %1:</source>
        <translation>%1 の API キー:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key for %1 was not stored: %2</source>
        <translation>%1 のキーを保存できませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for %1 is stored in the system keychain.</source>
        <translation>%1 のキーをシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key for %1 was not removed: %2</source>
        <translation>%1 のキーを削除できませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for %1 is removed from the keychain.</source>
        <translation>%1 のキーをキーチェーンから削除しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the models of %1…</source>
        <translation>%1 のモデルを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The models of %1 were not refreshed: %2</source>
        <translation>%1 のモデルを更新できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 offers %n model(s).</source>
        <translation>
            <numerusform>%1 は %n 個のモデルを提供しています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Provider</source>
        <translation>プロバイダーを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its stored key? Clips made with it stay in the gallery.</source>
        <translation>%1 と保存されているキーを削除しますか？ このプロバイダーで作成したクリップはギャラリーに残ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not removed: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Added %1 with %n model(s). Choose it in the provider list to generate.</source>
        <translation>
            <numerusform>%1 を追加しました（モデル %n 個）。生成するにはプロバイダー一覧で選択してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::QueueModel</name>
    <message numerus="yes">
        <location filename="../ui/queue/QueueModel.cpp" line="+14"/>
        <source>%n s left</source>
        <translation>
            <numerusform>残り %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s left</source>
        <translation>残り %1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>rc::ui::QueuePanel</name>
    <message>
        <location filename="../ui/queue/QueuePanel.cpp" line="+16"/>
        <source>No jobs running. Press Generate to start one.</source>
        <translation>実行中のジョブはありません。「生成」を押して開始してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
</context>
<context>
    <name>rc::ui::QueueRow</name>
    <message>
        <location filename="../ui/queue/QueueRow.cpp" line="+15"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel the job</source>
        <translation>ジョブをキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the job</source>
        <translation>ジョブを再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the queue</source>
        <translation>キューから削除</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(photo only)</source>
        <translation>（写真のみ）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Progress of job %1</source>
        <translation>ジョブ %1 の進行状況</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job %1: %2</source>
        <translation>ジョブ %1：%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+34"/>
        <location line="+174"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Providers and Keys</source>
        <translation>プロバイダーとキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default provider</source>
        <translation>既定のプロバイダー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default &amp;provider</source>
        <translation>既定のプロバイダー(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your home folder</source>
        <translation>ホームフォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export folder</source>
        <translation>エクスポート先フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Folder</source>
        <translation>エクスポート先フォルダー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export folder</source>
        <translation>エクスポート先フォルダー(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clips are kept in the profile&apos;s media folder; Export copies one to this folder.</source>
        <translation>クリップはプロファイルのメディアフォルダーに保存されます。「エクスポート」でこのフォルダーにコピーできます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Reelcraft starts.</source>
        <translation>言語の変更は Reelcraft の次回起動時に反映されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show an “AI-generated” label in the top right corner of new clips</source>
        <translation>新しいクリップの右上に「AI 生成」ラベルを表示する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disclosure</source>
        <translation>開示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clip carries content credentials that say it is AI-made; this also marks the pictures, for viewers who never see the credentials. A remote clip is re-encoded to draw it, keeping the provider&apos;s credentials as its parent.</source>
        <translation>すべてのクリップには AI で作成されたことを示すコンテンツ認証情報が付与されます。この設定では、認証情報を確認しない視聴者のために映像にも表示を付けます。リモートのクリップは描画のために再エンコードされ、プロバイダーの認証情報を親として保持します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None (works offline)</source>
        <translation>なし（オフラインで動作）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-stamp authority</source>
        <translation>タイムスタンプ局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time-stamp authority</source>
        <translation>タイムスタンプ局(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An RFC 3161 address (for example http://timestamp.digicert.com): each signature is sent there to prove when it was made. A clip is signed without one when the service cannot be reached.</source>
        <translation>RFC 3161 のアドレス（例: http://timestamp.digicert.com）。各署名はここに送信され、作成日時が証明されます。サービスに接続できない場合、クリップはタイムスタンプなしで署名されます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Caps apply to</source>
        <translation>上限の適用対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers together</source>
        <translation>すべてのプロバイダーの合計</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily cap</source>
        <translation>1日の上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>no cap</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Monthly cap</source>
        <translation>1か月の上限</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Applies to</source>
        <translation>適用対象(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily cap (USD)</source>
        <translation>1日の上限（USD）(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly cap (USD)</source>
        <translation>1か月の上限（USD）(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job whose estimate would go over a cap is refused before anything is sent.</source>
        <translation>見積もりが上限を超えるジョブは、何も送信する前に拒否されます。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not an amount; write it like 5 or 12.50.</source>
        <translation>「%1」は金額ではありません。5 や 12.50 のように入力してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The time-stamp authority must be an http:// or https:// address.</source>
        <translation>タイムスタンプ局は http:// または https:// のアドレスである必要があります。</translation>
    </message>
</context>
<context>
    <name>rc::ui::ShotModelPicker</name>
    <message>
        <location filename="../ui/storyboard/ShotModelPicker.cpp" line="+18"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+18"/>
        <source>Default (%1)</source>
        <translation>既定（%1）</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <source>%1 (not offered)</source>
        <translation>%1（提供されていません）</translation>
    </message>
</context>
<context>
    <name>rc::ui::SpendChart</name>
    <message>
        <location filename="../ui/spend/SpendChart.cpp" line="+11"/>
        <source>Spend per day</source>
        <translation>1日ごとの支出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spend in this period</source>
        <translation>この期間の支出はありません</translation>
    </message>
</context>
<context>
    <name>rc::ui::SpendPanel</name>
    <message>
        <location filename="../ui/spend/SpendPanel.cpp" line="+17"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Today: %1</source>
        <translation>今日：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month: %1</source>
        <translation>今月：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 %2 (%n job(s))</source>
        <translation>
            <numerusform>%1 %2（%n 件のジョブ）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing spent this month. The built-in engine is free.</source>
        <translation>今月の支出はありません。内蔵エンジンは無料です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month by provider: %1</source>
        <translation>今月のプロバイダー別：%1</translation>
    </message>
</context>
<context>
    <name>rc::ui::StoryboardPanel</name>
    <message>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+63"/>
        <source>Lesson title</source>
        <translation>レッスンのタイトル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtitle (optional)</source>
        <translation>サブタイトル（任意）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drag the cards to change the order of the shots.</source>
        <translation>カードをドラッグしてショットの順序を変更します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shot</source>
        <translation>ショットを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make again</source>
        <translation>作り直す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected shot again at the next &quot;Make lesson&quot;, even though it was made before.</source>
        <translation>選択したショットを、作成済みでも次の「レッスンを作成」で作り直します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make lesson</source>
        <translation>レッスンを作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The lesson is ready: %1</source>
        <translation>レッスンの準備ができました: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What the shot shows</source>
        <translation>ショットの内容</translation>
    </message>
    <message>
        <location filename="../ui/storyboard/StoryboardLessonControls.cpp" line="+27"/>
        <source>Whole lesson</source>
        <translation>レッスン全体</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made by the built-in engine</source>
        <translation>組み込みエンジンで作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a file</source>
        <translation>ファイルから</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No music file chosen</source>
        <translation>音楽ファイルが選択されていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut</source>
        <translation>カット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossfade</source>
        <translation>クロスフェード</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+5"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Music</source>
        <translation>音楽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Music file</source>
        <translation>音楽ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between shots</source>
        <translation>ショット間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show an “AI-generated” label in the top right corner</source>
        <translation>右上隅に「AI 生成」ラベルを表示</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the music file (Browse… or drop one on the music row).</source>
        <translation>音楽ファイルを選択してください（参照… をクリックするか、音楽の行にドロップしてください）。</translation>
    </message>
    <message>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+2"/>
        <source>Words on screen</source>
        <translation>画面に表示する文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the voice speaks (the shot grows to fit them)</source>
        <translation>音声で読み上げる文字（ショットは長さに合わせて延びます）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue from the previous shot&apos;s last frame</source>
        <translation>前のショットの最終フレームから続ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narration</source>
        <translation>ナレーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photo</source>
        <translation>写真なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: the narration text is spoken</source>
        <translation>なし: ナレーションのテキストが読み上げられます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice-over</source>
        <translation>ナレーション音声</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+52"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Prompt: %1
Caption: %2
Narration: %3
Provider: %4%5</source>
        <translation>プロンプト: %1
キャプション: %2
ナレーション: %3
プロバイダー: %4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Continues from the previous shot</source>
        <translation>
前のショットから続く</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>All shots made</source>
        <translation>すべてのショットを作成済み</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shot(s) to make</source>
        <translation>
            <numerusform>作成するショット: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>無料</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>lesson %1 s</source>
        <translation>レッスン %1 秒</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The lesson was not joined: %1. The shots made are kept.</source>
        <translation>レッスンは結合されませんでした: %1。作成済みのショットは保持されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson…</source>
        <translation>レッスンを結合中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson: %p%</source>
        <translation>レッスンを結合中: %p%</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Making the shots: %p%</source>
        <translation>ショットを作成中: %p%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the shots…</source>
        <translation>ショットを作成中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making the shots: %1 of %2 made…</source>
        <translation>ショットを作成中: %2 件中 %1 件完了…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Lesson</source>
        <translation>レッスンを書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 動画 (*.mp4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1 (with its .srt and .vtt captions).</source>
        <translation>%1 に書き出しました（.srt と .vtt のキャプション付き）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>rc::ui::StudioApp</name>
    <message>
        <location filename="../ui/StudioApp.cpp" line="+54"/>
        <source>Reelcraft studio</source>
        <translation>Reelcraft スタジオ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the profile folder DIR.</source>
        <translation>プロファイルフォルダー DIR を使用します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4 clips to import, or a photo to start from.</source>
        <translation>インポートする MP4 クリップ、または開始点にする写真。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reelcraft cannot start</source>
        <translation>Reelcraft を起動できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile at %1 cannot be opened:

%2</source>
        <translation>%1 のプロファイルを開けません：

%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::StudioStatusBar</name>
    <message>
        <location filename="../ui/StudioStatusBar.cpp" line="+14"/>
        <source>Jobs running</source>
        <translation>実行中のジョブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent today</source>
        <translation>今日の支出</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: %1</source>
        <translation>今日：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No jobs running</source>
        <translation>実行中のジョブはありません</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 件のジョブを実行中</numerusform>
        </translation>
    </message>
</context>
</TS>
