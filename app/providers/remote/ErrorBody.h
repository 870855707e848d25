#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace rc::net {

// What an error answer says, whatever shape the server used. Accepts (compat-servers.md §6.12):
//   {"error":{"message","type","param","code"}}   OpenAI, vLLM (code int or string), LocalAI,
//                                                 Gemini's google.rpc.Status ({code,message,status})
//   {"error":"Unauthorized"}                      vLLM's auth failure
//   {"detail":"..."}                              FastAPI (SGLang)
//   {"detail":[{"loc":[...],"msg":"..."}]}        FastAPI validation errors (422)
//   {"code":"task_not_exist","message":"...","data":null}   new-api's flat shape
// and anything else (HTML, empty) as "not parsed".
struct ErrorBody
{
    bool parsed = false;
    QString message;
    QString code;   // as text: "model_not_found", "429", "task_not_exist"
    QString type;   // OpenAI's type, or Google's status ("RESOURCE_EXHAUSTED")
    QString param;
    QString reason; // Google's details[].reason ("API_KEY_INVALID"), when present

    bool hasCode(const char *value) const { return code.compare(QLatin1String(value), Qt::CaseInsensitive) == 0; }
};

ErrorBody parseErrorBody(const QByteArray &body);

// The `error` member of a failed job: {message}, {code, message}, a bare string, or absent.
ErrorBody parseJobError(const QJsonValue &error);

// Whether an error reads as a content-policy refusal (OpenAI code "moderation_blocked",
// "content_policy_violation", or words to that effect in the message).
bool isModerationError(const ErrorBody &error);

} // namespace rc::net
