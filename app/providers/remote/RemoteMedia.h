#pragma once

#include "providers/remote/RemoteJobProvider.h"

namespace rc {

// The media work remote providers need (fit a photo, probe a download, make a thumbnail), wired
// to app/media. Shared by the Videos API and Gemini factories.
net::MediaHooks remoteMediaHooks();

// The photo a remote provider uploads: `imagePath` crop-fitted to exactly width x height and kept
// as JPEG in `inputsDir` under a name derived from the job, so a retry sends the same bytes.
// Runs on a pool thread. Empty with `error` set when the photo cannot be used.
QString fittedInputPath(const net::MediaHooks &media, const QString &inputsDir, const QString &imagePath,
                        const QString &tag, int width, int height, QPointF focal, QString *error);

} // namespace rc
