#pragma once

#include "ahocorasick.h"
#include "contextnames.h"
#include "entitymatch.h"
#include "entitypatterns.h"
#include "gazetteer.h"
#include "koreannames.h"
#include "koreanparticles.h"
#include "matchboundary.h"
#include "matcherlexicon.h"
#include "mentionpropagator.h"
#include "openpatterns.h"

#include <QList>

#include <memory>
#include <optional>

#include <vector>

namespace chipline::text {

// Finds entity mentions in one text (an article): gazetteer aliases through one
// Aho-Corasick pass over folded text, longest match first, names ending before Korean
// particles, a known place also with its head (텍사스주, 광둥성 are Texas, Guangdong);
// then lower-confidence patterns at anchors the same pass reports; Korean personal names
// by their shape; names told by their
// context (a report's source, a list's items); names defined in parentheses; last,
// pattern names again at their other places in the text.
// Built once from a Gazetteer (a snapshot: rebuild after editing it); match() is const
// and keeps no state, so one matcher serves many threads.
class EntityMatcher final
{
public:
    explicit EntityMatcher(const Gazetteer &gazetteer);
    EntityMatcher(const Gazetteer &gazetteer, const MatcherLexicon &lexicon);
    Q_DISABLE_COPY_MOVE(EntityMatcher)

    // The matcher as bytes of this build (its aliases and automaton), and a matcher from
    // them with lexicon: the same matcher without parsing a gazetteer or building the
    // automaton. Null for bytes image() did not write or written with another lexicon.
    QByteArray image() const;
    static std::unique_ptr<EntityMatcher> fromImage(QByteArrayView image, const MatcherLexicon &lexicon);
    // The built-in gazetteer's matcher, from the image the build made of it (the resource
    // :/matcher/builtin.bin, in the executables only); null where there is none.
    static std::unique_ptr<EntityMatcher> builtInFromImage();

    // Matches sorted by start, never overlapping. Offsets are UTF-16 offsets into text,
    // also when text is not NFC.
    QList<EntityMatch> match(QStringView text) const;

    int aliasCount() const { return static_cast<int>(m_aliases.size()); }

private:
    struct Unbuilt
    {
    };
    // Everything made from the lexicon; no alias, no automaton yet.
    EntityMatcher(const MatcherLexicon &lexicon, Unbuilt);
    // A SHA-1 of the lists the automaton's anchors index, made from the lexicon.
    QByteArray listsPrint() const;
    struct Image;
    static std::optional<Image> readImage(QByteArrayView bytes);
    static std::unique_ptr<EntityMatcher> fromRead(std::optional<Image> image, const MatcherLexicon &lexicon);
    // Every payload the automaton reports names an alias or an anchor of these lists.
    bool payloadsFit() const;

    struct AliasInfo
    {
        int entity;
        EntityType type;
        bool caseSensitive;
        QString exact; // NFC alias text, for case-sensitive aliases
        QString canonical;
    };
    struct Anchor
    {
        qsizetype start;
        qsizetype end;
        std::int32_t payload;
    };

    bool matchNfc(QStringView text, QList<EntityMatch> &out, bool normalized = false) const;
    void addAbbreviations(QStringView text, QList<EntityMatch> &matches) const;
    void addPatterns(QStringView text, const std::vector<Anchor> &anchors, QList<EntityMatch> &matches) const;
    std::optional<EntityMatch> patternAt(QStringView text, const Anchor &a, const QList<EntityMatch> &known,
                                         const QList<EntityMatch> &made) const;
    qsizetype startOf(QStringView text, qsizetype end, std::int32_t length) const;
    qsizetype placeHeadEnd(QStringView text, qsizetype end) const;
    // The body head written at end (index into m_bodyHeads) when a boundary follows it; -1.
    qsizetype bodyHeadAfter(QStringView text, qsizetype end) const;
    bool sameCase(QStringView text, qsizetype start, qsizetype end, const QString &exact) const;

    std::vector<AliasInfo> m_aliases;
    QStringList m_titles;
    QStringList m_placeHeads; // 주, 성, 시, 현, 자치구: longest first
    QList<MatcherLexicon::Head> m_bodyHeads; // written onto a place: 군, 대학; longest first
    KoreanParticles m_particles;
    MatchBoundary m_boundary;
    OpenPatterns m_open;
    EntityPatterns m_patterns;
    KoreanNames m_names;
    ContextNames m_context;
    MentionPropagator m_propagator;
    AhoCorasick m_automaton;
};

} // namespace chipline::text
