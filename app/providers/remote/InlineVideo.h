#pragma once

#include "providers/remote/JsonSkim.h"

#include <QByteArray>
#include <QString>

#include <atomic>

namespace rc::net {

// A video sent inside a JSON answer as base64: either the whole text in memory, or a span of a
// file the answer was streamed to (see JsonSkim). Either way it is decoded a chunk at a time
// into the part file, so the decoded video is never held in memory and the text never twice.
struct InlineVideo
{
    QByteArray base64;   // the text itself, or
    QString sourceFile;  // the file holding the answer, with
    JsonSpan span;       // where the string lies in it
    bool removeSource = false; // the source file is scratch: delete it once read

    bool isEmpty() const { return base64.isEmpty() && sourceFile.isEmpty(); }
};

// Writes the decoded bytes to `target` (truncating it). The text may carry JSON escapes (\/,
// \u002b, \n) and line breaks, and may be base64url. Returns false with `error` on unreadable
// text, a read or write failure, or a cancel (when `cancelled` becomes true).
bool decodeInlineVideo(const InlineVideo &video, const QString &target, const std::atomic<bool> *cancelled,
                       QString *error);

} // namespace rc::net
