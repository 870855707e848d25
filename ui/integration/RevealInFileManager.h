#pragma once

#include <QString>

namespace rc::ui {

// Shows `file` in the desktop's file manager, selected, when the file manager offers the
// freedesktop.org FileManager1 interface on the session bus (Nautilus, Dolphin, Nemo, Thunar,
// Caja do); otherwise, or when the call fails, opens the folder that holds it. Returns at once.
void revealInFileManager(const QString &file);

} // namespace rc::ui
