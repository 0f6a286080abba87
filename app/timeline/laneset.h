#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace chipline::timeline {

// The horizontal bands of the timeline and which events go in each. By actor: lanes in
// order of precedence, each listing entity names and "type:GOV"-style entity types, the
// last lane usually "*" (everything else); an event goes in the first lane that claims
// one of its actors. By category: one lane per event category code.
//
// The text form, one lane a line ("#" comments): `Title | member, member, type:ORG, *`.
class LaneSet final
{
public:
    enum class Mode {
        Actor,
        Category
    };

    struct Lane
    {
        QString title;
        QStringList members; // entity names, "type:XYZ", or "*"
    };

    static LaneSet defaultActorLanes();
    // Actor lanes as given; none means the default ones.
    static LaneSet actorLanes(const QList<Lane> &lanes);
    static LaneSet categoryLanes(const QStringList &categoryCodes);
    // Parses the text form; lines without a title are skipped. Error text in *error.
    static LaneSet fromSpec(const QString &spec, QString *error = nullptr);
    QString toSpec() const;

    Mode mode() const { return m_mode; }
    const QList<Lane> &lanes() const { return m_lanes; }
    QStringList titles() const;
    qsizetype size() const { return m_lanes.size(); }

    // The lane for an event; actorTypes maps entity names to types. Events no lane claims
    // go to the last lane.
    int laneFor(const QStringList &actors, const QString &category, const QHash<QString, QString> &actorTypes) const;

private:
    Mode m_mode = Mode::Actor;
    QList<Lane> m_lanes;
};

} // namespace chipline::timeline
