#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QTextBrowser>
#include <QTextCharFormat>

#include <functional>
#include <utility>

namespace chipline::ui {

class ReaderMargin;

// A stretch of the article to mark. Offsets are UTF-16 positions in the body, which are
// the document's positions because the body is set as plain text.
struct ReaderSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    qint64 id = 0; // the mention (or event) id
    QString type; // entity type code; empty for dates and events
    QString toolTip; // dates and events: what to show on hover
    bool manual = false;
    bool guess = false; // a name a pattern guessed, not accepted yet: drawn dashed and paler
};

// The article text with entity highlights coloured by type, date expressions underlined,
// and candidate event sentences marked in a left margin. Hovering a highlight asks the
// tool tip provider about the mention; a context menu request names the mention under the
// pointer. Read-only; selection, find and zoom as in any text browser.
// The document is built text and formats together, and laid out lazily (the first screen
// at once, the rest in steps from the event loop), so a long article shows as fast as a
// short one; document positions stay the body's UTF-16 offsets.
class ReaderBody final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderBody)

public:
    explicit ReaderBody(QWidget *parent = nullptr);
    ~ReaderBody() override;

    void setContent(const QString &body, const QList<ReaderSpan> &mentions, const QList<ReaderSpan> &dates,
                    const QList<ReaderSpan> &events);
    void clearContent();
    // What the reader sees: the selection (document positions) and the scroll position.
    struct View
    {
        int anchor = 0;
        int position = 0;
        int scroll = 0;
    };
    View view() const;
    // Shows the same place again after setContent with the same text (a reload).
    void restoreView(const View &view);
    void setHiddenTypes(const QSet<QString> &types);
    void setToolTipProvider(std::function<QString(qint64 mentionId)> provider) { m_toolTip = std::move(provider); }

    // The mention at a document position or a viewport point; 0 when none.
    qint64 mentionAt(qsizetype position) const;
    qint64 mentionAtPoint(const QPoint &viewportPos) const;
    const QList<ReaderSpan> &mentions() const { return m_mentions; }
    const QList<ReaderSpan> &events() const { return m_events; } // sorted by start
    // Selects the span and scrolls it into view.
    void showSpan(qsizetype start, qsizetype end);
    // Viewport rectangle covering a span's lines (for the margin).
    QRect spanRect(qsizetype start, qsizetype end) const;
    // The candidate events on screen with their viewport rectangles (for the margin). Lays
    // out no further than the view, where spanRect on every event would lay out the whole
    // article.
    QList<std::pair<QRect, const ReaderSpan *>> visibleEvents() const;
    int zoomSteps() const { return m_zoom; }
    void setZoomSteps(int steps);

Q_SIGNALS:
    void contextMenuWanted(const QPoint &globalPos, qint64 mentionId);
    void zoomChanged(int steps);

protected:
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    // A stretch of the body with one format: date underline, highlight, both or neither.
    struct Segment
    {
        qsizetype from = 0;
        qsizetype to = 0;
        QTextCharFormat format;
    };
    QList<Segment> segments() const;
    const ReaderSpan *spanAt(const QList<ReaderSpan> &spans, qsizetype position) const;
    qsizetype positionAt(const QPoint &viewportPos) const;

    ReaderMargin *m_margin;
    QString m_text;
    QList<ReaderSpan> m_mentions; // sorted by start, not overlapping
    QList<ReaderSpan> m_dates;
    QList<ReaderSpan> m_events;
    QSet<QString> m_hidden;
    std::function<QString(qint64)> m_toolTip;
    int m_zoom = 0;
};

} // namespace chipline::ui
