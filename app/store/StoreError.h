#pragma once

#include <QString>

namespace rc {

// SQLite's own words for the last statement that failed on this thread's connection ("database
// or disk is full", "attempt to write a readonly database"). Repository calls report failure as
// a bool; the store's writer reads this note so a failed write's message says what the disk said,
// not only that some part failed. Per thread, because each thread has its own connection.
void noteStoreError(const QString &sqliteText);
// Returns the note and clears it.
QString takeStoreError();

} // namespace rc
