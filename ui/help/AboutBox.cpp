#include "help/AboutBox.h"

#include "core/Paths.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QUrl>

namespace rc::ui {
namespace {

struct Library
{
    const char *name;
    const char *licence; // translated: some licence names are words ("public domain")
    const char *url;
};

// What the program links and ships; the packaging's copyright file has the full texts.
constexpr Library kLibraries[] = {
    {"Qt", QT_TRANSLATE_NOOP("AboutBox", "LGPL-3.0"), "https://www.qt.io/"},
    {"FFmpeg", QT_TRANSLATE_NOOP("AboutBox", "LGPL-2.1-or-later; GPL-2.0-or-later with x264"),
     "https://ffmpeg.org/"},
    {"libcurl", QT_TRANSLATE_NOOP("AboutBox", "curl licence (MIT-style)"), "https://curl.se/"},
    {"nlohmann/json", QT_TRANSLATE_NOOP("AboutBox", "MIT"), "https://github.com/nlohmann/json"},
    {"QtKeychain", QT_TRANSLATE_NOOP("AboutBox", "BSD-3-Clause"), "https://github.com/frankosterfeld/qtkeychain"},
    {"SQLite", QT_TRANSLATE_NOOP("AboutBox", "public domain"), "https://sqlite.org/"},
};

} // namespace

QString AboutBox::text(const Paths &paths)
{
    QString libraries;
    for (const Library &lib : kLibraries)
        libraries += QStringLiteral("<li><a href=\"%1\">%2</a>: %3</li>")
                         .arg(QString::fromLatin1(lib.url), QString::fromLatin1(lib.name), tr(lib.licence).toHtmlEscaped());
    const QString profile = QDir::toNativeSeparators(paths.profileDir()).toHtmlEscaped();
    const QString logs = QDir::toNativeSeparators(paths.logDir()).toHtmlEscaped();
    return tr("<h3>Reelcraft %1</h3>"
              "<p>A studio for generated video: the built-in engine offline and free, or the providers you "
              "have keys for.</p>"
              "<p>Reelcraft is free software under the GNU General Public License, version 3 or later "
              "(GPL-3.0-or-later).</p>"
              "<p>Built with:</p><ul>%2</ul>"
              "<p>This profile keeps its clips, history, spending and settings in<br><a href=\"%3\">%4</a><br>"
              "and its logs in %5. API keys are in the system keychain, not there.</p>")
        .arg(QStringLiteral(REELCRAFT_VERSION), libraries, QUrl::fromLocalFile(paths.profileDir()).toString(), profile, logs);
}

void AboutBox::show(QWidget *parent, const Paths &paths)
{
    QMessageBox box(parent);
    box.setWindowTitle(tr("About Reelcraft"));
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(text(paths));
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace rc::ui
