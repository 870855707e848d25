// `reelcraft worker`: the built-in engine's process. Not for people: BuiltinProvider starts it,
// sends one job as a JSON line on stdin and reads JSON lines back (see BuiltinProvider.h).
// "cancel" on stdin, or stdin closing because the studio went away, stops the render.
// So does a write to stdout that fails: the parent that read it is gone.
#include "cli/Commands.h"

#include "engine/Engine.h"
#include "engine/EngineJobJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <thread>

namespace rc::cli {
namespace {

std::atomic<bool> g_cancel{false};

void emitLine(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    const bool written = std::fwrite(line.constData(), 1, size_t(line.size()), stdout) == size_t(line.size());
    if (!written || std::fflush(stdout) != 0)
        g_cancel = true; // nobody reads us any more: stop, and clean up rather than render for no one
}

QString statusKind(engine::EngineStatus status)
{
    switch (status) {
    case engine::EngineStatus::Ok: return QStringLiteral("ok");
    case engine::EngineStatus::InvalidInput: return QStringLiteral("invalid-input");
    case engine::EngineStatus::Cancelled: return QStringLiteral("cancelled");
    case engine::EngineStatus::DiskError: return QStringLiteral("disk");
    case engine::EngineStatus::InternalError: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace

int runWorkerCommand(const CommandArgs &)
{
    // A parent killed mid-render closes our stdout; without this the next progress line would kill
    // us by SIGPIPE before the cancel is seen, leaving the partial file behind.
    std::signal(SIGPIPE, SIG_IGN);
    std::string firstLine;
    if (!std::getline(std::cin, firstLine)) {
        emitLine({{QStringLiteral("event"), QStringLiteral("error")}, {QStringLiteral("kind"), QStringLiteral("internal")},
                  {QStringLiteral("message"), QStringLiteral("The worker received no job.")}});
        return Failure;
    }
    engine::EngineJob job;
    QString error;
    const QJsonObject json = QJsonDocument::fromJson(QByteArray::fromStdString(firstLine)).object();
    if (!engine::fromJson(json, &job, &error)) {
        emitLine({{QStringLiteral("event"), QStringLiteral("error")}, {QStringLiteral("kind"), QStringLiteral("internal")},
                  {QStringLiteral("message"), QStringLiteral("The worker could not read its job: %1").arg(error)}});
        return Failure;
    }

    // Detached: it may stay blocked in getline until the process exits, which is fine.
    std::thread([] {
        std::string line;
        while (std::getline(std::cin, line)) {
            if (line == "cancel")
                break;
        }
        g_cancel = true; // "cancel", or stdin closed because the parent is gone
    }).detach();

    const engine::EngineOutcome outcome = engine::renderClip(
        job,
        [](const engine::EngineProgress &p) {
            emitLine({{QStringLiteral("event"), QStringLiteral("progress")},
                      {QStringLiteral("done"), p.framesDone},
                      {QStringLiteral("total"), p.framesTotal}});
        },
        g_cancel);
    if (outcome.status == engine::EngineStatus::Ok) {
        emitLine({{QStringLiteral("event"), QStringLiteral("done")}});
        return Success;
    }
    emitLine({{QStringLiteral("event"), QStringLiteral("error")},
              {QStringLiteral("kind"), statusKind(outcome.status)},
              {QStringLiteral("message"), outcome.message}});
    return Failure;
}

} // namespace rc::cli
