#pragma once

#include "providers/comfyui/ComfyServers.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rc::comfyui {

// A pool survey in words, made in one place: `reelcraft provider test` prints it and the studio's
// Add Provider test shows it, so both say the same about the same servers.
struct ServerSummary
{
    struct Model
    {
        QString label;   // "ltx-video", or "ltx-video (photo)" for its photo workflow
        QString missing; // empty: the server has every node and model file it needs
    };
    // "<url>: ComfyUI 0.3.66, <gpu>, 20.0 GiB of 24.0 GiB VRAM free, 1 job queued", or "<url>: down: <why>"
    QString headline;
    QList<Model> models;   // in the profile's order, each text workflow before its photo one
    bool nodesRead = true; // false: the node list could not be read, so nothing was checked
    bool usable = false;   // it answers and can run at least one workflow (or could not be checked)
};

struct SurveySummary
{
    QList<ServerSummary> servers;
    // The profile's models whose text workflow at least one server can run; all of them once a
    // server could not be checked (that server decides at the first job).
    QStringList runnableModels;
    int usableServers = 0;
};

SurveySummary summarizeSurvey(const QStringList &models, const QList<ServerReport> &reports);

} // namespace rc::comfyui
