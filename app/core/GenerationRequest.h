#pragma once

#include "core/VideoSize.h"

#include <QJsonObject>
#include <QPointF>
#include <QString>

namespace rc {

// What the user asked for, exactly as the compose panel or the command line built it.
// It is stored with the job unchanged, so "reuse settings" and "generate again" replay it.
struct GenerationRequest
{
    QString prompt;
    QString imagePath;      // optional first frame (photo to video)
    QString lastFramePath;  // optional last frame, for providers that take one
    QString negativePrompt; // for providers that take one
    // Where the photo's crop centres (0..1 on each axis): the part of the photo that must stay in
    // frame when its aspect differs from the clip's. The centre by default.
    QPointF focalPoint{0.5, 0.5};
    // The provider's id of a clip to remix: the job then asks the provider to change that clip
    // with the prompt instead of making a new one (Videos API servers that offer remix).
    QString remixOf;
    // The job this one was made from (a remix or an edit of that clip): 0 for none. Stored as
    // the job's parent, so the gallery and `show` can follow the chain of edits.
    qint64 parentJobId = 0;
    int durationSec = 4;
    VideoSize size{1280, 720};
    QString tier = QStringLiteral("draft");
    QString provider = QStringLiteral("builtin");
    QString model;          // empty: the provider's first model
    quint64 seed = 0;       // 0: the service picks one and records it
    bool withAudio = true;
    // "<batch key>/<sku>" when a batch made this job: stored with the job in the same write, so a
    // rerun of the batch finds the row's job even if it was killed before recording the job's id.
    QString batchRow;

    bool hasImage() const { return !imagePath.isEmpty(); }
    QJsonObject toJson() const;
    static GenerationRequest fromJson(const QJsonObject &json);
    bool operator==(const GenerationRequest &o) const;
};

} // namespace rc
