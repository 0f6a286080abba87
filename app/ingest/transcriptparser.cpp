#include "ingest/transcriptparser.h"

#include "ingest/linepatterns.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {

constexpr auto kHangul = QRegularExpression::UseUnicodePropertiesOption;

// The transcript's line patterns, built once on the first file (see compiledPattern).
struct Patterns
{
    // '베이징에서 뉴스채널 김하늘입니다.', '워싱턴에서 김하늘 특파원입니다.', '김하늘 기자입니다.':
    // a place ('…에서'), an optional channel, a 2-4 syllable name (never the title itself),
    // an optional title.
    QRegularExpression signOff = compiledPattern(
        uR"(^(?:(\S+?)에서 )?(?:(\S+) )?(?!(?:기자|특파원)입니다)([\x{AC00}-\x{D7A3}]{2,4}?)(?: ?(기자|특파원))?입니다\.?$)"_s,
        kHangul);
    // '김하늘(reporter@example.com)'
    QRegularExpression emailLine = compiledPattern(
        uR"(^([\x{AC00}-\x{D7A3}]{2,4})(?: ?기자)?\s*[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?$)"_s, kHangul);
    // 'ⓒ뉴스채널, 무단 전재…', 'Copyright ⓒ 뉴스채널 All rights reserved'
    QRegularExpression copyright = compiledPattern(
        uR"(^(?:Copyright\s*)?(?:ⓒ|©|\([cC]\))\s*(?:\d{4}\s*)?([^,\s.]+)|^Copyright\s+(?:\d{4}\s+)?([^,\s.]+))"_s,
        kHangul);
};

bool isSectionMarker(QStringView line)
{
    return line == u"[앵커]" || line == u"[기자]";
}

// '[영상취재 홍길동]', '[영상편집 김영희]', '[그래픽 …]': production credits, not story text.
bool isCrewLine(QStringView line)
{
    if (!line.startsWith(u'[') || !line.endsWith(u']') || isSectionMarker(line))
        return false;
    static const char16_t *const kCrew[] = {u"영상취재", u"영상편집", u"촬영",     u"편집",     u"그래픽",
                                            u"취재",     u"영상제공", u"화면제공", u"자료제공", u"CG"};
    for (const char16_t *word : kCrew) {
        if (line.contains(QStringView(word)))
            return true;
    }
    return false;
}

// The first line of the site's footer: everything from it on is boilerplate.
bool isFooterStart(QStringView line, const Patterns &patterns)
{
    return line.contains(u"기사문의") || line.contains(u"제보 :") || line.contains(u"제보:")
        || patterns.emailLine.match(line).hasMatch() || patterns.copyright.match(line).hasMatch() || line == u"좋아요"
        || line == u"ADVERTISEMENT";
}

// Length of the first copy when the story is printed twice in a row, else the number of lines.
// Lines are compared with runs of blanks collapsed; a second copy that breaks off early still
// counts when it repeats at least four fifths of the first.
qsizetype storyLength(const QList<QStringView> &lines)
{
    QStringList keys;
    keys.reserve(lines.size());
    for (const QStringView line : lines)
        keys.append(line.toString().simplified());
    const qsizetype n = keys.size();
    for (qsizetype k = 1; k < n; ++k) {
        if (keys[k] != keys[0])
            continue;
        qsizetype same = 1;
        while (same < k && k + same < n && keys[same] == keys[k + same])
            ++same;
        if (same == k || (same >= 3 && same * 5 >= k * 4))
            return k;
    }
    return n;
}

} // namespace

ParseResult TranscriptParser::parse(const SourceDocument &doc)
{
    static const Patterns patterns;
    // Blank lines carry nothing, and the two copies may differ in surrounding blanks.
    QList<QStringView> lines;
    for (const QStringView raw : QStringView(doc.text).split(u'\n')) {
        const QStringView line = raw.trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }

    const qsizetype storyEnd = storyLength(lines);
    qsizetype bodyEnd = storyEnd;
    for (qsizetype i = 0; i < storyEnd; ++i) {
        if (isFooterStart(lines[i], patterns)) {
            bodyEnd = i;
            break;
        }
    }

    // The sign-off is the last line before the crew credits; only there may it lack a title.
    qsizetype lastStoryLine = bodyEnd - 1;
    while (lastStoryLine >= 0 && isCrewLine(lines[lastStoryLine]))
        --lastStoryLine;

    core::Article a;
    a.layout = u"transcript"_s;
    QStringList kept;
    for (qsizetype i = 0; i < bodyEnd; ++i) {
        const QStringView line = lines[i];
        if (isCrewLine(line))
            continue;
        const QRegularExpressionMatch m = patterns.signOff.match(line);
        // A bare 'X NAME입니다.' could be a sentence; a title or the last place makes it a handoff
        // or sign-off. The last one wins for the reporter, the first channel for the outlet.
        if (m.hasMatch() && (m.hasCaptured(4) || i == lastStoryLine)) {
            a.reporter = m.captured(3);
            if (m.hasCaptured(1))
                a.dateline = m.captured(1);
            if (m.hasCaptured(2) && a.outlet.isEmpty())
                a.outlet = m.captured(2);
            continue;
        }
        kept.append(line.toString());
    }

    if (std::all_of(kept.cbegin(), kept.cend(), [](const QString &line) { return isSectionMarker(line); })) {
        return core::Error{tr("no article found: %1 has no transcript text before its footer").arg(doc.path)};
    }

    for (qsizetype i = bodyEnd; i < lines.size(); ++i) {
        if (a.reporter.isEmpty()) {
            const QRegularExpressionMatch m = patterns.emailLine.match(lines[i]);
            if (m.hasMatch())
                a.reporter = m.captured(1);
        }
        if (a.outlet.isEmpty()) {
            const QRegularExpressionMatch m = patterns.copyright.match(lines[i]);
            if (m.hasMatch())
                a.outlet = m.hasCaptured(1) ? m.captured(1) : m.captured(2);
        }
    }

    a.body = kept.join(u'\n');
    a.language = core::guessLanguage(a.body);
    ParsedFile out;
    out.articles.append(std::move(a));
    return out;
}

} // namespace chipline::ingest
