// Checks the translation sources (translations/reelcraft_<lang>.ts) the studio embeds as .qm files:
// every message translated, placeholders and accelerators kept, plural forms right for the
// language. The .qm files live inside reelcraft_ui, which unit tests do not link, so the test
// reads the .ts files from the source tree; lrelease compiles exactly what is checked here.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kRoot = QStringLiteral(REELCRAFT_SOURCE_DIR);

struct Message
{
    QString context;
    QString source;
    QString type; // "" (finished), "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms; // one entry unless numerus
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.forms << xml.readElementText();
            }
            ts.messages << current;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// %1..%9 (and %L1..) as a multiset; %n is checked separately because a language with one plural
// form may legitimately write it once while the source writes it once too.
QStringList numberedPlaceholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9])"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    return found;
}

int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    return int(text.count(QLatin1Char('&')));
}

QString tsPath(const QString &lang)
{
    return kRoot + QStringLiteral("/translations/reelcraft_%1.ts").arg(lang);
}

void languages()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("pluralForms");
    // Qt's plural rules (numerus forms lrelease expects): Chinese and Japanese have one form;
    // German, Spanish and French two (French: 0 and 1 take the singular).
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
    QTest::newRow("ja") << QStringLiteral("ja") << 1;
    QTest::newRow("de") << QStringLiteral("de") << 2;
    QTest::newRow("es") << QStringLiteral("es") << 2;
    QTest::newRow("fr") << QStringLiteral("fr") << 2;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data() { languages(); }
    void complete()
    {
        QFETCH(QString, lang);
        QFETCH(int, pluralForms);
        const TsFile ts = readTs(tsPath(lang));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.language.startsWith(lang.left(2)), qPrintable(ts.language));
        QVERIFY2(ts.messages.size() > 300, qPrintable(QString::number(ts.messages.size())));

        QStringList problems;
        int live = 0;
        for (const Message &m : ts.messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue; // no longer in the sources; lrelease leaves them out
            ++live;
            const QString where = m.context + QStringLiteral(" \"") + m.source + QLatin1Char('"');
            if (m.type == QLatin1String("unfinished"))
                problems << QStringLiteral("unfinished: ") + where;
            if (m.numerus && m.forms.size() != pluralForms)
                problems << QStringLiteral("%1 plural forms, want %2: ").arg(m.forms.size()).arg(pluralForms) + where;
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty: ") + where;
                    continue;
                }
                if (numberedPlaceholders(form) != numberedPlaceholders(m.source))
                    problems << QStringLiteral("placeholders differ: ") + where + QStringLiteral(" -> ") + form;
                if (m.source.contains(QLatin1String("%n")) && !form.contains(QLatin1String("%n")))
                    problems << QStringLiteral("%n lost: ") + where + QStringLiteral(" -> ") + form;
                if (accelerators(form) != accelerators(m.source))
                    problems << QStringLiteral("accelerator differs: ") + where + QStringLiteral(" -> ") + form;
                if (form.count(QLatin1Char('\n')) != m.source.count(QLatin1Char('\n')))
                    problems << QStringLiteral("line breaks differ: ") + where;
            }
        }
        QVERIFY(live > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // English ships only the plural forms ("%n clip(s)" reads "1 clip", "2 clips"); the rest
    // stays unfinished on purpose and falls back to the source.
    void englishPlurals()
    {
        const TsFile ts = readTs(tsPath(QStringLiteral("en")));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        int plurals = 0;
        for (const Message &m : ts.messages) {
            if (!m.numerus || m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            ++plurals;
            QVERIFY2(m.type.isEmpty(), qPrintable(m.source));
            QCOMPARE(m.forms.size(), 2);
            QVERIFY2(!m.forms.at(0).contains(QLatin1String("(s)")) && !m.forms.at(1).contains(QLatin1String("(s)")),
                     qPrintable(m.source));
            QVERIFY2(m.forms.at(0).contains(QLatin1String("%n")) && m.forms.at(1).contains(QLatin1String("%n")),
                     qPrintable(m.source));
        }
        QVERIFY(plurals > 0);
    }

    // Every source of every language is the same set: one lupdate run made them all.
    void sameMessagesEverywhere()
    {
        QSet<QString> reference;
        for (const QString &lang : {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                                    QStringLiteral("ja"), QStringLiteral("zh_CN")}) {
            const TsFile ts = readTs(tsPath(lang));
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            QSet<QString> keys;
            for (const Message &m : ts.messages)
                keys.insert(m.context + QChar(0) + m.source);
            if (reference.isEmpty())
                reference = keys;
            QCOMPARE(keys.size(), reference.size());
            QVERIFY2(keys == reference, qPrintable(lang));
        }
    }

    // Every context the code looks strings up in at run time (QCoreApplication::translate("Ctx",
    // ...) and Q_DECLARE_TR_FUNCTIONS(Ctx)) must exist in the .ts files, or the user reads English.
    // A local `tr(const char *)` wrapper around translate() would hide its context from lupdate.
    void runtimeContextsKnown_data()
    {
        QTest::addColumn<QString>("context");
        static const QRegularExpression re(
            QStringLiteral("(?:translate\\(\\s*\"([^\"]+)\"|Q_DECLARE_TR_FUNCTIONS\\(\\s*([\\w:]+)\\s*\\))"));
        QSet<QString> contexts;
        for (const QString &dir : {QStringLiteral("/app"), QStringLiteral("/ui")}) {
            QDirIterator it(kRoot + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QString text = QString::fromUtf8(f.readAll());
                for (auto m = re.globalMatch(text); m.hasNext();) {
                    const auto match = m.next();
                    contexts.insert(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
                }
            }
        }
        QStringList sorted(contexts.begin(), contexts.end());
        sorted.sort();
        for (const QString &c : sorted)
            QTest::newRow(qPrintable(c)) << c;
    }
    void runtimeContextsKnown()
    {
        QFETCH(QString, context);
        const TsFile ts = readTs(tsPath(QStringLiteral("de")));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        bool found = false;
        for (const Message &m : ts.messages)
            found = found || m.context == context;
        QVERIFY2(found, qPrintable(QStringLiteral("no context \"%1\" in the .ts files").arg(context)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
