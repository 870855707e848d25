#pragma once

#include "StudioContext.h"
#include "batch/BatchPlan.h"
#include "batch/BatchSource.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace rc::ui {

// Sets a batch up before anything runs: every product with its thumbnail and any problem, the
// provider, the preset (where the clips go), the duration and prompt, the output folder, and
// the total price against the budget. Start stays disabled while any row has a problem or the
// total would pass a cap; a paid batch asks once more before it is accepted.
class BatchDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDialog)

public:
    BatchDialog(batch::BatchSource source, const StudioContext &context, QWidget *parent = nullptr);

    const batch::BatchPlan &plan() const { return m_plan; }
    batch::BatchSettings settings() const;
    QString outDir() const;
    QString sourcePath() const { return m_source.path; }
    QLineEdit *outEdit() const { return m_out; }
    QLineEdit *promptEdit() const { return m_prompt; }
    QComboBox *durationBox() const { return m_seconds; }
    QLabel *priceLabel() const { return m_price; }
    QLabel *summaryLabel() const { return m_summary; }
    int maxInFlight() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *startButton() const { return m_start; }
    QComboBox *presetBox() const { return m_preset; }
    QComboBox *providerBox() const { return m_provider; }

    void accept() override;

private:
    void fillProviders();
    void fillDurations();
    void replan();
    void fillTable();
    void loadSomeThumbnails();

    batch::BatchSource m_source;
    StudioContext m_ctx;
    batch::BatchPlan m_plan;
    QComboBox *m_provider;
    QComboBox *m_preset;
    QComboBox *m_seconds;
    QLineEdit *m_prompt;
    QLineEdit *m_out;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_price;
    QPushButton *m_start;
    QTimer *m_thumbTimer;
    int m_nextThumb = 0;
};

} // namespace rc::ui
