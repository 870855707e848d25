#include "storyboard/ShotMaker.h"

#include "core/Catalogue.h"
#include "media/MediaReader.h"
#include "service/BudgetGuard.h"
#include "service/GenerationService.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

namespace rc::storyboard {

ShotMaker::ShotMaker(const Dependencies &deps, QObject *parent)
    : QObject(parent), m_deps(deps), m_made(deps.workDir + QStringLiteral("/shots.json"))
{
    connect(m_deps.service, &GenerationService::jobChanged, this, &ShotMaker::onJobChanged);
    connect(m_deps.service, &GenerationService::jobFinished, this, &ShotMaker::onJobFinished);
}

bool ShotMaker::plan(const Storyboard &sb, const QList<double> &lessonSec, QString *error)
{
    m_shots.clear();
    m_made.load(nullptr);
    QString previousKey;
    for (int i = 0; i < sb.shots.size(); ++i) {
        QString why;
        auto request = requestForShot(sb, i, lessonSec.value(i, sb.shots[i].seconds), previousKey, *m_deps.catalogue, &why);
        if (!request) {
            if (error)
                *error = shotName(i) + QStringLiteral(": ") + why;
            return false;
        }
        if (request->waitsForPrevious) {
            const ModelSpec *model = m_deps.catalogue->model(request->request.model);
            if (model && !model->imageInput) {
                if (error)
                    *error = shotName(i) + QStringLiteral(": ")
                        + tr("%1 cannot start from a picture, so it cannot continue the previous shot").arg(model->label);
                return false;
            }
        }
        // The same checks a submission makes, before anything is sent for any shot.
        why = m_deps.service->check(request->request);
        if (!why.isEmpty()) {
            if (error)
                *error = shotName(i) + QStringLiteral(": ") + why;
            return false;
        }
        Entry e;
        e.request = *request;
        e.clip = m_made.clipFor(request->key);
        e.state = e.clip.isEmpty() ? State::Waiting : State::Made;
        e.job = m_made.jobFor(request->key);
        m_shots.push_back(e);
        previousKey = request->key;
    }
    return true;
}

void ShotMaker::forget(int index)
{
    if (index < 0 || index >= int(m_shots.size()) || m_shots[size_t(index)].state == State::Running)
        return;
    Entry &e = m_shots[size_t(index)];
    e.state = State::Waiting;
    e.clip.clear();
    e.forced = true;
}

int ShotMaker::shotsToMake() const
{
    int n = 0;
    for (const Entry &e : m_shots)
        n += e.state != State::Made;
    return n;
}

Money ShotMaker::costToMake() const
{
    Money total;
    for (const Entry &e : m_shots)
        if (e.state != State::Made)
            total += m_deps.catalogue->estimate(e.request.request);
    return total;
}

QString ShotMaker::budgetRefusal() const
{
    // The caps over all providers see the storyboard's total; each provider's cap sees its share.
    BudgetGuard guard(*m_deps.budgets, *m_deps.ledger);
    const QDateTime now = QDateTime::currentDateTime();
    QHash<QString, Money> byProvider;
    for (const Entry &e : m_shots)
        if (e.state != State::Made)
            byProvider[e.request.request.provider] += m_deps.catalogue->estimate(e.request.request);
    const auto shots = BudgetGuard::Spending::Shots;
    QString refusal = guard.check(QString(), QString(), costToMake(), now, {}, shots);
    for (auto it = byProvider.begin(); refusal.isEmpty() && it != byProvider.end(); ++it) {
        const ProviderSpec *p = m_deps.catalogue->provider(it.key());
        refusal = guard.check(it.key(), p ? p->label : it.key(), it.value(), now, {}, shots);
    }
    return refusal;
}

void ShotMaker::start()
{
    m_running = true;
    for (int i = 0; i < int(m_shots.size()); ++i) {
        const Entry &e = m_shots[size_t(i)];
        if (e.state == State::Waiting && (!e.request.waitsForPrevious || m_shots[size_t(i - 1)].state == State::Made))
            submit(i);
    }
    finishIfDone();
}

void ShotMaker::cancel()
{
    for (Entry &e : m_shots)
        if (e.state == State::Running)
            m_deps.service->cancel(e.job);
}

void ShotMaker::submit(int index)
{
    Entry &e = m_shots[size_t(index)];
    GenerationRequest request = e.request.request;
    if (e.request.waitsForPrevious) {
        QString why;
        request.imagePath = lastFrameOf(m_shots[size_t(index - 1)].clip, e.request.key, &why);
        if (request.imagePath.isEmpty())
            return markFailed(index, why);
    }
    const GenerationService::Submission s = m_deps.service->submit(request);
    if (!s.ok())
        return markFailed(index, s.error);
    e.job = s.id;
    e.state = State::Running;
    Q_EMIT shotStarted(index, s.id);
}

QString ShotMaker::lastFrameOf(const QString &clip, const QString &key, QString *error) const
{
    media::VideoReader reader;
    if (!reader.open(clip, error))
        return QString();
    QImage frame, last;
    while (reader.next(&frame))
        last = frame;
    const QString dir = m_deps.workDir + QStringLiteral("/frames");
    const QString path = dir + QLatin1Char('/') + key + QStringLiteral("-first.png");
    if (last.isNull() || !QDir().mkpath(dir) || !last.save(path)) {
        if (error)
            *error = tr("cannot take the last frame of the previous shot");
        return QString();
    }
    return path;
}

int ShotMaker::indexOfJob(JobId job) const
{
    for (size_t i = 0; i < m_shots.size(); ++i)
        if (m_shots[i].job == job && m_shots[i].state == State::Running)
            return int(i);
    return -1;
}

void ShotMaker::onJobChanged(const Job &job)
{
    const int index = indexOfJob(job.id());
    if (index >= 0 && !isTerminal(job.state()))
        Q_EMIT shotProgress(index, job.progress());
}

void ShotMaker::onJobFinished(const Job &job)
{
    const int index = indexOfJob(job.id());
    if (index < 0)
        return;
    Entry &e = m_shots[size_t(index)];
    if (job.state() != JobState::Completed || job.output().videoPath.isEmpty()) {
        const QString why = job.errorMessage().isEmpty() ? errorKindLabel(job.errorKind()) : job.errorMessage();
        markFailed(index, why);
        finishIfDone();
        return;
    }
    e.state = State::Made;
    e.clip = job.output().videoPath;
    m_made.record(e.request.key, job.id(), e.clip);
    m_made.save(nullptr); // losing the index costs a re-make, never the clip
    Q_EMIT shotMade(index, e.clip);
    if (index + 1 < int(m_shots.size()) && m_shots[size_t(index + 1)].request.waitsForPrevious
        && m_shots[size_t(index + 1)].state == State::Waiting)
        submit(index + 1);
    finishIfDone();
}

void ShotMaker::markFailed(int index, const QString &reason)
{
    Entry &e = m_shots[size_t(index)];
    e.state = State::Failed;
    e.failure = reason;
    Q_EMIT shotFailed(index, reason);
    // A shot that continues this one has no first frame now.
    if (index + 1 < int(m_shots.size()) && m_shots[size_t(index + 1)].request.waitsForPrevious
        && m_shots[size_t(index + 1)].state == State::Waiting)
        markFailed(index + 1, tr("it continues %1, which was not made").arg(shotName(index)));
}

void ShotMaker::finishIfDone()
{
    if (!m_running)
        return;
    bool all = true;
    for (const Entry &e : m_shots) {
        if (e.state == State::Running || (e.state == State::Waiting))
            return;
        all = all && e.state == State::Made;
    }
    m_running = false;
    Q_EMIT finished(all);
}

QStringList ShotMaker::clips() const
{
    QStringList out;
    for (const Entry &e : m_shots)
        out.append(e.state == State::Made ? e.clip : QString());
    return out;
}

QList<JobId> ShotMaker::jobs() const
{
    QList<JobId> out;
    for (const Entry &e : m_shots)
        out.append(e.state == State::Made ? e.job : 0);
    return out;
}

QStringList ShotMaker::failures() const
{
    QStringList out;
    for (size_t i = 0; i < m_shots.size(); ++i)
        if (m_shots[i].state == State::Failed)
            out.append(shotName(int(i)) + QStringLiteral(": ") + m_shots[i].failure);
    return out;
}

} // namespace rc::storyboard
