#pragma once

#include "cli/CommandSupport.h"

namespace rc::cli {

// One function per command, each in its own file.
int runGenerateCommand(const CommandArgs &args);
int runListCommand(const CommandArgs &args);
int runShowCommand(const CommandArgs &args);
int runProvidersCommand(const CommandArgs &args);
// These two keep the signatures their authors gave them: `plan` needs no profile, and
// `provider` works on an open context.
int runPlanCommand(const QStringList &args);
int runProviderCommand(const QStringList &args, AppContext &ctx);
int runWorkerCommand(const CommandArgs &args);
int runResumeCommand(const CommandArgs &args);
int runSpendCommand(const CommandArgs &args);
int runBudgetCommand(const CommandArgs &args);
int runImportCommand(const CommandArgs &args);
int runEditCommand(const CommandArgs &args);
int runDeleteCommand(const CommandArgs &args);
int runPurgeCommand(const CommandArgs &args);
int runRemixCommand(const CommandArgs &args);
int runRemoteCommand(const CommandArgs &args);
int runStoryboardCommand(const CommandArgs &args);
int runVerifyCommand(const CommandArgs &args);
int runProvenanceCommand(const CommandArgs &args);
int runBatchCommand(const CommandArgs &args);

} // namespace rc::cli
