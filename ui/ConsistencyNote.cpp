#include "ConsistencyNote.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>

namespace rc::ui {

ConsistencyNote::ConsistencyNote(const ClipLibrary &library, QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_detailsButton(new QToolButton(this)), m_close(new QToolButton(this)),
      m_checking(true)
{
    setAccessibleName(tr("Library check"));
    m_detailsButton->setText(tr("Details…"));
    m_detailsButton->setAutoRaise(true);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this note"));
    m_close->setAccessibleName(tr("Hide this note"));
    auto *box = new QHBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(4);
    box->addWidget(m_text);
    box->addWidget(m_detailsButton);
    box->addWidget(m_close);
    connect(m_detailsButton, &QToolButton::clicked, this, &ConsistencyNote::showDetails);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    m_text->setText(tr("Checking the history against the media folder…"));
    m_detailsButton->hide();
    m_close->hide();
    library.readConsistency().then(this, [this](const ClipLibrary::Consistency &report) {
        m_checking = false;
        showReport(report);
        Q_EMIT checked();
    });
}

void ConsistencyNote::showReport(const ClipLibrary::Consistency &report)
{
    m_report = report;
    if (!needed(report)) {
        hide();
        return;
    }
    m_text->setText(summary());
    setToolTip(details());
    m_detailsButton->show();
    m_close->show();
}

QString ConsistencyNote::summary() const
{
    QStringList parts;
    if (!m_report.missingFiles.isEmpty())
        parts << tr("%n clip(s) in the history have lost their video", nullptr, int(m_report.missingFiles.size()));
    if (!m_report.orphanFiles.isEmpty())
        parts << tr("%n video(s) in the media folder are not in the history", nullptr, int(m_report.orphanFiles.size()));
    return parts.join(QStringLiteral("; "));
}

QString ConsistencyNote::details() const
{
    QStringList lines;
    if (!m_report.missingFiles.isEmpty()) {
        lines << tr("Clips whose video file is missing:");
        for (JobId id : m_report.missingFiles)
            lines << tr("  clip %1").arg(id);
    }
    if (!m_report.orphanFiles.isEmpty()) {
        lines << tr("Videos that no clip in the history names:");
        for (const QString &path : m_report.orphanFiles)
            lines << QStringLiteral("  ") + QDir::toNativeSeparators(path);
    }
    lines << tr("Nothing was changed or deleted.");
    return lines.join(QLatin1Char('\n'));
}

void ConsistencyNote::showDetails()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("History and Media Folder"), summary() + QLatin1Char('.'),
                                QMessageBox::Close, window());
    box->setInformativeText(tr("Nothing was changed or deleted."));
    box->setDetailedText(details());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal at most: the studio stays usable
}

} // namespace rc::ui
