// The codes of the event model's enums (core/event.h): each value has its own, which reads
// back as that value; an unknown code reads as none.
#include "core/event.h"

#include <QTest>

using namespace chipline;
using core::EventModality;
using core::EventStatus;

class TestEvent final : public QObject
{
    Q_OBJECT

private slots:
    void statusCodes_data()
    {
        QTest::addColumn<EventStatus>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("candidate") << EventStatus::Candidate << QStringLiteral("candidate");
        QTest::newRow("confirmed") << EventStatus::Confirmed << QStringLiteral("confirmed");
        QTest::newRow("rejected") << EventStatus::Rejected << QStringLiteral("rejected");
    }

    void statusCodes()
    {
        QFETCH(EventStatus, status);
        QFETCH(QString, code);
        QCOMPARE(core::statusCode(status), code);
        QCOMPARE(core::statusFromCode(code), std::optional(status));
    }

    void modalityCodes_data()
    {
        QTest::addColumn<EventModality>("modality");
        QTest::addColumn<QString>("code");
        QTest::newRow("asserted") << EventModality::Asserted << QStringLiteral("asserted");
        QTest::newRow("planned") << EventModality::Planned << QStringLiteral("planned");
        QTest::newRow("considered") << EventModality::Considered << QStringLiteral("considered");
        QTest::newRow("expected") << EventModality::Expected << QStringLiteral("expected");
        QTest::newRow("negated") << EventModality::Negated << QStringLiteral("negated");
    }

    void modalityCodes()
    {
        QFETCH(EventModality, modality);
        QFETCH(QString, code);
        QCOMPARE(core::modalityCode(modality), code);
        QCOMPARE(core::modalityFromCode(code), std::optional(modality));
    }

    void unknownCodesReadAsNone()
    {
        QVERIFY(!core::statusFromCode(u"accepted"));
        QVERIFY(!core::modalityFromCode(u"Planned"));
        QVERIFY(!core::modalityFromCode(QStringView()));
    }

    // A new event is extraction's candidate, reported done.
    void defaults()
    {
        const core::Event e;
        QCOMPARE(e.status, EventStatus::Candidate);
        QCOMPARE(e.modality, EventModality::Asserted);
        QCOMPARE(e.origin, core::EventOrigin::Extraction);
    }
};

QTEST_GUILESS_MAIN(TestEvent)
#include "tst_event.moc"
