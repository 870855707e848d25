#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace rc::ui {

class StudioSettings;

// A strip across the top of the window on the first start: what a provider is, that the built-in
// engine is free and offline, and where keys for cloud providers go. Shown until dismissed once
// (a setting remembers it); a strip rather than a dialog, so it never stands between a new user
// and the prompt.
class FirstRunHint : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunHint)

public:
    FirstRunHint(StudioSettings &settings, QWidget *parent = nullptr);

    // False once the user has dismissed it, in this run or an earlier one.
    bool isWanted() const;
    QPushButton *dismissButton() const { return m_dismiss; }
    QPushButton *settingsButton() const { return m_settings; }

Q_SIGNALS:
    void settingsRequested();

private:
    void dismiss();

    StudioSettings &m_store;
    QLabel *m_text;
    QPushButton *m_settings;
    QPushButton *m_dismiss;
};

} // namespace rc::ui
