#include "core/tsvrows.h"

#include <QFile>

namespace chipline::core {

QList<TsvRow> tsvRows(QStringView tsv)
{
    QList<TsvRow> rows;
    int lineNumber = 0;
    for (QStringView line : tsv.split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        rows.append({lineNumber, line.split(u'\t')});
    }
    return rows;
}

Result<QString> resourceText(const QString &path, const QString &missingMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{missingMessage};
    return QString::fromUtf8(file.readAll());
}

} // namespace chipline::core
