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
    <name>BudgetGuard</name>
    <message>
        <location filename="../app/service/BudgetGuard.cpp" line="+41"/>
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
        <location line="+1"/>
        <source>This job would cost %1, but %2 of the %3 of %4 is already spent. Raise the cap in Settings or choose a cheaper option.</source>
        <translation>このジョブには %1 かかりますが、%3（%4）のうち %2 がすでに使われています。「設定」で上限を引き上げるか、より安いオプションを選んでください。</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../app/core/Catalogue.cpp" line="+278"/>
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
        <location line="+2"/>
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
        <location filename="../app/imports/ClipImporter.cpp" line="+31"/>
        <source>no such file</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a playable video (%1)</source>
        <translation>再生できる動画ではありません（%1）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>could not copy it into %1 (is the disk full?)</source>
        <translation>%1 にコピーできませんでした（ディスクがいっぱいではありませんか？）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported from %1</source>
        <translation>%1 からインポート</translation>
    </message>
</context>
<context>
    <name>GeminiText</name>
    <message>
        <location filename="../app/providers/gemini/GeminiProtocol.cpp" line="+133"/>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by the provider&apos;s safety filter: %1</source>
        <translation>プロバイダーの安全フィルターにより拒否されました：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the quota is used up: %2</source>
        <translation>%1 によるとクォータを使い切りました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the API key: %2</source>
        <translation>%1 が API キーを拒否しました：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 がリクエストを拒否しました：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not make the video: %2</source>
        <translation>%1 は動画を作成できませんでした：%2</translation>
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
        <translation>HTTP %1（API の応答ではありません。ベース URL は正しいですか？）</translation>
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
        <location line="+3"/>
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
        <location line="+38"/>
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
        <location line="+62"/>
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
        <location filename="../app/net/ResultFiles.cpp" line="+30"/>
        <source>The video could not be written to %1.</source>
        <translation>動画を %1 に書き込めませんでした。</translation>
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
</context>
<context>
    <name>RemoteMedia</name>
    <message>
        <location filename="../app/providers/videosapi/RemoteMedia.cpp" line="+27"/>
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
    <name>provider</name>
    <message>
        <location filename="../app/cli/CommandProvider.cpp" line="+46"/>
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
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>「%1」は使用できる名前ではありません。小文字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を使ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--type must be videos-api or gemini.</source>
        <translation>--type は videos-api または gemini にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation>「%1」は内蔵プロバイダーです。別の名前を選んでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--base-url is needed for a videos-api server (e.g. http://127.0.0.1:30000/v1).</source>
        <translation>videos-api サーバーには --base-url が必要です（例：http://127.0.0.1:30000/v1）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option には KEY=VALUE を指定してください。「%1」ではありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--price-per-second takes dollars, like 0.1 or 0.</source>
        <translation>--price-per-second にはドル単位で指定してください（例：0.1 や 0）。</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+2"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2.</source>
        <translation>キー：キーチェーン（reelcraft provider set-key %1）、なければ $%2。</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+4"/>
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
        <location line="+2"/>
        <source>videos-api or gemini.</source>
        <translation>videos-api または gemini。</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>rc::BuiltinProvider</name>
    <message>
        <location filename="../app/providers/builtin/BuiltinProvider.cpp" line="+171"/>
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
    <name>rc::ClipLibrary</name>
    <message>
        <location filename="../app/service/ClipLibrary.cpp" line="+29"/>
        <source>There is no clip %1.</source>
        <translation>クリップ %1 はありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the job before deleting it.</source>
        <translation>削除する前にジョブをキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file %1 could not be moved to the trash.</source>
        <translation>ファイル %1 をゴミ箱に移動できませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history could not be updated.</source>
        <translation>履歴を更新できませんでした。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This deletion can no longer be undone.</source>
        <translation>この削除はもう元に戻せません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 could not be restored.</source>
        <translation>ファイル %1 を復元できませんでした。</translation>
    </message>
</context>
<context>
    <name>rc::GeminiProvider</name>
    <message>
        <location filename="../app/providers/gemini/GeminiProvider.cpp" line="+34"/>
        <source>The photo cannot be used: %1</source>
        <translation>写真を使用できません：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 accepted the request but sent no operation name, so Reelcraft cannot follow it. The job may exist and be billed.</source>
        <translation>%1 はリクエストを受け付けましたが、オペレーション名を返さなかったため、Reelcraft は追跡できません。ジョブが存在し、課金される可能性があります。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server lost this job (%1 no longer knows the operation; results are kept about two days).</source>
        <translation>サーバーがこのジョブを失いました（%1 はこのオペレーションをもう認識していません。結果の保存期間は約2日です）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 がステータス要求に読み取れない内容で応答しました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the provider&apos;s safety filter: %1</source>
        <translation>プロバイダーの安全フィルターにより拒否されました：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 finished the job without a video.</source>
        <translation>%1 はジョブを完了しましたが、動画がありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 rejected the API key: %2</source>
        <translation>%1 が API キーを拒否しました：%2</translation>
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
</context>
<context>
    <name>rc::GenerationService</name>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+59"/>
        <source>The provider &quot;%1&quot; is not available in this build.</source>
        <translation>プロバイダー「%1」はこのビルドでは使用できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot remix clips.</source>
        <translation>%1 はクリップをリミックスできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 does not exist.</source>
        <translation>写真 %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last-frame photo %1 does not exist.</source>
        <translation>最終フレームの写真 %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>free: %1 charges nothing</source>
        <translation>無料：%1 は料金がかかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate: %1 s of %2 at %3</source>
        <translation>見積もり：%2 で %1 秒、%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cancelled before it started</source>
        <translation>開始前にキャンセル</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This job is still running.</source>
        <translation>このジョブはまだ実行中です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>再試行できるのは失敗またはキャンセルしたジョブだけです。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>estimate for a retry</source>
        <translation>再試行の見積もり</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This job cannot be retried.</source>
        <translation>このジョブは再試行できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reelcraft stopped while this clip was being made.</source>
        <translation>このクリップの作成中に Reelcraft が停止しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restarted after an interruption</source>
        <translation>中断後に再開</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reelcraft stopped while sending this job. It may have been created on the server; check your account there before retrying, so you do not pay twice.</source>
        <translation>このジョブの送信中に Reelcraft が停止しました。サーバー上でジョブが作成されている可能性があります。二重に支払わないよう、再試行する前にそちらのアカウントを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reelcraft stopped while this job ran and the provider cannot resume it.</source>
        <translation>このジョブの実行中に Reelcraft が停止し、プロバイダーは再開できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted; the provider cannot resume it</source>
        <translation>中断されました。プロバイダーは再開できません</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The provider &quot;%1&quot; is not available.</source>
        <translation>プロバイダー「%1」は使用できません。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The provider reported success but the video file is missing.</source>
        <translation>プロバイダーは成功を報告しましたが、動画ファイルがありません。</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+19"/>
        <source>retrying after: %1</source>
        <translation>再試行（原因：%1）</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>rc::net::RemoteJobProvider</name>
    <message>
        <location filename="../app/net/RemoteJobProvider.cpp" line="+60"/>
        <source>There is no API key for %1.</source>
        <translation>%1 の API キーがありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with a web page, not an API answer: is the base URL right?</source>
        <translation>%1 が API の応答ではなくウェブページを返しました。ベース URL は正しいですか？</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>There is no API key for %1: add one in Settings.</source>
        <translation>%1 の API キーがありません。「設定」で追加してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no API key for %1: add one in Settings, or set %2.</source>
        <translation>%1 の API キーがありません。「設定」で追加するか、%2 を設定してください。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 did not finish the job within %2; Reelcraft stopped waiting (it may still finish and be billed on the server).</source>
        <translation>%1 は %2以内にジョブを完了しませんでした。Reelcraft は待機を終了しました（サーバー上でまだ完了し、課金される可能性があります）。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipActions</name>
    <message>
        <location filename="../ui/ClipActions.cpp" line="+46"/>
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
        <source>&amp;Export Clip…</source>
        <translation>クリップをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Clip</source>
        <translation>クリップを削除(&amp;D)</translation>
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
        <source>Use this clip&apos;s last frame as the input photo (Ctrl+L)</source>
        <translation>このクリップの最終フレームを入力写真として使います（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The last frame could not be read: %1</source>
        <translation>最終フレームを読み込めませんでした：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no frame decoded</source>
        <translation>フレームをデコードできませんでした</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+9"/>
        <location line="+9"/>
        <source>Delete Clip</source>
        <translation>クリップを削除</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete this clip and its video file?
You can undo this (Ctrl+Z) until you close Reelcraft.</source>
        <translation>このクリップと動画ファイルを削除しますか？
Reelcraft を閉じるまでは元に戻せます（Ctrl+Z）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The clip could not be deleted.</source>
        <translation>クリップを削除できませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip deleted. Press Ctrl+Z to undo.</source>
        <translation>クリップを削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipDetails</name>
    <message>
        <location filename="../ui/gallery/ClipDetails.cpp" line="+17"/>
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
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location line="+2"/>
        <source>free</source>
        <translation>無料</translation>
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
        <translation>エンジンが理解した内容</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+9"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+100"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location filename="../ui/ConsistencyNote.cpp" line="+14"/>
        <source>Library check</source>
        <translation>ライブラリの確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Hide this note</source>
        <translation>このお知らせを隠す</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
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
        <source>&lt;b&gt;Welcome to Reelcraft.&lt;/b&gt; Clips are made by a &lt;i&gt;provider&lt;/i&gt;. The built-in engine is free, works offline and needs no key: it draws your scene with matching sound, good for drafts, lessons and product shots. For photoreal clips, add a cloud provider (a Videos API server or Google Veo) with a key of your own; its price shows on the Generate button before anything is spent.</source>
        <translation>&lt;b&gt;Reelcraft へようこそ。&lt;/b&gt;クリップは&lt;i&gt;プロバイダー&lt;/i&gt;が作成します。内蔵エンジンは無料で、オフラインで動作し、キーも不要です。シーンを描き、合った音を付けるので、下書き、授業、商品ショットに向いています。写真のようにリアルなクリップには、ご自身のキーでクラウドプロバイダー（Videos API サーバーまたは Google Veo）を追加してください。料金は、費用が発生する前に「生成」ボタンに表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../ui/gallery/GalleryDelegate.cpp" line="+72"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryFilterBar</name>
    <message>
        <location filename="../ui/gallery/GalleryFilterBar.cpp" line="+29"/>
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
        <location line="+1"/>
        <source>All providers</source>
        <translation>全プロバイダー</translation>
    </message>
    <message>
        <location line="+4"/>
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
</context>
<context>
    <name>rc::ui::GalleryModel</name>
    <message>
        <location filename="../ui/gallery/GalleryModel.cpp" line="+177"/>
        <source>(photo only)</source>
        <translation>（写真のみ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2 · %3 s · %4 · %5</source>
        <translation>%1
%2 · %3 秒 · %4 · %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clip %1: %2</source>
        <translation>クリップ %1：%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryPanel</name>
    <message>
        <location filename="../ui/gallery/GalleryPanel.cpp" line="+20"/>
        <source>Clips</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location filename="../ui/compose/GenerateButton.cpp" line="+12"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>free</source>
        <translation>無料</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../ui/compose/ImageDropZone.cpp" line="+33"/>
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
Optional: the clip starts from it.</source>
        <translation>写真をドロップ、貼り付け（Ctrl+V）、または参照。
省略可：クリップはこの写真から始まります。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+43"/>
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
        <location filename="../ui/MainWindow.cpp" line="+57"/>
        <source>Reelcraft</source>
        <translation>Reelcraft</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location line="+1"/>
        <source>Ctrl+Enter in the window does the same</source>
        <translation>ウィンドウ内で Ctrl+Enter を押しても同じです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Photo…</source>
        <translation>写真を開く(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste P&amp;hoto</source>
        <translation>写真を貼り付け(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+2"/>
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
        <location line="+27"/>
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
        <location line="+14"/>
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
        <location line="+50"/>
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
        <location filename="../ui/compose/PickerBar.cpp" line="+17"/>
        <source>%1 × %2  ·  %3</source>
        <translation>%1 × %2  ·  %3</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <message>
        <location line="+32"/>
        <source>%1 (retired)</source>
        <translation>%1（提供終了）</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PlanChips</name>
    <message>
        <location filename="../ui/compose/PlanChips.cpp" line="+31"/>
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
        <location line="+12"/>
        <source>What the engine understood</source>
        <translation>エンジンが理解した内容</translation>
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
        <location filename="../ui/player/PlayerControls.cpp" line="+27"/>
        <location line="+58"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location line="-57"/>
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
        <location line="+2"/>
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
        <location line="+38"/>
        <source>Pause</source>
        <translation>一時停止</translation>
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
        <translation>プレーヤー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../ui/queue/QueueRow.cpp" line="+14"/>
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
        <location line="+11"/>
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
        <location line="+8"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress of job %1</source>
        <translation>ジョブ %1 の進行状況</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job %1: %2</source>
        <translation>ジョブ %1：%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+31"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+7"/>
        <source>&amp;Export folder</source>
        <translation>エクスポート先フォルダー(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+15"/>
        <source>%1 (retired)</source>
        <translation>%1（提供終了）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <location line="+11"/>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Key for %1</source>
        <translation>%1 のキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Key…</source>
        <translation>キーを設定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the key for %1</source>
        <translation>%1 のキーを設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key for %1</source>
        <translation>%1 のキーを削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>or set %1 in the environment</source>
        <translation>または環境変数 %1 を設定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the built-in engine is configured; it needs no key.</source>
        <translation>内蔵エンジンだけが設定されています。キーは不要です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Set Key</source>
        <translation>キーを設定</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>API key:</source>
        <translation>API キー：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove Key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+5"/>
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
        <location line="+35"/>
        <source>&quot;%1&quot; is not an amount; write it like 5 or 12.50.</source>
        <translation>「%1」は金額ではありません。5 や 12.50 のように入力してください。</translation>
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
