#pragma once

#include "core/textoffsets.h"
#include "storage/articlestore.h"
#include "storage/datestore.h"
#include "storage/eventstore.h"
#include "storage/mentionstore.h"

#include <QCoreApplication>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace chipline::storage {
class Database;
}

namespace chipline::ui {

class FindBar;
class HighlightLegend;
class ReaderBody;

// The reader pane: title, metadata (with "Set date…" for an undated article), the legend,
// then the body with its highlights, and a find bar. Reads the article, its mentions,
// dates and events through the stores; converts their code point offsets to the text's
// UTF-16 positions with core::TextOffsets, and back for a selection.
class ArticleReader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleReader)

public:
    explicit ArticleReader(storage::Database &db, QWidget *parent = nullptr);
    ~ArticleReader() override;

    void showArticle(qint64 id);
    // Reads the current article again (after an edit), keeping the scroll position.
    void reload();
    void clear();
    qint64 articleId() const { return m_articleId; }
    const std::optional<storage::StoredArticle> &article() const { return m_article; }
    ReaderBody *body() const { return m_body; }
    HighlightLegend *legend() const { return m_legend; }

    // The selected text in code points, or nullopt without a selection.
    struct Selection
    {
        qint64 start = 0;
        qint64 end = 0;
    };
    std::optional<Selection> selection() const;
    // The mention under the text cursor (or the selection's start); 0 when none.
    qint64 mentionAtCursor() const;
    std::optional<storage::MentionRecord> mention(qint64 id) const;
    // Scrolls to and selects a span given in code points.
    void showSpan(qint64 start, qint64 end);
    QString textOf(qint64 start, qint64 end) const;
    // UTF-16 positions of the body for code point offsets and back.
    qsizetype toUtf16(qint64 codePoint) const;
    qint64 toCodePoint(qsizetype utf16) const;

    void setEntityToolTipProvider(std::function<QString(qint64 entityId)> provider);
    void openFind();
    // Marks what the article list's search found: the text (case-insensitive) and the
    // mentions of the entities it names. Kept for the articles shown next.
    void setSearchHits(const QString &text, const QList<qint64> &entities);
    int searchHitCount() const { return m_searchHitCount; }
    // A one-line offer under the legend ("Reject the other occurrences…") with a button.
    void showOffer(const QString &text, const QString &button);
    void hideOffer();

    // "outlet · reporter · dateline · published" with empty parts left out; "Undated" when
    // the source gives no date.
    static QString metadataLine(const storage::StoredArticle &stored);

Q_SIGNALS:
    void contextMenuWanted(const QPoint &globalPos, qint64 mentionId);
    void offerAccepted();
    // The analyst chose a publication date in Set date…: the window sets it (undoably).
    void publicationDateChosen(qint64 id, const QDateTime &published);

private:
    void chooseDate();
    void markSearchHits();
    // "2025", "2025-03", "2025-03-14", "2025-03-14 09:30" (UTC); invalid when not a date.
    static QDateTime typedDateTime(const QString &text);
    QString mentionToolTip(qint64 mentionId) const;

    storage::ArticleStore m_articles;
    storage::MentionStore m_mentionStore;
    storage::DateStore m_dates;
    storage::EventStore m_events;
    QLabel *m_title;
    QLabel *m_metadata;
    QPushButton *m_setDate;
    QLabel *m_source;
    HighlightLegend *m_legend;
    QWidget *m_offer;
    QLabel *m_offerText;
    QPushButton *m_offerButton;
    ReaderBody *m_body;
    FindBar *m_find;
    qint64 m_articleId = 0;
    std::optional<storage::StoredArticle> m_article;
    std::optional<core::TextOffsets> m_offsets;
    QList<storage::MentionRecord> m_mentions;
    std::function<QString(qint64)> m_entityToolTip;
    QString m_searchText;
    QList<qint64> m_searchEntities;
    int m_searchHitCount = 0;
};

} // namespace chipline::ui
