#pragma once

#include <functional>

class QComboBox;

namespace rc {
class Catalogue;
class GenerationService;
struct ProviderSpec;
} // namespace rc

namespace rc::ui {

// Fills a list of providers the way the studio's pickers offer them: the built-in engine first, a
// shut-down service left out (it can only fail), and a provider the service cannot run now (no
// API key, not in this build) shown but disabled, with the reason beside its name and in its
// tooltip. The reason is the service's own (GenerationService::unavailableReason). `accepts`, when given,
// narrows the list further (a batch needs a model that takes a photo). Item data: provider id.
void fillProviderChoices(QComboBox *box, const Catalogue &catalogue, const GenerationService &service,
                         const std::function<bool(const ProviderSpec &)> &accepts = {});

// True when the item at `index` can be chosen (a provider that needs a key cannot).
bool isChoiceEnabled(const QComboBox *box, int index);

// The first item that can be chosen, or -1.
int firstEnabledChoice(const QComboBox *box);

} // namespace rc::ui
