#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rc::batch {

// One product as the seller wrote it, before any checking: values stay as text so that a
// problem can quote what the row says.
struct BatchRow
{
    // The sheet's row as a spreadsheet numbers it (the header is row 1), or the photo's place in
    // the folder's name order (from 1).
    int row = 0;
    QString sku;
    QString photo;   // absolute path
    QString prompt;  // empty: the batch's prompt
    QString seconds; // empty: the batch's duration
    QString size;    // "WxH"; empty: the batch's
    QString preset;  // empty: the batch's
};

// A sheet or a folder, read.
struct BatchSource
{
    QString name;         // for the gallery tag and the default output folder: the file's or folder's base name
    QString path;         // absolute
    QList<BatchRow> rows;
    QStringList problems; // what kept rows from being read at all ("row 3: ...")
};

// A CSV sheet with a header naming `sku` and `photo` (required) and `prompt`, `seconds`, `size`,
// `preset` (optional; other columns are ignored). Photos are relative to the sheet or absolute.
BatchSource readSheet(const QString &path);
// Every image in the folder (not its subfolders), in name order; the sku is the file's name
// without its extension.
BatchSource readFolder(const QString &path);
// A folder, or else a sheet.
BatchSource readBatchSource(const QString &path);
// Several photos picked or dropped together: skus from their file names, rows in the given order.
BatchSource photosSource(const QStringList &photos, const QString &name);

// True for a file name whose extension is a still image the app can read.
bool isImageFileName(const QString &fileName);

} // namespace rc::batch
