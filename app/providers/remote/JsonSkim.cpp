#include "providers/remote/JsonSkim.h"

#include <QFile>

namespace rc::net {
namespace {

// A placeholder is a string no real short string holds by accident: a control character, which
// JSON must escape, followed by the span's index.
constexpr char kMarker = '\x01';

} // namespace

const JsonSpan *JsonSkim::spanFor(const QString &value) const
{
    if (value.size() < 2 || value.at(0) != QLatin1Char(kMarker))
        return nullptr;
    bool ok = false;
    const int index = value.mid(1).toInt(&ok);
    return ok && index >= 0 && index < spans.size() ? &spans[index] : nullptr;
}

JsonSkim skimJson(QIODevice &device, qint64 maxStringBytes)
{
    JsonSkim out;
    bool inString = false;
    bool escaped = false;
    bool isLong = false;
    QByteArray current; // the open string's text while it is still short
    qint64 stringStart = 0;
    qint64 position = device.pos();
    QByteArray chunk;
    for (;;) {
        chunk = device.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        const char *data = chunk.constData();
        qsizetype plainFrom = 0; // start of a run copied to the output outside strings
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const char c = data[i];
            if (!inString) {
                if (c == '"') {
                    out.json.append(data + plainFrom, i - plainFrom);
                    inString = true;
                    escaped = false;
                    isLong = false;
                    current.clear();
                    stringStart = position + i + 1;
                }
                continue;
            }
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                plainFrom = i + 1;
                if (isLong) {
                    out.json.append('"');
                    out.json.append("\\u0001");
                    out.json.append(QByteArray::number(out.spans.size()));
                    out.json.append('"');
                    out.spans.append(JsonSpan{stringStart, position + i - stringStart});
                } else {
                    out.json.append('"');
                    out.json.append(current);
                    out.json.append('"');
                }
                continue;
            }
            if (!isLong) {
                current.append(c);
                if (current.size() > maxStringBytes) {
                    isLong = true;
                    current.clear();
                }
            }
        }
        if (!inString)
            out.json.append(data + plainFrom, chunk.size() - plainFrom);
        position += chunk.size();
    }
    out.truncated = inString;
    return out;
}

JsonSkim skimJsonFile(const QString &path, qint64 maxStringBytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        JsonSkim empty;
        empty.truncated = true;
        return empty;
    }
    return skimJson(f, maxStringBytes);
}

} // namespace rc::net
