#pragma once

#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedLayout;

namespace rc::ui {

class CropPreview;

// The optional first frame: drop a file, paste (Ctrl+V) or browse. The photo is checked by the
// core's image rules (a known format, not corrupt, not huge) and a refusal is shown here, in
// place, rather than in a dialog. The preview shows the crop the clip will use; when the user
// moves it, the fitted photo is written to the profile's inputs folder and that file is sent.
class ImageDropZone : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDropZone)

public:
    ImageDropZone(QString inputsDir, QWidget *parent = nullptr);

    // False (and the reason shown in place) when the file is not a usable photo.
    bool setImageFile(const QString &path);
    bool pasteFromClipboard();
    void clear();
    QString imagePath() const { return m_path; }
    bool hasImage() const { return !m_path.isEmpty(); }
    QString message() const;
    void setTargetSize(const QSize &size);
    // What to send: the original when the crop is centred, else the fitted crop written to disk.
    QString preparedImagePath(const QSize &size) const;
    // Greys the zone out with a note when the chosen model takes no photo.
    void setAccepting(bool accepting, const QString &why = QString());
    CropPreview *preview() const { return m_preview; }
    void browse();

Q_SIGNALS:
    void imageChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:

    void showMessage(const QString &text);

    QString m_inputsDir;
    QString m_path;
    QStackedLayout *m_stack;
    CropPreview *m_preview;
    QLabel *m_hint;
    QLabel *m_fileLabel;
    QLabel *m_message;
    QPushButton *m_clear;
};

} // namespace rc::ui
