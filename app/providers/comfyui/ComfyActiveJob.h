#pragma once

// The state of one ComfyUI job while ComfyProvider works on it: shared by the provider's
// submitting half (ComfyProvider.cpp) and its following half (ComfyFollowing.cpp), and by
// nothing else.
#include "providers/comfyui/ComfyProvider.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;
class QWebSocket;

namespace rc::comfyui {

struct ComfyProvider::Active
{
    quint64 serial = 0;
    JobTicket ticket;
    QString key;
    std::optional<Workflow> workflow;
    QUrl server;
    QString promptId;
    QString clientId;
    QJsonObject graph;          // the bound graph, as sent
    bool resumed = false;
    bool posted = false;        // POST /prompt went out (or, resumed, was sent before)
    bool fetching = false;      // the result is being downloaded: status checks stop
    int absentChecks = 0;       // consecutive checks that found the prompt nowhere
    int resubmits = 0;
    qint64 gpuMs = -1;          // how long the server ran the prompt
    QWebSocket *socket = nullptr;
    QTimer *statusTimer = nullptr;
    net::HttpClient::CallId call = 0;
    net::HttpClient::CallId statusCall = 0;
    QElapsedTimer age;
    QElapsedTimer lastAnswer;   // since the server last answered anything
    // Progress: sampler steps dominate a video workflow's time.
    QStringList samplerNodes;   // in the order their steps began
    int stepValue = 0;
    int stepMax = 0;
    QElapsedTimer samplerClock; // since the current sampler's first step
    int queueAhead = -1;
    QString node;
    int lastPercent = -2;
    int lastEta = -2;
    QString lastDetail;
    std::shared_ptr<std::atomic<bool>> cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace rc::comfyui
