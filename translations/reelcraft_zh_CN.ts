<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>LGPL-2.1-or-later；使用 x264 时为 GPL-2.0-or-later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>curl licence (MIT-style)</source>
        <translation>curl 许可证（MIT 风格）</translation>
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
        <translation>公有领域</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;Reelcraft %1&lt;/h3&gt;&lt;p&gt;A studio for generated video: the built-in engine offline and free, or the providers you have keys for.&lt;/p&gt;&lt;p&gt;Reelcraft is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;This profile keeps its clips, history, spending and settings in&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;br&gt;and its logs in %5. API keys are in the system keychain, not there.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reelcraft %1&lt;/h3&gt;&lt;p&gt;生成视频的工作室：可离线免费使用内置引擎，也可使用您拥有密钥的提供商。&lt;/p&gt;&lt;p&gt;Reelcraft 是自由软件，采用 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。&lt;/p&gt;&lt;p&gt;构建所用组件：&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;此配置的片段、历史记录、支出和设置保存在&lt;br&gt;&lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;br&gt;日志保存在 %5。API 密钥保存在系统钥匙串中，而不在此处。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Reelcraft</source>
        <translation>关于 Reelcraft</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../app/bootstrap/AppContext.cpp" line="+160"/>
        <source>Providers cannot change while jobs are running; try again when they have finished.</source>
        <translation>有任务正在运行时无法更改提供方；请在任务完成后重试。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not changed because it cannot be read (%2). Fix or remove it first.%3</source>
        <translation>%1 未被更改，因为无法读取它（%2）。请先修复或删除它。%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> A copy is kept in %1.</source>
        <translation> 已在 %1 中保留一份副本。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的服务商配置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a fixed list of models; there is nothing to refresh.</source>
        <translation>%1 的模型列表是固定的，无需刷新。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service no longer lists %1, the models this profile was limited to.</source>
        <translation>服务已不再列出 %1，即此配置所限定的模型。</translation>
    </message>
</context>
<context>
    <name>AudioConvert</name>
    <message>
        <location filename="../app/storyboard/AudioConvert.cpp" line="+36"/>
        <source>cannot convert audio of %1 Hz, %2 channels</source>
        <translation>无法转换 %1 Hz、%2 声道的音频</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../app/batch/CsvReader.cpp" line="+72"/>
        <source>A quote opened on line %1 is never closed.</source>
        <translation>第 %1 行开始的引号没有闭合。</translation>
    </message>
    <message>
        <location filename="../app/batch/ProductPrompt.cpp" line="+12"/>
        <source>The product from the photo on a clean studio table, a slow turntable turn and a gentle push-in, soft studio light with a warm glow, seamless backdrop; keep the product&apos;s exact shape, colours and label, nothing else in frame.</source>
        <translation>照片中的产品置于干净的影棚桌面上，缓慢转台旋转并轻柔推近，柔和的影棚灯光带暖色光晕，无缝背景；保持产品的形状、颜色和标签完全不变，画面中不出现其他任何物体。</translation>
    </message>
</context>
<context>
    <name>BudgetGuard</name>
    <message>
        <location filename="../app/service/BudgetGuard.cpp" line="+61"/>
        <source>daily budget</source>
        <translation>每日预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly budget</source>
        <translation>每月预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily budget for %1</source>
        <translation>%1 的每日预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly budget for %1</source>
        <translation>%1 的每月预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This batch would cost %1 in all</source>
        <translation>此批次总计将花费 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shots still to make would cost %1</source>
        <translation>尚待制作的镜头将花费 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This job would cost %1</source>
        <translation>此任务将花费 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, but %2 of the %3 of %4 is already spent. Raise the cap in Settings or choose a cheaper option.</source>
        <translation>%1，但%3（%4）中已花费 %2。请在“设置”中提高上限，或选择更便宜的选项。</translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <location filename="../app/store/Budgets.cpp" line="+61"/>
        <source>The spending cap could not be stored: %1</source>
        <translation>无法保存支出上限：%1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../app/core/Catalogue.cpp" line="+320"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的提供商。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not offer the model &quot;%2&quot; (it offers %3).</source>
        <translation>%1 不提供模型“%2”（它提供 %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model &quot;%1&quot; is not in the catalogue.</source>
        <translation>模型“%1”不在目录中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a prompt or add a photo.</source>
        <translation>请输入提示词或添加照片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is %1 characters long; %2 takes at most %3.</source>
        <translation>提示词长 %1 个字符；%2 最多接受 %3 个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no tier &quot;%2&quot; (choose %3).</source>
        <translation>%1 没有档位“%2”（请选择 %3）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 makes clips of %2 seconds, not %3.</source>
        <translation>%1 生成的片段时长为 %2 秒，而不是 %3 秒。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 makes %2 clips, not %3.</source>
        <translation>%1 生成 %2 的片段，而不是 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 makes %2 clips only at some durations; %3 seconds is not one of them.</source>
        <translation>%1 只在部分时长下生成 %2 的片段；%3 秒不在其中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot start from a photo.</source>
        <translation>%1 不能从照片开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot take a last frame.</source>
        <translation>%1 不能使用尾帧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not take a negative prompt.</source>
        <translation>%1 不接受反向提示词。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue has no price for %1 at %2.</source>
        <translation>目录中没有 %1 在 %2 下的价格。</translation>
    </message>
</context>
<context>
    <name>ClipImporter</name>
    <message>
        <location filename="../app/imports/ClipImporter.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a video container Reelcraft imports</source>
        <translation>“%1”不是 Reelcraft 可导入的视频容器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video has no picture size</source>
        <translation>该视频没有画面尺寸</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no frame of it could be decoded</source>
        <translation>无法解码其中任何一帧</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>not a playable video (%1)</source>
        <translation>不是可播放的视频（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already in the gallery as clip %1 (the same content); skipped</source>
        <translation>已作为片段 %1 存在于图库中（内容相同）；已跳过</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>could not copy it into %1 (is the disk full?)</source>
        <translation>无法复制到 %1（磁盘已满？）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the history database could not record it</source>
        <translation>历史数据库无法记录它</translation>
    </message>
</context>
<context>
    <name>ClipLabel</name>
    <message>
        <location filename="../app/storyboard/ClipLabel.cpp" line="+43"/>
        <source>drawing the label needs fonts, which this process has not loaded</source>
        <translation>绘制标签需要字体，而此进程尚未加载字体</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the clip&apos;s size %1x%2 cannot be re-encoded (it must be even)</source>
        <translation>片段尺寸 %1x%2 无法重新编码（必须为偶数）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the clip&apos;s sound cannot be read: %1</source>
        <translation>无法读取片段的音频：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the clip has no pictures to label</source>
        <translation>该片段没有可添加标签的画面</translation>
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
        <translation>HTTP %1（不是 API 响应：基础 URL 是否正确？）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 has been retired by %2; choose another model.</source>
        <translation>%1 已被 %2 停用，请选择其他模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 answered %3: %4)</source>
        <translation>%1（%2 返回 %3：%4）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reelcraft uses plain http only for this computer and the local network; use an https address for %1 (%2).</source>
        <translation>Reelcraft 仅在本机和局域网中使用未加密的 http；请为 %1 使用 https 地址（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download from %1 could not be written to disk.</source>
        <translation>来自 %1 的下载内容无法写入磁盘。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>与 %1 的安全连接失败（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an answer too large to read.</source>
        <translation>%1 返回的响应过大，无法读取。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to %1 failed after the request was sent (%2). The job may have been created and may be billed: check the provider&apos;s dashboard before trying again.</source>
        <translation>请求发送后与 %1 的连接失败（%2）。任务可能已创建并会计费：重试前请先查看提供商的控制台。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1 (%2).</source>
        <translation>无法连接到 %1（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 failed (%2).</source>
        <translation>与 %1 的连接失败（%2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 根据其内容政策拒绝了提示词或照片：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the API key (401: %2). Check the key for this provider.</source>
        <translation>%1 拒绝了 API 密钥（401：%2）。请检查此提供商的密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused access (403: %2). The key may lack permission for this model.</source>
        <translation>%1 拒绝访问（403：%2）。该密钥可能没有使用此模型的权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 says the rate limit or quota is used up (%2). Try again later or check the plan.</source>
        <translation>%1 表示速率限制或配额已用完（%2）。请稍后重试，或检查套餐。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 拒绝了请求：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered with an error: %2</source>
        <translation>%1 返回了错误：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not know this address (404: %2). Check the base URL.</source>
        <translation>%1 不认识此地址（404：%2）。请检查基础 URL。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected the request (HTTP %2) to %3. Reelcraft does not send your prompt, photo or key on to another address: check the base URL.</source>
        <translation>%1 将请求重定向（HTTP %2）到 %3。Reelcraft 不会把你的提示词、照片或密钥转发到其他地址：请检查基础 URL。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another address</source>
        <translation>其他地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s gateway failed while creating the job (%2). The job may have been created and may be billed: check the provider&apos;s dashboard before trying again.</source>
        <translation>%1 的网关在创建任务时出错（%2）。任务可能已创建并会计费：重试前请先查看提供商的控制台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had an internal error (%2).</source>
        <translation>%1 发生内部错误（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered unexpectedly: %2</source>
        <translation>%1 返回了意外的响应：%2</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <location filename="../app/core/JobState.cpp" line="+59"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key rejected</source>
        <translation>密钥被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit or quota</source>
        <translation>速率限制或配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by moderation</source>
        <translation>被内容审核拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <location filename="../app/net/KeychainKeyStore.cpp" line="+81"/>
        <location line="+21"/>
        <source>The system keychain did not answer.</source>
        <translation>系统钥匙串没有响应。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The system keychain refused to store the key (%1). Without a keychain, put the key in the provider&apos;s environment variable instead.</source>
        <translation>系统钥匙串拒绝保存密钥（%1）。如果没有钥匙串，请改为将密钥放在该提供商的环境变量中。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The system keychain refused to remove the key: %1</source>
        <translation>系统钥匙串拒绝删除密钥：%1</translation>
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
        <translation>合成课程前，每个镜头都需要有自己的片段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its clip %1 is missing</source>
        <translation>缺少其片段 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the music %1 cannot be read (%2)</source>
        <translation>无法读取音乐 %1（%2）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/storyboard/LessonFrames.cpp" line="+74"/>
        <source>frame %1 belongs to no part</source>
        <translation>第 %1 帧不属于任何部分</translation>
    </message>
    <message>
        <location filename="../app/storyboard/LessonAssembler.cpp" line="+36"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>MadeShots</name>
    <message>
        <location filename="../app/storyboard/MadeShots.cpp" line="+23"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ModelRetirement</name>
    <message>
        <location filename="../app/core/ModelRetirement.cpp" line="+33"/>
        <source>%1 was shut down on %2 on %3; choose another model.</source>
        <translation>%1 已于 %3 在 %2 上停用，请选择其他模型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was shut down on %2 on %3; use %4 instead.</source>
        <translation>%1 已于 %3 在 %2 上停用，请改用 %4。</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../app/storyboard/Narration.cpp" line="+54"/>
        <source>the recording %1 cannot be read (%2)</source>
        <translation>无法读取录音 %1（%2）</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <location filename="../app/desktop/OpenRequest.cpp" line="+60"/>
        <source>%1: Reelcraft opens files on this computer only.</source>
        <translation>%1：Reelcraft 只能打开本机上的文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; open MP4 videos or PNG, JPEG or WebP images.</source>
        <translation>%1 是文件夹；请打开 MP4 视频或 PNG、JPEG、WebP 图片。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be read as an image (%2).</source>
        <translation>无法将 %1 读取为图片（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged or incomplete</source>
        <translation>已损坏或不完整</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2; Reelcraft opens MP4 videos and PNG, JPEG or WebP images.</source>
        <translation>%1 是 %2；Reelcraft 可打开 MP4 视频以及 PNG、JPEG 或 WebP 图片。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is already in the gallery as clip %2; it was not imported again.</source>
        <translation>%1 已作为片段 %2 存在于图库中；未再次导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not used: a clip starts from one photo, and %2 came first.</source>
        <translation>未使用 %1：一个片段只能从一张照片开始，而 %2 排在前面。</translation>
    </message>
