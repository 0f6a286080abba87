// The event edit dialog: every precision the timeline knows (day, month, quarter, half,
// year) can be chosen, changing it cuts or opens up the date, and OK is offered only for a
// date of the chosen form. In the Korean interface its categories and Qt's own buttons
// are Korean.
#include "tests/unit/languagescope.h"
#include "ui/eventeditdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace chipline::ui;
namespace annotation = chipline::annotation;
namespace core = chipline::core;

class TestEventEditDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precisionCutsAndOpensTheDate_data();
    void precisionCutsAndOpensTheDate();
    void okOnlyForADateOfTheChosenForm();
    void koreanInterface();
};

namespace {

struct Parts
{
    QLineEdit *date;
    QComboBox *precision;
    QPushButton *ok;
};

Parts parts(EventEditDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    return {dialog.findChild<QLineEdit *>(QStringLiteral("eventDate")),
            dialog.findChild<QComboBox *>(QStringLiteral("eventPrecision")),
            buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr};
}

} // namespace

void TestEventEditDialog::precisionCutsAndOpensTheDate_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day to quarter") << "2025-05-14"
                                    << "day"
                                    << "quarter"
                                    << "2025-Q2";
    QTest::newRow("day to half") << "2025-09-30"
                                 << "day"
                                 << "half"
                                 << "2025-H2";
    QTest::newRow("day to month") << "2025-05-14"
                                  << "day"
                                  << "month"
                                  << "2025-05";
    QTest::newRow("day to year") << "2025-05-14"
                                 << "day"
                                 << "year"
                                 << "2025";
    QTest::newRow("half to day") << "2025-H2"
                                 << "half"
                                 << "day"
                                 << "2025-07-01";
    QTest::newRow("quarter to month") << "2025-Q4"
                                      << "quarter"
                                      << "month"
                                      << "2025-10";
    QTest::newRow("year to quarter") << "2024"
                                     << "year"
                                     << "quarter"
                                     << "2024-Q1";
}

void TestEventEditDialog::precisionCutsAndOpensTheDate()
{
    QFETCH(QString, date);
    QFETCH(QString, precision);
    QFETCH(QString, chosen);
    QFETCH(QString, expected);
    EventEditDialog dialog(
        {core::ResolvedDate::fromValue(date), core::EventCategory::Other, QStringLiteral("t"), {}, {}, {}}, {});
    const Parts p = parts(dialog);
    QVERIFY(p.date && p.precision && p.ok);
    QCOMPARE(p.precision->currentData().toString(), precision);
    p.precision->setCurrentIndex(p.precision->findData(chosen));
    QCOMPARE(p.date->text(), expected);
    QVERIFY(p.ok->isEnabled());
    QCOMPARE(dialog.fields().date.precisionName(), chosen);
    QCOMPARE(dialog.fields().date.value(), expected);
}

void TestEventEditDialog::okOnlyForADateOfTheChosenForm()
{
    EventEditDialog dialog(
        {core::ResolvedDate::fromValue(u"2025-Q3"), core::EventCategory::Other, QStringLiteral("t"), {}, {}, {}}, {});
    const Parts p = parts(dialog);
    QVERIFY(p.ok->isEnabled());
    p.date->clear();
    QTest::keyClicks(p.date, QStringLiteral("2025-Q5"));
    QVERIFY(!p.ok->isEnabled());
    p.date->clear();
    QTest::keyClicks(p.date, QStringLiteral("2025-07"));
    QVERIFY(!p.ok->isEnabled()); // a month, while the precision says quarter
    p.date->clear();
    QTest::keyClicks(p.date, QStringLiteral("2025-Q1"));
    QVERIFY(p.ok->isEnabled());
}

void TestEventEditDialog::koreanInterface()
{
    const annotation::EventInput fields{
        core::ResolvedDate::fromValue(u"2025-04-16"), core::EventCategory::EntityList, QStringLiteral("t"), {}, {}, {}};
    {
        EventEditDialog english(fields, {});
        QCOMPARE(english.findChild<QComboBox *>(QStringLiteral("eventCategory"))->currentText(),
                 QStringLiteral("Entity List"));
        QCOMPARE(parts(english).ok->text(), QStringLiteral("OK"));
    }
    const LanguageScope korean(QStringLiteral("ko"));
    QCOMPARE(korean.code(), QStringLiteral("ko"));
    EventEditDialog dialog(fields, {});
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("eventCategory"))->currentText(),
             QStringLiteral("거래제한 명단"));
    // Qt's own words come from Debian's qt6-translations-l10n (scripts/bootstrap.sh installs it).
    if (!QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ko.qm")))
        QSKIP("qtbase_ko.qm is not installed (Debian package qt6-translations-l10n)");
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("확인"));
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("취소"));
}

QTEST_MAIN(TestEventEditDialog)
#include "tst_eventeditdialog.moc"
