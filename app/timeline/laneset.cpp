#include "timeline/laneset.h"

namespace chipline::timeline {

namespace {

// The contest as analysts read it: Washington, Beijing, the two champions, the rest of the
// industry, the allies whose controls follow Washington's.
constexpr const char16_t *kDefaultSpec =
    u"United States government | US Department of Commerce, Bureau of Industry and Security, White House, "
    u"US Department of Justice, US Department of the Treasury, US Department of State, US Department of Defense, "
    u"USTR, US Congress, US Senate, US House of Representatives, House Select Committee on the CCP, "
    u"National Security Council, Federal Communications Commission, CFIUS, Donald Trump, Joe Biden, JD Vance, "
    u"Marco Rubio, Howard Lutnick, Gina Raimondo, Alan Estevez, Jeffrey Kessler, Scott Bessent, Jamieson Greer, "
    u"Katherine Tai, Jake Sullivan, David Sacks, Michael Kratsios, John Moolenaar, Tom Cotton\n"
    u"Chinese government | China Ministry of Commerce, Cyberspace Administration of China, "
    u"China Ministry of Foreign Affairs, Ministry of Industry and Information Technology, "
    u"State Administration for Market Regulation, General Administration of Customs of China, "
    u"Ministry of State Security, National Development and Reform Commission, China State Council, "
    u"Chinese Communist Party, National People's Congress, Xi Jinping, Li Qiang, He Lifeng, Wang Wentao, Wang Yi, "
    u"Ding Xuexiang, Li Chenggang\n"
    u"Nvidia | Nvidia, Jensen Huang\n"
    u"Huawei | Huawei, HiSilicon, Ren Zhengfei, Eric Xu, Meng Wanzhou, Richard Yu\n"
    u"Allies | Japan METI, Netherlands Government, European Commission, European Parliament, "
    u"Taiwan Ministry of Economic Affairs, Ministry of Trade, Industry and Energy, Korea Presidential Office, "
    u"Shigeru Ishiba, Sanae Takaichi, Fumio Kishida, Mark Rutte, Dick Schoof, Ursula von der Leyen, "
    u"Lee Jae-myung, Yoon Suk Yeol\n"
    u"Other companies | type:ORG, type:PERSON, type:CHIP, type:MODEL\n"
    u"Other | *\n";

} // namespace

LaneSet LaneSet::defaultActorLanes()
{
    return fromSpec(QString::fromUtf16(kDefaultSpec));
}

LaneSet LaneSet::actorLanes(const QList<Lane> &lanes)
{
    if (lanes.isEmpty())
        return defaultActorLanes();
    LaneSet set;
    set.m_lanes = lanes;
    return set;
}

LaneSet LaneSet::categoryLanes(const QStringList &categoryCodes)
{
    LaneSet set;
    set.m_mode = Mode::Category;
    for (const QString &code : categoryCodes)
        set.m_lanes.append({code, {code}});
    return set;
}

LaneSet LaneSet::fromSpec(const QString &spec, QString *error)
{
    LaneSet set;
    int lineNumber = 0;
    for (const QString &raw : spec.split(u'\n')) {
        ++lineNumber;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype bar = line.indexOf(u'|');
        Lane lane{(bar < 0 ? line : line.left(bar)).trimmed(), {}};
        if (lane.title.isEmpty()) {
            if (error)
                *error = QStringLiteral("line %1: a lane needs a title before \"|\"").arg(lineNumber);
            continue;
        }
        if (bar >= 0) {
            for (const QString &member : line.mid(bar + 1).split(u',', Qt::SkipEmptyParts)) {
                if (!member.trimmed().isEmpty())
                    lane.members.append(member.trimmed());
            }
        }
        set.m_lanes.append(lane);
    }
    if (set.m_lanes.isEmpty())
        set.m_lanes.append({QStringLiteral("Events"), {QStringLiteral("*")}});
    return set;
}

QString LaneSet::toSpec() const
{
    QString out;
    for (const Lane &lane : m_lanes)
        out += lane.title + QStringLiteral(" | ") + lane.members.join(QStringLiteral(", ")) + u'\n';
    return out;
}

QStringList LaneSet::titles() const
{
    QStringList out;
    for (const Lane &lane : m_lanes)
        out.append(lane.title);
    return out;
}

int LaneSet::laneFor(const QStringList &actors, const QString &category,
                     const QHash<QString, QString> &actorTypes) const
{
    const int last = int(m_lanes.size()) - 1;
    if (m_mode == Mode::Category) {
        for (int i = 0; i <= last; ++i) {
            if (m_lanes[i].members.contains(category))
                return i;
        }
        return last;
    }
    for (int i = 0; i <= last; ++i) {
        for (const QString &member : m_lanes[i].members) {
            if (member == u'*')
                return i;
            const bool isType = member.startsWith(QLatin1StringView("type:"));
            for (const QString &actor : actors) {
                if (isType ? actorTypes.value(actor) == QStringView(member).mid(5) : actor == member)
                    return i;
            }
        }
    }
    return last;
}

} // namespace chipline::timeline