</context>
<context>
    <name>ProvenanceService</name>
    <message>
        <location filename="../app/provenance/ProvenanceService.cpp" line="+139"/>
        <source>The clip of job %1</source>
        <translation>任务 %1 的片段</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>no visible label: %1</source>
        <translation>无可见标签：%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no visible label: the program was closing</source>
        <translation>无可见标签：程序正在关闭</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no visible label: the labelled clip could not replace the original</source>
        <translation>无可见标签：已添加标签的片段无法替换原片段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no content credentials: %1</source>
        <translation>无内容凭证：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>content credentials written (the provider&apos;s kept as the parent)</source>
        <translation>已写入内容凭证（服务商的凭证保留为父级）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content credentials written</source>
        <translation>已写入内容凭证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a visible “%1” label added</source>
        <translation>已添加可见的“%1”标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time-stamped by %1</source>
        <translation>已由 %1 加盖时间戳</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed without a time-stamp: %1</source>
        <translation>已签名但未加盖时间戳：%1</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+8"/>
        <source>the program was closing</source>
        <translation>程序正在关闭</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Shot %1</source>
        <translation>镜头 %1</translation>
    </message>
</context>
<context>
    <name>ProviderModels</name>
    <message>
        <location filename="../app/bootstrap/ProviderModels.cpp" line="+43"/>
        <source>%1 providers do not list their models with what each can do.</source>
        <translation>%1 服务商不会列出其模型及各模型的功能。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the service lists no video models</source>
        <translation>该服务未列出任何视频模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the listed models can be used (%1)</source>
        <translation>列出的模型均无法使用（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 未在 %n 秒内响应。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not list the model &quot;%2&quot; (it lists %3).</source>
        <translation>%1 未列出模型“%2”（它列出的是 %3）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lists no video model that can be used.</source>
        <translation>%1 未列出任何可用的视频模型。</translation>
    </message>
</context>
<context>
    <name>ProviderProfiles</name>
    <message>
        <location filename="../app/bootstrap/ProviderProfiles.cpp" line="+56"/>
        <source>A profile being tried stores no key.</source>
        <translation>正在试用的配置不会保存密钥。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot run a job now.</source>
        <translation>该服务器现在无法运行任务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server of the pool can run a job now.</source>
        <translation>服务器池中没有服务器现在能运行任务。</translation>
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
        <translation>ComfyUI（您自己的 GPU）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI-compatible Videos API</source>
        <translation>OpenAI 兼容的 Videos API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in engine</source>
        <translation>内置引擎</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the kind of service.</source>
        <translation>请选择服务类型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the provider a name.</source>
        <translation>请为服务商命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 40).</source>
        <translation>“%1”不是可用的名称：请使用小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;（最多 40 个字符）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A provider named &quot;%1&quot; exists already; choose another name.</source>
        <translation>已存在名为“%1”的服务商；请另选名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation>“%1”是内置服务商；请另选名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give one address: only ComfyUI takes a pool of servers.</source>
        <translation>请只填写一个地址：只有 ComfyUI 支持服务器池。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an address like %2.</source>
        <translation>“%1”不是类似 %2 的地址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the API key (or set %1 in the environment).</source>
        <translation>请输入 API 密钥（或在环境变量中设置 %1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalogue has no fal provider to take the endpoints from.</source>
        <translation>目录中没有可提供端点的 fal 服务商。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not one of the fal endpoints Reelcraft knows how to fill in: %2</source>
        <translation>%1 不是 Reelcraft 能够填写的 fal 端点：%2</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+59"/>
        <source>left out %1</source>
        <translation>已略去 %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>“%1”是内置的，无法移除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的服务商配置。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/engine/Engine.cpp" line="+38"/>
        <source>Write a prompt or choose a photo to animate.</source>
        <translation>请输入提示词，或选择一张照片来制作动画。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size %1x%2 is outside %3..%4 pixels a side.</source>
        <translation>尺寸 %1x%2 超出了每边 %3..%4 像素的范围。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size %1x%2 must have even sides (H.264 4:2:0).</source>
        <translation>尺寸 %1x%2 的边长必须为偶数（H.264 4:2:0）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be 1 to %1 seconds.</source>
        <translation>时长必须为 1 到 %1 秒。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frame rate must be 1 to 60 frames a second.</source>
        <translation>帧率必须为每秒 1 到 60 帧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No output file was given.</source>
        <translation>未指定输出文件。</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+67"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move the clip to %1.</source>
        <translation>无法将片段移动到 %1。</translation>
    </message>
    <message>
        <location filename="../app/media/ImageFit.cpp" line="+53"/>
        <source>The photo %1 does not exist.</source>
        <translation>照片 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 cannot be read.</source>
        <translation>无法读取照片 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo %1 is empty.</source>
        <translation>照片 %1 是空的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an image this program can read.</source>
        <translation>%1 不是本程序可读取的图片。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo %1 is damaged: it has no readable size.</source>
        <translation>照片 %1 已损坏：无法读取其尺寸。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo %1 is %2x%3 pixels; the largest side accepted is %4 pixels.</source>
        <translation>照片 %1 为 %2x%3 像素；允许的最长边为 %4 像素。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The photo %1 is damaged: %2</source>
        <translation>照片 %1 已损坏：%2</translation>
    </message>
</context>
<context>
    <name>RemoteJobProvider</name>
    <message>
        <location filename="../app/providers/remote/ResultFiles.cpp" line="+33"/>
        <source>The video from %1 could not be read: %2.</source>
        <translation>无法读取来自 %1 的视频：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not decode</source>
        <translation>无法解码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file from %1 is not a playable video: %2.</source>
        <translation>来自 %1 的文件不是可播放的视频：%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The video could not be moved into place at %1.</source>
        <translation>无法将视频移动到 %1。</translation>
    </message>
    <message>
        <location filename="../app/providers/remote/InlineVideo.cpp" line="+35"/>
        <source>an unexpected escape in the video text</source>
        <translation>视频文本中有意外的转义符</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a broken escape in the video text</source>
        <translation>视频文本中有损坏的转义符</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>a character that is not base64 in the video text</source>
        <translation>视频文本中有非 base64 字符</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the video text ends inside an escape</source>
        <translation>视频文本在转义符中途结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video text has a stray character at its end</source>
        <translation>视频文本末尾有多余字符</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the video text is not valid base64</source>
        <translation>视频文本不是有效的 base64</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>the video could not be written: %1</source>
        <translation>无法写入视频：%1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>the video could not be written to %1: %2</source>
        <translation>无法将视频写入 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the answer holding the video cannot be read: %1</source>
        <translation>无法读取包含视频的响应：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer holding the video ended early</source>
        <translation>包含视频的响应提前结束</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the video is empty</source>
        <translation>视频为空</translation>
    </message>
</context>
<context>
    <name>RemoteMedia</name>
    <message>
        <location filename="../app/providers/remote/RemoteMedia.cpp" line="+27"/>
        <source>The fitted photo could not be written.</source>
        <translation>无法写入适配后的照片。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The photo %1 does not exist.</source>
        <translation>照片 %1 不存在。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The fitted photo could not be saved in %1.</source>
        <translation>无法将适配后的照片保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ShotFrames</name>
    <message>
        <location filename="../app/storyboard/ShotFrames.cpp" line="+14"/>
        <source>%1 has no picture to show</source>
        <translation>%1 没有可显示的画面</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../app/storyboard/Speech.cpp" line="+34"/>
        <source>the speech synthesizer (espeak-ng) could not start; is espeak-ng-data installed?</source>
        <translation>语音合成器（espeak-ng）无法启动；是否已安装 espeak-ng-data？</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>there is no voice for the language &quot;%1&quot;</source>
        <translation>没有适用于语言“%1”的语音</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the speech synthesizer refused the text</source>
        <translation>语音合成器拒绝了该文本</translation>
    </message>
</context>
<context>
    <name>Storyboard</name>
    <message>
        <location filename="../app/storyboard/ShotRequest.cpp" line="+77"/>
        <source>there is no provider named &quot;%1&quot;</source>
        <translation>没有名为“%1”的服务商</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not offer the model &quot;%2&quot;</source>
        <translation>%1 不提供模型“%2”</translation>
    </message>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+154"/>
        <source>shot %1</source>
        <translation>镜头 %1</translation>
    </message>
</context>
<context>
    <name>Subtitles</name>
    <message>
        <location filename="../app/storyboard/Subtitles.cpp" line="+53"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../app/net/UrlPolicy.cpp" line="+39"/>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>“%1”不是有效的网址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only http and https addresses can be used, not &quot;%1&quot;.</source>
        <translation>只能使用 http 和 https 地址，不能使用“%1”。</translation>
    </message>
</context>
<context>
    <name>comfyui</name>
    <message>
        <location filename="../app/providers/comfyui/ComfyProtocol.cpp" line="+105"/>
        <source>%1 does not have the node &quot;%2&quot;: install the custom node that provides it (ComfyUI Manager can), then restart the server.</source>
        <translation>%1 缺少节点“%2”：请安装提供该节点的自定义节点（可使用 ComfyUI Manager），然后重启服务器。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not have the model file &quot;%2&quot; (%3 looks for it in %4): download it there, then try again.</source>
        <translation>%1 缺少模型文件“%2”（%3 会在 %4 中查找）：请将其下载到该位置，然后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not find the uploaded photo: %2</source>
        <translation>%1 找不到已上传的照片：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the workflow: %2 (node %3, %4).</source>
        <translation>%1 拒绝了该工作流：%2（节点 %3，%4）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refused the workflow: %2</source>
        <translation>%1 拒绝了该工作流：%2</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>%1 lacks the node(s) %2 (install the custom nodes that provide them)</source>
        <translation>%1 缺少节点 %2（请安装提供这些节点的自定义节点）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lacks the model file %2 (put it in %3)</source>
        <translation>%1 缺少模型文件 %2（请将其放入 %3）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 ran out of GPU memory%2: choose a smaller size or a shorter clip, or close other work on that GPU.</source>
        <translation>%1 的 GPU 显存不足%2：请选择更小的尺寸或更短的片段，或关闭该 GPU 上的其他任务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in %1</source>
        <translation>（在 %1 中）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed while running the workflow: %2</source>
        <translation>%1 在运行工作流时失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed in %2: %3</source>
        <translation>%1 在 %2 中失败：%3</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyServers.cpp" line="+96"/>
        <source>The workflow %1 cannot be read: %2</source>
        <translation>无法读取工作流 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no ComfyUI workflow for the model &quot;%1&quot;.</source>
        <translation>没有适用于模型“%1”的 ComfyUI 工作流。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workflow for %1 takes no photo.</source>
        <translation>%1 的工作流不接受照片。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workflow for %1 needs a photo.</source>
        <translation>%1 的工作流需要一张照片。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workflow for %1 has no LoadImage node or {{image}} placeholder for the photo.</source>
        <translation>%1 的工作流中没有用于照片的 LoadImage 节点或 {{image}} 占位符。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 does not answer (%2)</source>
        <translation>%1 无响应（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the key (HTTP %2)</source>
        <translation>%1 拒绝了该密钥（HTTP %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not answer like ComfyUI (HTTP %2)</source>
        <translation>%1 的响应不像 ComfyUI（HTTP %2）</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No ComfyUI server is configured.</source>
        <translation>未配置 ComfyUI 服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ComfyUI server answered: %1.</source>
        <translation>没有 ComfyUI 服务器响应：%1。</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyWorkflow.cpp" line="+95"/>
        <source>The workflow is not JSON (%1 at byte %2).</source>
        <translation>该工作流不是 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is ComfyUI&apos;s editor format; save the workflow with &quot;Export (API)&quot; instead.</source>
        <translation>这是 ComfyUI 的编辑器格式；请改用“Export (API)”保存工作流。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workflow has no nodes.</source>
        <translation>该工作流没有任何节点。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node %1 of the workflow has no class_type or inputs: is it an API-format graph?</source>
        <translation>工作流的节点 %1 没有 class_type 或 inputs：它是 API 格式的图吗？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workflow saves no video (no SaveVideo, VHS_VideoCombine or SaveAnimatedWEBP node).</source>
        <translation>该工作流不保存视频（没有 SaveVideo、VHS_VideoCombine 或 SaveAnimatedWEBP 节点）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workflow has no place for the prompt: put &quot;{{prompt}}&quot; in the positive text.</source>
        <translation>该工作流中没有放置提示词的位置：请在正向文本中加入“{{prompt}}”。</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfySurveySummary.cpp" line="+17"/>
        <source>%1: down: %2</source>
        <translation>%1：离线：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown device</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 job queued</source>
        <translation>1 个任务排队中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs queued</source>
        <translation>%1 个任务排队中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ComfyUI %2, %3, %4 GiB of %5 GiB VRAM free, %6</source>
        <translation>%1：ComfyUI %2，%3，可用显存 %4 GiB / %5 GiB，%6</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (photo)</source>
        <translation>%1（照片）</translation>
    </message>
