#include "batch/BatchDialog.h"

#include "batch/BatchPresets.h"
#include "batch/BatchStore.h"
#include "batch/ProductPrompt.h"
#include "core/Catalogue.h"
#include "service/BudgetGuard.h"
#include "service/GenerationService.h"
#include "store/JobRepository.h"
#include "widgets/ProviderChoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace rc::ui {
namespace {

constexpr int kThumbPx = 48;
enum Column { SkuColumn, PhotoColumn, SizeColumn, ProblemColumn, ColumnCount };

// Where the clips go unless the user says otherwise: the folder an earlier batch from the same
// sheet or folder used (so reopening it resumes), else beside the photos (a sheet's folder, the
// photo folder itself, or the dropped photos' folder), named by the day.
QString defaultOutDir(const batch::BatchSource &source, JobRepository &jobs)
{
    QString base;
    if (QFileInfo(source.path).isDir())
        base = source.path;
    else if (!source.path.isEmpty())
        base = QFileInfo(source.path).absolutePath();
    else if (!source.rows.isEmpty())
        base = QFileInfo(source.rows.first().photo).absolutePath();
    // Read on the window's thread: the output folders of earlier batches from one sheet, a few rows.
    return batch::defaultOutDir(batch::BatchStore(jobs.database()), source.path, base, batch::batchToday());
}

} // namespace

BatchDialog::BatchDialog(batch::BatchSource source, const StudioContext &context, QWidget *parent)
    : QDialog(parent), m_source(std::move(source)), m_ctx(context), m_provider(new QComboBox(this)),
      m_preset(new QComboBox(this)), m_seconds(new QComboBox(this)), m_prompt(new QLineEdit(this)),
      m_out(new QLineEdit(this)), m_table(new QTableWidget(0, ColumnCount, this)), m_summary(new QLabel(this)),
      m_price(new QLabel(this)), m_start(new QPushButton(tr("Start"), this)), m_thumbTimer(new QTimer(this))
{
    setWindowTitle(tr("New Batch: %1").arg(m_source.name));
    setObjectName(QStringLiteral("batchDialog"));
    resize(860, 620);

    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Photo"), tr("Clip"), tr("Problem")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setIconSize(QSize(kThumbPx, kThumbPx));
    m_table->verticalHeader()->setDefaultSectionSize(kThumbPx + 6);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);

    for (const batch::BatchPreset &p : batch::batchPresets()) {
        const VideoSize s = p.size;
        m_preset->addItem(tr("%1 (%2, %3)").arg(QString::fromLatin1(p.name), s.toString(), s.aspectLabel()),
                          QString::fromLatin1(p.name));
    }
    m_preset->setCurrentIndex(m_preset->findData(QStringLiteral("feed")));
    m_prompt->setPlaceholderText(batch::defaultProductPrompt());
    m_prompt->setToolTip(tr("Leave empty for the product template. {sku} and {name} are filled in for each product."));
    m_out->setText(defaultOutDir(m_source, *m_ctx.jobs));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_out, 1);
    outRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("For:"), m_preset);
    form->addRow(tr("Duration:"), m_seconds);
    form->addRow(tr("Prompt:"), m_prompt);
    form->addRow(tr("Output folder:"), outRow);

    m_price->setWordWrap(true);
    m_price->setObjectName(QStringLiteral("batchPrice"));
    m_summary->setWordWrap(true);
    m_start->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *box = new QVBoxLayout(this);
    box->addWidget(m_summary);
    box->addWidget(m_table, 1);
    box->addLayout(form);
    box->addWidget(m_price);
    box->addWidget(buttons);

    fillProviders();
    fillDurations();
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        fillDurations();
        replan();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &BatchDialog::replan);
    connect(m_seconds, &QComboBox::currentIndexChanged, this, &BatchDialog::replan);
    connect(m_prompt, &QLineEdit::editingFinished, this, &BatchDialog::replan);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the clips"), m_out->text());
        if (!dir.isEmpty()) {
            m_out->setText(dir);
            replan();
        }
    });
    connect(m_out, &QLineEdit::editingFinished, this, &BatchDialog::replan);
    connect(buttons, &QDialogButtonBox::accepted, this, &BatchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchDialog::reject);
    // Thumbnails a few at a time, so a 500-photo sheet opens at once and fills in.
    connect(m_thumbTimer, &QTimer::timeout, this, &BatchDialog::loadSomeThumbnails);
    fillTable();
    replan();
    m_thumbTimer->start(0);
}

