#pragma once

#include <QString>

namespace rc::net {

// A structural check of a downloaded MP4, without decoding: the top-level boxes must tile the
// file exactly (a truncated download leaves a box running past the end), and `ftyp`, `moov` and
// `mdat` must be present. Cheap enough for any size, and it catches what a cut proxy does.
// Empty when fine, else what is wrong.
QString checkMp4Structure(const QString &path);

} // namespace rc::net
