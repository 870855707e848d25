#pragma once

#include "cli/CommandSupport.h"
#include "core/CatalogueTypes.h"

namespace rc::cli {

// `provider add NAME --type comfyui`: `spec` arrives with id, kind, label, key variable and
// options already read; this adds the servers, workflows and price and saves the profile.
int addComfyProvider(const QCommandLineParser &parser, ProviderSpec spec, AppContext &ctx);
// `provider test NAME` for a ComfyUI profile: each server's GPU, free VRAM, queue, and whether
// the nodes and model files each workflow needs are there. Exit 1 when no server can run a job.
int testComfyProvider(const ProviderSpec &spec, AppContext &ctx);

} // namespace rc::cli
