// EntityMatcher as bytes: the built-in gazetteer's matcher is made once at build time
// (tools/matcherimage.cpp) and read back at start-up, instead of parsing the gazetteer and
// building the automaton every time `chipline tag` starts (about 30 ms of its start).
#include "entitymatcher.h"
#include "internednames.h"

#include <QCryptographicHash>
#include <QResource>

#include <cstring>
#include <future>

namespace chipline::text {

using namespace Qt::StringLiterals;

namespace {

constexpr char kMagic[8] = {'C', 'L', 'E', 'M', '0', '0', '0', '1'};

template <typename T> void put(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void putText(QByteArray &out, const QString &text)
{
    put(out, static_cast<std::uint32_t>(text.size()));
    out.append(reinterpret_cast<const char *>(text.utf16()), text.size() * qsizetype(sizeof(char16_t)));
}

// Reads what put() and putText() wrote; ok turns false at the first thing that is not there.
struct Reader
{
    QByteArrayView in;
    bool ok = true;

    template <typename T> T take()
    {
        T value{};
        if (!ok || in.size() < qsizetype(sizeof value)) {
            ok = false;
            return value;
        }
        std::memcpy(&value, in.data(), sizeof value);
        in = in.sliced(sizeof value);
        return value;
    }
    QString text()
    {
        const auto size = qsizetype(take<std::uint32_t>());
        if (!ok || size > in.size() / qsizetype(sizeof(char16_t))) {
            ok = false;
            return {};
        }
        QString out(size, Qt::Uninitialized);
        std::memcpy(out.data(), in.data(), std::size_t(size) * sizeof(char16_t));
        in = in.sliced(size * qsizetype(sizeof(char16_t)));
        return out;
    }
};

} // namespace

QByteArray EntityMatcher::listsPrint() const
{
    // The lists the automaton's anchors index: an image made with others would report
    // anchors that mean something else here.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &text) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        hash.addData(QByteArrayView("\n"));
    };
    const auto addList = [&add](const QStringList &list) {
        for (const QString &text : list)
            add(text);
        add(u"--"_s);
    };
    const auto addHeads = [&add](const QList<MatcherLexicon::Head> &heads) {
        for (const MatcherLexicon::Head &h : heads) {
            add(h.text);
            add(entityTypeCode(h.type));
        }
        add(u"--"_s);
    };
    addList(m_titles);
    addHeads(m_open.koreanHeads());
    addHeads(m_bodyHeads);
    addHeads(m_open.englishHeadsAfter());
    addHeads(m_open.englishHeadsBefore());
    addList(m_open.englishTitles());
    addList(ContextNames::cueTexts());
    return hash.result();
}

QByteArray EntityMatcher::image() const
{
    QByteArray out(kMagic, sizeof kMagic);
    out += listsPrint();
    put(out, static_cast<std::uint64_t>(m_aliases.size()));
    for (const AliasInfo &a : m_aliases) {
        put(out, static_cast<std::int32_t>(a.entity));
        put(out, static_cast<std::uint8_t>(a.type));
        put(out, static_cast<std::uint8_t>(a.caseSensitive));
        putText(out, a.exact);
        putText(out, a.canonical);
    }
    return out + m_automaton.save();
}

// What an image holds besides the print of its lexicon.
struct EntityMatcher::Image
{
    QByteArray listsPrint;
    std::vector<AliasInfo> aliases;
    AhoCorasick automaton;
};

std::optional<EntityMatcher::Image> EntityMatcher::readImage(QByteArrayView bytes)
{
    if (!bytes.startsWith(QByteArrayView(kMagic, sizeof kMagic)))
        return std::nullopt;
    Image image;
    Reader r{bytes.sliced(sizeof kMagic)};
    const qsizetype printSize = QCryptographicHash::hashLength(QCryptographicHash::Sha1);
    if (r.in.size() < printSize)
        return std::nullopt;
    image.listsPrint = r.in.first(printSize).toByteArray();
    r.in = r.in.sliced(printSize);
    const auto count = r.take<std::uint64_t>();
    if (!r.ok || count > std::uint64_t(r.in.size()))
        return std::nullopt;
    image.aliases.reserve(std::size_t(count));
    for (std::uint64_t k = 0; k < count && r.ok; ++k) {
        const auto entity = r.take<std::int32_t>();
        const auto type = r.take<std::uint8_t>();
        const auto caseSensitive = r.take<std::uint8_t>();
        QString exact = r.text();
        const QString canonical = r.text();
        if (type >= kEntityTypeCount || caseSensitive > 1 || entity < 0)
            return std::nullopt;
        image.aliases.push_back(
            AliasInfo{entity, EntityType(type), caseSensitive != 0, std::move(exact), internedName(canonical)});
    }
    if (!r.ok || !image.automaton.load(r.in))
        return std::nullopt;
    return image;
}

std::unique_ptr<EntityMatcher> EntityMatcher::fromRead(std::optional<Image> image, const MatcherLexicon &lexicon)
{
    if (!image)
        return nullptr;
    std::unique_ptr<EntityMatcher> m(new EntityMatcher(lexicon, Unbuilt{}));
    if (image->listsPrint != m->listsPrint())
        return nullptr;
    m->m_aliases = std::move(image->aliases);
    m->m_automaton = std::move(image->automaton);
    if (!m->payloadsFit())
        return nullptr;
    return m;
}

std::unique_ptr<EntityMatcher> EntityMatcher::fromImage(QByteArrayView image, const MatcherLexicon &lexicon)
{
    return fromRead(readImage(image), lexicon);
}

std::unique_ptr<EntityMatcher> EntityMatcher::builtInFromImage()
{
    const QResource resource(u":/matcher/builtin.bin"_s);
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression)
        return nullptr;
    // The lexicon loads (its word list builds a table) while the image is read.
    auto lexicon = std::async(std::launch::async, [] { return MatcherLexicon::builtIn(); });
    std::optional<Image> image =
        readImage(QByteArrayView(reinterpret_cast<const char *>(resource.data()), resource.size()));
    return fromRead(std::move(image), lexicon.get());
}

} // namespace chipline::text
