#include "providers/remote/HttpFailure.h"

#include "core/ModelRetirement.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace rc::net {
namespace {

// lupdate takes the context from this declaration; a plain function would hide it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpFailure)
};

QString clip(QString text)
{
    text = text.simplified();
    return text.size() > 300 ? text.left(297) + QStringLiteral("...") : text;
}

} // namespace

QString serverSaid(const ErrorBody &body, const HttpResponse &response)
{
    if (body.parsed && !body.message.isEmpty())
        return clip(body.message);
    if (response.looksLikeJson() || response.body.isEmpty())
        return Tr::tr("HTTP %1").arg(response.status);
    // An HTML page or plain text: its status is all that reads well.
    return Tr::tr("HTTP %1 (not an API answer: is the base URL right?)").arg(response.status);
}

bool saysModelIsGone(const HttpResponse &r)
{
    if (r.isTransportError() || (r.status != 404 && r.status != 410))
        return false;
    const ErrorBody body = parseErrorBody(r.body);
    if (!body.parsed)
        return r.status == 410;
    for (const char *code : {"model_not_found", "model_not_available", "model_deprecated", "model_retired", "model_gone"})
        if (body.hasCode(code))
            return true;
    static const QRegularExpression gone(
        QStringLiteral("\\bmodels?\\b.*\\b(not found|does not exist|doesn't exist|no longer|deprecated|retired|"
                       "shut down|discontinued|not available|unavailable|removed|unknown)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression goneFirst(
        QStringLiteral("\\b(unknown|invalid|unsupported|deprecated|retired|discontinued) models?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return gone.match(body.message).hasMatch() || goneFirst.match(body.message).hasMatch()
        || (r.status == 410 && body.message.isEmpty());
}

Failure modelGoneFailure(const HttpResponse &r, const QString &modelLabel, const QString &serverName)
{
    // The server says the model is gone but not since when: today's date would read as the shutdown date.
    const QString sentence = Tr::tr("%1 has been retired by %2; choose another model.").arg(modelLabel, serverName);
    return {ErrorKind::InvalidInput,
            Tr::tr("%1 (%2 answered %3: %4)").arg(sentence, serverName).arg(r.status).arg(serverSaid(parseErrorBody(r.body), r))};
}

Failure describeFailure(const HttpResponse &r, CallPhase phase, const QString &serverName)
{
    if (r.isTransportError()) {
        switch (r.error) {
        case TransportError::Cancelled:
            return {ErrorKind::Cancelled, Tr::tr("Cancelled.")};
        case TransportError::Refused:
            return {ErrorKind::InvalidInput,
                    Tr::tr("Reelcraft uses plain http only for this computer and the local network; "
                       "use an https address for %1 (%2).").arg(serverName, r.errorText)};
        case TransportError::Disk:
            return {ErrorKind::Disk, Tr::tr("The download from %1 could not be written to disk.").arg(serverName)};
        case TransportError::Tls:
            return {ErrorKind::Network,
                    Tr::tr("The secure connection to %1 failed (%2).").arg(serverName, r.errorText)};
        case TransportError::TooLarge:
            return {ErrorKind::Server, Tr::tr("%1 sent an answer too large to read.").arg(serverName)};
        default:
            break;
        }
        if (phase == CallPhase::Create && r.requestSent)
            return {ErrorKind::Unknown,
                    Tr::tr("The connection to %1 failed after the request was sent (%2). The job may have been "
                       "created and may be billed: check the provider's dashboard before trying again.")
                        .arg(serverName, r.errorText)};
        if (r.error == TransportError::Connect)
            return {ErrorKind::Network, Tr::tr("Could not reach %1 (%2).").arg(serverName, r.errorText)};
        return {ErrorKind::Network, Tr::tr("The connection to %1 failed (%2).").arg(serverName, r.errorText)};
    }

    const ErrorBody body = parseErrorBody(r.body);
    const QString said = serverSaid(body, r);
    const int s = r.status;
    if (isModerationError(body))
        return {ErrorKind::Moderation,
                Tr::tr("%1 refused the prompt or photo under its content policy: %2").arg(serverName, said)};
    if (s == 401)
        return {ErrorKind::Auth, Tr::tr("%1 rejected the API key (401: %2). Check the key for this provider.")
                                     .arg(serverName, said)};
    if (s == 403)
        return {ErrorKind::Auth, Tr::tr("%1 refused access (403: %2). The key may lack permission for this model.")
                                     .arg(serverName, said)};
    if (s == 429)
        return {ErrorKind::Quota,
                Tr::tr("%1 says the rate limit or quota is used up (%2). Try again later or check the plan.")
                    .arg(serverName, said)};
    if (s == 400 || s == 413 || s == 415 || s == 422) {
        if (phase == CallPhase::Create)
            return {ErrorKind::InvalidInput, Tr::tr("%1 refused the request: %2").arg(serverName, said)};
        return {ErrorKind::Server, Tr::tr("%1 answered with an error: %2").arg(serverName, said)};
    }
    if (s == 404)
        return {phase == CallPhase::Create ? ErrorKind::InvalidInput : ErrorKind::Server,
                Tr::tr("%1 does not know this address (404: %2). Check the base URL.").arg(serverName, said)};
    if (s >= 300 && s < 400) {
        const QString where = QUrl(QString::fromUtf8(r.header("location"))).host();
        return {phase == CallPhase::Create ? ErrorKind::InvalidInput : ErrorKind::Server,
                Tr::tr("%1 redirected the request (HTTP %2) to %3. Reelcraft does not send your prompt, photo or "
                       "key on to another address: check the base URL.")
                    .arg(serverName)
                    .arg(s)
                    .arg(where.isEmpty() ? Tr::tr("another address") : where)};
    }
    if (s >= 500 && phase == CallPhase::Create && (s == 502 || s == 504))
        return {ErrorKind::Unknown,
                Tr::tr("%1's gateway failed while creating the job (%2). The job may have been created and may be "
                   "billed: check the provider's dashboard before trying again.").arg(serverName, said)};
    if (s >= 500)
        return {ErrorKind::Server, Tr::tr("%1 had an internal error (%2).").arg(serverName, said)};
    return {ErrorKind::Server, Tr::tr("%1 answered unexpectedly: %2").arg(serverName, said)};
}

} // namespace rc::net
