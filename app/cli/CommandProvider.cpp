// Placeholder until the provider-profile commands land: lists what the catalogue has.
#include "cli/Commands.h"

namespace rc::cli {

int runProviderCommand(const QStringList &args, AppContext &ctx)
{
    Q_UNUSED(ctx)
    return fail(BadArguments, QStringLiteral("provider %1: not available yet; see `reelcraft providers`").arg(args.value(1)));
}

} // namespace rc::cli
