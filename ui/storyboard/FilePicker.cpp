#include "storyboard/FilePicker.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>

namespace rc::ui {
namespace {

constexpr QSize kPreview(80, 45);

// The recordings and music files the audio decoder reads; anything else is refused at the picker
// rather than failing later when the lesson is joined.
const QStringList &audioSuffixes()
{
    static const QStringList s{QStringLiteral("wav"), QStringLiteral("mp3"), QStringLiteral("m4a"), QStringLiteral("aac"),
                               QStringLiteral("flac"), QStringLiteral("ogg"), QStringLiteral("oga"), QStringLiteral("opus")};
    return s;
}

} // namespace

FilePicker::FilePicker(Kind kind, const QString &emptyText, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_emptyText(emptyText), m_preview(new QLabel(this)),
      m_browse(new QPushButton(tr("Browse…"), this)), m_clear(new QPushButton(tr("Clear"), this))
{
    setAcceptDrops(true);
    m_preview->setObjectName(QStringLiteral("filePickerPreview"));
    if (m_kind == Kind::Photo) {
        m_preview->setFixedSize(kPreview);
        m_preview->setAlignment(Qt::AlignCenter);
        m_preview->setFrameShape(QFrame::StyledPanel);
    } else {
        m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_preview->setToolTip(m_kind == Kind::Photo ? tr("Drop a photo here, or browse for one.")
                                                : tr("Drop an audio file here, or browse for one."));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preview, m_kind == Kind::Photo ? 0 : 1);
    row->addWidget(m_browse);
    row->addWidget(m_clear);
    if (m_kind == Kind::Photo)
        row->addStretch(1);
    connect(m_browse, &QPushButton::clicked, this, &FilePicker::browse);
    connect(m_clear, &QPushButton::clicked, this, &FilePicker::clear);
    showPath(QString());
}

void FilePicker::showPath(const QString &path)
{
    m_path = path;
    m_clear->setEnabled(!path.isEmpty());
    if (path.isEmpty()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(m_emptyText);
        return;
    }
    m_preview->setToolTip(QDir::toNativeSeparators(path));
    if (m_kind == Kind::Photo) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(kPreview, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull()) {
            m_preview->setPixmap(QPixmap::fromImage(image));
            return;
        }
    }
    m_preview->setPixmap(QPixmap());
    m_preview->setText(QFileInfo(path).fileName());
}

QString FilePicker::problemWith(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.isFile())
        return tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
    if (m_kind == Kind::Photo) {
        if (!QImageReader(path).canRead())
            return tr("%1 is not a photo this studio can read.").arg(info.fileName());
    } else if (!audioSuffixes().contains(info.suffix().toLower())) {
        return tr("%1 is not an audio file (WAV, MP3, M4A, AAC, FLAC, Ogg or Opus).").arg(info.fileName());
    }
    return QString();
}

bool FilePicker::choose(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString problem = problemWith(absolute);
    if (!problem.isEmpty()) {
        Q_EMIT refused(problem);
        return false;
    }
    showPath(absolute);
    Q_EMIT changed(absolute);
    return true;
}

void FilePicker::clear()
{
    if (m_path.isEmpty())
        return;
    showPath(QString());
    Q_EMIT changed(QString());
}

void FilePicker::browse()
{
    QString filter;
    if (m_kind == Kind::Photo) {
        QStringList patterns;
        for (const QByteArray &format : QImageReader::supportedImageFormats())
            patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
        filter = tr("Photos (%1)").arg(patterns.join(QLatin1Char(' ')));
    } else {
        QStringList patterns;
        for (const QString &s : audioSuffixes())
            patterns.append(QStringLiteral("*.") + s);
        filter = tr("Audio (%1)").arg(patterns.join(QLatin1Char(' ')));
    }
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString picked = QFileDialog::getOpenFileName(this, m_kind == Kind::Photo ? tr("Choose a Photo") : tr("Choose an Audio File"),
                                                        start, filter);
    if (!picked.isEmpty())
        choose(picked);
}

void FilePicker::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void FilePicker::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    choose(urls.first().toLocalFile());
}

} // namespace rc::ui
