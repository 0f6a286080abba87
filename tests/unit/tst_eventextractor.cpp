#include "events/eventextractor.h"
#include "temporal/dateextractor.h"

#include <QTest>

using namespace chipline;
using namespace chipline::events;

// Rows: an article, its publication date, the entities in it as "surface=Canonical:TYPE"
// (every occurrence of the surface is a span) and the expected candidates in order as
// "date|category|actor,actor".
class TestEventExtractor final : public QObject
{
    Q_OBJECT

private:
    static QList<EntitySpan> spans(const QString &text, const QStringList &entities)
    {
        QList<EntitySpan> result;
        for (const QString &e : entities) {
            const QString surface = e.section(u'=', 0, 0);
            const QString canonical = e.section(u'=', 1).section(u':', 0, 0);
            const QString type = e.section(u':', -1);
            for (qsizetype at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1))
                result.append({at, at + surface.size(), canonical, type});
        }
        return result;
    }

    static QList<CandidateEvent> run(const QString &text, const QDate &reference, const QStringList &entities,
                                     const QString &language)
    {
        const EventExtractor extractor(TriggerVocabulary::builtIn().value(), TitleMaker::builtIn().value(),
                                       ModalityVocabulary::builtIn().value());
        const auto dates = temporal::DateExtractor().extract(text, reference, language);
        return extractor.extract(text, dates, spans(text, entities), language);
    }

