#pragma once

namespace rc::ui {

// Opens the studio window on the profile named by --profile (or the default) and runs it.
int runStudio(int argc, char *argv[]);

} // namespace rc::ui
