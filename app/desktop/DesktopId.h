#pragma once

namespace rc::desktop {

// The application's reverse-DNS id: the desktop file's name (without .desktop), the icon name and
// the AppStream id (packaging/). The studio passes it to QGuiApplication::setDesktopFileName() so
// that Wayland compositors and docks match its windows to the desktop file and its icon.
inline constexpr char kDesktopId[] = "io.github.reelcraft.Reelcraft";

} // namespace rc::desktop
