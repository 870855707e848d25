#pragma once

#include <QPointF>
#include <QStringList>

class QObject;

namespace rc::test {

// Drops local files on a widget at `at` (its coordinates) as a file manager does: a drag enters,
// then the drop follows only if the entry was accepted. Returns whether it was.
bool dropFiles(QObject *target, const QStringList &paths, QPointF at = QPointF(10, 10));

} // namespace rc::test
