#include "compose/ImageDropZone.h"

#include "compose/CropPreview.h"
#include "media/ImageFit.h"
#include "widgets/FlowLayout.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace rc::ui {
namespace {

// The preview never needs more than this; decoding a 50-megapixel photo whole would stall the UI.
constexpr int kPreviewMaxSidePx = 1600;

} // namespace

ImageDropZone::ImageDropZone(QString inputsDir, Slot slot, QWidget *parent)
    : QWidget(parent), m_inputsDir(std::move(inputsDir)), m_slot(slot), m_stack(new QStackedLayout), m_preview(new CropPreview(this)),
      m_hint(new QLabel(this)), m_fileLabel(new QLabel(this)), m_message(new QLabel(this)),
      m_clear(new QPushButton(tr("Clear"), this))
{
    setAcceptDrops(true);
    const bool first = slot == Slot::FirstFrame;
    setAccessibleName(first ? tr("Input photo") : tr("Last frame photo"));
    setFocusPolicy(Qt::StrongFocus);

    m_hint->setText(first ? tr("Drop a photo here, paste it (Ctrl+V) or browse.\nOptional: the clip starts from it.\n"
                               "Drop several photos, a folder or a sheet for a batch.")
                          : tr("Drop the last frame here, paste or browse.\nOptional: the clip ends on it."));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setObjectName(QStringLiteral("dropHint"));
    m_hint->setStyleSheet(QStringLiteral("QLabel#dropHint { border: 2px dashed palette(mid); border-radius: 6px;"
                                         " padding: 12px; }"));
    m_hint->setMinimumHeight(80);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_preview);

    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(first ? tr("Browse for a photo") : tr("Browse for the last frame"));
    auto *paste = new QPushButton(tr("Paste"), this);
    paste->setAccessibleName(first ? tr("Paste a photo") : tr("Paste the last frame"));
    m_clear->setAccessibleName(first ? tr("Remove the photo") : tr("Remove the last frame"));
    m_fileLabel->setForegroundRole(QPalette::PlaceholderText);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("dropMessage"));
    m_message->setAccessibleName(tr("Photo problem"));
    m_message->setForegroundRole(QPalette::Highlight);
    m_message->hide();

    // The buttons wrap and the file name elides: with a first and a last frame side by side, one
    // row of three buttons and a name each made the column wider than its pane.
    auto *buttons = new FlowLayout(nullptr, 4);
    buttons->addWidget(browse);
    buttons->addWidget(paste);
    buttons->addWidget(m_clear);
    m_fileLabel->setMinimumWidth(1);
    m_fileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hint->setMinimumWidth(1);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(4);
    box->addLayout(m_stack);
    box->addLayout(buttons);
    box->addWidget(m_fileLabel);
    box->addWidget(m_message);

    connect(browse, &QPushButton::clicked, this, &ImageDropZone::browse);
    connect(paste, &QPushButton::clicked, this, &ImageDropZone::pasteFromClipboard);
    connect(m_clear, &QPushButton::clicked, this, &ImageDropZone::clear);
    connect(m_preview, &CropPreview::focalChanged, this, &ImageDropZone::focalPointChanged);
    auto *pasteKey = new QShortcut(QKeySequence::Paste, this);
    pasteKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pasteKey, &QShortcut::activated, this, &ImageDropZone::pasteFromClipboard);
    clear();
}

QString ImageDropZone::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ImageDropZone::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool ImageDropZone::setImageFile(const QString &path)
{
    QString error;
    const std::optional<QImage> image = media::loadImage(path, &error, kPreviewMaxSidePx);
    if (!image || image->isNull()) {
        showMessage(tr("%1 cannot be used: %2").arg(QFileInfo(path).fileName(),
                                                    error.isEmpty() ? tr("it is not a readable image.") : error));
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_preview->setImage(*image);
    m_stack->setCurrentWidget(m_preview);
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_fileLabel->setToolTip(m_path);
    m_clear->setEnabled(true);
    showMessage(QString());
    Q_EMIT imageChanged();
    return true;
}

bool ImageDropZone::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile())
        return setImageFile(mime->urls().first().toLocalFile());
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull()) {
        showMessage(tr("The clipboard holds no picture."));
        return false;
    }
    // The request refers to photos by path, so a pasted one is kept in the profile.
    QDir().mkpath(m_inputsDir);
    const QString path = QDir(m_inputsDir).filePath(
        QStringLiteral("pasted-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    if (!image.save(path)) {
        showMessage(tr("The pasted picture could not be saved in %1.").arg(m_inputsDir));
        return false;
    }
    return setImageFile(path);
}

void ImageDropZone::clear()
{
    const bool had = !m_path.isEmpty();
    m_path.clear();
    m_preview->setImage(QImage());
    m_stack->setCurrentWidget(m_hint);
    m_fileLabel->clear();
    m_clear->setEnabled(false);
    showMessage(QString());
    if (had)
        Q_EMIT imageChanged();
}

void ImageDropZone::setTargetSize(const QSize &size)
{
    m_preview->setTargetSize(size);
}

void ImageDropZone::setAccepting(bool accepting, const QString &why)
{
    setEnabled(accepting);
    setAcceptDrops(accepting);
    setToolTip(why);
}

QPointF ImageDropZone::focalPoint() const
{
    return m_preview->focal();
}

void ImageDropZone::setFocalPoint(QPointF focal)
{
    m_preview->setFocal(focal);
}

void ImageDropZone::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a photo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)"));
    if (!path.isEmpty())
        setImageFile(path);
}

void ImageDropZone::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if ((mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) || mime->hasImage())
        event->acceptProposedAction();
}

void ImageDropZone::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        event->acceptProposedAction();
        // Several files, a folder or a sheet make a batch (one clip per product), not a photo.
        QStringList paths;
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        const QFileInfo first(paths.first());
        if (m_slot == Slot::FirstFrame
            && (paths.size() > 1 || first.isDir() || first.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)) {
            Q_EMIT batchDropped(paths);
            return;
        }
        setImageFile(paths.first());
    }
}

} // namespace rc::ui
