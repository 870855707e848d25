// Key stores: the fake used by tests, and the keychain store's environment fallback on a
// machine without a usable keychain (the usual case on a build server).
#include "core/KeyStore.h"
#include "net/KeychainKeyStore.h"
#include "support/FakeKeyStore.h"

#include <QTest>
#include <QUuid>

#include <memory>

using namespace rc;

class TestKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fakeStoresAndFallsBack()
    {
        test::FakeKeyStore keys;
        qputenv("RC_TEST_FAKE_KEY", "from-env");
        QCOMPARE(keys.key(QStringLiteral("p"), QStringLiteral("RC_TEST_FAKE_KEY")), QStringLiteral("from-env"));
        QVERIFY(keys.setKey(QStringLiteral("p"), QStringLiteral("from-store"), nullptr));
        QCOMPARE(keys.key(QStringLiteral("p"), QStringLiteral("RC_TEST_FAKE_KEY")), QStringLiteral("from-store"));
        QVERIFY(keys.removeKey(QStringLiteral("p"), nullptr));
        QCOMPARE(keys.key(QStringLiteral("p"), QString()), QString());
        keys.setRefuseWrites(true);
        QString error;
        QVERIFY(!keys.setKey(QStringLiteral("p"), QStringLiteral("x"), &error));
        QVERIFY(!error.isEmpty());
    }

    void keychainFallsBackToTheEnvironment()
    {
        // A service name of its own, so the user's real entries are never touched.
        KeychainKeyStore keys(QStringLiteral("reelcraft-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces), 3000);
        qputenv("RC_TEST_KEYCHAIN_KEY", "  sk-env-1234  ");
        QCOMPARE(keys.key(QStringLiteral("nobody"), QStringLiteral("RC_TEST_KEYCHAIN_KEY")), QStringLiteral("sk-env-1234"));
        QCOMPARE(keys.key(QStringLiteral("nobody"), QString()), QString());
        QString error;
        const bool stored = keys.setKey(QStringLiteral("nobody"), QStringLiteral("sk-stored"), &error);
        if (stored) {
            // A working keychain (a desktop session): the stored key wins, then is removed.
            QCOMPARE(keys.key(QStringLiteral("nobody"), QStringLiteral("RC_TEST_KEYCHAIN_KEY")), QStringLiteral("sk-stored"));
            QVERIFY(keys.removeKey(QStringLiteral("nobody"), &error));
        } else {
            QVERIFY(!error.isEmpty());
            QVERIFY(!error.contains(QLatin1String("sk-stored")));
        }
        QCOMPARE(keys.key(QStringLiteral("nobody"), QStringLiteral("RC_TEST_KEYCHAIN_KEY")), QStringLiteral("sk-env-1234"));
    }

    void aMissingKeyIsNotAskedOnEveryLookUp()
    {
        auto inner = std::make_unique<rc::test::FakeKeyStore>();
        rc::test::FakeKeyStore *fake = inner.get();
        rc::SecretRegisteringKeyStore keys(std::move(inner));
        for (int i = 0; i < 5; ++i) // the studio asks on every keystroke
            QVERIFY(keys.key(QStringLiteral("cloud"), QString()).isEmpty());
        QCOMPARE(fake->reads(), 1);
        QString error;
        QVERIFY(keys.setKey(QStringLiteral("cloud"), QStringLiteral("sk-test-1234"), &error));
        QCOMPARE(keys.key(QStringLiteral("cloud"), QString()), QStringLiteral("sk-test-1234")); // seen at once
        QVERIFY(keys.removeKey(QStringLiteral("cloud"), &error));
        QVERIFY(keys.key(QStringLiteral("cloud"), QString()).isEmpty());
        const int afterRemove = fake->reads();
        QVERIFY(keys.key(QStringLiteral("cloud"), QString()).isEmpty());
        QCOMPARE(fake->reads(), afterRemove);
    }

    void maskedKeyShowsTheLastFour()
    {
        QCOMPARE(maskedKey(QStringLiteral("sk-abcdef1234")), QStringLiteral("••••1234"));
        QCOMPARE(maskedKey(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
