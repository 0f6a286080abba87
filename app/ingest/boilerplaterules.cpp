#include "ingest/boilerplaterules.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chipline::ingest {

namespace {

bool contains(const std::vector<std::string> &list, std::string_view s)
{
    return std::any_of(list.begin(), list.end(), [s](const std::string &e) { return s == e; });
}

bool startsWithAny(const std::vector<std::string> &list, std::string_view s)
{
    return std::any_of(list.begin(), list.end(), [s](const std::string &e) { return s.starts_with(e); });
}

// Words of a class or id value, lower-cased; separated by whitespace or '_' as the
// attribute's authors use them.
template <typename Visit> bool anyWord(std::string_view value, bool splitUnderscore, Visit &&visit)
{
    std::string lowered(value);
    for (char &c : lowered)
        c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    std::size_t start = 0;
    while (start < lowered.size()) {
        std::size_t end = start;
        while (end < lowered.size() && lowered[end] != ' ' && lowered[end] != '\t' && lowered[end] != '\n'
               && !(splitUnderscore && lowered[end] == '_'))
            ++end;
        if (end > start && visit(std::string_view(lowered).substr(start, end - start)))
            return true;
        start = end + 1;
    }
    return false;
}

QRegularExpression alternation(const QStringList &patterns)
{
    if (patterns.isEmpty())
        return QRegularExpression(u"(?!)"_s);
    return QRegularExpression(u"(?:"_s + patterns.join(u")|(?:"_s) + u')',
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

const BoilerplateRules &BoilerplateRules::builtIn()
{
    static const BoilerplateRules rules = [] {
        QFile file(u":/ingest/boilerplate.tsv"_s);
        if (!file.open(QIODevice::ReadOnly))
            return BoilerplateRules();
        return fromTsv(QString::fromUtf8(file.readAll()));
    }();
    return rules;
}

BoilerplateRules BoilerplateRules::fromTsv(QStringView tsv, QStringList *errors)
{
    BoilerplateRules r;
    QStringList drops;
    QStringList ends;
    int lineNumber = 0;
    for (const QStringView line : tsv.split(u'\n')) {
        ++lineNumber;
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        const QString kind = tab > 0 ? line.first(tab).trimmed().toString() : QString();
        const QString value = tab > 0 ? line.sliced(tab + 1).toString() : QString();
        const std::string word = value.trimmed().toLower().toStdString();
        if (kind == u"name"_s)
            r.m_names.push_back(word);
        else if (kind == u"name-prefix"_s)
            r.m_prefixes.push_back(word);
        else if (kind == u"name-lead"_s)
            r.m_leads.push_back(word);
        else if (kind == u"name-keep"_s)
            r.m_keeps.push_back(word);
        else if (kind == u"content"_s)
            r.m_content.push_back(word);
        else if (kind == u"drop-line"_s || kind == u"end-line"_s) {
            const QRegularExpression re(value, QRegularExpression::UseUnicodePropertiesOption);
            if (!re.isValid()) {
                if (errors)
                    errors->append(u"line %1: %2"_s.arg(lineNumber).arg(re.errorString()));
                continue;
            }
            (kind == u"drop-line"_s ? drops : ends).append(value);
        } else if (errors) {
            errors->append(u"line %1: unknown kind \"%2\""_s.arg(lineNumber).arg(kind));
        }
    }
    r.m_dropLines = alternation(drops);
    r.m_endLines = alternation(ends);
    r.m_dropLines.optimize();
    r.m_endLines.optimize();
    return r;
}

bool BoilerplateRules::isFurnitureWord(std::string_view word) const
{
    if (contains(m_names, word))
        return true;
    if (startsWithAny(m_keeps, word))
        return false;
    if (startsWithAny(m_prefixes, word))
        return true;
    // A dashed word is also judged by its first part ("ad-slot") and its last ("site-footer"):
    // the first part only from the lead list, since "nav-open" is state on a page wrapper.
    if (const std::size_t dash = word.find('-');
        dash != std::string_view::npos && contains(m_leads, word.substr(0, dash)))
        return true;
    if (const std::size_t dash = word.rfind('-'); dash != std::string_view::npos) {
        const std::string_view last = word.substr(dash + 1);
        if (contains(m_names, last) || (!startsWithAny(m_keeps, last) && startsWithAny(m_prefixes, last)))
            return true;
    }
    return false;
}

bool BoilerplateRules::isFurnitureName(std::string_view value) const
{
    // Whole words first ("img_desc"), then the '_'-separated parts ("top_ad_box").
    return anyWord(value, false, [this](std::string_view w) { return isFurnitureWord(w); })
        || anyWord(value, true, [this](std::string_view w) { return isFurnitureWord(w); });
}

bool BoilerplateRules::isContentName(std::string_view value) const
{
    return anyWord(value, false, [this](std::string_view w) { return contains(m_content, w); });
}

BoilerplateRules::Verdict BoilerplateRules::classifyParagraph(const QString &paragraph) const
{
    // Chrome lines are short; a long paragraph that mentions a pattern is article text.
    if (paragraph.size() > 200)
        return Verdict::Keep;
    if (m_endLines.match(paragraph).hasMatch())
        return Verdict::EndOfArticle;
    if (m_dropLines.match(paragraph).hasMatch())
        return Verdict::Drop;
    return Verdict::Keep;
}

} // namespace chipline::ingest
