#include "batch/BatchSource.h"

#include "batch/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace rc::batch {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Batch", text);
}

// Sheets larger than this are not product lists; refusing them keeps memory bounded.
constexpr qint64 kMaxSheetBytes = 16 * 1024 * 1024;

} // namespace

bool isImageFileName(const QString &fileName)
{
    static const QStringList formats = [] {
        QStringList out;
        for (const QByteArray &f : QImageReader::supportedImageFormats())
            out.append(QString::fromLatin1(f).toLower());
        return out;
    }();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    // Vector, icon and cursor formats are not product photos.
    static const QStringList excluded{QStringLiteral("svg"), QStringLiteral("svgz"), QStringLiteral("ico"),
                                      QStringLiteral("cur"), QStringLiteral("icns"), QStringLiteral("xbm"),
                                      QStringLiteral("xpm"), QStringLiteral("pbm"), QStringLiteral("pgm"),
                                      QStringLiteral("ppm")};
    return !suffix.isEmpty() && formats.contains(suffix) && !excluded.contains(suffix);
}

BatchSource readSheet(const QString &path)
{
    BatchSource source;
    const QFileInfo info(path);
    source.path = info.absoluteFilePath();
    source.name = info.completeBaseName();
    QFile file(source.path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        source.problems.append(tr("The sheet %1 cannot be read.").arg(path));
        return source;
    }
    if (file.size() > kMaxSheetBytes) {
        source.problems.append(tr("The sheet %1 is larger than 16 MB; is it really a CSV product list?").arg(path));
        return source;
    }
    QString error;
    const QList<QStringList> records = parseCsv(file.readAll(), &error);
    if (!error.isEmpty()) {
        source.problems.append(tr("The sheet %1 is not valid CSV: %2").arg(path, error));
        return source;
    }
    if (records.isEmpty()) {
        source.problems.append(tr("The sheet %1 is empty.").arg(path));
        return source;
    }
    QStringList header;
    for (const QString &h : records.first())
        header.append(h.trimmed().toLower());
    const int skuCol = int(header.indexOf(QStringLiteral("sku")));
    const int photoCol = int(header.indexOf(QStringLiteral("photo")));
    if (skuCol < 0 || photoCol < 0) {
        source.problems.append(tr("Row 1 of %1 must name the columns; \"sku\" and \"photo\" are required "
                                  "(\"prompt\", \"seconds\", \"size\" and \"preset\" are optional).")
                                   .arg(info.fileName()));
        return source;
    }
    const int promptCol = int(header.indexOf(QStringLiteral("prompt")));
    const int secondsCol = int(header.indexOf(QStringLiteral("seconds")));
    const int sizeCol = int(header.indexOf(QStringLiteral("size")));
    const int presetCol = int(header.indexOf(QStringLiteral("preset")));
    const QDir base = info.absoluteDir();
    for (int i = 1; i < records.size(); ++i) {
        const QStringList &r = records.at(i);
        auto cell = [&r](int col) { return col < 0 ? QString() : r.value(col).trimmed(); };
        bool blank = true;
        for (const QString &v : r)
            blank = blank && v.trimmed().isEmpty();
        if (blank)
            continue; // spreadsheets often end with empty rows
        BatchRow row;
        row.row = i + 1;
        row.sku = cell(skuCol);
        const QString photo = cell(photoCol);
        row.photo = photo.isEmpty() ? QString() : QDir::cleanPath(base.absoluteFilePath(photo));
        row.prompt = cell(promptCol);
        row.seconds = cell(secondsCol);
        row.size = cell(sizeCol);
        row.preset = cell(presetCol);
        source.rows.append(row);
    }
    if (source.rows.isEmpty())
        source.problems.append(tr("The sheet %1 has a header but no products.").arg(info.fileName()));
    return source;
}

BatchSource readFolder(const QString &path)
{
    BatchSource source;
    const QFileInfo info(path);
    source.path = info.absoluteFilePath();
    source.name = QDir(source.path).dirName();
    const QDir dir(source.path);
    if (!info.isDir() || !dir.isReadable()) {
        source.problems.append(tr("The folder %1 cannot be read.").arg(path));
        return source;
    }
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    QStringList photos;
    for (const QFileInfo &f : files)
        if (!f.fileName().startsWith(QLatin1Char('.')) && isImageFileName(f.fileName()))
            photos.append(f.absoluteFilePath());
    source.rows = photosSource(photos, source.name).rows;
    if (source.rows.isEmpty())
        source.problems.append(tr("The folder %1 has no photos.").arg(path));
    return source;
}

BatchSource readBatchSource(const QString &path)
{
    return QFileInfo(path).isDir() ? readFolder(path) : readSheet(path);
}

BatchSource photosSource(const QStringList &photos, const QString &name)
{
    BatchSource source;
    source.name = name;
    int n = 0;
    for (const QString &p : photos) {
        BatchRow row;
        row.row = ++n;
        const QFileInfo f(p);
        row.sku = f.completeBaseName();
        row.photo = f.absoluteFilePath();
        source.rows.append(row);
    }
    return source;
}

} // namespace rc::batch
