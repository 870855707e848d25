#include "ConsistencyNote.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>

namespace rc::ui {

ConsistencyNote::ConsistencyNote(const ClipLibrary::Consistency &report, QWidget *parent)
    : QWidget(parent), m_report(report), m_text(new QLabel(this)), m_detailsButton(new QToolButton(this))
{
    setAccessibleName(tr("Library check"));
    m_text->setText(summary());
    m_detailsButton->setText(tr("Details…"));
    m_detailsButton->setAutoRaise(true);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this note"));
    close->setAccessibleName(tr("Hide this note"));
    setToolTip(details());
    auto *box = new QHBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(4);
    box->addWidget(m_text);
    box->addWidget(m_detailsButton);
    box->addWidget(close);
    connect(m_detailsButton, &QToolButton::clicked, this, &ConsistencyNote::showDetails);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
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
