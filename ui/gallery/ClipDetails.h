#pragma once

#include "core/Job.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;

namespace rc {
class Catalogue;
}
namespace rc::provenance {
struct ProvenanceReport;
}

namespace rc::ui {

// What a clip is: prompt, settings, provider and model, seed, duration, size, cost, times and
// file size, the clip it was edited from, the edits made of it and the batch it belongs to (each
// on its own line), with a row of buttons for the clip actions given to it.
class FlowLayout;

class ClipDetails : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipDetails)

public:
    explicit ClipDetails(const Catalogue &catalogue, QWidget *parent = nullptr);

    // `edits`: the clips made from this one by an edit or remix, oldest first.
    void setJob(const std::optional<Job> &job, const QList<JobId> &edits = {});
    // The edits of the clip shown, when they are read after it.
    void setEdits(const QList<JobId> &edits);
    void setActions(const QList<QAction *> &actions);
    QString fieldText(const QString &name) const;

private:
    QLabel *addField(const QString &name, const QString &label);
    // Reads the clip's content credentials off the UI thread (it hashes the whole file).
    void showCredentials(const Job &job);
    // The parent clip and the batch as the clip's content credentials name them, where the job
    // itself does not.
    void fillFromCredentials(const provenance::ProvenanceReport &report);
    // Sets a row's text; an empty text hides the row.
    void setRow(const QString &name, const QString &text);
    QString batchText(const QString &batchKey, const QString &item) const;

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
