#pragma once

#include "ingest/sourcedocument.h"

#include <QFile>
#include <QString>

// A UTF-8 fixture under tests/data/ingest/FOLDER as the importers receive it.
inline chipline::ingest::SourceDocument loadFixture(const QString &folder, const QString &name)
{
    chipline::ingest::SourceDocument doc;
    doc.path = QStringLiteral(CHIPLINE_TEST_DATA "/ingest/") + folder + u'/' + name;
    QFile file(doc.path);
    if (file.open(QIODevice::ReadOnly))
        doc.bytes = file.readAll();
    doc.text = QString::fromUtf8(doc.bytes);
    doc.encoding = QStringLiteral("UTF-8");
    return doc;
}
