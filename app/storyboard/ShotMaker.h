#pragma once

#include "core/Job.h"
#include "core/Money.h"
#include "storyboard/MadeShots.h"
#include "storyboard/ShotRequest.h"

#include <QObject>
#include <QStringList>

namespace rc {
class Budgets;
class Catalogue;
class GenerationService;
class Ledger;
}

namespace rc::storyboard {

// Makes a storyboard's shots through the generation service, as any clip is made (queued,
// priced, stored, in the gallery). A shot whose content was made before is reused; a continuing
// shot waits for the previous clip and starts from its last frame. Nothing is sent before the
// whole storyboard's price has passed the budget caps. Lives on the service's thread.
class ShotMaker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotMaker)

public:
    struct Dependencies
    {
        GenerationService *service = nullptr;
        const Catalogue *catalogue = nullptr;
        const Budgets *budgets = nullptr;
        const Ledger *ledger = nullptr;
        QString workDir; // <profile>/storyboards: the index of made shots and extracted frames
    };

    explicit ShotMaker(const Dependencies &deps, QObject *parent = nullptr);

    // Works out every shot's request and which are already made. `lessonSec[i]` is shot i's
    // length in the lesson. False with a message naming the shot when one cannot be made as
    // written (an unknown provider or model, a size or photo the model refuses).
    bool plan(const Storyboard &storyboard, const QList<double> &lessonSec, QString *error);
    // Makes this shot again even though a clip exists for it ("make one shot again").
    void forget(int index);

    int shotCount() const { return int(m_shots.size()); }
    int shotsToMake() const;
    Money costToMake() const;
    // Empty when the price of every shot still to make fits under the budget caps together.
    QString budgetRefusal() const;
    const ShotRequest &request(int index) const { return m_shots[index].request; }

    // Starts making the shots without clips; finished() follows when every shot has ended.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    QStringList clips() const;            // per shot: its clip, or empty
    QList<JobId> jobs() const;            // per shot: the job that made its clip, or 0
    QStringList failures() const;         // "shot 2: why", in shot order

Q_SIGNALS:
    void shotStarted(int index, rc::JobId job);
    void shotProgress(int index, int percent);
    void shotMade(int index, const QString &clip);
    void shotFailed(int index, const QString &reason);
    void finished(bool allMade);

private:
    enum class State { Waiting, Running, Made, Failed };
    struct Entry
    {
        ShotRequest request;
        State state = State::Waiting;
        QString clip;
        QString failure;
        JobId job = 0;
        bool forced = false;
    };
    void submit(int index);
    void onJobChanged(const Job &job);
    void onJobFinished(const Job &job);
    void markFailed(int index, const QString &reason);
    void finishIfDone();
    int indexOfJob(JobId job) const;
    QString lastFrameOf(const QString &clip, const QString &key, QString *error) const;

    Dependencies m_deps;
    MadeShots m_made;
    std::vector<Entry> m_shots;
    bool m_running = false;
};

} // namespace rc::storyboard
