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

// Whether an answer says the requested model no longer exists on this service: a 410, or a 404
// whose error names the model ("model_not_found", "The model ... does not exist", "... has been
// deprecated"). A 404 for an unknown job or a wrong base URL does not count.
bool saysModelIsGone(const HttpResponse &response);

// How a service's "this model is gone" reads: the same sentence as a retirement the catalogue
// knows, dated the day the service said so, with the service's own words after it.
Failure modelGoneFailure(const HttpResponse &response, const QString &modelLabel, const QString &serverName);

// "the server said: <message>" with the server's text cut to a readable length.
QString serverSaid(const ErrorBody &body, const HttpResponse &response);

} // namespace rc::net