</context>
<context>
    <name>provider</name>
    <message>
        <location filename="../app/cli/CommandProvider.cpp" line="+54"/>
        <source>%1 is not a remote provider.</source>
        <translation>%1 不是远程提供商。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 did not answer within two minutes.</source>
        <translation>%1 在两分钟内没有响应。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="+62"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--price-per-second does not apply to fal: each endpoint&apos;s price is in the catalogue, since fal reports no cost.</source>
        <translation>--price-per-second 不适用于 fal：每个端点的价格在目录中设定，因为 fal 不报告费用。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Added %1 (%2) at %3 with %n endpoint(s):</source>
        <translation>
            <numerusform>已在 %3 添加 %1（%2），含 %n 个端点：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2. Check it with: reelcraft provider test %1</source>
        <translation>密钥：钥匙串（reelcraft provider set-key %1），否则使用 $%2。检查方法：reelcraft provider test %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a usable name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>“%1”不是可用的名称：请使用小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--type must be videos-api, gemini, comfyui, openrouter or fal.</source>
        <translation>--type 必须是 videos-api、gemini、comfyui、openrouter 或 fal。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a built-in provider; choose another name.</source>
        <translation>“%1”是内置提供商；请换一个名称。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--base-url is needed for a videos-api server (e.g. http://127.0.0.1:30000/v1).</source>
        <translation>videos-api 服务器需要 --base-url（例如 http://127.0.0.1:30000/v1）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option 需要 KEY=VALUE 形式，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--price-per-second takes dollars, like 0.1 or 0.</source>
        <translation>--price-per-second 以美元为单位，例如 0.1 或 0。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No --model given, and the server&apos;s model list could not be read: %1</source>
        <translation>未指定 --model，且无法读取服务器的模型列表：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty</source>
        <translation>列表为空</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>note: %1 is priced at $0 per second; set --price-per-second if the server bills.</source>
        <translation>注意：%1 的价格为每秒 0 美元；如果服务器收费，请设置 --price-per-second。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 (%2) at %3 with %4.</source>
        <translation>已添加 %1（%2），地址 %3，模型 %4。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>videos-api, gemini, comfyui, openrouter or fal.</source>
        <translation>videos-api、gemini、comfyui、openrouter 或 fal。</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+119"/>
        <source>Key: the keychain (reelcraft provider set-key %1), else $%2.</source>
        <translation>密钥：钥匙串（reelcraft provider set-key %1），否则为 $%2。</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>--price-per-second does not apply to %1: the service&apos;s list gives each model&apos;s price, and the charge is what it bills.</source>
        <translation>--price-per-second 不适用于 %1：该服务的列表给出了每个模型的价格，费用以其实际计费为准。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model list at %1 could not be read: %2</source>
        <translation>无法读取 %1 处的模型列表：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Added %1 (%2) at %3 with %n model(s):</source>
        <translation>
            <numerusform>已在 %3 添加 %1（%2），含 %n 个模型：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note: left out %1</source>
        <translation>注意：已略过 %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  (built in)</source>
        <translation>  （内置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (shut down %1)</source>
        <translation>  （已于 %1 关闭）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no remote provider named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的远程提供商。</translation>
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
            <numerusform>%1 在 %2 响应，提供 %n 个模型：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (in this profile)</source>
        <translation>  （在此配置中）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: the profile&apos;s model %1 is not on the server&apos;s list.</source>
        <translation>警告：配置中的模型 %1 不在服务器的列表中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>“%1”是内置的，无法删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的提供商配置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的提供商。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the key on standard input.</source>
        <translation>请通过标准输入提供密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored the key %1 for %2 in the keychain.</source>
        <translation>已将 %2 的密钥 %1 保存到钥匙串。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add, list, test, remove or set-key</source>
        <translation>add、list、test、remove 或 set-key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profile&apos;s name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API&apos;s base URL, e.g. http://127.0.0.1:30000/v1.</source>
        <translation>API 的基础 URL，例如 http://127.0.0.1:30000/v1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An environment variable that may hold the key.</source>
        <translation>可能存放密钥的环境变量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model id the server serves (repeatable; default: the server&apos;s list).</source>
        <translation>服务器提供的模型 ID（可重复；默认：服务器的列表）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the server bills per second of video, in dollars.</source>
        <translation>服务器对每秒视频收取的费用，以美元计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A provider option, e.g. pollMinMs=500 (repeatable).</source>
        <translation>提供商选项，例如 pollMinMs=500（可重复）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comfyui: your own API-format workflow (repeatable; {{prompt}}, {{seed}}, {{width}}, {{height}}, {{length}}, {{image}} mark where values go).</source>
        <translation>comfyui：你自己的 API 格式工作流（可重复；{{prompt}}、{{seed}}、{{width}}、{{height}}、{{length}}、{{image}} 标记填入值的位置）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comfyui: what a rented GPU costs per second, in dollars.</source>
        <translation>comfyui：租用 GPU 每秒的费用（美元）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: print JSON.</source>
        <translation>list：输出 JSON。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: reelcraft %1</source>
        <translation>用法：reelcraft %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown action &quot;%1&quot;: use add, list, test, remove or set-key.</source>
        <translation>未知操作“%1”：请使用 add、list、test、remove 或 set-key。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandProviderComfy.cpp" line="-6"/>
        <source>Cannot read the workflow %1: %2</source>
        <translation>无法读取工作流 %1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot keep a copy of the workflow in %1: %2</source>
        <translation>无法在 %1 中保留工作流副本：%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--base-url is needed for a ComfyUI server (e.g. http://127.0.0.1:8188); repeat it for each server of a pool.</source>
        <translation>ComfyUI 服务器需要 --base-url（例如 http://127.0.0.1:8188）；服务器池中的每台服务器都需重复指定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a server address like http://127.0.0.1:8188.</source>
        <translation>“%1”不是类似 http://127.0.0.1:8188 的服务器地址。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--price-per-gpu-second takes dollars, like 0.0004.</source>
        <translation>--price-per-gpu-second 以美元为单位，例如 0.0004。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a shipped ComfyUI template (%2); add your own with --workflow FILE.json.</source>
        <translation>“%1”不是内置的 ComfyUI 模板（%2）；请用 --workflow FILE.json 添加你自己的工作流。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added %1 (ComfyUI) with %3 server: %2</source>
        <translation>已添加 %1（ComfyUI），含 %3 台服务器：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 (ComfyUI) with %3 servers: %2</source>
        <translation>已添加 %1（ComfyUI），含 %3 台服务器：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models: %1. Check the servers with: reelcraft provider test %2</source>
        <translation>模型：%1。可用以下命令检查服务器：reelcraft provider test %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The servers of %1 did not answer within three minutes.</source>
        <translation>%1 的服务器在三分钟内未响应。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: ready</source>
        <translation>%1：就绪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: not ready: %2</source>
        <translation>%1：未就绪：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(its node list could not be read, so nodes and model files were not checked)</source>
        <translation>（无法读取其节点列表，因此未检查节点和模型文件）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server of %1 can run a job now.</source>
        <translation>%1 中目前没有服务器可以运行任务。</translation>
    </message>
</context>
<context>
    <name>rc::BuiltinProvider</name>
    <message>
        <location filename="../app/providers/builtin/BuiltinProvider.cpp" line="+192"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The built-in engine crashed while making this clip. The studio is fine; try again, or try another seed.</source>
        <translation>内置引擎在生成此片段时崩溃。工作室本身没有问题；请重试，或换一个种子。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in engine stopped with code %1 without finishing the clip.</source>
        <translation>内置引擎以代码 %1 退出，片段未完成。</translation>
    </message>
</context>
<context>
    <name>rc::ClipExporter</name>
    <message>
        <location filename="../app/service/ClipExporter.cpp" line="+52"/>
        <source>clip %1</source>
        <translation>片段 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No clip is selected.</source>
        <translation>未选择任何片段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 could not be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reelcraft cannot write in %1: %2</source>
        <translation>Reelcraft 无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Clip %1: %2</source>
        <translation>片段 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a finished clip</source>
        <translation>它不是已完成的片段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its video file is missing (%1)</source>
        <translation>其视频文件缺失（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it could not be copied to %1 (is the disk full?)</source>
        <translation>无法复制到 %1（磁盘是否已满？）</translation>
    </message>
</context>
<context>
    <name>rc::ClipLibrary</name>
    <message>
        <location filename="../app/service/ClipLibrary.cpp" line="+92"/>
        <source>There is no clip %1.</source>
        <translation>没有片段 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the job before deleting it.</source>
        <translation>请先取消任务再删除。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 could not be moved to the trash.</source>
        <translation>无法将文件 %1 移到回收站。</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+16"/>
        <location line="+38"/>
        <location line="+30"/>
        <location line="+127"/>
        <source>The history could not be updated: %1</source>
        <translation>无法更新历史记录：%1</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+52"/>
        <location line="+65"/>
        <source>This deletion can no longer be undone.</source>
        <translation>此次删除已无法撤销。</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The file %1 could not be restored.</source>
        <translation>无法恢复文件 %1。</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+32"/>
        <source>Clip %1: %2</source>
        <translation>片段 %1：%2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A tag needs some text.</source>
        <translation>标签不能为空。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The history database could not store the project: %1</source>
        <translation>历史数据库无法保存该项目：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history database could not rename the project: %1</source>
        <translation>历史数据库无法重命名该项目：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The history database could not remove the project: %1</source>
        <translation>历史数据库无法移除该项目：%1</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+25"/>
        <source>A project needs a name.</source>
        <translation>项目需要一个名称。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The clips could not be added to &quot;%1&quot;.</source>
        <translation>无法将片段添加到“%1”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is already a project named &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的项目。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>There is no project named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的项目。</translation>
    </message>
</context>
<context>
    <name>rc::FalProvider</name>
    <message>
        <location filename="../app/providers/fal/FalProvider.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a fal endpoint id (owner/app/...).</source>
        <translation>“%1”不是 fal 端点 ID（owner/app/...）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fal endpoint %1 makes video from text only: remove the photo or pick an image-to-video endpoint.</source>
        <translation>fal 端点 %1 仅根据文本生成视频：请移除照片，或选择图生视频端点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fal endpoint %1 makes video from a photo: add one.</source>
        <translation>fal 端点 %1 根据照片生成视频：请添加一张照片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no last frame.</source>
        <translation>fal 端点 %1 不接受末帧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 does not offer the size %2.</source>
        <translation>fal 端点 %1 不提供尺寸 %2。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The photo cannot be used: %1</source>
        <translation>无法使用该照片：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last frame cannot be used: %1</source>
        <translation>无法使用该末帧：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 accepted the request but sent no request id, so Reelcraft cannot follow it. The job may exist and be billed: check fal&apos;s dashboard.</source>
        <translation>%1 已接受请求，但未返回请求 ID，Reelcraft 无法跟踪。该任务可能已存在并已计费：请查看 fal 的控制台。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 no longer knows this request; nothing can be fetched.</source>
        <translation>%1 已不再识别此请求；无法获取任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in queue, position %1</source>
        <translation>排队中，第 %1 位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in queue</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The job&apos;s fal request id (%1) cannot be read.</source>
        <translation>无法读取该任务的 fal 请求 ID（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 对状态请求返回了无法读取的内容。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 finished the job but its result names no video.</source>
        <translation>%1 已完成任务，但其结果中没有视频。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 根据其内容政策拒绝了该提示词或照片：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the %2 for %3: %4</source>
        <translation>%1 拒绝了 %3 的%2：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the input field &quot;%2&quot; for %3: %4</source>
        <translation>%1 拒绝了 %3 的输入字段“%2”：%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the request for %2: %3</source>
        <translation>%1 拒绝了 %2 的请求：%3</translation>
    </message>
</context>
<context>
    <name>rc::GeminiProvider</name>
    <message>
        <location filename="../app/providers/gemini/GeminiProvider.cpp" line="+83"/>
        <source>The photo cannot be used: %1</source>
        <translation>无法使用该照片：%1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 对状态查询返回了无法读取的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Google no longer serves %1 on the Gemini API.</source>
        <translation>Google 已不再在 Gemini API 上提供 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google shut %1 down on the Gemini API on %2.</source>
        <translation>Google 已于 %2 在 Gemini API 上停用 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use %1 instead.</source>
        <translation>请改用 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An edit changes the earlier clip; it takes no new photo.</source>
        <translation>编辑会修改之前的片段；不接受新照片。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 accepted the request but sent no interaction id, so Reelcraft cannot follow it. The clip may still be made and billed.</source>
        <translation>%1 接受了请求，但未返回 interaction id，因此 Reelcraft 无法跟踪它。该片段仍可能被生成并计费。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 no longer knows this clip&apos;s interaction; nothing can be fetched.</source>
        <translation>%1 已找不到此片段的 interaction；无法获取任何内容。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clip was cancelled on %1.</source>
        <translation>该片段已在 %1 上取消。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stopped the clip: the key&apos;s budget is used up.</source>
        <translation>%1 停止了该片段：密钥的预算已用完。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped the clip before it was done (%2): %3</source>
        <translation>%1 在片段完成前停止了它（%2）：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+91"/>
        <source>%1&apos;s safety filters refused the prompt or photo: %2</source>
        <translation>%1 的安全过滤器拒绝了提示词或照片：%2</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 could not make the clip: %2</source>
        <translation>%1 无法生成该片段：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s safety filters refused the clip: %2</source>
        <translation>%1 的安全过滤器拒绝了该片段：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 finished the clip without a video.</source>
        <translation>%1 已完成该片段，但没有视频。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 put the video at another address (%2); Reelcraft does not send the key there.</source>
        <translation>%1 将视频放在了其他地址（%2）；Reelcraft 不会把密钥发送到那里。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 could not prepare the video file.</source>
        <translation>%1 无法准备视频文件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 rejected the API key: %2</source>
        <translation>%1 拒绝了 API 密钥：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the key: %2</source>
        <translation>%1 拒绝了该密钥：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the quota or rate limit is used up: %2. Try again later or check the key&apos;s plan.</source>
        <translation>%1 表示配额或速率限制已用完：%2。请稍后重试，或检查该密钥的套餐。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP 429</source>
        <translation>HTTP 429</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says the model is retired (%2). Use %3 instead.</source>
        <translation>%1 表示该模型已停用（%2）。请改用 %3。</translation>
    </message>
</context>
<context>
    <name>rc::GenerationService</name>
    <message>
        <location filename="../app/service/GenerationSubmit.cpp" line="+75"/>
        <source>The provider &quot;%1&quot; is not available in this build.</source>
        <translation>此版本不提供提供商“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs an API key: add one in Settings, or set %2.</source>
        <translation>%1 需要 API 密钥：请在设置中添加，或设置 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs an API key: add one in Settings.</source>
        <translation>%1 需要 API 密钥：请在设置中添加。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 cannot remix clips.</source>
        <translation>%1 无法重混片段。</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationFinishing.cpp" line="+18"/>
        <source>finishing the clip…</source>
        <translation>正在完成片段…</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationSubmit.cpp" line="+2"/>
        <source>The photo %1 does not exist.</source>
        <translation>照片 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last-frame photo %1 does not exist.</source>
        <translation>尾帧照片 %1 不存在。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>free: %1 charges nothing</source>
        <translation>免费：%1 不收费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate: %1 s of %2 at %3</source>
        <translation>估算：%1 秒 %2，使用 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job could not be saved (%1); nothing was sent.</source>
        <translation>无法保存任务（%1）；未发送任何内容。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The job could not be saved: %1. Nothing was sent.</source>
        <translation>无法保存该任务：%1。未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+118"/>
        <source>cancelled before it started</source>
        <translation>开始前已取消</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This job is still running.</source>
        <translation>此任务仍在运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>只有失败或已取消的任务才能重试。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>estimate for a retry</source>
        <translation>重试估算</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This job cannot be retried.</source>
        <translation>此任务无法重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The retry could not be saved (%1); nothing was sent.</source>
        <translation>无法保存重试（%1）；未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationResume.cpp" line="+32"/>
        <source>could not be written to the history database: %1</source>
        <translation>无法写入历史数据库：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>queued again</source>
        <translation>已重新排队</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>picked up again on %1 (%2)</source>
        <translation>已在 %1 上重新接续（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reelcraft stopped while this clip was being made.</source>
        <translation>生成此片段时 Reelcraft 已停止。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restarted after an interruption</source>
        <translation>中断后已重新开始</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>made again from the start</source>
        <translation>已从头重新生成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reelcraft stopped before this job&apos;s request was sent; nothing was sent or charged.</source>
        <translation>Reelcraft 在发送此任务的请求之前已停止；未发送任何内容，也未产生费用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never sent: stopped before the request left</source>
        <translation>从未发送：请求发出前已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never reached the server; its estimate was released</source>
        <translation>从未到达服务器；其估算费用已释放</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reelcraft stopped while sending this job. It may have been created on the server; check your account there before retrying, so you do not pay twice.</source>
        <translation>Reelcraft 在发送此任务时停止。任务可能已在服务器上创建；重试前请先检查您在该服务上的账户，以免重复付费。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>may have been created on %1 (its estimate stays held). Look for it with `reelcraft remote %1`, then `reelcraft resume --attach %2 REMOTE-ID` to finish it, or `reelcraft resume --release %2` if it is not there.</source>
        <translation>可能已在 %1 上创建（其估算费用仍被占用）。请用 `reelcraft remote %1` 查找，然后用 `reelcraft resume --attach %2 REMOTE-ID` 完成它；如果找不到，请用 `reelcraft resume --release %2`。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reelcraft stopped while this job ran and the provider cannot resume it.</source>
        <translation>此任务运行时 Reelcraft 已停止，且提供商无法恢复该任务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted; the provider cannot resume it</source>
        <translation>已中断；提供商无法恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be resumed: %1 cannot pick up a job it was running</source>
        <translation>无法继续：%1 无法接续它之前正在运行的任务</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+89"/>
        <source>The provider &quot;%1&quot; is not available.</source>
        <translation>提供商“%1”不可用。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The history database could not be written: %1</source>
        <translation>无法写入历史数据库：%1</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationFinishing.cpp" line="+10"/>
        <source>The provider reported success but the video file is missing.</source>
        <translation>提供商报告成功，但视频文件缺失。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final: the provider&apos;s reported cost</source>
        <translation>最终：提供商报告的费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final: free</source>
        <translation>最终：免费</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final: as estimated</source>
        <translation>最终：与估算相同</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the clip could not be finished: %1</source>
        <translation>无法完成该片段：%1</translation>
    </message>
    <message>
        <location filename="../app/service/GenerationService.cpp" line="+117"/>
        <source>paused (%1): %2</source>
        <translation>已暂停（%1）：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>retrying after: %1</source>
        <translation>重试原因：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>rc::OpenRouterProvider</name>
    <message>
        <location filename="../app/providers/openrouter/OpenRouterProvider.cpp" line="+73"/>
        <source>The photo cannot be used: %1</source>
        <translation>无法使用该照片：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last frame cannot be used: %1</source>
        <translation>无法使用最后一帧：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 accepted the request but sent no job id, so Reelcraft cannot follow it. The job may exist and be billed: check the provider&apos;s dashboard.</source>
        <translation>%1 接受了请求，但未返回任务 ID，因此 Reelcraft 无法跟踪。该任务可能已存在并产生费用：请查看服务商的控制台。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 对状态请求的响应无法读取。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 依据其内容政策拒绝了该提示词或照片：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not make the video and gave no reason.</source>
        <translation>%1 无法生成视频，且未给出原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not make the video: %2</source>
        <translation>%1 无法生成视频：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job was cancelled on %1.</source>
        <translation>任务已在 %1 上取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer holds the video (it expired before it was downloaded).</source>
        <translation>%1 已不再保存该视频（视频在下载前已过期）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported an unknown job status &quot;%2&quot;.</source>
        <translation>%1 报告了未知的任务状态“%2”。</translation>
    </message>
</context>
<context>
    <name>rc::VideosApiProvider</name>
    <message>
        <location filename="../app/providers/videosapi/VideosApiProvider.cpp" line="+25"/>
        <source>OpenAI shut this service down on %1; choose another provider.</source>
        <translation>OpenAI 已于 %1 关闭此服务；请选择其他提供商。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The photo cannot be used: %1</source>
        <translation>无法使用该照片：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 accepted the request but sent no job id, so Reelcraft cannot follow it. The job may exist and be billed: check the provider&apos;s dashboard.</source>
        <translation>%1 接受了请求，但没有返回任务 ID，因此 Reelcraft 无法跟踪它。该任务可能已存在并会计费：请查看提供商的控制台。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server lost this job (%1 no longer knows it, perhaps after a restart); nothing can be fetched.</source>
        <translation>服务器丢失了此任务（%1 已不认识它，可能是重启所致）；无法获取任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered a status request with something unreadable.</source>
        <translation>%1 对状态查询返回了无法读取的内容。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 refused the prompt or photo under its content policy: %2</source>
        <translation>%1 根据其内容政策拒绝了提示词或照片：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job was cancelled or deleted on %1.</source>
        <translation>该任务已在 %1 上被取消或删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not make the video and gave no reason.</source>
        <translation>%1 无法生成视频，且未说明原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not make the video: %2</source>
        <translation>%1 无法生成视频：%2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 does not support %2.</source>
        <translation>%1 不支持%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not support listing jobs.</source>
        <translation>%1 不支持列出任务。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listing jobs</source>
        <translation>列出任务</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not support deleting jobs.</source>
        <translation>%1 不支持删除任务。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>deleting jobs</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+194"/>
        <source>%1 does not support remix.</source>
        <translation>%1 不支持重混。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remix</source>
        <translation>重混</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent no id for the remix.</source>
        <translation>%1 没有返回重混的 ID。</translation>
    </message>
</context>
<context>
    <name>rc::batch</name>
    <message>
        <location filename="../app/batch/BatchPlan.cpp" line="+26"/>
        <source>the sku is empty</source>
        <translation>sku 为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sku &quot;%1&quot; cannot name a file</source>
        <translation>sku“%1”不能用作文件名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sku &quot;%1&quot; has a character a file name cannot have (/ \ : * ? &quot; &lt; &gt; |)</source>
        <translation>sku“%1”包含文件名中不允许的字符（/ \ : * ? &quot; &lt; &gt; |）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sku &quot;%1&quot; is longer than 120 characters</source>
        <translation>sku“%1”超过 120 个字符</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no provider named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的服务商。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not offer the model &quot;%2&quot; (it offers %3).</source>
        <translation>%1 不提供模型“%2”（可用：%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no preset &quot;%1&quot; (choose %2).</source>
        <translation>没有预设“%1”（请选择 %2）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the sku &quot;%1&quot; is already used by row %2</source>
        <translation>sku“%1”已被第 %2 行使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no photo is given</source>
        <translation>未提供照片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the photo %1 cannot be used: %2</source>
        <translation>无法使用照片 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>seconds &quot;%1&quot; is not a whole number of seconds</source>
        <translation>seconds“%1”不是整数秒</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>size &quot;%1&quot; is not WIDTHxHEIGHT such as 1280x720</source>
        <translation>size“%1”不是 WIDTHxHEIGHT 格式，例如 1280x720</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no preset &quot;%1&quot; (choose %2)</source>
        <translation>没有预设“%1”（请选择 %2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 offers no size at %2 seconds</source>
        <translation>%1 在 %2 秒时不提供任何尺寸</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no sku</source>
        <translation>无 sku</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nothing to make: no products were found.</source>
        <translation>没有可生成的内容：未找到任何产品。</translation>
    </message>
    <message>
        <location filename="../app/batch/BatchSource.cpp" line="+49"/>
        <source>The sheet %1 cannot be read.</source>
        <translation>无法读取表格 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 is larger than 16 MB; is it really a CSV product list?</source>
        <translation>表格 %1 大于 16 MB；它真的是 CSV 产品列表吗？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sheet %1 is not valid CSV: %2</source>
        <translation>表格 %1 不是有效的 CSV：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet %1 is empty.</source>
        <translation>表格 %1 为空。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row 1 of %1 must name the columns; &quot;sku&quot; and &quot;photo&quot; are required (&quot;prompt&quot;, &quot;seconds&quot;, &quot;size&quot; and &quot;preset&quot; are optional).</source>
        <translation>%1 的第 1 行必须是列名；&quot;sku&quot; 和 &quot;photo&quot; 为必填列（&quot;prompt&quot;、&quot;seconds&quot;、&quot;size&quot; 和 &quot;preset&quot; 为可选列）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The sheet %1 has a header but no products.</source>
        <translation>表格 %1 有表头，但没有产品。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 cannot be read.</source>
        <translation>无法读取文件夹 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 has no photos.</source>
        <translation>文件夹 %1 中没有照片。</translation>
    </message>
    <message>
        <location filename="../app/batch/ClipDelivery.cpp" line="+68"/>
        <source>the clip %1 has no pictures to crop</source>
        <translation>片段 %1 没有可裁剪的画面</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write beside %1: %2</source>
        <translation>无法在 %1 旁边写入：%2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the clip %1 cannot be read: %2</source>
        <translation>无法读取片段 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
</context>
<context>
    <name>rc::batch::BatchRunner</name>
    <message>
        <location filename="../app/batch/BatchRunner.cpp" line="+96"/>
        <source>The output folder %1 cannot be created or written.</source>
        <translation>无法创建或写入输出文件夹 %1。</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+18"/>
        <source>The job of an earlier run is gone from the history.</source>
        <translation>之前运行的任务已不在历史记录中。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The clip was made (job %1) but could not be written to the folder: %2</source>
        <translation>片段已生成（任务 %1），但无法写入文件夹：%2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancelled before it started.</source>
        <translation>开始前已取消。</translation>
    </message>
</context>
<context>
    <name>rc::comfyui::ComfyProvider</name>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+118"/>
        <source>The job&apos;s ComfyUI id &quot;%1&quot; is not one Reelcraft wrote.</source>
        <translation>该任务的 ComfyUI ID“%1”不是 Reelcraft 写入的。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Asking the servers which is free</source>
        <translation>正在询问哪台服务器空闲</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sending the photo</source>
        <translation>正在发送照片</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 took the photo but did not say under which name.</source>
        <translation>%1 已接收照片，但未告知其文件名。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Queueing on %1</source>
        <translation>正在 %1 上排队</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 restarted and lost the job; sending it again</source>
        <translation>%1 已重启并丢失了任务；正在重新发送</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyFollowing.cpp" line="+111"/>
        <source>%1 finished the job but saved no video (does the workflow end in SaveVideo?).</source>
        <translation>%1 已完成任务，但未保存视频（工作流是否以 SaveVideo 结尾？）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+109"/>
        <source>The job was stopped on %1 (interrupted there).</source>
        <translation>任务已在 %1 上停止（在该处被中断）。</translation>
    </message>
    <message numerus="yes">
        <location line="-77"/>
        <source>Waiting on %1: %n job(s) ahead</source>
        <translation>
            <numerusform>正在 %1 上等待：前面还有 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Running on %1</source>
        <translation>正在 %1 上运行</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>its answer is not ComfyUI&apos;s</source>
        <translation>其响应不是来自 ComfyUI</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 has not answered for %n minute(s) (%2). The job may still be running there: &quot;reelcraft resume&quot; picks it up when the server is back.</source>
        <translation>
            <numerusform>%1 已有 %n 分钟未响应（%2）。任务可能仍在该处运行：服务器恢复后，“reelcraft resume”会继续跟进。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not answer (%2); the job waits for it there</source>
        <translation>%1 无响应（%2）；任务在该处等待</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+14"/>
        <source>%1 no longer knows this job: the server restarted and lost its queue. Nothing more will come from it; generate the clip again to submit it anew.</source>
        <translation>%1 已不再知道此任务：服务器已重启并丢失了队列。该任务不会再有结果；请重新生成片段以再次提交。</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyFollowing.cpp" line="+19"/>
        <source>Waiting on %1</source>
        <translation>正在 %1 上等待</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Step %1 of %2 · %3</source>
        <translation>第 %1 步，共 %2 步 · %3</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 finished the job, but its video is no longer in the server&apos;s output folder.</source>
        <translation>%1 已完成任务，但其视频已不在服务器的输出文件夹中。</translation>
    </message>
    <message>
        <location filename="../app/providers/comfyui/ComfyProvider.cpp" line="+68"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>rc::desktop::SingleInstance</name>
    <message>
        <location filename="../app/desktop/SingleInstance.cpp" line="+92"/>
        <source>Cannot create the lock file %1.</source>
        <translation>无法创建锁文件 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reelcraft is already running for this profile but does not answer (%1).</source>
        <translation>Reelcraft 已在此配置下运行，但没有响应（%1）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not pass the files to the running Reelcraft: %1</source>
        <translation>无法将文件传递给正在运行的 Reelcraft：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Reelcraft did not confirm the files: %1</source>
        <translation>正在运行的 Reelcraft 没有确认这些文件：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The running Reelcraft did not confirm the files.</source>
        <translation>正在运行的 Reelcraft 没有确认这些文件。</translation>
    </message>
</context>
<context>
    <name>rc::fal::FalInputs</name>
    <message>
        <location filename="../app/providers/fal/FalInputs.cpp" line="+70"/>
        <source>Reelcraft does not know how to fill in the fal endpoint %1: its catalogue has no input mapping for it (options.endpoints).</source>
        <translation>Reelcraft 不知道如何填写 fal 端点 %1：其目录中没有该端点的输入映射（options.endpoints）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The fal endpoint %1 does not offer the size %2.</source>
        <translation>fal 端点 %1 不提供尺寸 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 makes video from a photo: add one.</source>
        <translation>fal 端点 %1 根据照片生成视频：请添加一张照片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no photo.</source>
        <translation>fal 端点 %1 不接受照片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fal endpoint %1 takes no last frame.</source>
        <translation>fal 端点 %1 不接受末帧。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last frame</source>
        <translation>末帧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
</context>
<context>
    <name>rc::net::RemoteJobProvider</name>
    <message>
        <location filename="../app/providers/remote/RemoteJobProvider.cpp" line="+63"/>
        <source>There is no API key for %1.</source>
        <translation>没有 %1 的 API 密钥。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with a web page, not an API answer: is the base URL right?</source>
        <translation>%1 返回的是网页而不是 API 响应：基础 URL 是否正确？</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>There is no API key for %1: add one in Settings.</source>
        <translation>没有 %1 的 API 密钥：请在“设置”中添加。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no API key for %1: add one in Settings, or set %2.</source>
        <translation>没有 %1 的 API 密钥：请在“设置”中添加，或设置 %2。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 did not finish the job within %2; Reelcraft stopped waiting (it may still finish and be billed on the server).</source>
        <translation>%1 未在 %2内完成任务；Reelcraft 已停止等待（任务仍可能在服务器上完成并计费）。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+233"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
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
        <translation>正在等待服务器：无法连接 %1（%2）</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>paused: disk full (the download from %1 could not be written)</source>
        <translation>已暂停：磁盘已满（无法写入从 %1 下载的内容）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for the server: the download from %1 failed (%2)</source>
        <translation>正在等待服务器：从 %1 下载失败（%2）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>paused: disk full (%1)</source>
        <translation>已暂停：磁盘已满（%1）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>waiting for the server: %1 has not answered for %2</source>
        <translation>正在等待服务器：%1 已 %2 未响应</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>rc::storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="-52"/>
        <source>each shot must be an object</source>
        <translation>每个镜头都必须是一个对象</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a prompt or give a photo</source>
        <translation>请填写提示词或提供照片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first shot has no previous shot to continue from</source>
        <translation>第一个镜头之前没有可接续的镜头</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a shot starts either from a photo or from the previous shot, not both</source>
        <translation>镜头只能从照片或上一个镜头开始，不能两者兼有</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either narration text or a voiceover recording, not both</source>
        <translation>请提供旁白文本或配音录音，不能两者兼有</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::Reader</name>
    <message>
        <location line="-102"/>
        <source>unknown field &quot;%1&quot; (check its spelling)</source>
        <translation>未知字段“%1”（请检查拼写）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be text</source>
        <translation>“%1”必须是文本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>“%1”必须是 %2 到 %3 之间的数字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>“%1”必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 %2 does not exist</source>
        <translation>%1 %2 不存在</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::ShotMaker</name>
    <message>
        <location filename="../app/storyboard/ShotMaker.cpp" line="+39"/>
        <source>%1 cannot start from a picture, so it cannot continue the previous shot</source>
        <translation>%1 无法从图片开始，因此无法接续上一个镜头</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>cannot take the last frame of the previous shot</source>
        <translation>无法获取上一个镜头的最后一帧</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>it continues %1, which was not made</source>
        <translation>它接续的 %1 尚未生成</translation>
    </message>
</context>
<context>
    <name>rc::storyboard::Storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+107"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>第 %1 个字符处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a storyboard is a JSON object</source>
        <translation>故事板必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;size&quot; must be WIDTHxHEIGHT with even numbers, such as 1280x720, not &quot;%1&quot;</source>
        <translation>&quot;size&quot; 必须是偶数的 WIDTHxHEIGHT，例如 1280x720，而不是“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;fps&quot; must be a whole number</source>
        <translation>&quot;fps&quot; 必须是整数</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;type&quot; must be &quot;cut&quot; or &quot;crossfade&quot;, not &quot;%1&quot;</source>
        <translation>&quot;type&quot; 必须是 &quot;cut&quot; 或 &quot;crossfade&quot;，而不是“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;transition&quot; must be an object such as {&quot;type&quot;: &quot;crossfade&quot;, &quot;seconds&quot;: 0.5}</source>
        <translation>&quot;transition&quot; 必须是一个对象，例如 {&quot;type&quot;: &quot;crossfade&quot;, &quot;seconds&quot;: 0.5}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>music file</source>
        <translation>音乐文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the storyboard has no shots: &quot;shots&quot; must list at least one</source>
        <translation>故事板中没有镜头：&quot;shots&quot; 至少要列出一个</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it lasts %1 s, shorter than two crossfades of %2 s</source>
        <translation>它只有 %1 秒，短于两次 %2 秒的交叉淡化</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::AddProviderDialog</name>
    <message>
        <location filename="../ui/settings/AddProviderDialog.cpp" line="+22"/>
        <source>Add Provider</source>
        <translation>添加服务商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider name</source>
        <translation>服务商名称</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Service</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the service offers</source>
        <translation>服务提供的内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the service what it offers, without saving anything</source>
        <translation>询问服务提供哪些内容，不保存任何设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Several servers (one per GPU): separate their addresses with spaces</source>
        <translation>多台服务器（每个 GPU 一台）：地址之间用空格分隔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ComfyUI server needs no key unless it sits behind a proxy that asks for one. Several servers: separate their addresses with spaces.</source>
        <translation>ComfyUI 服务器无需密钥，除非它位于要求密钥的代理之后。多台服务器：地址之间用空格分隔。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paste the key from your %1 account</source>
        <translation>粘贴您 %1 账户中的密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in the system keychain, never in a file. Left empty, %1 from the environment is used.</source>
        <translation>密钥保存在系统钥匙串中，绝不写入文件。留空则使用环境变量中的 %1。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It answers and offers %n model(s).</source>
        <translation>
            <numerusform>服务已响应，提供 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test failed.</source>
        <translation>测试失败。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adding %1…</source>
        <translation>正在添加 %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added.</source>
        <translation>未添加任何内容。</translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchCoordinator</name>
    <message>
        <location filename="../ui/batch/BatchCoordinator.cpp" line="+50"/>
        <source>None of the dropped files is a photo.</source>
        <translation>拖放的文件中没有照片。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Batch: product photos or a sheet</source>
        <translation>新建批次：产品照片或表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product photos or a sheet (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.csv);;All files (*)</source>
        <translation>产品照片或表格 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Batch: a folder of product photos</source>
        <translation>新建批次：产品照片文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>New Batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Batch %1: %2 of %3 clips in %4</source>
        <translation>批次 %1：%2/%3 个片段，位于 %4</translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchDialog</name>
    <message>
        <location filename="../ui/batch/BatchDialog.cpp" line="+58"/>
        <location line="+215"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>New Batch: %1</source>
        <translation>新建批次：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation>片段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty for the product template. {sku} and {name} are filled in for each product.</source>
        <translation>留空则使用产品模板。{sku} 和 {name} 会按每个产品自动填入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider:</source>
        <translation>服务商：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For:</source>
        <translation>用于：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Folder for the clips</source>
        <translation>片段的保存文件夹</translation>
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
        <translation>（无 sku）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (made at %2, cropped)</source>
        <translation>%1（生成于 %2，已裁剪）</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n product(s), one clip each.</source>
        <translation>
            <numerusform>%n 个产品，每个生成一个片段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s). </source>
        <translation>
            <numerusform>%n 个产品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) to fix before the batch can start; nothing runs until then.</source>
        <translation>
            <numerusform>批次开始前需修复 %n 个问题；修复之前不会运行任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n already in the output folder, kept and skipped.</source>
        <translation>
            <numerusform>%n 个已在输出文件夹中，保留并跳过。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total: free (%1 charges nothing).</source>
        <translation>合计：免费（%1 不收费）。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Estimated total: %1 for %n clip(s); within your budget.</source>
        <translation>
            <numerusform>预计合计：%1，共 %n 个片段；在预算之内。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated total: %1. The whole batch would pass a spending cap: %2</source>
        <translation>预计合计：%1。整个批次将超出支出上限：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (%1)</source>
        <translation>开始（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a folder for the clips.</source>
        <translation>请为片段选择一个文件夹。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This batch is estimated to cost %1 in all (%n clip(s)). Start it?</source>
        <translation>
            <numerusform>此批次预计总花费 %1（%n 个片段）。要开始吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::BatchQueueGroup</name>
    <message>
        <location filename="../ui/batch/BatchQueueGroup.cpp" line="+16"/>
        <location line="+87"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause or resume the batch</source>
        <translation>暂停或继续该批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the batch</source>
        <translation>取消该批次</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%1 of %n done</source>
        <translation>
            <numerusform>已完成 %1/%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n cancelled</source>
        <translation>
            <numerusform> · 已取消 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · finished</source>
        <translation> · 已完成</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · pausing (%n still under way)</source>
        <translation>
            <numerusform> · 正在暂停（仍有 %n 个在进行）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipActions</name>
    <message>
        <location filename="../ui/ClipActions.cpp" line="+56"/>
        <source>&amp;Reuse Settings</source>
        <translation>沿用设置(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate &amp;Again</source>
        <translation>再次生成(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit / Remix…</source>
        <translation>编辑/重混(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from &amp;Last Frame</source>
        <translation>从尾帧继续(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Favourite</source>
        <translation>收藏(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+110"/>
        <source>&amp;Export Clip…</source>
        <translation>导出片段(&amp;E)…</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+110"/>
        <source>&amp;Delete Clip</source>
        <translation>删除片段(&amp;D)</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;Tag…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to &amp;Project…</source>
        <translation>添加到项目(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rename Project…</source>
        <translation>重命名项目(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Project…</source>
        <translation>移除项目(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the compose panel with this clip&apos;s prompt and settings (Ctrl+R)</source>
        <translation>用此片段的提示词和设置填充创作面板（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make another take with the same settings and a new seed (Ctrl+Shift+G)</source>
        <translation>用相同设置和新的种子再生成一版（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the provider for a change to this clip (&quot;now it snows&quot;); the rest of the scene stays, and the result is kept as a new clip next to this one (Ctrl+E)</source>
        <translation>请服务商对此片段做出修改（“现在下雪了”）；场景的其余部分保持不变，结果会作为新片段保存在此片段旁边（Ctrl+E）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this clip&apos;s last frame as the input photo (Ctrl+L)</source>
        <translation>将此片段的尾帧用作输入照片（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a tag to the selected clips</source>
        <translation>为所选片段添加标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected clips in a project, new or existing</source>
        <translation>将所选片段放入项目（新建或现有）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not Changed</source>
        <translation>未更改</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>&amp;Export %n Clips…</source>
        <translation>
            <numerusform>导出 %n 个片段(&amp;E)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Delete %n Clips</source>
        <translation>
            <numerusform>删除 %n 个片段(&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Only a finished clip made by a remote provider can be edited.</source>
        <translation>只有由远程服务商生成且已完成的片段才能编辑。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit Clip</source>
        <translation>编辑片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what should change; the rest of the scene stays the same.
For example: now it snows. Keep everything else the same.</source>
        <translation>说明需要修改的内容；场景的其余部分保持不变。
例如：现在下雪了。其他一切保持不变。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The last frame could not be read: %1</source>
        <translation>无法读取尾帧：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no frame decoded</source>
        <translation>未解码出任何帧</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n clip(s) marked as favourites.</source>
        <translation>
            <numerusform>已将 %n 个片段标记为收藏。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) no longer favourites.</source>
        <translation>
            <numerusform>已取消收藏 %n 个片段。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Clips to a Folder</source>
        <translation>将片段导出到文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Clip</source>
        <translation>导出片段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clip could not be exported to %1.</source>
        <translation>无法将片段导出到 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>Delete Clip</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <location line="+6"/>
        <source>Delete Clips</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Delete this clip and its video file?</source>
        <translation>删除此片段及其视频文件？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n clip(s) and their video files?</source>
        <translation>
            <numerusform>删除 %n 个片段及其视频文件？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files go to Reelcraft&apos;s trash and are erased when you close Reelcraft; until then Edit › Undo (Ctrl+Z) brings them back.</source>
        <translation>文件将移至 Reelcraft 的回收站，并在关闭 Reelcraft 时清除；在此之前，可通过 编辑 › 撤销（Ctrl+Z）恢复。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Paid for: %n (%1 in total). The spend history keeps what they cost; a video cannot be made again for free.</source>
        <translation>
            <numerusform>已付费：%n 个（共计 %1）。消费记录会保留其费用；视频无法免费重新生成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Already without a video file: %n (only the entry in the gallery goes).</source>
        <translation>
            <numerusform>已无视频文件：%n 个（仅移除图库中的条目）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Still queued or running, and left alone (cancel them first): %n.</source>
        <translation>
            <numerusform>仍在排队或运行中，将保持不变（请先取消）：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clips could not be deleted.</source>
        <translation>无法删除片段。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) deleted. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>已删除 %n 个片段。按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) could not be deleted.</source>
        <translation>
            <numerusform>%n 个片段无法删除。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+20"/>
        <source>Export Clips</source>
        <translation>导出片段</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>Exporting %n clip(s)…</source>
        <translation>
            <numerusform>正在导出 %n 个片段…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Export cancelled: %n clip(s) written to %1.</source>
        <translation>
            <numerusform>导出已取消：已将 %n 个片段写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clip(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个片段导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clip(s) could not be exported.</source>
        <translation>
            <numerusform>%n 个片段无法导出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag Clips</source>
        <translation>为片段添加标签</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag for %n clip(s):</source>
        <translation>
            <numerusform>%n 个片段的标签：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tagged %n clip(s) &quot;%1&quot;.</source>
        <translation>
            <numerusform>已为 %n 个片段添加标签“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Project</source>
        <translation>添加到项目</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Project for %n clip(s) (type a new name to make one):</source>
        <translation>
            <numerusform>%n 个片段的项目（输入新名称以新建项目）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n clip(s) added to &quot;%1&quot;.</source>
        <translation>
            <numerusform>已将 %n 个片段添加到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Rename Project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Project</source>
        <translation>移除项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project to remove (its clips stay in the gallery):</source>
        <translation>要移除的项目（其片段仍保留在图库中）：</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The clip could not be deleted.</source>
        <translation>无法删除该片段。</translation>
    </message>
</context>
<context>
    <name>rc::ui::ClipDetails</name>
    <message>
        <location filename="../ui/gallery/ClipDetails.cpp" line="+23"/>
        <source>Select a clip to see its details.</source>
        <translation>选择一个片段以查看其详细信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip details</source>
        <translation>片段详情</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent clip</source>
        <translation>父片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, item %2</source>
        <translation>%1，第 %2 项</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no prompt: from the photo only)</source>
        <translation>（无提示词：仅根据照片）</translation>
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
        <translation> · 基于照片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clip #%1</source>
        <translation>片段 #%1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>time-stamped %1 by %2</source>
        <translation>已于 %1 由 %2 加盖时间戳</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1”, with its own credentials</source>
        <translation>“%1”，带有其自身的内容凭据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>edited as %1</source>
        <translation>已编辑为 %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>free</source>
        <translation>免费</translation>
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
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (made before Reelcraft wrote content credentials, or removed)</source>
        <translation>无（生成于 Reelcraft 写入内容凭证之前，或已被移除）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>valid (C2PA) · %1 · made with %2 · signed by %3</source>
        <translation>有效（C2PA）· %1 · 由 %2 生成 · 由 %3 签名</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>from %n source(s)</source>
        <translation>
            <numerusform>来自 %n 个来源</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::ComposePanel</name>
    <message>
        <location filename="../ui/compose/ComposePanel.cpp" line="+38"/>
        <source>What the engine understood</source>
        <translation>引擎的理解</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add key…</source>
        <translation>添加密钥…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of variations</source>
        <translation>变体数量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many variations to make at once, each with the next seed</source>
        <translation>一次生成多少个变体，每个使用下一个种子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget left</source>
        <translation>剩余预算</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add API key</source>
        <translation>添加 API 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the settings to add the provider&apos;s API key</source>
        <translation>打开设置以添加该服务商的 API 密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the clip cannot be generated</source>
        <translation>无法生成片段的原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the clip should not show: blur, text, extra fingers…</source>
        <translation>片段中不应出现的内容：模糊、文字、多余的手指…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avoid (negative prompt)</source>
        <translation>避免（反向提示词）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>%n clips would cost %1, but the budget has %2 left.</source>
        <translation>
            <numerusform>%n 个片段需花费 %1，但预算仅剩 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Budget: %1 left today</source>
        <translation>预算：今日剩余 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget: %1 left this month</source>
        <translation>预算：本月剩余 %1</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+137"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>First and last frame</source>
        <translation>首帧和尾帧</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not start from a photo.</source>
        <translation>%1 不从照片开始。</translation>
    </message>
</context>
<context>
    <name>rc::ui::ConsistencyNote</name>
    <message>
        <location filename="../ui/ConsistencyNote.cpp" line="+15"/>
        <source>Library check</source>
        <translation>媒体库检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Hide this note</source>
        <translation>隐藏此提示</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the history against the media folder…</source>
        <translation>正在将历史记录与媒体文件夹核对…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n clip(s) in the history have lost their video</source>
        <translation>
            <numerusform>历史记录中有 %n 个片段的视频已丢失</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n video(s) in the media folder are not in the history</source>
        <translation>
            <numerusform>媒体文件夹中有 %n 个视频不在历史记录中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clips whose video file is missing:</source>
        <translation>视频文件缺失的片段：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  clip %1</source>
        <translation>  片段 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Videos that no clip in the history names:</source>
        <translation>历史记录中没有任何片段引用的视频：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Nothing was changed or deleted.</source>
        <translation>未做任何更改或删除。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>History and Media Folder</source>
        <translation>历史记录与媒体文件夹</translation>
    </message>
</context>
<context>
    <name>rc::ui::CropPreview</name>
    <message>
        <location filename="../ui/compose/CropPreview.cpp" line="+16"/>
        <source>Photo preview with crop frame</source>
        <translation>带裁剪框的照片预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to choose the part of the photo the clip shows</source>
        <translation>拖动以选择片段显示的照片区域</translation>
    </message>
</context>
<context>
    <name>rc::ui::FilePicker</name>
    <message>
        <location filename="../ui/storyboard/FilePicker.cpp" line="+32"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drop a photo here, or browse for one.</source>
        <translation>将照片拖放到此处，或浏览选择。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop an audio file here, or browse for one.</source>
        <translation>将音频文件拖放到此处，或浏览选择。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a photo this studio can read.</source>
        <translation>%1 不是本工作室可读取的照片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an audio file (WAV, MP3, M4A, AAC, FLAC, Ogg or Opus).</source>
        <translation>%1 不是音频文件（WAV、MP3、M4A、AAC、FLAC、Ogg 或 Opus）。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Photos (%1)</source>
        <translation>照片 (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audio (%1)</source>
        <translation>音频 (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a Photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an Audio File</source>
        <translation>选择音频文件</translation>
    </message>
</context>
<context>
    <name>rc::ui::FirstRunHint</name>
    <message>
        <location filename="../ui/help/FirstRunHint.cpp" line="+14"/>
        <source>Add a Provider…</source>
        <translation>添加提供商…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Got It</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Welcome to Reelcraft.&lt;/b&gt; Clips are made by a &lt;i&gt;provider&lt;/i&gt;. The built-in engine is free, works offline and needs no key: it draws your scene with matching sound, good for drafts, lessons and product shots. For photoreal clips, use a provider with a key of your own: Google Gemini (its key goes in the settings), or OpenRouter and your own ComfyUI servers (added with &lt;tt&gt;reelcraft provider add&lt;/tt&gt;). The price shows on the Generate button before anything is spent.</source>
        <translation>&lt;b&gt;欢迎使用 Reelcraft。&lt;/b&gt;剪辑由&lt;i&gt;提供方&lt;/i&gt;生成。内置引擎免费、离线工作且无需密钥：它为您的场景绘制画面并配上相应的声音，适合草稿、课程和产品展示。如需照片级真实的剪辑，请使用您自己密钥的提供方：Google Gemini（密钥在设置中填写），或 OpenRouter 和您自己的 ComfyUI 服务器（用 &lt;tt&gt;reelcraft provider add&lt;/tt&gt; 添加）。在产生任何费用之前，价格会显示在“生成”按钮上。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opens the settings, where providers and their keys are kept</source>
        <translation>打开设置，提供商及其密钥都在那里管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this note for good</source>
        <translation>不再显示此提示</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryDelegate</name>
    <message>
        <location filename="../ui/gallery/GalleryDelegate.cpp" line="+79"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✎ edit of #%1</source>
        <translation>✎ #%1 的编辑版本</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryFilterBar</name>
    <message>
        <location filename="../ui/gallery/GalleryFilterBar.cpp" line="+27"/>
        <source>Search prompts…</source>
        <translation>搜索提示词…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search prompts</source>
        <translation>搜索提示词</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by provider</source>
        <translation>按提供商筛选</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter by project</source>
        <translation>按项目筛选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage projects</source>
        <translation>管理项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New, rename or remove a project</source>
        <translation>新建、重命名或移除项目</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>All providers</source>
        <translation>所有提供商</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished clips</source>
        <translation>已完成的片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ Favourites</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourites only</source>
        <translation>仅显示收藏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most expensive</source>
        <translation>最贵优先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation>最长优先</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryModel</name>
    <message>
        <location filename="../ui/gallery/GalleryModel.cpp" line="+297"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>(photo only)</source>
        <translation>（仅照片）</translation>
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
        <translation>片段 %1，片段 %2 的编辑版本：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip %1: %2</source>
        <translation>片段 %1：%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::GalleryPanel</name>
    <message>
        <location filename="../ui/gallery/GalleryPanel.cpp" line="+31"/>
        <source>Clips</source>
        <translation>片段</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Tile size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected clips</source>
        <translation>所选片段</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n clips selected</source>
        <translation>
            <numerusform>已选择 %n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No clip matches these filters.</source>
        <translation>没有符合这些筛选条件的片段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clips yet.
Write a prompt on the left and press Generate (Ctrl+Enter).</source>
        <translation>还没有片段。
在左侧输入提示词，然后按“生成”（Ctrl+Enter）。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
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
        <translation>免费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate · needs a key</source>
        <translation>生成 · 需要密钥</translation>
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
        <translation>生成片段（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>rc::ui::ImageDropZone</name>
    <message>
        <location filename="../ui/compose/ImageDropZone.cpp" line="+34"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input photo</source>
        <translation>输入照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last frame photo</source>
        <translation>尾帧照片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a photo here, paste it (Ctrl+V) or browse.
Optional: the clip starts from it.
Drop several photos, a folder or a sheet for a batch.</source>
        <translation>将照片拖放到此处、粘贴（Ctrl+V）或浏览。
可选：片段将从该照片开始。
拖放多张照片、一个文件夹或一个表格可创建批次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the last frame here, paste or browse.
Optional: the clip ends on it.</source>
        <translation>将尾帧拖放到此处、粘贴或浏览。
可选：片段将以这张照片结束。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a photo</source>
        <translation>浏览照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse for the last frame</source>
        <translation>浏览尾帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a photo</source>
        <translation>粘贴照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste the last frame</source>
        <translation>粘贴尾帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the last frame</source>
        <translation>移除尾帧</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photo problem</source>
        <translation>照片问题</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 cannot be used: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a readable image.</source>
        <translation>这不是可读取的图片。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The clipboard holds no picture.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pasted picture could not be saved in %1.</source>
        <translation>无法将粘贴的图片保存到 %1。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>rc::ui::JobNotifier</name>
    <message>
        <location filename="../ui/JobNotifier.cpp" line="+31"/>
        <source>Clip ready</source>
        <translation>片段已就绪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip failed</source>
        <translation>片段生成失败</translation>
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
        <translation>Reelcraft：没有正在运行的任务</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reelcraft: %n job(s) waiting</source>
        <translation>
            <numerusform>Reelcraft：%n 个任务正在等待</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 个任务正在运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>，%n 个等待中</numerusform>
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
        <translation>图库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Photo…</source>
        <translation>打开照片(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste P&amp;hoto</source>
        <translation>粘贴照片(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Batch…</source>
        <translation>新建批次(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One clip per product, from several photos or a sheet</source>
        <translation>每个产品一个片段，来自多张照片或一个表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Batch from &amp;Folder…</source>
        <translation>从文件夹新建批次(&amp;F)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Clips</source>
        <translation>查找片段(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clip</source>
        <translation>片段(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Play / Pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Frame</source>
        <translation>上一帧(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Frame</source>
        <translation>下一帧(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Loop</source>
        <translation>循环(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spend</source>
        <translation>支出(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;toryboard</source>
        <translation>故事板(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Reelcraft</source>
        <translation>关于 Reelcraft(&amp;A)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Spending Caps</source>
        <translation>支出上限</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a clip to play it.</source>
        <translation>选择一个片段进行播放。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video file is missing.</source>
        <translation>视频文件缺失。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clip ready: %1</source>
        <translation>片段已就绪：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n clip(s) imported into the gallery.</source>
        <translation>
            <numerusform>已将 %n 个片段导入图库。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some files were not opened</source>
        <translation>部分文件未打开</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>有 %n 个文件无法打开。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Quit Reelcraft</source>
        <translation>退出 Reelcraft</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running. Quit anyway?
They resume next time where the provider allows it.</source>
        <translation>
            <numerusform>仍有 %n 个任务正在运行。仍要退出吗？
在提供商允许的情况下，下次启动时会继续。</numerusform>
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
        <translation>提供商(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier</source>
        <translation>档位(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Duration</source>
        <translation>时长(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation>分辨率(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
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
        <translation>场景：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>light: %1</source>
        <translation>光线：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light: %1 → %2</source>
        <translation>光线：%1 → %2</translation>
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
        <translation>镜头：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>style: %1</source>
        <translation>风格：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shot(s)</source>
        <translation>
            <numerusform>%n 个镜头</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>silent</source>
        <translation>无声</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>music: %1</source>
        <translation>音乐：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type a prompt to see what the built-in engine will draw.</source>
        <translation>输入提示词，查看内置引擎将绘制的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the engine understood</source>
        <translation>引擎的理解</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More of what the engine understood</source>
        <translation>引擎理解的更多内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the engine will not draw</source>
        <translation>引擎不会绘制的词语</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not drawn: %1</source>
        <translation>未绘制：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in engine has no picture for these words; they only colour the scene. Not drawn: %1</source>
        <translation>内置引擎没有这些词语对应的图像；它们只会为场景着色。未绘制：%1</translation>
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
        <translation>花园</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beach</source>
        <comment>plan: setting</comment>
        <translation>海滩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ocean</source>
        <comment>plan: setting</comment>
        <translation>海洋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <comment>plan: setting</comment>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desert</source>
        <comment>plan: setting</comment>
        <translation>沙漠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forest</source>
        <comment>plan: setting</comment>
        <translation>森林</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mountains</source>
        <comment>plan: setting</comment>
        <translation>山脉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outer space</source>
        <comment>plan: setting</comment>
        <translation>太空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underwater</source>
        <comment>plan: setting</comment>
        <translation>水下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snowy landscape</source>
        <comment>plan: setting</comment>
        <translation>雪景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farm</source>
        <comment>plan: setting</comment>
        <translation>农场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indoors</source>
        <comment>plan: setting</comment>
        <translation>室内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sky</source>
        <comment>plan: setting</comment>
        <translation>天空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dawn</source>
        <comment>plan: light, time of day</comment>
        <translation>黎明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning</source>
        <comment>plan: light, time of day</comment>
        <translation>早晨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noon</source>
        <comment>plan: light, time of day</comment>
        <translation>正午</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>golden hour</source>
        <comment>plan: light, time of day</comment>
        <translation>黄金时刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sunset</source>
        <comment>plan: light, time of day</comment>
        <translation>日落</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>night</source>
        <comment>plan: light, time of day</comment>
        <translation>夜晚</translation>
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
        <translation>雾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wind</source>
        <comment>plan: weather</comment>
        <translation>风</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm</source>
        <comment>plan: weather</comment>
        <translation>暴风雨</translation>
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
        <translation>推近</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pull out</source>
        <comment>plan: camera move</comment>
        <translation>拉远</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan left</source>
        <comment>plan: camera move</comment>
        <translation>向左摇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pan right</source>
        <comment>plan: camera move</comment>
        <translation>向右摇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt up</source>
        <comment>plan: camera move</comment>
        <translation>向上摇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tilt down</source>
        <comment>plan: camera move</comment>
        <translation>向下摇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rise</source>
        <comment>plan: camera move</comment>
        <translation>升起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orbit</source>
        <comment>plan: camera move</comment>
        <translation>环绕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dolly</source>
        <comment>plan: camera move</comment>
        <translation>移动拍摄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cinematic</source>
        <comment>plan: visual style</comment>
        <translation>电影感</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sci-fi</source>
        <comment>plan: visual style</comment>
        <translation>科幻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dreamy</source>
        <comment>plan: visual style</comment>
        <translation>梦幻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surreal</source>
        <comment>plan: visual style</comment>
        <translation>超现实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documentary</source>
        <comment>plan: visual style</comment>
        <translation>纪录片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vintage</source>
        <comment>plan: visual style</comment>
        <translation>复古</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calm</source>
        <comment>plan: music mood</comment>
        <translation>平静</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>happy</source>
        <comment>plan: music mood</comment>
        <translation>欢快</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energetic</source>
        <comment>plan: music mood</comment>
        <translation>活力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dark</source>
        <comment>plan: music mood</comment>
        <translation>暗黑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epic</source>
        <comment>plan: music mood</comment>
        <translation>史诗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dreamy</source>
        <comment>plan: music mood</comment>
        <translation>梦幻</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>electronic</source>
        <comment>plan: music genre</comment>
        <translation>电子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>piano</source>
        <comment>plan: music genre</comment>
        <translation>钢琴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambient</source>
        <comment>plan: music genre</comment>
        <translation>氛围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lo-fi</source>
        <comment>plan: music genre</comment>
        <translation>低保真</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orchestral</source>
        <comment>plan: music genre</comment>
        <translation>管弦乐</translation>
    </message>
</context>
<context>
    <name>rc::ui::PlayerControls</name>
    <message>
        <location filename="../ui/player/PlayerControls.cpp" line="+31"/>
        <location line="+71"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Play / pause (Space)</source>
        <translation>播放/暂停（空格键）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous frame (,)</source>
        <translation>上一帧（,）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame (.)</source>
        <translation>下一帧（.）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to jump; Left/Right step a frame, Shift+Left/Right a second</source>
        <translation>点击跳转；左/右方向键逐帧移动，Shift+左/右逐秒移动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed and total time</source>
        <translation>已播放时间和总时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute (M)</source>
        <translation>静音（M）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (F or double-click; Esc leaves)</source>
        <translation>全屏（按 F 或双击；按 Esc 退出）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Pause</source>
        <translation>暂停</translation>
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
        <translation>播放器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a clip to play it.</source>
        <translation>选择一个片段进行播放。</translation>
    </message>
</context>
<context>
    <name>rc::ui::PromptEditor</name>
    <message>
        <location filename="../ui/compose/PromptEditor.cpp" line="+38"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the clip: who or what, where, the light, the camera, the sound…</source>
        <translation>描述片段：人物或事物、地点、光线、镜头、声音…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent prompts</source>
        <translation>最近的提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent prompts (Alt+Up / Alt+Down)</source>
        <translation>最近的提示词（Alt+上 / Alt+下）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt templates</source>
        <translation>提示词模板</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompt length</source>
        <translation>提示词长度</translation>
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
            <numerusform>超出模型限制 %n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::PromptTemplates</name>
    <message>
        <location filename="../ui/compose/PromptTemplates.cpp" line="+19"/>
        <source>Product showcase</source>
        <translation>产品展示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A [product] on a [surface] in a bright studio, slow orbit camera, soft golden light, clean background, upbeat electronic music.</source>
        <translation>一个[产品]放在[表面]上，明亮的摄影棚，镜头缓慢环绕，柔和的金色光线，干净的背景，轻快的电子音乐。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson scene</source>
        <translation>课堂场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm classroom scene explaining [topic]: a [subject] in a [setting], gentle push-in camera, morning light, soft piano music.</source>
        <translation>讲解[主题]的宁静课堂场景：[主体]位于[场景]中，镜头缓缓推进，清晨光线，轻柔的钢琴音乐。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social short</source>
        <translation>社交短视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vertical, energetic shot of [subject] [action] in a [setting], fast camera, vivid colours, punchy music.</source>
        <translation>[主体][动作]的竖屏动感镜头，位于[场景]中，快速运镜，鲜艳色彩，强劲音乐。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand story</source>
        <translation>品牌故事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A [setting] at dawn, then a [subject] [action], then the [product] revealed in warm light; cinematic, orchestral music.</source>
        <translation>黎明时分的[场景]，随后[主体][动作]，最后[产品]在温暖的光线中亮相；电影感，管弦乐。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surreal art</source>
        <translation>超现实艺术</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dreamy surreal [setting] where [subject] floats among [objects], slow drifting camera, pastel sky, ambient music.</source>
        <translation>梦幻般的超现实[场景]，[主体]漂浮在[物体]之间，镜头缓慢漂移，粉彩色天空，氛围音乐。</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProviderChoices</name>
    <message>
        <location filename="../ui/widgets/ProviderChoices.cpp" line="+42"/>
        <source>%1 (needs an API key)</source>
        <translation>%1（需要 API 密钥）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not available)</source>
        <translation>%1（不可用）</translation>
    </message>
</context>
<context>
    <name>rc::ui::ProvidersPage</name>
    <message>
        <location filename="../ui/settings/ProvidersPage.cpp" line="+31"/>
        <source>Providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Provider…</source>
        <translation>添加服务商(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an OpenRouter or fal.ai account, or your own ComfyUI servers</source>
        <translation>添加 OpenRouter 或 fal.ai 账户，或您自己的 ComfyUI 服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Key…</source>
        <translation>设置密钥(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove K&amp;ey</source>
        <translation>移除密钥(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh Models</source>
        <translation>刷新模型(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the service&apos;s list of models, their lengths, sizes and prices again</source>
        <translation>重新读取服务的模型列表及其时长、尺寸和价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &amp;Provider…</source>
        <translation>移除服务商(&amp;P)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider status</source>
        <translation>服务商状态</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none needed</source>
        <translation>无需密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or set %1 in the environment</source>
        <translation>或在环境变量中设置 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the built-in engine is set up; it needs no key. Add a provider to reach cloud models.</source>
        <translation>仅设置了内置引擎，无需密钥。添加服务商即可使用云端模型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the built-in engine is configured; it needs no key.</source>
        <translation>仅配置了内置引擎，无需密钥。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Set the key for %1</source>
        <translation>设置 %1 的密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key for %1</source>
        <translation>移除 %1 的密钥</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set Key</source>
        <translation>设置密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key for %1:</source>
        <translation>%1 的 API 密钥：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key for %1 was not stored: %2</source>
        <translation>%1 的密钥未能保存：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for %1 is stored in the system keychain.</source>
        <translation>%1 的密钥已保存到系统钥匙串。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key for %1 was not removed: %2</source>
        <translation>%1 的密钥未能移除：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key for %1 is removed from the keychain.</source>
        <translation>%1 的密钥已从钥匙串中移除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the models of %1…</source>
        <translation>正在读取 %1 的模型…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The models of %1 were not refreshed: %2</source>
        <translation>%1 的模型未能刷新：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 offers %n model(s).</source>
        <translation>
            <numerusform>%1 提供 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Provider</source>
        <translation>移除服务商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and its stored key? Clips made with it stay in the gallery.</source>
        <translation>移除 %1 及其已保存的密钥？用它生成的片段仍保留在图库中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not removed: %2</source>
        <translation>%1 未能移除：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Added %1 with %n model(s). Choose it in the provider list to generate.</source>
        <translation>
            <numerusform>已添加 %1，含 %n 个模型。在服务商列表中选择它即可生成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::QueueModel</name>
    <message numerus="yes">
        <location filename="../ui/queue/QueueModel.cpp" line="+14"/>
        <source>%n s left</source>
        <translation>
            <numerusform>剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s left</source>
        <translation>剩余 %1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>rc::ui::QueuePanel</name>
    <message>
        <location filename="../ui/queue/QueuePanel.cpp" line="+16"/>
        <source>No jobs running. Press Generate to start one.</source>
        <translation>没有正在运行的任务。按“生成”开始一个任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
</context>
<context>
    <name>rc::ui::QueueRow</name>
    <message>
        <location filename="../ui/queue/QueueRow.cpp" line="+15"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel the job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the job</source>
        <translation>重试任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the queue</source>
        <translation>从队列中移除</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(photo only)</source>
        <translation>（仅照片）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Progress of job %1</source>
        <translation>任务 %1 的进度</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+34"/>
        <location line="+174"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Providers and Keys</source>
        <translation>提供商和密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default provider</source>
        <translation>默认提供商</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default &amp;provider</source>
        <translation>默认提供商(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your home folder</source>
        <translation>您的主文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export folder</source>
        <translation>导出文件夹(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clips are kept in the profile&apos;s media folder; Export copies one to this folder.</source>
        <translation>片段保存在配置的媒体文件夹中；“导出”会将片段复制到此文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Reelcraft starts.</source>
        <translation>新的语言将在下次启动 Reelcraft 时生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show an “AI-generated” label in the top right corner of new clips</source>
        <translation>在新片段的右上角显示“AI 生成”标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disclosure</source>
        <translation>披露</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clip carries content credentials that say it is AI-made; this also marks the pictures, for viewers who never see the credentials. A remote clip is re-encoded to draw it, keeping the provider&apos;s credentials as its parent.</source>
        <translation>每个片段都带有表明其由 AI 生成的内容凭据；此选项还会在画面上添加标记，供从不查看凭据的观众识别。远程片段会被重新编码以绘制标签，并将提供商的凭据保留为其父项。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None (works offline)</source>
        <translation>无（可离线使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-stamp authority</source>
        <translation>时间戳颁发机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time-stamp authority</source>
        <translation>时间戳颁发机构(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An RFC 3161 address (for example http://timestamp.digicert.com): each signature is sent there to prove when it was made. A clip is signed without one when the service cannot be reached.</source>
        <translation>RFC 3161 地址（例如 http://timestamp.digicert.com）：每个签名都会发送到该地址，以证明其创建时间。无法连接该服务时，片段将在不加盖时间戳的情况下签名。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Caps apply to</source>
        <translation>上限适用于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers together</source>
        <translation>所有提供商合计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily cap</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Monthly cap</source>
        <translation>每月上限</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Applies to</source>
        <translation>适用于(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily cap (USD)</source>
        <translation>每日上限（美元）(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly cap (USD)</source>
        <translation>每月上限（美元）(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job whose estimate would go over a cap is refused before anything is sent.</source>
        <translation>如果任务的估算费用会超出上限，将在发送任何内容之前被拒绝。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not an amount; write it like 5 or 12.50.</source>
        <translation>“%1”不是金额；请写成 5 或 12.50 这样的形式。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The time-stamp authority must be an http:// or https:// address.</source>
        <translation>时间戳颁发机构必须是 http:// 或 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>rc::ui::ShotModelPicker</name>
    <message>
        <location filename="../ui/storyboard/ShotModelPicker.cpp" line="+18"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+18"/>
        <source>Default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <source>%1 (not offered)</source>
        <translation>%1（未提供）</translation>
    </message>
</context>
<context>
    <name>rc::ui::SpendChart</name>
    <message>
        <location filename="../ui/spend/SpendChart.cpp" line="+11"/>
        <source>Spend per day</source>
        <translation>每日支出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spend in this period</source>
        <translation>此期间没有支出</translation>
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
        <translation>今天：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month: %1</source>
        <translation>本月：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 %2 (%n job(s))</source>
        <translation>
            <numerusform>%1 %2（%n 个任务）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing spent this month. The built-in engine is free.</source>
        <translation>本月尚无支出。内置引擎是免费的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month by provider: %1</source>
        <translation>本月按提供商：%1</translation>
    </message>
</context>
<context>
    <name>rc::ui::StoryboardPanel</name>
    <message>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+63"/>
        <source>Lesson title</source>
        <translation>课程标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtitle (optional)</source>
        <translation>副标题（可选）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drag the cards to change the order of the shots.</source>
        <translation>拖动卡片以更改镜头顺序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shot</source>
        <translation>添加镜头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make again</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected shot again at the next &quot;Make lesson&quot;, even though it was made before.</source>
        <translation>在下次“生成课程”时重新生成所选镜头，即使它之前已生成过。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make lesson</source>
        <translation>生成课程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The lesson is ready: %1</source>
        <translation>课程已就绪：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What the shot shows</source>
        <translation>镜头展示的内容</translation>
    </message>
    <message>
        <location filename="../ui/storyboard/StoryboardLessonControls.cpp" line="+27"/>
        <source>Whole lesson</source>
        <translation>整节课</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made by the built-in engine</source>
        <translation>由内置引擎生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a file</source>
        <translation>来自文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No music file chosen</source>
        <translation>未选择音乐文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut</source>
        <translation>切换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossfade</source>
        <translation>交叉淡化</translation>
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
        <translation>音乐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Music file</source>
        <translation>音乐文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between shots</source>
        <translation>镜头之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show an “AI-generated” label in the top right corner</source>
        <translation>在右上角显示“AI 生成”标签</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the music file (Browse… or drop one on the music row).</source>
        <translation>请选择音乐文件（点击“浏览…”或将文件拖放到音乐行）。</translation>
    </message>
    <message>
        <location filename="../ui/storyboard/StoryboardPanel.cpp" line="+2"/>
        <source>Words on screen</source>
        <translation>屏幕上的文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the voice speaks (the shot grows to fit them)</source>
        <translation>配音朗读的文字（镜头会加长以容纳它们）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue from the previous shot&apos;s last frame</source>
        <translation>从上一个镜头的最后一帧继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narration</source>
        <translation>旁白</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: the narration text is spoken</source>
        <translation>无：朗读旁白文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice-over</source>
        <translation>配音</translation>
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
        <translation>提示词：%1
字幕：%2
旁白：%3
服务商：%4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Continues from the previous shot</source>
        <translation>
从上一个镜头继续</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>All shots made</source>
        <translation>所有镜头已完成</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shot(s) to make</source>
        <translation>
            <numerusform>%n 个镜头待生成</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>lesson %1 s</source>
        <translation>课程 %1 秒</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The lesson was not joined: %1. The shots made are kept.</source>
        <translation>课程未能合成：%1。已生成的镜头会保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson…</source>
        <translation>正在合成课程…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson: %p%</source>
        <translation>正在合成课程：%p%</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Making the shots: %p%</source>
        <translation>正在制作镜头：%p%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the shots…</source>
        <translation>正在生成镜头…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making the shots: %1 of %2 made…</source>
        <translation>正在制作镜头：已完成 %1/%2…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Lesson</source>
        <translation>导出课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1 (with its .srt and .vtt captions).</source>
        <translation>已导出到 %1（附带 .srt 和 .vtt 字幕）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>rc::ui::StudioApp</name>
    <message>
        <location filename="../ui/StudioApp.cpp" line="+54"/>
        <source>Reelcraft studio</source>
        <translation>Reelcraft 工作室</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the profile folder DIR.</source>
        <translation>使用配置文件夹 DIR。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4 clips to import, or a photo to start from.</source>
        <translation>要导入的 MP4 片段，或作为起点的照片。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reelcraft cannot start</source>
        <translation>Reelcraft 无法启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile at %1 cannot be opened:

%2</source>
        <translation>无法打开位于 %1 的配置：

%2</translation>
    </message>
</context>
<context>
    <name>rc::ui::StudioStatusBar</name>
    <message>
        <location filename="../ui/StudioStatusBar.cpp" line="+14"/>
        <source>Jobs running</source>
        <translation>正在运行的任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent today</source>
        <translation>今日支出</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: %1</source>
        <translation>今天：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No jobs running</source>
        <translation>没有正在运行的任务</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 个任务正在运行</numerusform>
        </translation>
    </message>
</context>
</TS>