private slots:
    void extract_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QStringList>("entities");
        QTest::addColumn<QString>("expected");
        const QStringList ko{QStringLiteral("엔비디아=Nvidia:ORG"),
                             QStringLiteral("화웨이=Huawei:ORG"),
                             QStringLiteral("산업안보국=Bureau of Industry and Security:GOV"),
                             QStringLiteral("수출통제 명단=Entity List:RULE"),
                             QStringLiteral("H20=H20:CHIP"),
                             QStringLiteral("중국=China:PLACE"),
                             QStringLiteral("블룸버그통신=Bloomberg:MEDIA"),
                             QStringLiteral("젠슨 황=Jensen Huang:PERSON"),
                             QStringLiteral("딥시크=DeepSeek:ORG")};
        const QStringList en{QStringLiteral("Nvidia=Nvidia:ORG"), QStringLiteral("Huawei=Huawei:ORG"),
                             QStringLiteral("Entity List=Entity List:RULE"), QStringLiteral("DeepSeek=DeepSeek:ORG"),
                             QStringLiteral("Bureau of Industry and Security=Bureau of Industry and Security:GOV")};
        const QDate ref(2025, 4, 16);
        const auto row = [&](const char *name, const char16_t *text, const QString &lang, const QStringList &ents,
                             const char16_t *expected) {
            QTest::newRow(name) << QString::fromUtf16(text) << lang << ref << ents << QString::fromUtf16(expected);
        };
        const QString k = QStringLiteral("ko");
        const QString e = QStringLiteral("en");
        row("entity-list", u"산업안보국은 15일(현지시간) 화웨이를 수출통제 명단에 추가했다.", k, ko,
            u"2025-04-15|entity-list|Bureau of Industry and Security,Entity List,Huawei");
        row("same-day-event", u"산업안보국은 15일(현지시간) 새 규정을 내놨다. 이날 화웨이를 수출통제 명단에 추가했다.",
            k, ko, u"2025-04-15|entity-list|Entity List,Huawei");
        row("media-is-not-an-actor",
            u"중국 당국은 지난 3일 H20 사용을 금지하는 방안을 검토 중이라고 블룸버그통신이 보도했다.", k, ko,
            u"2025-04-03|china-countermeasure|China,H20");
        row("quote-no-event", u"젠슨 황 CEO는 지난 3일 기자간담회에서 \"화웨이는 매우 강력한 경쟁자\"라고 말했다.", k,
            ko, u"");
        row("no-date-no-event", u"산업안보국은 화웨이를 수출통제 명단에 추가했다.", k, ko, u"");
        row("no-entity-no-event", u"당국은 지난 3일 신형 모델을 공개했다.", k, ko, u"");
        row("cut-sentence-no-event", u"딥시크는 지난 3일 신형 모델을 공개...", k, ko, u"");
        row("two-events",
            u"딥시크는 지난 3일 신형 모델을 공개했다. 엔비디아는 지난해 5월 공시를 통해 비용을 반영했다고 밝혔다.", k,
            ko, u"2025-04-03|product-launch|DeepSeek;2024-05|corporate-disclosure|Nvidia");
        row("en-entity-list", u"The Bureau of Industry and Security added Huawei to the Entity List on Tuesday.", e, en,
            u"2025-04-15|entity-list|Bureau of Industry and Security,Entity List,Huawei");
        row("en-launch", u"DeepSeek released its new model on April 9, 2025. \"Nvidia is ahead,\" he said on Monday.",
            e, en, u"2025-04-09|product-launch|DeepSeek");
    }

    void extract()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QDate, reference);
        QFETCH(QStringList, entities);
        QFETCH(QString, expected);
        QStringList got;
        for (const CandidateEvent &c : run(text, reference, entities, language))
            got << c.date.value() + u'|' + categoryCode(c.category) + u'|' + c.actors.join(u',');
        QCOMPARE(got.join(u';'), expected);
    }

    // The lead reports what happened on the publication day: its first sentence, with a
    // trigger and an actor but no date, is an event of that day; later undated sentences and
    // undated articles give none.
    void leadWithoutADateIsDatedByPublication()
    {
        const EventExtractor extractor(TriggerVocabulary::builtIn().value(), TitleMaker::builtIn().value(),
                                       ModalityVocabulary::builtIn().value());
        const QString text =
            QStringLiteral("엔비디아는 H20 칩을 수출하려면 미국 정부의 허가를 받아야 한다는 통보를 받았다. "
                           "화웨이는 어센드 칩의 출하를 늘렸다.");
        const QStringList entities{QStringLiteral("엔비디아=Nvidia:ORG"), QStringLiteral("H20=H20:CHIP"),
                                   QStringLiteral("화웨이=Huawei:ORG")};
        const auto published = temporal::ResolvedDate{2025, 4, 16, temporal::DatePrecision::Day};
        const auto dates = temporal::DateExtractor().extract(text, QDate(2025, 4, 16), u"ko");
        const auto events = extractor.extract(text, dates, spans(text, entities), u"ko", published);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().date.value(), QStringLiteral("2025-04-16"));
        QVERIFY(events.first().fromPublication);
        QCOMPARE(events.first().actors, QStringList({QStringLiteral("H20"), QStringLiteral("Nvidia")}));
        QVERIFY(extractor.extract(text, dates, spans(text, entities), u"ko").isEmpty()); // undated article
        // A date of its own wins over the publication day.
        const QString dated = QStringLiteral("엔비디아는 지난 9일 H20 수출 허가를 받아야 한다는 통보를 받았다.");
        const auto own = extractor.extract(dated, temporal::DateExtractor().extract(dated, QDate(2025, 4, 16), u"ko"),
                                           spans(dated, entities), u"ko", published);
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first().date.value(), QStringLiteral("2025-04-09"));
        QVERIFY(!own.first().fromPublication);
        // A lead that weighs or expects something has not happened that day.
        const QString tentative = QStringLiteral("엔비디아는 H20 수출 허가를 받아야 한다는 통보를 받을 전망이다.");
        QVERIFY(extractor.extract(tentative, {}, spans(tentative, entities), u"ko", published).isEmpty());
        // Nor one that plans it, or denies it.
        for (const QString &lead : {QStringLiteral("엔비디아는 H20 수출 허가 신청을 철회할 방침이다."),
                                    QStringLiteral("엔비디아는 H20 칩을 중국에 수출하지 않았다.")})
            QVERIFY2(extractor.extract(lead, {}, spans(lead, entities), u"ko", published).isEmpty(), qPrintable(lead));
    }

    // Rows: a sentence, its language and the candidate's modality, or "none" for no event.
    void modality_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char16_t *text, const char *language, const char *expected) {
            QTest::newRow(name) << QString::fromUtf16(text) << QString::fromLatin1(language)
                                << QString::fromLatin1(expected);
        };
        row("ko-done", u"산업안보국은 15일(현지시간) 화웨이를 수출통제 명단에 추가했다.", "ko", "asserted");
        // A licence rule announced for next month is news, but not a rule in force.
        row("ko-policy",
            u"미 상무부는 다음 달부터 엔비디아 H20의 중국 수출에 허가를 받도록 하는 규정을 시행할 방침이다.", "ko",
            "planned");
        row("ko-plan", u"산업안보국은 다음 달 화웨이를 수출통제 명단에 추가할 계획이라고 밝혔다.", "ko", "planned");
        // "시행 예정" gives a rule's effective day: the rule itself is done.
        row("ko-effective-day", u"미 상무부의 새 수출통제 규정은 오는 25일 시행될 예정이다.", "ko", "asserted");
        row("ko-considering", u"중국 당국은 지난 3일 H20 사용을 금지하는 방안을 검토 중이라고 블룸버그통신이 보도했다.",
            "ko", "considered");
        row("ko-considering-progressive", u"미 상무부는 지난 3일부터 엔비디아 H20 수출 허가 요건을 검토하고 있다.",
            "ko", "considered");
        row("ko-prospect", u"산업안보국은 다음 달 화웨이를 수출통제 명단에 추가할 것으로 예상된다.", "ko", "expected");
        // The clause of the trigger is done; the deliberation is another clause's.
        row("ko-next-clause", u"산업안보국은 15일 화웨이를 수출통제 명단에 추가했고 추가 조치를 검토 중이다.", "ko",
            "asserted");
        row("ko-not", u"산업안보국은 15일 화웨이를 수출통제 명단에 추가하지 않았다.", "ko", "none");
        row("ko-denied", u"엔비디아는 지난 9일 H20 칩 수출 허가를 받았다는 보도를 부인했다.", "ko", "none");
        // A disclosure that forecasts a charge is still the disclosure of its day.
        row("ko-disclosure-forecast", u"엔비디아는 15일 공시를 통해 H20 관련 비용이 발생할 전망이라고 밝혔다.", "ko",
            "asserted");
        row("en-done", u"The Bureau of Industry and Security added Huawei to the Entity List on Tuesday.", "en",
            "asserted");
        row("en-plans",
            u"The Bureau of Industry and Security said on Tuesday it plans to add Huawei to the Entity List.", "en",
            "planned");
        row("en-weighing",
            u"The Bureau of Industry and Security on Tuesday was weighing adding Huawei to the Entity List.", "en",
            "considered");
        row("en-could",
            u"Huawei could be added to the Entity List as soon as May 20, the Bureau of Industry and "
            u"Security said on Tuesday.",
            "en", "expected");
        row("en-month-may", u"The Bureau of Industry and Security added Huawei to the Entity List on May 2.", "en",
            "asserted");
        row("en-did-not", u"The Bureau of Industry and Security did not add Huawei to the Entity List on Tuesday.",
            "en", "none");
        row("en-denied", u"Huawei denied on Tuesday that it had been added to the Entity List.", "en", "none");
        row("en-other-clause",
            u"The Bureau of Industry and Security added Huawei to the Entity List on Tuesday, and "
            u"officials may add more firms.",
            "en", "asserted");
    }

    void modality()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QStringList entities{
            QStringLiteral("산업안보국=Bureau of Industry and Security:GOV"),
            QStringLiteral("화웨이=Huawei:ORG"),
            QStringLiteral("수출통제 명단=Entity List:RULE"),
            QStringLiteral("미 상무부=US Department of Commerce:GOV"),
            QStringLiteral("엔비디아=Nvidia:ORG"),
            QStringLiteral("H20=H20:CHIP"),
            QStringLiteral("중국=China:PLACE"),
            QStringLiteral("블룸버그통신=Bloomberg:MEDIA"),
            QStringLiteral("Huawei=Huawei:ORG"),
            QStringLiteral("Entity List=Entity List:RULE"),
            QStringLiteral("Bureau of Industry and Security=Bureau of Industry and Security:GOV")};
        const auto events = run(text, QDate(2025, 4, 16), entities, language);
        QVERIFY2(events.size() <= 1, qPrintable(QString::number(events.size())));
        QCOMPARE(events.isEmpty() ? QStringLiteral("none") : modalityCode(events.first().modality), expected);
    }

    // Another article's candidate may tell the same event a day off (Seoul and Washington)
    // or less precisely ("in April"); half-years and years are too coarse to tell.
    void compatibleDatesOfADayAndAMonth()
    {
        using temporal::ResolvedDate;
        const QStringList day = compatibleDates(ResolvedDate::fromDate(QDate(2025, 4, 30)));
        QCOMPARE(day,
                 QStringList({QStringLiteral("2025-04-29"), QStringLiteral("2025-05-01"), QStringLiteral("2025-04"),
                              QStringLiteral("2025-Q2")}));
        const QStringList month = compatibleDates(ResolvedDate::fromMonth(2025, 2));
        QCOMPARE(month.size(), 1 + 28);
        QCOMPARE(month.first(), QStringLiteral("2025-Q1"));
        QVERIFY(month.contains(QStringLiteral("2025-02-28")));
        QVERIFY(!month.contains(QStringLiteral("2025-03-01")));
        const QStringList quarter = compatibleDates(ResolvedDate::fromQuarter(2025, 2));
        QVERIFY(quarter.contains(QStringLiteral("2025-05")));
        QVERIFY(quarter.contains(QStringLiteral("2025-06-30")));
        QCOMPARE(quarter.size(), 3 + 91);
        QStringList everyDay; // the quarter's days, in order, counted by QDate
        for (QDate d(2025, 4, 1); d < QDate(2025, 7, 1); d = d.addDays(1))
            everyDay.append(d.toString(Qt::ISODate));
        QCOMPARE(quarter.mid(3), everyDay);
        QCOMPARE(compatibleDates(ResolvedDate::fromMonth(2024, 2)).size(), 1 + 29); // a leap year
        QVERIFY(compatibleDates(ResolvedDate::fromHalf(2025, 1)).isEmpty());
        QVERIFY(compatibleDates(ResolvedDate::fromYear(2025)).isEmpty());
    }

    void titleAndEvidence()
    {
        const QString text = QStringLiteral("서론이다. 산업안보국은 15일(현지시간) 화웨이를 수출통제 명단에 추가했다.");
        const auto events =
            run(text, QDate(2025, 4, 16),
                {QStringLiteral("산업안보국=Bureau of Industry and Security:GOV"), QStringLiteral("화웨이=Huawei:ORG")},
                QStringLiteral("ko"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].title, QStringLiteral("산업안보국은 화웨이를 수출통제 명단에 추가"));
        QCOMPARE(text.mid(events[0].evidenceStart, events[0].evidenceEnd - events[0].evidenceStart),
                 QStringLiteral("산업안보국은 15일(현지시간) 화웨이를 수출통제 명단에 추가했다."));
        QCOMPARE(clusterKey(events[0]),
                 QStringLiteral("entity-list|2025-04-15|Bureau of Industry and Security,Huawei"));
        // The event model's key is set, for storage to cluster by without the main actors.
        QCOMPARE(events[0].clusterKey, clusterKey(events[0]));
        QCOMPARE(events[0].status, core::EventStatus::Candidate);
        QCOMPARE(events[0].origin, core::EventOrigin::Extraction);
    }

    void titleDropsTheCutDateWithItsParticle()
    {
        const TitleMaker maker = TitleMaker::builtIn().value();
        const QString sentence = QStringLiteral("엔비디아는 이 조치로 1분기에 재고 관련 비용이 발생한다.");
        const qsizetype at = sentence.indexOf(QStringLiteral("1분기"));
        const QString title = maker.make(sentence, {{at, at + 3}});
        QVERIFY2(!title.contains(QStringLiteral(" 에 ")), qPrintable(title));
        QVERIFY2(title.startsWith(QStringLiteral("엔비디아는 이 조치로 재고 관련 비용이")), qPrintable(title));
    }

    void longTitlesAreCut()
    {
        const TitleMaker maker = TitleMaker::builtIn().value();
        const QString sentence = QStringLiteral("word ").repeated(40) + QStringLiteral("end.");
        const QString title = maker.make(sentence, {});
        QVERIFY(title.size() <= 80);
        QVERIFY(title.endsWith(u'…'));
    }

    // Rows: a sentence, its language and publication date, its entities, and the expected
    // candidate as "occurred|reported|effective|category" (empty roles when none).
    void dateRoles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QStringList>("entities");
        QTest::addColumn<QString>("expected");
        const QStringList ents{QStringLiteral("AMD=AMD:ORG"),
                               QStringLiteral("미 상무부=US Department of Commerce:GOV"),
                               QStringLiteral("MI308=MI308:CHIP"),
                               QStringLiteral("엔비디아=Nvidia:ORG"),
                               QStringLiteral("Nvidia=Nvidia:ORG"),
                               QStringLiteral("H20=H20:CHIP"),
                               QStringLiteral("중국 상무부=China Ministry of Commerce:GOV"),
                               QStringLiteral("국가인터넷정보판공실=Cyberspace Administration of China:GOV"),
                               QStringLiteral("파이낸셜타임스=Financial Times:MEDIA"),
                               QStringLiteral("Commerce Department=US Department of Commerce:GOV")};
        const auto row = [&](const char *name, const char16_t *text, const char *lang, const QDate &ref,
                             const char16_t *expected) {
            QTest::newRow(name) << QString::fromUtf16(text) << QString::fromLatin1(lang) << ref << ents
                                << QString::fromUtf16(expected);
        };
        const QDate wednesday(2025, 4, 16);
        row("notification-disclosed",
            u"AMD는 이날 공시를 통해 미 상무부가 지난 3일 MI308을 중국에 수출하려면 허가를 받아야 한다고 통보했다고 "
            u"밝혔다.",
            "ko", wednesday, u"2025-04-03|2025-04-16||us-license-requirement");
        row("local-time-frame",
            u"엔비디아는 15일(현지시간) 미국 정부가 지난 9일 H20을 수출하려면 허가를 받아야 한다고 알려왔다고 밝혔다.",
            "ko", wednesday, u"2025-04-09|2025-04-15||us-license-requirement");
        row("media-reported-later",
            u"국가인터넷정보판공실이 지난 15일 엔비디아 칩 주문을 중단하라고 지시했다고 파이낸셜타임스가 17일 "
            u"보도했다.",
            "ko", QDate(2025, 9, 18), u"2025-09-15|2025-09-17||china-countermeasure");
        row("one-date-frame", u"중국 상무부는 9일 희토류 기술을 수출통제 대상에 추가한다고 발표했다.", "ko",
            QDate(2025, 10, 10), u"2025-10-09|||china-countermeasure");
        row("effective-date", u"중국 상무부는 9일 희토류 기술 수출을 통제하고 12월 1일부터 시행한다고 발표했다.", "ko",
            QDate(2025, 10, 10), u"2025-10-09||2025-12-01|china-countermeasure");
        row("en-said-that-had",
            u"Nvidia said on Tuesday that the U.S. government had informed it on April 9 that its H20 chips would "
            u"require a license.",
            "en", wednesday, u"2025-04-09|2025-04-15||us-license-requirement");
        row("en-said-friday", u"The Commerce Department said Friday it added Nvidia to the Entity List.", "en",
            QDate(2025, 4, 18), u"2025-04-18|||entity-list");
        row("en-takes-effect",
            u"The Commerce Department on Tuesday rescinded the rule, which was due to take effect on May 15.", "en",
            wednesday, u"2025-04-15||2025-05-15|us-export-rule");
        row("en-nearest-to-verb",
            u"Nvidia will hold a call on Friday after the Commerce Department granted licenses for H20 exports on "
            u"April 9.",
            "en", wednesday, u"2025-04-09|||us-export-approval");
    }

    void dateRoles()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QDate, reference);
        QFETCH(QStringList, entities);
        QFETCH(QString, expected);
        const auto events = run(text, reference, entities, language);
        QCOMPARE(events.size(), 1);
        const CandidateEvent &e = events.first();
        QCOMPARE(
            QStringList({e.date.value(), e.reported.value(), e.effective.value(), categoryCode(e.category)}).join(u'|'),
            expected);
    }

    // Titles keep no trace of the dates they lost and end at a word boundary.
    void titlesWithoutHoles_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en-said-on") << QStringLiteral("Nvidia said on Tuesday it expects a charge of $5.5 billion.")
                                    << QStringLiteral("en")
                                    << QStringLiteral("Nvidia said it expects a charge of $5.5 billion");
        QTest::newRow("en-two-dates")
            << QStringLiteral("Nvidia said on Tuesday that the government told it on April 9 that H20 needs a license.")
            << QStringLiteral("en")
            << QStringLiteral("Nvidia said that the government told it that H20 needs a license");
        QTest::newRow("ko-parenthesised") << QStringLiteral("정부는 새 조례(2025년 1월 1일 시행)를 공포했다.")
                                          << QStringLiteral("ko") << QStringLiteral("정부는 새 조례를 공포");
        QTest::newRow("ko-future") << QStringLiteral("회사는 3분기에 비용이 발생할 것이라고 밝혔다.")
                                   << QStringLiteral("ko") << QStringLiteral("회사는 비용이 발생할 전망");
    }

    void titlesWithoutHoles()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const TitleMaker maker = TitleMaker::builtIn().value();
        QList<std::pair<qsizetype, qsizetype>> cuts;
        for (const auto &d : temporal::DateExtractor().extract(sentence, QDate(2025, 4, 16), language))
            cuts.append({d.start, d.end});
        QCOMPARE(maker.make(sentence, cuts), expected);
    }

    void longTitlesAreCutAtAWord()
    {
        const TitleMaker maker = TitleMaker::builtIn().value();
        const QString sentence =
            QStringLiteral("엔비디아는 미국 정부의 새 수출 규정에 따라 중국에 대한 인공지능 가속기 판매가 "
                           "크게 줄어들면서 재고와 구매 약정에 관련된 대규모 비용이 발생할 것이라고 밝혔다.");
        const QString title = maker.make(sentence, {}, 40);
        QVERIFY2(title.endsWith(u'…'), qPrintable(title));
        const QString kept = title.chopped(1);
        QVERIFY2(sentence.contains(kept + u' '), qPrintable(title));
    }

    void clusterKeyIgnoresPlacesAndOrder()
    {
        CandidateEvent a;
        a.category = EventCategory::EntityList;
        a.date = temporal::ResolvedDate::fromMonth(2025, 4);
        a.mainActors = {QStringLiteral("Huawei"), QStringLiteral("Bureau of Industry and Security")};
        a.mainActors.sort();
        CandidateEvent b = a;
        b.actors = {QStringLiteral("China")};
        QCOMPARE(clusterKey(a), clusterKey(b));
        b.date = temporal::ResolvedDate::fromDate(QDate(2025, 4, 9));
        QVERIFY(clusterKey(a) != clusterKey(b));
    }
};

QTEST_GUILESS_MAIN(TestEventExtractor)
#include "tst_eventextractor.moc"
