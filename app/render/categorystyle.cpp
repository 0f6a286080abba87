#include "render/categorystyle.h"

#include "events/eventcategory.h"

#include <QCoreApplication>
#include <QFontDatabase>

#include <array>

namespace chipline::render {

namespace {

struct Entry
{
    events::EventCategory category;
    QRgb color;
    const char *name; // translated in the context below
};

constexpr char kContext[] = "chipline::render::CategoryStyle";

constexpr std::array kEntries{
    Entry{events::EventCategory::EntityList, 0xc62828,
          QT_TRANSLATE_NOOP("chipline::render::CategoryStyle", "Entity List")},
    Entry{events::EventCategory::Enforcement, 0x6a1b9a,
          QT_TRANSLATE_NOOP("chipline::render::CategoryStyle", "Enforcement")},
    Entry{events::EventCategory::UsExportApproval, 0x2e7d32,
          QT_TRANSLATE_NOOP("chipline::render::CategoryStyle", "US export approval")},
    Entry{events::EventCategory::UsLicenseRequirement, 0xef6c00,
          QT_TRANSLATE_NOOP("chipline::render::CategoryStyle", "US license requirement")},
    Entry{events::EventCategory::ChinaCountermeasure, 0xad1457,
          QT_TRANSLATE_NOOP("chipline::render::CategoryStyle", "China countermeasure")},
    Entry{events::EventCategory::CorporateDisclosure, 0x00838f,
          QT_TRANSLATE_NOOP("chipline::render::CategoryStyle", "Corporate disclosure")},
    Entry{events::EventCategory::ProductLaunch, 0x1565c0,
          QT_TRANSLATE_NOOP("chipline::render::CategoryStyle", "Product launch")},
    Entry{events::EventCategory::AlliedControl, 0x558b2f,
          QT_TRANSLATE_NOOP("chipline::render::CategoryStyle", "Allied control")},
    Entry{events::EventCategory::UsExportRule, 0xd84315,
          QT_TRANSLATE_NOOP("chipline::render::CategoryStyle", "US export rule")},
    Entry{events::EventCategory::Diplomatic, 0x4527a0,
          QT_TRANSLATE_NOOP("chipline::render::CategoryStyle", "Diplomatic")},
    Entry{events::EventCategory::Market, 0x5d4037, QT_TRANSLATE_NOOP("chipline::render::CategoryStyle", "Market")},
    Entry{events::EventCategory::Other, 0x546e7a, QT_TRANSLATE_NOOP("chipline::render::CategoryStyle", "Other")},
};

const Entry *find(const QString &code)
{
    const events::EventCategory c = events::categoryFromCode(code);
    for (const Entry &e : kEntries) {
        if (e.category == c)
            return &e;
    }
    return nullptr;
}

} // namespace

QStringList CategoryStyle::codes()
{
    QStringList out;
    for (const Entry &e : kEntries)
        out.append(events::categoryCode(e.category));
    return out;
}

QColor CategoryStyle::color(const QString &code)
{
    const Entry *e = find(code);
    return e ? QColor(e->color) : QColor(0x546e7a);
}

QString CategoryStyle::displayName(const QString &code)
{
    const Entry *e = find(code);
    if (!e)
        return code;
    return QCoreApplication::translate(kContext, e->name);
}

QColor CategoryStyle::laneColor(int lane)
{
    static constexpr std::array<QRgb, 4> kBands{0xf5f7fa, 0xffffff, 0xf5f7fa, 0xffffff};
    return QColor(kBands[size_t(lane) % kBands.size()]);
}

QStringList CategoryStyle::fontFamilies()
{
    const QStringList preferred = {QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR"),
                                   QStringLiteral("Source Han Sans KR"), QStringLiteral("NanumGothic"),
                                   QStringLiteral("Malgun Gothic"), QStringLiteral("Apple SD Gothic Neo")};
    const QStringList available = QFontDatabase::families();
    // Latin and digits from a TrueType family first: Qt maps the CFF glyphs of Noto CJK's
    // Latin run (proportional digits) without ToUnicode entries, so pdftotext and search
    // in a PDF viewer would lose every digit. Hangul falls through to the CJK family.
    QStringList out;
    for (const QString &family : {QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial")}) {
        if (available.contains(family)) {
            out.append(family);
            break;
        }
    }
    for (const QString &family : preferred) {
        if (available.contains(family))
            out.append(family);
    }
    return out;
}

} // namespace chipline::render
