#include "providers/remote/ErrorBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc::net {
namespace {

QString asText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return QString();
}

// FastAPI's validation list: "size: String should match pattern; seconds: Input should be ..."
QString detailList(const QJsonArray &items)
{
    QStringList parts;
    for (const auto &item : items) {
        const QJsonObject o = item.toObject();
        QStringList loc;
        for (const auto &l : o.value(QStringLiteral("loc")).toArray()) {
            const QString s = asText(l);
            if (!s.isEmpty() && s != QLatin1String("body"))
                loc.append(s);
        }
        const QString msg = o.value(QStringLiteral("msg")).toString();
        if (msg.isEmpty())
            continue;
        parts.append(loc.isEmpty() ? msg : loc.join(QLatin1Char('.')) + QStringLiteral(": ") + msg);
    }
    return parts.join(QStringLiteral("; "));
}

void readErrorObject(const QJsonObject &e, ErrorBody *out)
{
    out->message = e.value(QStringLiteral("message")).toString();
    out->code = asText(e.value(QStringLiteral("code")));
    out->type = e.value(QStringLiteral("type")).toString();
    if (out->type.isEmpty())
        out->type = e.value(QStringLiteral("status")).toString(); // google.rpc.Status
    out->param = e.value(QStringLiteral("param")).toString();
    for (const auto &d : e.value(QStringLiteral("details")).toArray()) {
        const QString reason = d.toObject().value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty()) {
            out->reason = reason;
            break;
        }
    }
}

} // namespace

ErrorBody parseErrorBody(const QByteArray &body)
{
    ErrorBody out;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return out;
    const QJsonObject root = doc.object();
    const QJsonValue error = root.value(QStringLiteral("error"));
    const QJsonValue detail = root.value(QStringLiteral("detail"));
    if (error.isObject()) {
        readErrorObject(error.toObject(), &out);
    } else if (error.isString()) {
        out.message = error.toString();
    } else if (detail.isString()) {
        out.message = detail.toString();
    } else if (detail.isArray()) {
        out.message = detailList(detail.toArray());
        out.code = QStringLiteral("validation_error");
    } else if (root.contains(QStringLiteral("message")) || root.contains(QStringLiteral("code"))) {
        out.message = root.value(QStringLiteral("message")).toString();
        out.code = asText(root.value(QStringLiteral("code")));
    } else {
        return out;
    }
    if (out.message.isEmpty())
        out.message = out.code;
    out.parsed = !out.message.isEmpty() || !out.code.isEmpty();
    return out;
}

ErrorBody parseJobError(const QJsonValue &error)
{
    ErrorBody out;
    if (error.isObject())
        readErrorObject(error.toObject(), &out);
    else if (error.isString())
        out.message = error.toString();
    if (out.message.isEmpty())
        out.message = out.code;
    out.parsed = !out.message.isEmpty();
    return out;
}

bool isModerationError(const ErrorBody &error)
{
    static const char *const codes[] = {"moderation_blocked", "content_policy_violation", "content_filter",
                                        "safety", "moderation", "policy_violation"};
    for (const char *c : codes)
        if (error.code.contains(QLatin1String(c), Qt::CaseInsensitive)
            || error.type.contains(QLatin1String(c), Qt::CaseInsensitive))
            return true;
    static const char *const words[] = {"moderation", "content policy", "safety system", "safety filter",
                                        "violates our", "violat"};
    for (const char *w : words)
        if (error.message.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace rc::net
