#include "render/categorystyle.h"

#include "core/hangulfonts.h"
#include "events/eventcategory.h"

#include <QFontDatabase>

#include <array>

namespace chipline::render {

namespace {

// Indexed by events::EventCategory, None excluded.
constexpr std::array<QRgb, 12> kColors{0xc62828, 0x6a1b9a, 0x2e7d32, 0xef6c00, 0xad1457, 0x00838f,
                                       0x1565c0, 0x558b2f, 0xd84315, 0x4527a0, 0x5d4037, 0x546e7a};
static_assert(kColors.size() == size_t(events::EventCategory::None), "one colour per category");

} // namespace

QList<core::EventCategory> CategoryStyle::categories()
{
    QList<core::EventCategory> out;
    for (size_t i = 0; i < kColors.size(); ++i)
        out.append(core::EventCategory(i));
    return out;
}

QStringList CategoryStyle::codes()
{
    QStringList out;
    for (const core::EventCategory category : categories())
        out.append(core::categoryCode(category));
    return out;
}

QColor CategoryStyle::color(core::EventCategory category)
{
    return QColor(
        kColors[category == events::EventCategory::None ? size_t(events::EventCategory::Other) : size_t(category)]);
}

QColor CategoryStyle::laneColor(int lane)
{
    static constexpr std::array<QRgb, 4> kBands{0xf5f7fa, 0xffffff, 0xf5f7fa, 0xffffff};
    return QColor(kBands[size_t(lane) % kBands.size()]);
}

QStringList CategoryStyle::hangulFamilies()
{
    const QStringList available = QFontDatabase::families();
    QStringList out;
    for (const QString &family : core::hangulFontFamilies()) {
        if (available.contains(family))
            out.append(family);
    }
    return out;
}

QStringList CategoryStyle::fontFamilies()
{
    const QStringList available = QFontDatabase::families();
    // Latin and digits from a TrueType family first: Qt maps the CFF glyphs of Noto CJK's
    // Latin run (proportional digits) without ToUnicode entries, so pdftotext and search
    // in a PDF viewer would lose every digit. Hangul falls through to the CJK family.
    QStringList out;
    for (const QString &family :
         {QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial")}) {
        if (available.contains(family)) {
            out.append(family);
            break;
        }
    }
    return out + hangulFamilies();
}

} // namespace chipline::render
