// The matcher image: the built-in gazetteer's matcher read back from bytes finds what the
// one built at run time finds, the image the build embeds is this build's, and bytes that
// are not an image of this lexicon's matcher give no matcher.
#include "text/entitymatcher.h"
#include "text/gazetteer.h"
#include "text/matcherlexicon.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <array>
#include <cstring>
#include <memory>

using namespace chipline::text;

namespace {

// Korean and English articles written for the realistic dev set, and lines that reach the
// patterns, the context names and the abbreviations.
QStringList texts()
{
    QStringList out;
    const QDir dir(QStringLiteral(CHIPLINE_SOURCE_DIR "/tests/data/realistic/events/articles"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.append(QString::fromUtf8(file.readAll()));
    }
    out.append(QStringLiteral("파이낸셜타임스(FT)에 따르면 한결증권 김도윤 애널리스트는 FT와의 인터뷰에서 "
                              "텍사스주의 공장과 어센드 910C, H20을 언급했다. 왕원빈 중국 외교부 대변인은 말했다."));
    out.append(QStringLiteral("Senator Maria Cantwell said the Bureau of Industry and Security (BIS) will "
                              "review Nvidia's H20 licences; BIS declined to comment."));
    return out;
}

QString described(const QList<EntityMatch> &matches)
{
    QStringList out;
    for (const EntityMatch &m : matches)
        out.append(QStringLiteral("%1-%2 %3 %4 %5 %6 %7")
                       .arg(m.start)
                       .arg(m.end)
                       .arg(m.canonical)
                       .arg(m.entity)
                       .arg(entityTypeCode(m.type))
                       .arg(double(m.confidence))
                       .arg(int(m.origin)));
    return out.join(u'\n');
}

} // namespace

class TestMatcherImage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto gazetteer = Gazetteer::builtIn();
        QVERIFY(gazetteer);
        m_built = std::make_unique<EntityMatcher>(gazetteer.value());
        m_image = m_built->image();
        QVERIFY(m_image.size() > 1000000);
    }

    void readBackFindsTheSame()
    {
        const auto read = EntityMatcher::fromImage(m_image, MatcherLexicon::builtIn());
        QVERIFY(read);
        QCOMPARE(read->aliasCount(), m_built->aliasCount());
        QCOMPARE(read->image(), m_image);
        const QStringList all = texts();
        QVERIFY(all.size() >= 10);
        qsizetype found = 0;
        for (const QString &text : all) {
            const QList<EntityMatch> want = m_built->match(text);
            found += want.size();
            QCOMPARE(described(read->match(text)), described(want));
        }
        QVERIFY2(found >= 3 * all.size(), qPrintable(QString::number(found)));
    }

    // The image the build embeds in the executables (and in this test) is this build's.
    void embeddedImageIsThisBuilds()
    {
        const auto embedded = EntityMatcher::builtInFromImage();
        QVERIFY(embedded);
        QCOMPARE(embedded->image(), m_image);
    }

    void otherLexiconGivesNone()
    {
        MatcherLexicon other = MatcherLexicon::builtIn();
        other.titles.append(QStringLiteral("수석부행장"));
        QVERIFY(!EntityMatcher::fromImage(m_image, other));
        other = MatcherLexicon::builtIn();
        other.koreanHeads.removeLast();
        QVERIFY(!EntityMatcher::fromImage(m_image, other));
    }

    void damagedBytesGiveNone()
    {
        const MatcherLexicon lexicon = MatcherLexicon::builtIn();
        QVERIFY(!EntityMatcher::fromImage(QByteArray(), lexicon));
        QVERIFY(!EntityMatcher::fromImage(QByteArray("CLEM0001"), lexicon));
        QByteArray magic = m_image;
        magic[3] = 'X';
        QVERIFY(!EntityMatcher::fromImage(magic, lexicon));
        // Cut anywhere: in the header, the aliases, the automaton's tables, its last bytes.
        for (const qsizetype cut : {qsizetype(20), qsizetype(40), qsizetype(5000), m_image.size() / 2,
                                    m_image.size() - 100, m_image.size() - 1}) {
            QVERIFY2(!EntityMatcher::fromImage(m_image.first(cut), lexicon), qPrintable(QString::number(cut)));
        }
        QVERIFY(!EntityMatcher::fromImage(QByteArray(m_image + QByteArray(4, '\0')), lexicon));
        // A key's payload that names no alias and no anchor of the lexicon's lists.
        const qsizetype automaton = m_image.indexOf("CLAC0001");
        QVERIFY(automaton > 0);
        const std::array<qsizetype, 8> sizes = {2, 2, 2, 4, 32, 2, 4, 4}; // the tables before the payloads
        qsizetype payloads = automaton + 8;
        for (const qsizetype size : sizes) {
            quint64 count = 0;
            std::memcpy(&count, m_image.constData() + payloads, sizeof count);
            payloads += 8 + qsizetype(count) * size;
        }
        payloads += 8;
        for (const qint32 payload : {qint32(-7), qint32(-99), qint32(-6000), qint32(m_built->aliasCount())}) {
            QByteArray bad = m_image;
            std::memcpy(bad.data() + payloads, &payload, sizeof payload);
            QVERIFY2(!EntityMatcher::fromImage(bad, lexicon), qPrintable(QString::number(payload)));
        }
        // A state that leads outside the automaton.
        QByteArray wild = m_image;
        for (qsizetype at = wild.size() - 64; at < wild.size(); ++at)
            wild[at] = char(0x7F);
        QVERIFY(!EntityMatcher::fromImage(wild, lexicon));
    }

private:
    std::unique_ptr<EntityMatcher> m_built;
    QByteArray m_image;
};

QTEST_GUILESS_MAIN(TestMatcherImage)
#include "tst_matcherimage.moc"
