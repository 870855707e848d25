// The Interactions protocol's pieces on their own: skimming an answer whose video is one huge
// base64 string, decoding that string from the file a chunk at a time (JSON escapes, line
// breaks, base64url), reading interactions in every state, and the shape of what is sent.
#include "providers/remote/InlineVideo.h"
#include "providers/remote/JsonSkim.h"
#include "providers/gemini/InteractionsProtocol.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace rc;

namespace {

QByteArray randomBytes(int n, quint32 seed)
{
    QRandomGenerator g(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        out[i] = char(g.bounded(256));
    return out;
}

// The base64 text as an over-eager JSON encoder writes it: "\/", a "\n" every 76 characters,
// and '+' as \u002b.
QByteArray escapedBase64(const QByteArray &bytes)
{
    const QByteArray b64 = bytes.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); ++i) {
        if (i > 0 && i % 76 == 0)
            out += "\\n";
        if (b64[i] == '/')
            out += "\\/";
        else if (b64[i] == '+')
            out += "\\u002b";
        else
            out += b64[i];
    }
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ProviderSpec spec(const QString &base = QStringLiteral("http://127.0.0.1:9/v1beta/"))
{
    ProviderSpec s;
    s.id = QStringLiteral("google");
    s.kind = QStringLiteral("gemini");
    s.baseUrl = base;
    return s;
}

} // namespace