void BatchDialog::fillProviders()
{
    // Providers whose first model takes a photo: a batch makes clips from product photos.
    fillProviderChoices(m_provider, *m_ctx.catalogue, *m_ctx.service, [this](const ProviderSpec &p) {
        const ModelSpec *m = m_ctx.catalogue->model(p.models.value(0));
        return m && m->imageInput;
    });
    m_provider->setCurrentIndex(firstEnabledChoice(m_provider));
}

void BatchDialog::fillDurations()
{
    const int previous = m_seconds->currentData().toInt();
    QSignalBlocker block(m_seconds);
    m_seconds->clear();
    const ProviderSpec *p = m_ctx.catalogue->provider(m_provider->currentData().toString());
    const ModelSpec *m = p ? m_ctx.catalogue->model(p->models.value(0)) : nullptr;
    if (!m)
        return;
    for (int d : m->durations)
        m_seconds->addItem(tr("%n second(s)", nullptr, d), d);
    int pick = m_seconds->findData(previous ? previous : 4);
    if (pick < 0)
        pick = m_seconds->findData(4);
    m_seconds->setCurrentIndex(std::max(0, pick));
}

batch::BatchSettings BatchDialog::settings() const
{
    batch::BatchSettings s;
    s.provider = m_provider->currentData().toString();
    s.preset = m_preset->currentData().toString();
    if (m_seconds->currentIndex() >= 0)
        s.durationSec = m_seconds->currentData().toInt();
    s.prompt = m_prompt->text().trimmed();
    return s;
}

QString BatchDialog::outDir() const
{
    return m_out->text().trimmed();
}

int BatchDialog::maxInFlight() const
{
    const ProviderSpec *p = m_ctx.catalogue->provider(m_provider->currentData().toString());
    return p ? std::max(1, p->maxConcurrent) : 1;
}

void BatchDialog::fillTable()
{
    m_table->setRowCount(int(m_source.rows.size()));
    for (int i = 0; i < m_source.rows.size(); ++i) {
        const batch::BatchRow &row = m_source.rows.at(i);
        auto *sku = new QTableWidgetItem(row.sku.isEmpty() ? tr("(no sku)") : row.sku);
        sku->setToolTip(tr("Row %1").arg(row.row));
        m_table->setItem(i, SkuColumn, sku);
        m_table->setItem(i, PhotoColumn, new QTableWidgetItem(QFileInfo(row.photo).fileName()));
        m_table->setItem(i, SizeColumn, new QTableWidgetItem);
        m_table->setItem(i, ProblemColumn, new QTableWidgetItem);
    }
    m_table->resizeColumnToContents(PhotoColumn);
    m_table->setColumnWidth(SkuColumn, std::max(140, m_table->columnWidth(SkuColumn)));
}

void BatchDialog::loadSomeThumbnails()
{
    for (int n = 0; n < 8 && m_nextThumb < m_source.rows.size(); ++n, ++m_nextThumb) {
        QImageReader reader(m_source.rows.at(m_nextThumb).photo);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(kThumbPx, kThumbPx, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull())
            m_table->item(m_nextThumb, SkuColumn)->setIcon(QIcon(QPixmap::fromImage(image)));
    }
    if (m_nextThumb >= m_source.rows.size())
        m_thumbTimer->stop();
}

