#include "print/categorystyle.h"

#include "timeline/eventcategory.h"

#include <QFontDatabase>

#include <array>

namespace chipline::print {

namespace {

struct Entry
{
    timeline::EventCategory category;
    QRgb color;
    const char16_t *english;
    const char16_t *korean;
};

constexpr std::array kEntries{
    Entry{timeline::EventCategory::EntityList, 0xc62828, u"Entity List", u"거래제한 명단"},
    Entry{timeline::EventCategory::Enforcement, 0x6a1b9a, u"Enforcement", u"단속·처벌"},
    Entry{timeline::EventCategory::UsExportApproval, 0x2e7d32, u"US export approval", u"미국 수출 승인"},
    Entry{timeline::EventCategory::UsLicenseRequirement, 0xef6c00, u"US license requirement", u"미국 허가 요건"},
    Entry{timeline::EventCategory::ChinaCountermeasure, 0xad1457, u"China countermeasure", u"중국 대응 조치"},
    Entry{timeline::EventCategory::CorporateDisclosure, 0x00838f, u"Corporate disclosure", u"기업 공시"},
    Entry{timeline::EventCategory::ProductLaunch, 0x1565c0, u"Product launch", u"제품 출시"},
    Entry{timeline::EventCategory::AlliedControl, 0x558b2f, u"Allied control", u"동맹국 통제"},
    Entry{timeline::EventCategory::UsExportRule, 0xd84315, u"US export rule", u"미국 수출 규칙"},
    Entry{timeline::EventCategory::Diplomatic, 0x4527a0, u"Diplomatic", u"외교"},
    Entry{timeline::EventCategory::Market, 0x5d4037, u"Market", u"시장"},
    Entry{timeline::EventCategory::Other, 0x546e7a, u"Other", u"기타"},
};

const Entry *find(const QString &code)
{
    const timeline::EventCategory c = timeline::categoryFromCode(code);
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
        out.append(timeline::categoryCode(e.category));
    return out;
}

QColor CategoryStyle::color(const QString &code)
{
    const Entry *e = find(code);
    return e ? QColor(e->color) : QColor(0x546e7a);
}

QString CategoryStyle::displayName(const QString &code, bool korean)
{
    const Entry *e = find(code);
    if (!e)
        return code;
    return QString::fromUtf16(korean ? e->korean : e->english);
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

} // namespace chipline::print
