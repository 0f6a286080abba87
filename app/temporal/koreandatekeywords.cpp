#include "temporal/koreandatekeywords.h"

namespace chipline::temporal::korean {

namespace {

using namespace handlers;

// Longer forms first where one is a prefix of another (지난해 before 지난).
constexpr std::array<Keyword, kKeywordCount> kKeywords{{
    {u"지난해", YearPrefix, -1},   {u"작년", YearPrefix, -1},      {u"올해", YearPrefix, 0},
    {u"금년", YearPrefix, 0},      {u"내년", YearPrefix, 1},       {u"올", YearPrefixOnly, 0},
    {u"지난달", MonthPrefix, -1},  {u"지난 달", MonthPrefix, -1},  {u"이달", MonthPrefix, 0},
    {u"이번 달", MonthPrefix, 0},  {u"이번달", MonthPrefix, 0},    {u"다음달", MonthPrefix, 1},
    {u"다음 달", MonthPrefix, 1},  {u"내달", MonthPrefix, 1},      {u"지난", PastPrefix, 0},
    {u"오는", ComingPrefix, 0},    {u"현지시간", LocalPrefix, 0},  {u"현지 시간", LocalPrefix, 0},
    {u"현지시각", LocalPrefix, 0}, {u"현지 시각", LocalPrefix, 0}, {u"이날", AnchorWord, 0},
    {u"당일", AnchorWord, 0},      {u"전날", AnchorWord, -1},      {u"하루 전", AnchorWord, -1},
    {u"다음날", AnchorWord, 1},    {u"다음 날", AnchorWord, 1},    {u"이튿날", AnchorWord, 1},
    {u"익일", AnchorWord, 1},      {u"하루 뒤", AnchorWord, 1},    {u"하루 후", AnchorWord, 1},
    {u"이틀 전", AnchorWord, -2},  {u"이틀 뒤", AnchorWord, 2},    {u"이틀 후", AnchorWord, 2},
    {u"사흘 전", AnchorWord, -3},  {u"사흘 뒤", AnchorWord, 3},    {u"사흘 후", AnchorWord, 3},
    {u"상반기", HalfWord, 1},      {u"하반기", HalfWord, 7},       {u"연초", YearPartWord, 1},
    {u"연말", YearPartWord, 12},
}};
} // namespace

KeywordIndex::KeywordIndex()
{
    const auto add = [this](const Keyword &k) {
        const auto lead = size_t(core::hangulIndex(k.text[0].unicode()));
        if (!m_leads[lead])
            m_bucketOf[lead] = quint8(m_bucketCount++); // below kMaxLeads: a lead per keyword at most
        m_leads.set(lead);
        if (k.text.size() == 1)
            m_single.set(lead);
        else
            m_pairs.set(pairBit(k.text[0], k.text[1]));
        for (auto &entry : m_buckets[m_bucketOf[lead]]) {
            if (!entry) {
                entry = &k;
                return;
            }
        }
    };
    for (const Keyword &k : kKeywords)
        add(k);
    for (const Keyword &k : kWeekdays)
        add(k);
    for (char16_t d = u'0'; d <= u'9'; ++d)
        m_stops[d] = Digit;
    for (char16_t u = core::kHangulFirst; u <= core::kHangulLast; ++u)
        m_stops[u] = m_leads[size_t(core::hangulIndex(u))] ? LeadSyllable : OtherSyllable;
}

qsizetype KeywordIndex::nextStop(const char16_t *units, qsizetype from, qsizetype n) const
{
    for (qsizetype i = from; i < n; ++i) {
        const quint8 stop = m_stops[units[i]];
        if (stop == Digit || (stop == LeadSyllable && (i == 0 || !core::isHangulSyllable(units[i - 1]))))
            return i;
    }
    return n;
}

const KeywordIndex &keywordIndex()
{
    static const KeywordIndex index;
    return index;
}

} // namespace chipline::temporal::korean
