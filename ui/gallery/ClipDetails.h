#pragma once

#include "core/Job.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;

namespace rc {
class Catalogue;
}

namespace rc::ui {

// What a clip is: prompt, settings, provider and model, seed, duration, size, cost, times and
// file size, with a row of buttons for the clip actions given to it.
class FlowLayout;

class ClipDetails : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipDetails)

public:
    explicit ClipDetails(const Catalogue &catalogue, QWidget *parent = nullptr);

    void setJob(const std::optional<Job> &job);
    void setActions(const QList<QAction *> &actions);
    QString fieldText(const QString &name) const;

private:
    QLabel *addField(const QString &name, const QString &label);
    // Reads the clip's content credentials off the UI thread (it hashes the whole file).
    void showCredentials(const Job &job);

    const Catalogue &m_catalogue;
    QLabel *m_prompt;
    QFormLayout *m_form;
    FlowLayout *m_buttons;
    QWidget *m_body;
    QLabel *m_placeholder;
    QHash<QString, QLabel *> m_fields;
    int m_credentialsRequest = 0; // a late answer for an earlier clip is dropped
};

} // namespace rc::ui
