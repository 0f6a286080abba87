#pragma once

#include "core/hangul.h"

#include <QChar>
#include <QStringView>

#include <array>
#include <bitset>

namespace chipline::temporal::korean {

// What a keyword does. The list is grammar rather than vocabulary (each entry carries a
// resolution rule in KoreanDateScanner), which is why it lives in code and not in resources/.
namespace handlers {
enum Handler {
    YearPrefix, // 지난해, 올해, 내년 (+ M월 (D일) | N분기 | 상/하반기 | 초/말)
    YearPrefixOnly, // 올: a date only with what follows it
    MonthPrefix, // 지난달, 이달, 다음달 (+ D일 | 초/중순/말)
    PastPrefix, // 지난 (+ D일 | M월 | X요일)
    ComingPrefix, // 오는 (+ D일 | M월 | X요일)
    LocalPrefix, // 현지시간 D일
    AnchorWord, // 이날, 전날, 다음날, 이틀 뒤
    HalfWord, // 상반기, 하반기
    YearPartWord, // 연초, 연말
    WeekdayWord, // 월요일 .. 일요일
};
} // namespace handlers

struct Keyword
{
    QStringView text; // its length is known at compile time
    handlers::Handler handler;
    int offset;
};

// ISO weekday order: offset is the weekday number.
// The relative and period words of koreandatekeywords.cpp.
inline constexpr std::size_t kKeywordCount = 40;

inline constexpr std::array<Keyword, 7> kWeekdays{{
    {u"월요일", handlers::WeekdayWord, 1},
    {u"화요일", handlers::WeekdayWord, 2},
    {u"수요일", handlers::WeekdayWord, 3},
    {u"목요일", handlers::WeekdayWord, 4},
    {u"금요일", handlers::WeekdayWord, 5},
    {u"토요일", handlers::WeekdayWord, 6},
    {u"일요일", handlers::WeekdayWord, 7},
}};

using KeywordBucket = std::array<const Keyword *, 10>;

// Keywords by first syllable, built once. The scan keeps a reference and asks it inline
// at every word start, so the lookup is one load rather than a call.
class KeywordIndex final
{
public:
    KeywordIndex();

    // Keywords starting with c, longest alternatives first, null-terminated; nullptr when
    // no keyword starts with c.
    const KeywordBucket *at(QChar c) const
    {
        if (!core::isHangulSyllable(c) || !m_leads[size_t(core::hangulIndex(c.unicode()))])
            return nullptr;
        return &m_buckets[m_bucketOf[size_t(core::hangulIndex(c.unicode()))]];
    }
    // The first unit at or after from where the scan must look: an ASCII digit, or a
    // syllable that leads a keyword and starts a word; n when there is none.
    qsizetype nextStop(const char16_t *units, qsizetype from, qsizetype n) const;
    // Whether a keyword may start with first and then second (no false negatives): most
    // words led by a keyword's syllable (이, 지, 하) go on otherwise, and are passed over
    // without comparing them with each keyword.
    bool mayStartWith(QChar first, QChar second) const
    {
        return m_single[size_t(core::hangulIndex(first.unicode()))] || m_pairs[pairBit(first, second)];
    }

private:
    static constexpr size_t kPairBits = 4096;
    static size_t pairBit(QChar first, QChar second)
    {
        return (size_t(first.unicode()) * 31 + second.unicode()) % kPairBits;
    }

    enum Stop : quint8 {
        NoStop,
        Digit,
        LeadSyllable,
        OtherSyllable
    };
    // A bucket per lead syllable, found through a byte per syllable: a bucket for every
    // syllable took 900 KB, nearly all empty, faulted in page by page at the first date.
    static constexpr size_t kMaxLeads = kKeywordCount + kWeekdays.size(); // at most one each
    std::array<KeywordBucket, kMaxLeads> m_buckets{};
    std::array<quint8, core::kHangulSyllables> m_bucketOf{};
    size_t m_bucketCount = 0;
    std::array<quint8, 0x10000> m_stops{}; // Stop per UTF-16 unit
    std::bitset<core::kHangulSyllables> m_leads; // syllables that start a keyword
    std::bitset<core::kHangulSyllables> m_single; // syllables that are a keyword alone (올)
    std::bitset<kPairBits> m_pairs; // pairBit() of each keyword's first two units
};

const KeywordIndex &keywordIndex();

} // namespace chipline::temporal::korean
