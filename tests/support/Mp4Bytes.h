#pragma once

#include <QByteArray>

namespace rc::test {

// The media data of an MP4 (every top-level 'mdat' payload, in order). A finished clip gains
// content credentials and XMP, so it is no longer byte-identical to what a server sent; its
// media data must be.
QByteArray mediaDataOf(const QByteArray &mp4);

} // namespace rc::test
