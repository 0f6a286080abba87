#include "core/textoffsets.h"

#include <QTest>

using chipline::core::TextOffsets;

class TestTextOffsets final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("utf16");
        QTest::addColumn<qsizetype>("codePoint");
        QTest::newRow("ascii") << QStringLiteral("Nvidia H20") << qsizetype(7) << qsizetype(7);
        QTest::newRow("hangul is one unit") << QStringLiteral("화웨이의 어센드") << qsizetype(5) << qsizetype(5);
        // U+20BB7 (𠮷) is two UTF-16 units but one code point.
        QTest::newRow("after astral") << QString::fromUtf8("𠮷 화웨이") << qsizetype(3) << qsizetype(2);
        QTest::newRow("after two astral") << QString::fromUtf8("𠮷𠮷화웨이") << qsizetype(5) << qsizetype(3);
        QTest::newRow("end") << QString::fromUtf8("a𠮷b") << qsizetype(4) << qsizetype(3);
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, utf16);
        QFETCH(qsizetype, codePoint);
        const TextOffsets offsets(text);
        QCOMPARE(offsets.toCodePoint(utf16), codePoint);
        QCOMPARE(offsets.toUtf16(codePoint), utf16);
    }
    void length()
    {
        QCOMPARE(TextOffsets(QString::fromUtf8("a𠮷b")).codePointLength(), qsizetype(3));
        QCOMPARE(TextOffsets(QString()).codePointLength(), qsizetype(0));
    }
};

QTEST_APPLESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
