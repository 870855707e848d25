#include "support/FakeServerFixture.h"

#include "providers/remote/RemoteMedia.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QTest>

namespace rc::test {

QJsonObject fastRemoteOptions(const QJsonObject &overrides)
{
    QJsonObject o{{QStringLiteral("pollMinMs"), 20},        {QStringLiteral("pollMaxMs"), 50},
                  {QStringLiteral("retryBaseMs"), 10},      {QStringLiteral("retryMaxMs"), 40},
                  {QStringLiteral("connectTimeoutMs"), 3000}, {QStringLiteral("requestTimeoutMs"), 10000},
                  {QStringLiteral("createTimeoutMs"), 10000}, {QStringLiteral("lowSpeedSec"), 10}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

RemoteProviderFixture::RemoteProviderFixture()
    : eta(std::make_shared<net::AverageEtaEstimator>())
{
    qRegisterMetaType<rc::JobId>("rc::JobId");
    qRegisterMetaType<rc::ErrorKind>("rc::ErrorKind");
    qRegisterMetaType<rc::ProviderResult>("rc::ProviderResult");
    QDir().mkpath(dir.filePath(QStringLiteral("media")));
}

ProviderSpec RemoteProviderFixture::spec(const QString &kind, const QString &baseUrl, const QStringList &models,
                                         const QJsonObject &options) const
{
    ProviderSpec s;
    s.id = QStringLiteral("test-") + kind;
    s.kind = kind;
    s.label = QStringLiteral("Test server");
    s.baseUrl = baseUrl;
    s.models = models;
    s.options = options;
    return s;
}

JobTicket RemoteProviderFixture::ticket(JobId id, const GenerationRequest &request, const QString &remoteId) const
{
    JobTicket t;
    t.jobId = id;
    t.request = request;
    t.videoPath = dir.filePath(QStringLiteral("media/%1.mp4").arg(id));
    t.thumbnailPath = dir.filePath(QStringLiteral("media/%1.jpg").arg(id));
    t.remoteId = remoteId;
    return t;
}

net::RemoteDeps RemoteProviderFixture::deps()
{
    net::RemoteDeps d;
    d.keys = &keys;
    d.inputsDir = dir.filePath(QStringLiteral("inputs"));
    d.eta = eta;
    d.media = remoteMediaHooks();
    return d;
}

QString RemoteProviderFixture::photo(int width, int height, const QString &name) const
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QPainter p(&image);
    p.fillRect(width / 4, height / 4, width / 2, height / 2, Qt::yellow);
    p.end();
    const QString path = dir.filePath(name);
    image.save(path);
    return path;
}

ProviderSignals::ProviderSignals(Provider *p)
    : accepted(p, &Provider::accepted),
      running(p, &Provider::running),
      progressed(p, &Provider::progressed),
      downloading(p, &Provider::downloading),
      succeeded(p, &Provider::succeeded),
      failed(p, &Provider::failed)
{
}

bool ProviderSignals::waitFinished(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (succeeded.isEmpty() && failed.isEmpty() && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return !succeeded.isEmpty() || !failed.isEmpty();
}

ErrorKind ProviderSignals::failureKind() const
{
    return failed.isEmpty() ? ErrorKind::None : failed.first().at(1).value<ErrorKind>();
}

QString ProviderSignals::failureMessage() const
{
    return failed.isEmpty() ? QString() : failed.first().at(2).toString();
}

ProviderResult ProviderSignals::result() const
{
    return succeeded.isEmpty() ? ProviderResult() : succeeded.first().at(1).value<ProviderResult>();
}

QString ProviderSignals::acceptedId() const
{
    return accepted.isEmpty() ? QString() : accepted.first().at(1).toString();
}

QList<int> ProviderSignals::percents() const
{
    QList<int> out;
    for (const auto &args : progressed)
        out.append(args.at(1).toInt());
    return out;
}

QList<int> ProviderSignals::etas() const
{
    QList<int> out;
    for (const auto &args : progressed)
        out.append(args.at(2).toInt());
    return out;
}

CliRunner::CliRunner()
    : env(QProcessEnvironment::systemEnvironment())
{
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("REELCRAFT_PROFILE"));
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(REELCRAFT_BINARY), QStringList{QStringLiteral("--profile"), profile.path()} + args);
    p->waitForStarted();
    return p;
}

CliRunner::Result CliRunner::finish(QProcess &p, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (p.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    Result r;
    r.finished = p.state() == QProcess::NotRunning;
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = r.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliRunner::Result CliRunner::run(const QStringList &args, int timeoutMs)
{
    auto p = start(args);
    return finish(*p, timeoutMs);
}

QJsonArray CliRunner::jobs()
{
    return QJsonDocument::fromJson(run({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array();
}

QJsonObject CliRunner::spend()
{
    return QJsonDocument::fromJson(run({QStringLiteral("spend"), QStringLiteral("--by"), QStringLiteral("provider"),
                                        QStringLiteral("--json")}).out.toUtf8()).object();
}

} // namespace rc::test
