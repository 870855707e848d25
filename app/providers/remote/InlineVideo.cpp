#include "providers/remote/InlineVideo.h"

#include <QCoreApplication>
#include <QFile>

namespace rc::net {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RemoteJobProvider) // the context of the other result-file messages
};

constexpr qsizetype kChunkChars = 256 * 1024; // a multiple of 4

// Base64 text in, bytes out to a file: JSON escapes resolved on the fly, a bounded buffer.
class Base64Sink
{
public:
    explicit Base64Sink(QFile &out) : m_out(out) { m_clean.reserve(kChunkChars + 8); }

    bool feed(const char *data, qsizetype size)
    {
        for (qsizetype i = 0; i < size; ++i) {
            const char c = data[i];
            if (m_escape == 1) {
                m_escape = 0;
                if (c == 'u') {
                    m_escape = 2;
                    m_hex = 0;
                } else if (c == '/' || c == '\\') {
                    if (!take(c))
                        return false;
                } else if (c != 'n' && c != 'r' && c != 't') {
                    return fail(Tr::tr("an unexpected escape in the video text"));
                }
                continue;
            }
            if (m_escape >= 2) {
                const int digit = (c >= '0' && c <= '9') ? c - '0'
                    : (c >= 'a' && c <= 'f')                 ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F')                 ? c - 'A' + 10
                                                             : -1;
                if (digit < 0)
                    return fail(Tr::tr("a broken escape in the video text"));
                m_hex = m_hex * 16 + digit;
                if (++m_escape == 6) {
                    m_escape = 0;
                    if (m_hex == '\n' || m_hex == '\r')
                        continue;
                    if (m_hex > 0x7f || !take(char(m_hex)))
                        return fail(Tr::tr("a character that is not base64 in the video text"));
                }
                continue;
            }
            if (c == '\\') {
                m_escape = 1;
                continue;
            }
            if (c == '\n' || c == '\r' || c == ' ' || c == '\t')
                continue;
            if (!take(c))
                return false;
        }
        return true;
    }

    bool finish()
    {
        if (m_escape != 0)
            return fail(Tr::tr("the video text ends inside an escape"));
        if (m_clean.size() % 4 == 1)
            return fail(Tr::tr("the video text has a stray character at its end"));
        while (m_clean.size() % 4 != 0)
            m_clean.append('=');
        return flush();
    }

    qint64 written() const { return m_written; }
    QString error() const { return m_error; }

private:
    bool take(char c)
    {
        if (c == '-')
            c = '+';
        else if (c == '_')
            c = '/';
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/' || c == '=';
        if (!ok)
            return fail(Tr::tr("a character that is not base64 in the video text"));
        m_clean.append(c);
        return m_clean.size() < kChunkChars || flush();
    }

    bool flush()
    {
        if (m_clean.isEmpty())
            return true;
        const auto decoded = QByteArray::fromBase64Encoding(m_clean, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(Tr::tr("the video text is not valid base64"));
        if (m_out.write(decoded.decoded) != decoded.decoded.size())
            return fail(Tr::tr("the video could not be written: %1").arg(m_out.errorString()));
        m_written += decoded.decoded.size();
        m_clean.clear();
        return true;
    }

    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }

    QFile &m_out;
    QByteArray m_clean;
    int m_escape = 0; // 0 none, 1 after '\', 2..5 reading the digits of \uXXXX
    int m_hex = 0;
    qint64 m_written = 0;
    QString m_error;
};

} // namespace

bool decodeInlineVideo(const InlineVideo &video, const QString &target, const std::atomic<bool> *cancelled,
                       QString *error)
{
    auto failWith = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failWith(Tr::tr("the video could not be written to %1: %2").arg(target, out.errorString()));
    Base64Sink sink(out);
    bool ok = true;
    if (video.sourceFile.isEmpty()) {
        for (qsizetype at = 0; ok && at < video.base64.size(); at += kChunkChars) {
            if (cancelled && cancelled->load())
                return failWith(Tr::tr("cancelled"));
            ok = sink.feed(video.base64.constData() + at, qMin(kChunkChars, video.base64.size() - at));
        }
    } else {
        QFile in(video.sourceFile);
        if (!in.open(QIODevice::ReadOnly) || !in.seek(video.span.offset))
            return failWith(Tr::tr("the answer holding the video cannot be read: %1").arg(in.errorString()));
        qint64 left = video.span.length;
        QByteArray chunk;
        while (ok && left > 0) {
            if (cancelled && cancelled->load())
                return failWith(Tr::tr("cancelled"));
            chunk = in.read(qMin<qint64>(kChunkChars, left));
            if (chunk.isEmpty())
                return failWith(Tr::tr("the answer holding the video ended early"));
            left -= chunk.size();
            ok = sink.feed(chunk.constData(), chunk.size());
        }
    }
    if (!ok || !sink.finish())
        return failWith(sink.error());
    if (sink.written() == 0)
        return failWith(Tr::tr("the video is empty"));
    if (!out.flush())
        return failWith(Tr::tr("the video could not be written: %1").arg(out.errorString()));
    return true;
}

} // namespace rc::net
