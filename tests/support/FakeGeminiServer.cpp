#include "support/FakeGeminiServer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rc::test {

FakeGeminiServer::FakeGeminiServer(QObject *parent)
    : QObject(parent), m_http(new FakeHttpServer(this)), m_video(sampleMp4())
{
    m_http->setHandler([this](const RecordedRequest &r) { return handle(r); });
}

bool FakeGeminiServer::listen()
{
    return m_http->listen();
}

QString FakeGeminiServer::baseUrl() const
{
    return m_http->origin() + QStringLiteral("/v1beta");
}

void FakeGeminiServer::setOperationError(int code, const QString &message, const QString &status)
{
    m_error = {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}, {QStringLiteral("status"), status}};
}

const RecordedRequest *FakeGeminiServer::lastCreate() const
{
    const auto &all = m_http->requests();
    for (int i = int(all.size()) - 1; i >= 0; --i)
        if (all[i].method == "POST" && all[i].path.endsWith(QLatin1String(":predictLongRunning")))
            return &all[i];
    return nullptr;
}

static QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeResponse FakeGeminiServer::handle(const RecordedRequest &r)
{
    if (r.header("x-goog-api-key") != m_key.toUtf8()) {
        const QJsonObject e{{QStringLiteral("code"), 400},
                            {QStringLiteral("message"), QStringLiteral("API key not valid. Please pass a valid API key.")},
                            {QStringLiteral("status"), QStringLiteral("INVALID_ARGUMENT")},
                            {QStringLiteral("details"), QJsonArray{QJsonObject{
                                 {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo")},
                                 {QStringLiteral("reason"), QStringLiteral("API_KEY_INVALID")}}}}};
        return FakeResponse::json(400, compact({{QStringLiteral("error"), e}}));
    }
    const QString path = r.path;
    if (!path.startsWith(QLatin1String("/v1beta/")))
        return FakeResponse::html(404, "<html>404</html>");
    const QString rest = path.mid(8);
    if (r.method == "GET" && rest == QLatin1String("models")) {
        QJsonArray models;
        for (const char *m : {"veo-3.1-generate-preview", "veo-3.0-fast-generate-001"})
            models.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("models/") + QLatin1String(m)},
                                      {QStringLiteral("supportedGenerationMethods"), QJsonArray{QStringLiteral("predictLongRunning")}}});
        models.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("models/gemini-2.5-flash")},
                                  {QStringLiteral("supportedGenerationMethods"), QJsonArray{QStringLiteral("generateContent")}}});
        return FakeResponse::json(200, compact({{QStringLiteral("models"), models}}));
    }
    if (r.method == "POST" && rest.startsWith(QLatin1String("models/")) && rest.endsWith(QLatin1String(":predictLongRunning"))) {
        const QString model = rest.mid(7, rest.size() - 7 - int(qstrlen(":predictLongRunning")));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QJsonArray instances = body.value(QStringLiteral("instances")).toArray();
        if (instances.isEmpty() || instances[0].toObject().value(QStringLiteral("prompt")).toString().isEmpty())
            return FakeResponse::json(400, R"({"error":{"code":400,"message":"prompt is required","status":"INVALID_ARGUMENT"}})");
        if (instances[0].toObject().contains(QStringLiteral("inlineData")))
            return FakeResponse::json(400, R"({"error":{"code":400,"message":"inlineData isn't supported by this model.","status":"INVALID_ARGUMENT"}})");
        const QString id = QStringLiteral("op%1").arg(m_nextId++);
        m_polls.insert(id, 0);
        return FakeResponse::json(200, compact({{QStringLiteral("name"), QStringLiteral("models/%1/operations/%2").arg(model, id)}}));
    }
    const int opAt = rest.indexOf(QLatin1String("/operations/"));
    if (r.method == "GET" && opAt > 0)
        return operation(rest, rest.mid(opAt + 12));
    if (r.method == "GET" && rest.startsWith(QLatin1String("files/")) && rest.endsWith(QLatin1String(":download"))) {
        FakeResponse response = FakeResponse::bytes(m_video, "video/mp4", r.header("range"));
        if (m_cutOnce >= 0) {
            response.misbehaviour = FakeResponse::CutAfterBytes;
            response.cutAfterBytes = m_cutOnce;
            m_cutOnce = -1;
        }
        return response;
    }
    return FakeResponse::json(404, R"({"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND"}})");
}

FakeResponse FakeGeminiServer::operation(const QString &name, const QString &id)
{
    auto it = m_polls.find(id);
    if (it == m_polls.end())
        return FakeResponse::json(404, R"({"error":{"code":404,"message":"Operation not found.","status":"NOT_FOUND"}})");
    ++*it;
    QJsonObject o{{QStringLiteral("name"), name}};
    if (*it < m_pollsUntilDone)
        return FakeResponse::json(200, compact(o));
    o.insert(QStringLiteral("done"), true);
    QJsonObject inner;
    switch (m_result) {
    case Result::Uri:
        inner.insert(QStringLiteral("generatedSamples"),
                     QJsonArray{QJsonObject{{QStringLiteral("video"),
                                             QJsonObject{{QStringLiteral("uri"), m_http->origin() + QStringLiteral("/v1beta/files/%1:download?alt=media").arg(id)}}}}});
        break;
    case Result::Inline:
        inner.insert(QStringLiteral("generatedSamples"),
                     QJsonArray{QJsonObject{{QStringLiteral("video"),
                                             QJsonObject{{QStringLiteral("encodedVideo"), QString::fromLatin1(m_video.toBase64())}}}}});
        break;
    case Result::SafetyBlock:
        inner.insert(QStringLiteral("raiMediaFilteredCount"), 1);
        inner.insert(QStringLiteral("raiMediaFilteredReasons"), QJsonArray::fromStringList(m_reasons));
        break;
    case Result::OperationError:
        o.insert(QStringLiteral("error"), m_error);
        return FakeResponse::json(200, compact(o));
    }
    inner.insert(QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse"));
    o.insert(QStringLiteral("response"), QJsonObject{{QStringLiteral("generateVideoResponse"), inner}});
    return FakeResponse::json(200, compact(o));
}

} // namespace rc::test
