#pragma once

#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedLayout;

namespace rc::ui {

class CropPreview;

// An optional photo for the clip, its first frame or (for providers that take one) its last: drop a
// file, paste (Ctrl+V) or browse. The photo is checked by the core's image rules (a known format,
// not corrupt, not huge) and a refusal is shown here, in place, rather than in a dialog. The
// preview shows the crop the clip will use; moving it changes the focal point, which goes into the
// request (the provider crops the original around it), so no fitted copy is written here.
class ImageDropZone : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDropZone)

public:
    enum class Slot { FirstFrame, LastFrame };

    ImageDropZone(QString inputsDir, Slot slot = Slot::FirstFrame, QWidget *parent = nullptr);

    // False (and the reason shown in place) when the file is not a usable photo.
    bool setImageFile(const QString &path);
    bool pasteFromClipboard();
    void clear();
    QString imagePath() const { return m_path; }
    bool hasImage() const { return !m_path.isEmpty(); }
    QString message() const;
    void setTargetSize(const QSize &size);
    // Where the crop centres, 0..1 of the photo on each axis (GenerationRequest::focalPoint).
    QPointF focalPoint() const;
    void setFocalPoint(QPointF focal);
    // Greys the zone out with a note when the chosen model takes no photo.
    void setAccepting(bool accepting, const QString &why = QString());
    CropPreview *preview() const { return m_preview; }
    void browse();

Q_SIGNALS:
    void imageChanged();
    void focalPointChanged(QPointF focal);
    // Several files, a folder or a CSV sheet dropped on the first-frame zone: a batch to set up.
    void batchDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:

    void showMessage(const QString &text);

    QString m_inputsDir;
    Slot m_slot;
    QString m_path;
    QStackedLayout *m_stack;
    CropPreview *m_preview;
    QLabel *m_hint;
    QLabel *m_fileLabel;
    QLabel *m_message;
    QPushButton *m_clear;
};

} // namespace rc::ui
