#pragma once

#include <QDateTime>
#include <QString>

#include <libxml/tree.h>

namespace chipline::ingest {

// What a saved news page says about itself, each field taken from the most reliable of
// its sources: Open Graph and article:* meta tags, schema.org JSON-LD (an object, an
// array or an @graph), microdata, <time datetime>, <title>. Times are wall-clock as written.
struct PageMetadata
{
    QString title;
    QDateTime published;
    QString author;
    QString outlet;
    QString url;
    QString language; // primary tag of <html lang>, empty when absent
    QString articleBody; // JSON-LD articleBody, as the page's scripts hold it
    QString description; // og:description or meta description

    static PageMetadata collect(const xmlDoc *doc);
    // "Headline | Site", "Headline - Site" -> "Headline"; the site name when known.
    static QString stripSiteSuffix(const QString &title, const QString &siteName);
};

} // namespace chipline::ingest