class TestGeminiInteractions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skimLeavesLongStringsInTheFile()
    {
        // Long enough to cross the skim's 64 KiB read chunks several times, with an escaped
        // quote right before the long string and one inside a short one.
        const QByteArray big(300000, 'A');
        const QByteArray doc = QByteArray("{\"id\":\"v1_\\\"x\",\"steps\":[{\"type\":\"model_output\",\"content\":"
                                          "[{\"type\":\"video\",\"data\":\"")
            + big + QByteArray("\"}]}],\"note\":\"a \\\"quoted\\\" word\",\"n\":[1,2,{\"k\":null}]}");
        QByteArray copy = doc;
        QBuffer buffer(&copy);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const net::JsonSkim skim = net::skimJson(buffer, 4096);
        QVERIFY(!skim.truncated);
        QCOMPARE(skim.spans.size(), 1);
        QVERIFY(skim.json.size() < 400);
        const QJsonObject o = QJsonDocument::fromJson(skim.json).object();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("v1_\"x"));
        QCOMPARE(o.value(QStringLiteral("note")).toString(), QStringLiteral("a \"quoted\" word"));
        QCOMPARE(o.value(QStringLiteral("n")).toArray().size(), 3);
        const QString data = o.value(QStringLiteral("steps")).toArray()[0].toObject().value(QStringLiteral("content")).toArray()[0]
                                 .toObject().value(QStringLiteral("data")).toString();
        const net::JsonSpan *span = skim.spanFor(data);
        QVERIFY(span);
        QCOMPARE(doc.mid(span->offset, span->length), big);
        QVERIFY(!skim.spanFor(QStringLiteral("an ordinary string")));
    }

    void skimNoticesACutAnswer()
    {
        QByteArray cut = "{\"id\":\"v1\",\"data\":\"AAAA";
        QBuffer buffer(&cut);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY(net::skimJson(buffer).truncated);
        QVERIFY(!gemini::parseInteraction(cut));
    }

    void decodesAnEscapedSpanFromTheFile()
    {
        QTemporaryDir dir;
        const QByteArray video = randomBytes(700000, 7);
        const QByteArray answer = QByteArray("{\"id\":\"v1_a\",\"status\":\"completed\",\"steps\":[{\"type\":\"model_output\",\"content\":"
                                             "[{\"type\":\"video\",\"mime_type\":\"video/mp4\",\"data\":\"")
            + escapedBase64(video) + "\"}]}]}";
        const QString answerPath = writeFile(dir, QStringLiteral("answer.json"), answer);
        QString error;
        const net::JsonSkim skim = net::skimJsonFile(answerPath, 4096, &error);
        const auto in = gemini::parseInteraction(skim);
        QVERIFY(in && in->video && in->video->dataSpan);
        QCOMPARE(in->phase, gemini::Phase::Completed);
        net::InlineVideo inlineVideo;
        inlineVideo.sourceFile = answerPath;
        inlineVideo.span = *in->video->dataSpan;
        const QString out = dir.filePath(QStringLiteral("clip.mp4.part"));
        QVERIFY2(net::decodeInlineVideo(inlineVideo, out, nullptr, &error), qPrintable(error));
        QCOMPARE(readFile(out), video);
    }

    void decodesBase64UrlAndUnpaddedTextFromMemory()
    {
        QTemporaryDir dir;
        const QByteArray video = randomBytes(1001, 3); // 1001 bytes: the text needs padding
        net::InlineVideo v;
        v.base64 = video.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QString out = dir.filePath(QStringLiteral("a.part"));
        QString error;
        QVERIFY2(net::decodeInlineVideo(v, out, nullptr, &error), qPrintable(error));
        QCOMPARE(readFile(out), video);
    }

    void refusesTextThatIsNotBase64()
    {
        QTemporaryDir dir;
        QString error;
        net::InlineVideo v;
        v.base64 = "AAAA*BBB";
        QVERIFY(!net::decodeInlineVideo(v, dir.filePath(QStringLiteral("b.part")), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("not base64")), qPrintable(error));
        v.base64 = "AAAAB";
        QVERIFY(!net::decodeInlineVideo(v, dir.filePath(QStringLiteral("c.part")), nullptr, &error));
        v.base64 = "AAAA\\q";
        QVERIFY(!net::decodeInlineVideo(v, dir.filePath(QStringLiteral("d.part")), nullptr, &error));
        std::atomic<bool> cancelled{true};
        v.base64 = "AAAA";
        QVERIFY(!net::decodeInlineVideo(v, dir.filePath(QStringLiteral("e.part")), &cancelled, &error));
    }

    void readsInteractionsInEveryState()
    {
        auto running = gemini::parseInteraction(R"({"id":"v1_1","object":"interaction","status":"in_progress","steps":[]})");
        QVERIFY(running);
        QCOMPARE(running->phase, gemini::Phase::Running);
        QCOMPARE(running->id, QStringLiteral("v1_1"));
        QVERIFY(!running->video);

        auto uri = gemini::parseInteraction(R"({"id":"v1_2","status":"completed","steps":[{"type":"thought","content":[]},)"
                                            R"({"type":"model_output","content":[{"type":"text","text":"here"},{"type":"video","mime_type":"video/mp4","uri":"https://x/v1beta/files/abc:download?alt=media"}],"error":null}],)"
                                            R"("usage":{"total_output_tokens":46636,"output_tokens_by_modality":[{"modality":"video","tokens":46336}]}})");
        QVERIFY(uri && uri->video);
        QCOMPARE(uri->video->uri, QStringLiteral("https://x/v1beta/files/abc:download?alt=media"));
        QVERIFY(!uri->video->hasData());
        QVERIFY(!uri->error);
        QCOMPARE(uri->videoTokens, qint64(46336));

        auto blocked = gemini::parseInteraction(R"({"id":"v1_3","status":"failed","steps":[{"type":"model_output","content":[],)"
                                                R"("error":{"code":"prohibited_content","message":"The prompt was blocked by the safety filters."}}]})");
        QVERIFY(blocked && blocked->error);
        QCOMPARE(blocked->phase, gemini::Phase::Failed);
        QVERIFY(gemini::isSafetyBlock(*blocked->error));

        auto invalid = gemini::parseInteraction(R"({"id":"v1_4","status":"failed","error":{"message":"bad duration","code":"invalid_request"}})");
        QVERIFY(invalid && invalid->error);
        QCOMPARE(invalid->error->code, QStringLiteral("invalid_request"));
        QVERIFY(!gemini::isSafetyBlock(*invalid->error));

        QCOMPARE(gemini::parseInteraction(R"({"id":"v1_5","status":"cancelled"})")->phase, gemini::Phase::Cancelled);
        QCOMPARE(gemini::parseInteraction(R"({"id":"v1_6","status":"budget_exceeded"})")->phase, gemini::Phase::Stopped);
        QCOMPARE(gemini::parseInteraction(R"({"id":"v1_7","status":"something_new"})")->phase, gemini::Phase::Running);
        QVERIFY(!gemini::parseInteraction(R"({"error":{"code":500}})"));
        QVERIFY(!gemini::parseInteraction("<html>"));
    }

    void createRequestsSayOnlyWhatTheApiKnows()
    {
        GenerationRequest r;
        r.prompt = QStringLiteral("a lighthouse in a storm");
        r.durationSec = 6;
        r.size = VideoSize{720, 1280};
        const net::HttpRequest text = gemini::createRequest(spec(), r, QStringLiteral("gemini-omni-1.1-flash"), std::nullopt,
                                                           QString(), QStringLiteral("inline"), QStringLiteral("k"));
        QCOMPARE(text.url.toString(), QStringLiteral("http://127.0.0.1:9/v1beta/interactions"));
        QCOMPARE(text.secretHeaders.value(0).second, QByteArray("k"));
        const QJsonObject body = QJsonDocument::fromJson(text.body).object();
        const QStringList keys = body.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 (QSet<QString>{QStringLiteral("model"), QStringLiteral("input"), QStringLiteral("response_format"),
                                QStringLiteral("generation_config"), QStringLiteral("background")}));
        QCOMPARE(body.value(QStringLiteral("background")).toBool(), true);
        const QJsonObject format = body.value(QStringLiteral("response_format")).toObject();
        QCOMPARE(format.value(QStringLiteral("duration")).toString(), QStringLiteral("6s"));
        QCOMPARE(format.value(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("9:16"));
        QCOMPARE(format.value(QStringLiteral("resolution")).toString(), QStringLiteral("720p"));
        QCOMPARE(body.value(QStringLiteral("generation_config")).toObject().value(QStringLiteral("video_config")).toObject()
                     .value(QStringLiteral("task")).toString(), QStringLiteral("text_to_video"));

        const net::HttpRequest photo = gemini::createRequest(spec(), r, QStringLiteral("gemini-omni-1.1-flash"),
                                                            gemini::Photo{"JPEGBYTES", "image/jpeg"}, QString(),
                                                            QStringLiteral("uri"), QStringLiteral("k"));
        const QJsonArray input = QJsonDocument::fromJson(photo.body).object().value(QStringLiteral("input")).toArray();
        QCOMPARE(input.size(), 2);
        QCOMPARE(input[0].toObject().value(QStringLiteral("data")).toString(), QString::fromLatin1(QByteArray("JPEGBYTES").toBase64()));
        QCOMPARE(input[1].toObject().value(QStringLiteral("text")).toString(), r.prompt);

        r.prompt = QStringLiteral("now it snows");
        const net::HttpRequest edit = gemini::createRequest(spec(), r, QStringLiteral("gemini-omni-1.1-flash"), std::nullopt,
                                                           QStringLiteral("v1_first"), QStringLiteral("inline"), QStringLiteral("k"));
        const QJsonObject editBody = QJsonDocument::fromJson(edit.body).object();
        QCOMPARE(editBody.value(QStringLiteral("previous_interaction_id")).toString(), QStringLiteral("v1_first"));
        QVERIFY(!editBody.value(QStringLiteral("response_format")).toObject().contains(QStringLiteral("duration")));
        QCOMPARE(editBody.value(QStringLiteral("generation_config")).toObject().value(QStringLiteral("video_config")).toObject()
                     .value(QStringLiteral("task")).toString(), QStringLiteral("edit"));
    }

    void smallHelpers()
    {
        QCOMPARE(gemini::resolutionFor(VideoSize{640, 360}), QStringLiteral("360p"));
        QCOMPARE(gemini::resolutionFor(VideoSize{1080, 1920}), QStringLiteral("1080p"));
        QCOMPARE(gemini::resolutionFor(VideoSize{3840, 2160}), QStringLiteral("4k"));
        GenerationRequest r;
        r.durationSec = 8;
        QCOMPARE(gemini::deliveryFor(r, QString()), QStringLiteral("inline"));
        r.durationSec = 10;
        QCOMPARE(gemini::deliveryFor(r, QString()), QStringLiteral("uri"));
        QCOMPARE(gemini::deliveryFor(r, QStringLiteral("inline")), QStringLiteral("inline"));
        r.durationSec = 4;
        r.size = VideoSize{1920, 1080};
        QCOMPARE(gemini::deliveryFor(r, QString()), QStringLiteral("uri"));

        const QString base = QStringLiteral("https://generativelanguage.googleapis.com/v1beta");
        QVERIFY(gemini::sameOrigin(base, QUrl(QStringLiteral("https://generativelanguage.googleapis.com/v1beta/files/a:download?alt=media"))));
        QVERIFY(!gemini::sameOrigin(base, QUrl(QStringLiteral("https://evil.example/v1beta/files/a:download"))));
        QVERIFY(!gemini::sameOrigin(base, QUrl(QStringLiteral("http://generativelanguage.googleapis.com/v1beta/files/a"))));
        QVERIFY(!gemini::sameOrigin(QStringLiteral("http://127.0.0.1:5000/v1beta"), QUrl(QStringLiteral("http://127.0.0.1:5001/f"))));

        const net::HttpRequest state = gemini::fileStateRequest(spec(), QStringLiteral("http://127.0.0.1:9/v1beta/files/abc-1:download?alt=media"),
                                                                QStringLiteral("k"));
        QCOMPARE(state.url.toString(), QStringLiteral("http://127.0.0.1:9/v1beta/files/abc-1"));
        QVERIFY(gemini::fileStateRequest(spec(), QStringLiteral("http://127.0.0.1:9/elsewhere"), QStringLiteral("k")).url.isEmpty());
        QCOMPARE(gemini::cancelRequest(spec(), QStringLiteral("v1_a"), QStringLiteral("k")).url.toString(),
                 QStringLiteral("http://127.0.0.1:9/v1beta/interactions/v1_a:cancel"));

        net::ErrorBody gone;
        gone.message = QStringLiteral("models/veo-3.1-generate-preview is no longer available.");
        QVERIFY(gemini::isRetiredModelError(gone, 404));
        QVERIFY(!gemini::isRetiredModelError(gone, 400));
        net::ErrorBody unknown;
        unknown.message = QStringLiteral("models/x is not found for API version v1beta");
        QVERIFY(!gemini::isRetiredModelError(unknown, 404));
    }
};

QTEST_GUILESS_MAIN(TestGeminiInteractions)
#include "tst_gemini_interactions.moc"
