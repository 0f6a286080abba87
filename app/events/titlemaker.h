#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <utility>

namespace chipline::events {

// Turns an evidence sentence into a short event title: the sentence without its date
// expressions (relative words like "지난 3일" mislead once lifted out of the article), white
// space collapsed, the Korean ending put in headline style from
// resources/vocabulary/title-endings.tsv ("...을 추가했다." -> "...을 추가"), and cut at a word
// boundary to at most maxLength characters.
class TitleMaker final
{
public:
    TitleMaker() = default;

    static core::Result<TitleMaker> builtIn();
    static core::Result<TitleMaker> fromTsv(QStringView tsv);

    // cuts: [start, end) ranges of sentence (its own offsets) to leave out, in order.
    QString make(QStringView sentence, const QList<std::pair<qsizetype, qsizetype>> &cuts,
                 qsizetype maxLength = 80) const;

private:
    QList<std::pair<QString, QString>> m_endings; // suffix -> replacement, in order
};

} // namespace chipline::events
