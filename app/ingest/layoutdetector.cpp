#include "ingest/layoutdetector.h"

#include "ingest/dumpbyline.h"
#include "ingest/wiredateline.h"

#include <QFileInfo>
#include <QStringTokenizer>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {

// Detection reads a bounded prefix and suffix so a 100 MB file costs the same as a small one.
constexpr qsizetype kHeadChars = 64 * 1024;
constexpr qsizetype kTailChars = 512;
constexpr qsizetype kEarlyMarkupChars = 4096;
constexpr qsizetype kLetterSample = 4000;
constexpr int kWireLines = 8;

enum class Markup {
    None,
    Html,
    Feed,
    UnknownTag
};

// Skips whitespace, a BOM, the XML declaration, processing instructions and comments.
QStringView skipProlog(QStringView s)
{
    for (;;) {
        qsizetype i = 0;
        while (i < s.size() && (s[i].isSpace() || s[i] == QChar(0xFEFF)))
            ++i;
        s = s.mid(i);
        QStringView close;
        if (s.startsWith(u"<?"))
            close = u"?>";
        else if (s.startsWith(u"<!--"))
            close = u"-->";
        else
            return s;
        const qsizetype end = s.indexOf(close);
        if (end < 0)
            return {};
        s = s.mid(end + close.size());
    }
}

Markup classifyMarkup(QStringView head)
{
    QStringView s = skipProlog(head);
    if (s.startsWith(u"<!DOCTYPE", Qt::CaseInsensitive)) {
        if (s.mid(9).trimmed().startsWith(u"html", Qt::CaseInsensitive))
            return Markup::Html;
        const qsizetype end = s.indexOf(u'>');
        s = end < 0 ? QStringView() : skipProlog(s.mid(end + 1));
    }
    if (s.startsWith(u'<')) {
        qsizetype n = 1;
        while (n < s.size() && (s[n].isLetterOrNumber() || s[n] == u':' || s[n] == u'_' || s[n] == u'-'))
            ++n;
        const QStringView root = s.mid(1, n - 1);
        if (root.compare(u"html", Qt::CaseInsensitive) == 0)
            return Markup::Html;
        if (root == u"rss" || root == u"feed" || root == u"rdf:RDF")
            return Markup::Feed;
    }
    // Saved pages sometimes lose their <html> line; a <head> or <body> tag early still tells.
    const QStringView early = head.left(kEarlyMarkupChars);
    // Found from each '<': a case-blind search for the whole tag cost more than the rest
    // of a short file's detection.
    for (qsizetype at = early.indexOf(u'<'); at >= 0; at = early.indexOf(u'<', at + 1)) {
        for (const QStringView tag : {QStringView(u"head"), QStringView(u"body")}) {
            const qsizetype next = at + 1 + tag.size();
            if (next < early.size() && early.sliced(at + 1).startsWith(tag, Qt::CaseInsensitive)
                && (early[next] == u'>' || early[next].isSpace()))
                return Markup::Html;
        }
    }
    return s.startsWith(u'<') ? Markup::UnknownTag : Markup::None;
}

bool hasSectionMarker(QStringView head)
{
    for (const QStringView marker : {QStringView(u"[앵커]"), QStringView(u"[기자]")}) {
        for (qsizetype at = head.indexOf(marker); at >= 0; at = head.indexOf(marker, at + 1)) {
            qsizetype before = at;
            while (before > 0 && (head[before - 1] == u' ' || head[before - 1] == u'\t'))
                --before;
            if (before == 0 || head[before - 1] == u'\n')
                return true;
        }
    }
    return false;
}

bool endsWithByline(const QString &text)
{
    const qsizetype from = qMax<qsizetype>(0, text.size() - kTailChars);
    return DumpByline::atEnd().match(text, from).hasMatch();
}

bool mostlyLatin(QStringView head)
{
    qsizetype latin = 0, letters = 0;
    for (const QChar c : head.left(kLetterSample)) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.unicode() < 0x250)
            ++latin;
    }
    return letters > 0 && latin * 10 >= letters * 8;
}

bool hasWireDateline(QStringView head)
{
    int seen = 0;
    for (const QStringView raw : qTokenize(head, u'\n')) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (WireDateline::pattern().match(line).hasMatch())
            return true;
        if (++seen >= kWireLines)
            break;
    }
    return false;
}

} // namespace

QString LayoutDetector::detect(const SourceDocument &doc)
{
    const QStringView head = QStringView(doc.text).left(kHeadChars);
    const Markup markup = classifyMarkup(head);
    if (markup == Markup::Html)
        return u"html"_s;
    if (markup == Markup::Feed)
        return u"feed"_s;
    if (markup == Markup::UnknownTag) {
        // Markup with an unknown root: only here does the extension decide.
        const QString suffix = QFileInfo(doc.path).suffix().toLower();
        if (suffix == u"xml" || suffix == u"rss" || suffix == u"atom")
            return u"feed"_s;
        if (suffix == u"html" || suffix == u"htm")
            return u"html"_s;
    }
    if (endsWithByline(doc.text))
        return u"dump"_s;
    if (hasSectionMarker(head))
        return u"transcript"_s;
    if (hasWireDateline(head) && mostlyLatin(head))
        return u"wire"_s;
    return u"text"_s;
}

} // namespace chipline::ingest
