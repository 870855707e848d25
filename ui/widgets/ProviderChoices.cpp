#include "widgets/ProviderChoices.h"

#include "core/Catalogue.h"
#include "service/GenerationService.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QStandardItemModel>

#include <algorithm>

namespace rc::ui {
namespace {

// lupdate takes the context from this declaration; a free function wrapper would hide it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rc::ui::ProviderChoices)
};

} // namespace

void fillProviderChoices(QComboBox *box, const Catalogue &catalogue, const GenerationService &service,
                         const std::function<bool(const ProviderSpec &)> &accepts)
{
    QList<ProviderSpec> providers = catalogue.providers();
    // The built-in engine first: it works offline and costs nothing.
    std::stable_sort(providers.begin(), providers.end(), [](const ProviderSpec &a, const ProviderSpec &b) {
        return (a.kind == QLatin1String("builtin")) > (b.kind == QLatin1String("builtin"));
    });
    auto *model = qobject_cast<QStandardItemModel *>(box->model());
    for (const ProviderSpec &p : providers) {
        if (p.isRetired() || (accepts && !accepts(p)))
            continue;
        const QString why = service.unavailableReason(p.id);
        if (why.isEmpty()) {
            box->addItem(p.label, p.id);
            box->setItemData(box->count() - 1, p.description, Qt::ToolTipRole);
            continue;
        }
        // Shown rather than hidden, so a user who expects it learns what it lacks.
        box->addItem(service.needsKey(p.id) ? Tr::tr("%1 (needs an API key)").arg(p.label)
                                            : Tr::tr("%1 (not available)").arg(p.label),
                     p.id);
        box->setItemData(box->count() - 1, why, Qt::ToolTipRole);
        if (model)
            model->item(box->count() - 1)->setEnabled(false);
    }
}

bool isChoiceEnabled(const QComboBox *box, int index)
{
    const auto *model = qobject_cast<const QStandardItemModel *>(box->model());
    const QStandardItem *item = model ? model->item(index) : nullptr;
    return item && item->isEnabled();
}

int firstEnabledChoice(const QComboBox *box)
{
    for (int i = 0; i < box->count(); ++i) {
        if (isChoiceEnabled(box, i))
            return i;
    }
    return -1;
}

} // namespace rc::ui
