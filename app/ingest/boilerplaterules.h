#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>
#include <string_view>
#include <vector>

namespace chipline::ingest {

// What counts as page furniture in a saved article page, read from data
// (resources/ingest/boilerplate.tsv, compiled in as :/ingest/boilerplate.tsv) so that the
// rules for Korean and English sites can be curated without touching the code.
class BoilerplateRules final
{
public:
    enum class Verdict {
        Keep,
        Drop,
        EndOfArticle
    };

    // The rules shipped with the program, parsed once; thread-safe.
    static const BoilerplateRules &builtIn();
    // Rules in the boilerplate.tsv format; unusable lines are reported in errors.
    static BoilerplateRules fromTsv(QStringView tsv, QStringList *errors = nullptr);

    // A class or id attribute value names furniture / the article container.
    bool isFurnitureName(std::string_view attributeValue) const;
    bool isContentName(std::string_view attributeValue) const;
    // What a paragraph of visible text is.
    Verdict classifyParagraph(const QString &paragraph) const;

private:
    bool isFurnitureWord(std::string_view word) const;

    std::vector<std::string> m_names;
    std::vector<std::string> m_prefixes;
    std::vector<std::string> m_leads;
    std::vector<std::string> m_keeps;
    std::vector<std::string> m_content;
    QRegularExpression m_dropLines; // all drop-line patterns as one alternation
    QRegularExpression m_endLines;
};

} // namespace chipline::ingest
