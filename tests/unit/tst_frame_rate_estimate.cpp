// The built-in engine's time left: measured from the frames' own speed, not from the worker's
// launch, and unknown until a few frames were timed.
#include "providers/builtin/FrameRateEstimate.h"

#include <QtTest>

using namespace rc;

class TestFrameRateEstimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startUpIsNotCountedAsFrameTime()
    {
        // 200 frames at 30 ms each after a 4 s start-up: 6 s of work in all, never minutes.
        FrameRateEstimate estimate;
        const qint64 startUpMs = 4000;
        const int total = 200;
        QCOMPARE(estimate.secondsLeft(1, total, startUpMs), -1);
        for (int done = 2; done <= 1 + FrameRateEstimate::kMinTimedFrames - 1; ++done)
            QCOMPARE(estimate.secondsLeft(done, total, startUpMs + (done - 1) * 30), -1);
        const int done = 1 + FrameRateEstimate::kMinTimedFrames;
        const int eta = estimate.secondsLeft(done, total, startUpMs + (done - 1) * 30);
        QCOMPARE(eta, int((total - done) * 30 / 1000.0 + 0.5)); // 6 s, not (4 s + ...) / frames
        QCOMPARE(estimate.secondsLeft(100, total, startUpMs + 99 * 30), 3);
    }
    void speedChangesFollow()
    {
        FrameRateEstimate estimate;
        QCOMPARE(estimate.secondsLeft(0, 100, 2500), -1);
        // 10 frames in 1 s: 90 left at 100 ms each.
        QCOMPARE(estimate.secondsLeft(10, 100, 3500), 9);
        // The last frame and a finished render give no estimate.
        QCOMPARE(estimate.secondsLeft(100, 100, 12500), -1);
    }
    void aRestartedCountStartsOver()
    {
        FrameRateEstimate estimate;
        QCOMPARE(estimate.secondsLeft(0, 50, 100), -1);
        QVERIFY(estimate.secondsLeft(20, 50, 2100) > 0);
        // Frames counted from zero again (a second pass): the old mark would give nonsense.
        QCOMPARE(estimate.secondsLeft(2, 50, 2200), -1);
        QCOMPARE(estimate.secondsLeft(12, 50, 3200), 4); // 10 frames/s, 38 left
    }
};

QTEST_GUILESS_MAIN(TestFrameRateEstimate)
#include "tst_frame_rate_estimate.moc"
