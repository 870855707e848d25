#include "gallery/ClipDetails.h"

#include "core/Catalogue.h"
#include "provenance/ClipFacts.h"
#include "provenance/Verifier.h"
#include "widgets/FlowLayout.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace rc::ui {

ClipDetails::ClipDetails(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_prompt(new QLabel(this)), m_form(new QFormLayout),
      m_buttons(new FlowLayout(nullptr, 4)), m_body(new QWidget(this)), m_placeholder(new QLabel(tr("Select a clip to see its details."), this))
{
    setAccessibleName(tr("Clip details"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setAccessibleName(tr("Prompt"));
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setHorizontalSpacing(10);
    m_form->setVerticalSpacing(2);
    m_form->setContentsMargins(0, 0, 0, 0);

    addField(QStringLiteral("provider"), tr("Provider"));
    addField(QStringLiteral("settings"), tr("Settings"));
    addField(QStringLiteral("seed"), tr("Seed"));
    addField(QStringLiteral("parent"), tr("Parent clip"));
    addField(QStringLiteral("chain"), tr("Edits"));
    addField(QStringLiteral("batch"), tr("Batch"));
    addField(QStringLiteral("cost"), tr("Cost"));
    addField(QStringLiteral("created"), tr("Created"));
    addField(QStringLiteral("finished"), tr("Finished"));
    addField(QStringLiteral("file"), tr("File"));
    addField(QStringLiteral("credentials"), tr("Credentials"));
    addField(QStringLiteral("error"), tr("Problem"));

    auto *bodyBox = new QVBoxLayout(m_body);
    bodyBox->setContentsMargins(0, 0, 0, 0);
    bodyBox->setSpacing(6);
    bodyBox->addLayout(m_buttons);
    bodyBox->addWidget(m_prompt);
    bodyBox->addLayout(m_form);
    bodyBox->addStretch(1);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(8, 4, 8, 8);
    box->addWidget(m_placeholder);
    box->addWidget(m_body);
    setJob(std::nullopt);
}

QLabel *ClipDetails::addField(const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    m_form->addRow(label, value);
    m_fields.insert(name, value);
    return value;
}

void ClipDetails::setRow(const QString &name, const QString &text)
{
    m_fields[name]->setText(text);
    m_form->setRowVisible(m_fields[name], !text.isEmpty());
}

QString ClipDetails::batchText(const QString &batchKey, const QString &item) const
{
    // The key is "<name>#<output folder hash>": people know the batch by its name.
    return tr("%1, item %2").arg(batchKey.section(QLatin1Char('#'), 0, 0), item);
}

QString ClipDetails::fieldText(const QString &name) const
{
    if (name == QLatin1String("prompt"))
        return m_prompt->text();
    QLabel *l = m_fields.value(name);
    return l ? l->text() : QString();
}

void ClipDetails::setActions(const QList<QAction *> &actions)
{
    for (QAction *a : actions) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(false);
        m_buttons->addWidget(b);
    }
}

void ClipDetails::setJob(const std::optional<Job> &job, const QList<JobId> &edits)
{
    m_placeholder->setVisible(!job);
    m_body->setVisible(bool(job));
    if (!job) {
        // Nothing of the last clip stays behind the placeholder (a screen reader or a copy could
        // still reach hidden text).
        m_prompt->clear();
        for (QLabel *field : std::as_const(m_fields))
            field->clear();
        return;
    }
    const GenerationRequest &r = job->request();
    const QLocale locale;
    m_prompt->setText(r.prompt.isEmpty() ? tr("(no prompt: from the photo only)") : r.prompt);
    const ProviderSpec *p = m_catalogue.provider(r.provider);
    const ModelSpec *m = m_catalogue.model(r.model);
    m_fields[QStringLiteral("provider")]->setText(
        tr("%1 · %2").arg(p ? p->label : r.provider, m ? m->label : r.model));
    QString tier = r.tier;
    if (m) {
        for (const TierSpec &t : m->tiers) {
            if (t.id == r.tier)
                tier = t.label;
        }
    }
    m_fields[QStringLiteral("settings")]->setText(tr("%1 s · %2 (%3) · %4%5")
        .arg(r.durationSec)
        .arg(r.size.toString(), r.size.aspectLabel(), tier, r.hasImage() ? tr(" · from a photo") : QString()));
    m_fields[QStringLiteral("seed")]->setText(QString::number(r.seed));
    // The clip it came from, the clips made from it and the batch it belongs to are three
    // separate facts, each on its own line; the credentials fill in what the job does not know
    // (an imported clip, a provider's clip kept as the parent).
    setRow(QStringLiteral("parent"), job->parentId() > 0 ? tr("clip #%1").arg(job->parentId()) : QString());
    setEdits(edits);
    const qsizetype slash = r.batchRow.indexOf(QLatin1Char('/'));
    setRow(QStringLiteral("batch"), slash > 0 ? batchText(r.batchRow.left(slash), r.batchRow.mid(slash + 1)) : QString());
    m_fields[QStringLiteral("cost")]->setText(job->cost().isZero() ? tr("free") : job->cost().toString());
    m_fields[QStringLiteral("created")]->setText(locale.toString(job->createdAt(), QLocale::ShortFormat));
    m_fields[QStringLiteral("finished")]->setText(
        job->finishedAt().isValid() ? locale.toString(job->finishedAt(), QLocale::ShortFormat) : tr("—"));
    m_fields[QStringLiteral("file")]->setText(
        job->output().fileBytes > 0 ? locale.formattedDataSize(job->output().fileBytes) : tr("—"));
    m_fields[QStringLiteral("file")]->setToolTip(job->output().videoPath);
    showCredentials(*job);
    m_fields[QStringLiteral("error")]->setText(job->errorMessage());
    m_form->setRowVisible(m_fields[QStringLiteral("error")], !job->errorMessage().isEmpty());
}

void ClipDetails::setEdits(const QList<JobId> &edits)
{
    QStringList ids;
    for (JobId id : edits)
        ids << QStringLiteral("#%1").arg(id);
    setRow(QStringLiteral("chain"), ids.isEmpty() ? QString() : tr("edited as %1").arg(ids.join(QStringLiteral(", "))));
}

void ClipDetails::showCredentials(const Job &job)
{
    QLabel *label = m_fields[QStringLiteral("credentials")];
    const int request = ++m_credentialsRequest;
    const QString path = job.output().videoPath;
    label->setToolTip(QString());
    if (job.state() != JobState::Completed || !QFileInfo::exists(path)) {
        label->setText(tr("—"));
        return;
    }
    label->setText(tr("checking…"));
    auto *watcher = new QFutureWatcher<provenance::ProvenanceReport>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, label] {
        watcher->deleteLater();
        if (request != m_credentialsRequest)
            return;
        const provenance::ProvenanceReport report = watcher->result();
        label->setToolTip(report.toText());
        switch (report.state) {
        case provenance::ProvenanceReport::State::None:
            label->setText(tr("none (made before Reelcraft wrote content credentials, or removed)"));
            return;
        case provenance::ProvenanceReport::State::Invalid:
            label->setText(tr("NOT valid: %1").arg(report.problems.value(0)));
            return;
        case provenance::ProvenanceReport::State::Valid:
            break;
        }
        QString made = report.active.generator;
        for (const provenance::ActionSummary &a : report.active.actions) {
            if (!a.softwareAgent.isEmpty()) {
                made = a.softwareAgent;
                break;
            }
        }
        const QString signer = report.active.signer.commonName.isEmpty() ? report.active.signer.subject
                                                                         : report.active.signer.commonName;
        QString text = tr("valid (C2PA) · %1 · made with %2 · signed by %3")
                           .arg(provenance::sourceTypeName(report.digitalSourceType), made, signer);
        if (!report.ingredients.isEmpty())
            text += QStringLiteral(" · ") + tr("from %n source(s)", nullptr, int(report.ingredients.size()));
        if (report.active.timeStamp.isValid())
            text += QStringLiteral(" · ") + tr("time-stamped %1 by %2")
                                                 .arg(QLocale().toString(report.active.timeStamp.toLocalTime(), QLocale::ShortFormat),
                                                      report.active.timeStampAuthority);
        label->setText(text);
        fillFromCredentials(report);
    });
    watcher->setFuture(QtConcurrent::run([path] { return provenance::verifyFile(path); }));
}

void ClipDetails::fillFromCredentials(const provenance::ProvenanceReport &report)
{
    for (const provenance::IngredientSummary &i : report.ingredients) {
        if (i.relationship != QLatin1String("parentOf"))
            continue;
        if (fieldText(QStringLiteral("parent")).isEmpty()) // the job's own parent says it best
            setRow(QStringLiteral("parent"), i.hasManifest ? tr("“%1”, with its own credentials").arg(i.title) : tr("“%1”").arg(i.title));
        break;
    }
    if (!fieldText(QStringLiteral("batch")).isEmpty())
        return;
    for (const provenance::ActionSummary &a : report.active.actions) {
        const QString batch = a.parameters.value(provenance::param::kBatch).toString();
        if (!batch.isEmpty()) {
            setRow(QStringLiteral("batch"), batchText(batch, a.parameters.value(provenance::param::kBatchItem).toString()));
            return;
        }
    }
}

} // namespace rc::ui
