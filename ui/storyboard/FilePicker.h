#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace rc::ui {

// One file chosen for a storyboard: a preview (a thumbnail for photos, the file's name otherwise),
// "Browse…" and "Clear", and a drop target for a file dragged from the desktop. A file that does
// not exist or is not of the accepted kind is refused with a message and the current choice is
// kept, so a wrong drop loses nothing.
class FilePicker : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePicker)

public:
    enum class Kind { Photo, Audio };

    FilePicker(Kind kind, const QString &emptyText, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    // Shows `path` without announcing a change (used when the editor loads a shot).
    void showPath(const QString &path);
    // Takes `path` as the user's choice: checked, shown and announced. False (and refused()
    // emitted) when the file is missing or of the wrong kind.
    bool choose(const QString &path);
    void clear();
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *clearButton() const { return m_clear; }
    QLabel *preview() const { return m_preview; }

Q_SIGNALS:
    void changed(const QString &path);
    void refused(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString problemWith(const QString &path) const;
    void browse();

    Kind m_kind;
    QString m_emptyText;
    QString m_path;
    QLabel *m_preview;
    QPushButton *m_browse;
    QPushButton *m_clear;
};

} // namespace rc::ui
