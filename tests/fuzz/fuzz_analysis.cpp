// One article through the analyzer the importer runs on its worker threads: entities,
// dates and events with code-point offsets. Offsets must lie inside the body.
#include "analysis/articleanalyzer.h"
#include "core/textoffsets.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace chipline;
    static const std::unique_ptr<analysis::ArticleAnalyzer> analyzer = [] {
        auto made = analysis::ArticleAnalyzer::createBuiltIn();
        fuzz::require(bool(made), "the built-in analyzer does not load");
        return std::move(made).value();
    }();
    if (size < 1)
        return 0;
    core::Article article;
    article.layout = QStringLiteral("text");
    article.body = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1))
                       .normalized(QString::NormalizationForm_C);
    article.language = core::guessLanguage(article.body);
    if (data[0] & 1)
        article.published = core::makeWallTime(2025, 4, 16, 9, 30);
    const analysis::ArticleAnalysis found = analyzer->analyze(article);
    const qint64 length = core::TextOffsets(article.body).codePointLength();
    for (const auto &m : found.mentions)
        fuzz::require(m.start >= 0 && m.start < m.end && m.end <= length, "a mention outside the body");
    for (const auto &d : found.dates)
        fuzz::require(d.start >= 0 && d.start < d.end && d.end <= length, "a date outside the body");
    for (const auto &e : found.events)
        fuzz::require(e.evidenceStart >= 0 && e.evidenceStart <= e.evidenceEnd && e.evidenceEnd <= length,
                      "event evidence outside the body");
    return 0;
}
