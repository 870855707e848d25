#pragma once

#include "core/JobState.h"
#include "providers/remote/ErrorBody.h"
#include "net/HttpTypes.h"

#include <QString>

namespace rc::net {

// Which step of a job a response belongs to: decides how an ambiguous failure reads.
enum class CallPhase { Create, Poll, Download, Other };

// A failure as the job will show it.
struct Failure
{
    ErrorKind kind = ErrorKind::Server;
    QString message;
};

// The wording shared by every remote provider for a response that is not a success: transport
// errors, 401/403 key problems, 429 quota, 400/422 input problems, moderation refusals, 5xx.
// `serverName` is what the user calls the server ("my-gpu", "Google Veo").
// A create that failed after its bytes left reads as ErrorKind::Unknown: it may exist, and
// may be billed, so it must not be sent again without the user deciding.
Failure describeFailure(const HttpResponse &response, CallPhase phase, const QString &serverName);

// "the server said: <message>" with the server's text cut to a readable length.
QString serverSaid(const ErrorBody &body, const HttpResponse &response);

} // namespace rc::net
