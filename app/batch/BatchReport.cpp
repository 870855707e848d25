#include "batch/BatchReport.h"

#include "batch/CsvReader.h"

#include <QFile>
#include <QSaveFile>

namespace rc::batch {
namespace {

const QStringList kColumns{QStringLiteral("sku"),  QStringLiteral("job_id"),   QStringLiteral("state"),
                           QStringLiteral("seconds"), QStringLiteral("size"), QStringLiteral("cost_usd"),
                           QStringLiteral("path"), QStringLiteral("error")};

} // namespace

QHash<QString, ReportLine> BatchReport::read(const QString &path)
{
    QHash<QString, ReportLine> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    QString error;
    const QList<QStringList> records = parseCsv(file.readAll(), &error);
    if (records.isEmpty() || records.first() != kColumns)
        return lines;
    for (int i = 1; i < records.size(); ++i) {
        const QStringList &r = records.at(i);
        ReportLine line;
        line.sku = r.value(0);
        line.jobId = r.value(1).toLongLong();
        line.state = r.value(2);
        line.seconds = r.value(3).toInt();
        line.size = r.value(4);
        Money::parse(r.value(5), &line.cost);
        line.path = r.value(6);
        line.error = r.value(7);
        if (!line.sku.isEmpty())
            lines.insert(line.sku, line);
    }
    return lines;
}

bool BatchReport::write(const QString &path, const QList<ReportLine> &lines, QString *error)
{
    QString text = kColumns.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const ReportLine &l : lines) {
        const QStringList fields{l.sku,  l.jobId ? QString::number(l.jobId) : QString(),
                                 l.state, QString::number(l.seconds), l.size, l.cost.toDecimalString(),
                                 l.path, l.error};
        QStringList written;
        for (const QString &f : fields)
            written.append(csvField(f));
        text += written.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace rc::batch
