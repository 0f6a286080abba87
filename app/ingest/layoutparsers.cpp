#include "ingest/layoutparsers.h"

#include "ingest/dumpparser.h"
#include "ingest/feedparser.h"
#include "ingest/htmlparser.h"
#include "ingest/plaintextparser.h"
#include "ingest/transcriptparser.h"
#include "ingest/wireparser.h"

#include <array>
#include <utility>

namespace chipline::ingest {

namespace {
constexpr std::array<std::pair<const char16_t *, ParseFunction>, 6> kParsers = {{
    {u"dump", &DumpParser::parse},
    {u"transcript", &TranscriptParser::parse},
    {u"wire", &WireParser::parse},
    {u"text", &PlainTextParser::parse},
    {u"html", &HtmlParser::parse},
    {u"feed", &FeedParser::parse},
}};
} // namespace

QStringList LayoutParsers::names()
{
    QStringList out;
    for (const auto &[name, fn] : kParsers)
        out.append(QString::fromUtf16(name));
    return out;
}

ParseFunction LayoutParsers::parserFor(const QString &layout)
{
    for (const auto &[name, fn] : kParsers) {
        if (layout == QStringView(name))
            return fn;
    }
    return nullptr;
}

} // namespace chipline::ingest