void BatchDialog::replan()
{
    m_plan = batch::planBatch(m_source, settings(), *m_ctx.catalogue, *m_ctx.service);
    QHash<int, const batch::BatchItem *> itemOfRow;
    for (const batch::BatchItem &item : std::as_const(m_plan.items))
        itemOfRow.insert(item.row, &item);
    for (int i = 0; i < m_source.rows.size(); ++i) {
        const int rowNumber = m_source.rows.at(i).row;
        const QStringList problems = m_plan.rowProblems.value(rowNumber);
        QTableWidgetItem *problem = m_table->item(i, ProblemColumn);
        // The row number as the sheet (or the folder's name order) counts it, to find the line.
        problem->setText(problems.isEmpty() ? QString()
                                            : tr("Row %1: %2").arg(rowNumber).arg(problems.join(QStringLiteral("; "))));
        problem->setForeground(problems.isEmpty() ? palette().text() : QBrush(QColor(0xc0, 0x20, 0x20)));
        const batch::BatchItem *item = itemOfRow.value(rowNumber);
        QString clip;
        if (item) {
            clip = item->deliverSize.toString();
            if (item->request.size != item->deliverSize)
                clip = tr("%1 (made at %2, cropped)").arg(clip, item->request.size.toString());
        }
        m_table->item(i, SizeColumn)->setText(clip);
    }
    m_table->resizeRowsToContents();
    // Sized to the text, a row cut the thumbnails (they load after this) to a strip of 18 px.
    for (int i = 0; i < m_table->rowCount(); ++i)
        m_table->setRowHeight(i, std::max(m_table->rowHeight(i), kThumbPx + 6));

    const int problems = int(m_plan.problems.size());
    const int products = int(m_source.rows.size());
    QString summary = problems == 0 ? tr("%n product(s), one clip each.", nullptr, products)
                                    : tr("%n product(s). ", nullptr, products)
            + tr("%n problem(s) to fix before the batch can start; nothing runs until then.", nullptr, problems);
    // A batch opened again on the same folder resumes: say so, rather than seem to start over.
    const QSet<QString> done = batch::deliveredSkus(m_plan.items, outDir());
    const int delivered = int(done.size());
    if (delivered > 0)
        summary += QLatin1Char(' ') + tr("%n already in the output folder, kept and skipped.", nullptr, delivered);
    m_summary->setText(summary);
    const ProviderSpec *spec = m_ctx.catalogue->provider(m_provider->currentData().toString());
    // What is already in the folder is kept, not made again: only the rest is priced and capped.
    const Money total = m_plan.totalExcept(done);
    QString budgetRefusal;
    if (spec && !total.isZero())
        budgetRefusal = BudgetGuard(*m_ctx.budgets, *m_ctx.ledger).check(spec->id, spec->label, total, QDateTime::currentDateTime(), {},
                                                                                    BudgetGuard::Spending::Batch);
    if (!m_plan.ok() && m_plan.items.isEmpty() && problems > 0 && products == 0)
        m_price->setText(m_plan.problems.join(QLatin1Char('\n')));
    else if (total.isZero())
        m_price->setText(tr("Total: free (%1 charges nothing).").arg(spec ? spec->label : QString()));
    else if (budgetRefusal.isEmpty())
        m_price->setText(tr("Estimated total: %1 for %n clip(s); within your budget.", nullptr, int(m_plan.items.size()) - delivered)
                             .arg(total.toString()));
    else
        m_price->setText(tr("Estimated total: %1. The whole batch would pass a spending cap: %2")
                             .arg(total.toString(), budgetRefusal));
    m_start->setEnabled(m_plan.ok() && budgetRefusal.isEmpty());
    m_start->setText(total.isZero() ? tr("Start") : tr("Start (%1)").arg(total.toString()));
}

void BatchDialog::accept()
{
    replan(); // the photos or the budget may have changed since it was shown
    if (!m_start->isEnabled())
        return;
    if (outDir().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a folder for the clips."));
        return;
    }
    const QSet<QString> done = batch::deliveredSkus(m_plan.items, outDir());
    const Money total = m_plan.totalExcept(done);
    if (!total.isZero()) {
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("This batch is estimated to cost %1 in all (%n clip(s)). Start it?", nullptr, int(m_plan.items.size() - done.size()))
                .arg(total.toString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}

} // namespace rc::ui
