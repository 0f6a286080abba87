#include "ui/readerbody.h"

#include "ui/entitycolors.h"
#include "ui/readerlines.h"
#include "ui/readermargin.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QPointer>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>
#include <vector>

namespace chipline::ui {

namespace {
constexpr int kMinZoom = -4;
constexpr int kMaxZoom = 12;
const QColor kDateUnderline(0x2c, 0x5a, 0xa0);
} // namespace

ReaderBody::ReaderBody(QWidget *parent)
    : QTextBrowser(parent),
      m_margin(new ReaderMargin(this))
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setUndoRedoEnabled(false);
    document()->setUndoRedoEnabled(false);
    document()->setDocumentMargin(2);
    setViewportMargins(ReaderMargin::kWidth, 0, 0, 0);
    setMouseTracking(true);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_margin, qOverload<>(&QWidget::update));
}

ReaderBody::~ReaderBody() = default;

void ReaderBody::setContent(const QString &body, const QList<ReaderSpan> &mentions, const QList<ReaderSpan> &dates,
                            const QList<ReaderSpan> &events)
{
    // Marks on the old document (search hits) would outlive it: the control compares them.
    setExtraSelections({});
    const auto byStart = [](const ReaderSpan &a, const ReaderSpan &b) { return a.start < b.start; };
    m_text = body;
    m_mentions = mentions;
    std::stable_sort(m_mentions.begin(), m_mentions.end(), byStart);
    m_dates = dates;
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(), byStart);

    // Built apart and then shown: with no layout attached, the edits cost nothing but the
    // text, and the view then lays out only what it shows (QTextDocumentLayout goes on in
    // steps from the event loop). Filling the shown document instead would lay the whole
    // article out once per edit, and would leave the view's cursor at its end.
    QTextDocument *old = document();
    auto *doc = new QTextDocument(this);
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(old->documentMargin());
    doc->setDefaultFont(old->defaultFont()); // the zoom
    doc->setDefaultTextOption(old->defaultTextOption());
    // No page yet: the layout the view attaches waits for the view's width (the default
    // page would lay the text out once more, unwrapped).
    doc->setPageSize(QSizeF(0, 0));
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(fontMetrics().height() * 0.6);
    paragraph.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    cursor.setBlockFormat(paragraph);
    // Each line break that ends a paragraph becomes a block separator of one position, one
    // inside a hand-wrapped paragraph a space, so document positions stay the body's
    // UTF-16 offsets.
    const QString display = ReaderLines::displayText(m_text);
    for (const Segment &segment : segments())
        cursor.insertText(display.mid(segment.from, segment.to - segment.from), segment.format);
    // A blank line between paragraphs (wire stories have one after each, some of spaces or
    // a no-break space) stays a block, so that positions stay offsets, but a flat one: the
    // paragraph's margin is gap enough.
    QTextBlockFormat blank;
    blank.setLineHeight(1, QTextBlockFormat::FixedHeight);
    blank.setBottomMargin(0);
    for (QTextBlock block = doc->firstBlock(); block.isValid(); block = block.next()) {
        if (block.next().isValid() && ReaderLines::isBlank(block.text()))
            QTextCursor(block).setBlockFormat(blank);
    }
    cursor.endEditBlock();
    const QPointer<QTextDocument> shown = old; // the view deletes a document of its own making
    // A new article starts at its top (the view keeps the old scroll position otherwise,
    // which would lay out the new text down to there).
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    setDocument(doc);
    if (shown && shown->parent() == this)
        delete shown;
    m_margin->update();
}

ReaderBody::View ReaderBody::view() const
{
    const QTextCursor cursor = textCursor();
    return {cursor.anchor(), cursor.position(), verticalScrollBar()->value()};
}

void ReaderBody::restoreView(const View &view)
{
    // A new document is laid out down to its first screen only, and the scroll bar knows
    // no more: lay it out through the old view's bottom and let the scroll bar take that
    // in (showing a cursor there does), then put back the selection and the position.
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const int bottom = view.scroll + viewport()->height();
    QTextBlock block = document()->firstBlock();
    while (block.next().isValid() && layout->blockBoundingRect(block).bottom() < bottom)
        block = block.next();
    const int last = document()->characterCount() - 1;
    {
        const QSignalBlocker quiet(this);
        QTextCursor there(document());
        there.setPosition(std::min(block.position() + block.length() - 1, last));
        setTextCursor(there);
    }
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(view.anchor, 0, last));
    cursor.setPosition(std::clamp(view.position, 0, last), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    verticalScrollBar()->setValue(view.scroll);
}

void ReaderBody::clearContent()
{
    setExtraSelections({});
    m_text.clear();
    m_mentions.clear();
    m_dates.clear();
    m_events.clear();
    clear();
    m_margin->update();
}

void ReaderBody::setHiddenTypes(const QSet<QString> &types)
{
    if (types == m_hidden)
        return;
    m_hidden = types;
    if (m_text.isEmpty())
        return;
    // The text stays; only its formats change, in one edit (one layout pass), keeping the
    // selection and the scroll position.
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (const Segment &segment : segments()) {
        cursor.setPosition(int(segment.from));
        cursor.setPosition(int(segment.to), QTextCursor::KeepAnchor);
        cursor.setCharFormat(segment.format);
    }
    cursor.endEditBlock();
}

QList<ReaderBody::Segment> ReaderBody::segments() const
{
    // Per UTF-16 position: dated or not, and the highlighted mention, the later one where
    // two overlap (as merging their formats in turn would give).
    const qsizetype length = m_text.size();
    std::vector<char> dated(size_t(length), 0);
    std::vector<int> mention(size_t(length), -1);
    const auto clamped = [length](const ReaderSpan &span) {
        const qsizetype start = std::clamp<qsizetype>(span.start, 0, length);
        return std::pair(start, std::clamp<qsizetype>(span.end, start, length));
    };
    for (const ReaderSpan &span : m_dates) {
        const auto [start, end] = clamped(span);
        std::fill(dated.begin() + start, dated.begin() + end, 1);
    }
    for (qsizetype i = 0; i < m_mentions.size(); ++i) {
        if (m_hidden.contains(m_mentions[i].type))
            continue;
        const auto [start, end] = clamped(m_mentions[i]);
        std::fill(mention.begin() + start, mention.begin() + end, int(i));
    }
    QList<Segment> out;
    for (qsizetype from = 0; from < length;) {
        qsizetype to = from + 1;
        while (to < length && dated[to] == dated[from] && mention[to] == mention[from])
            ++to;
        QTextCharFormat format;
        if (dated[from]) {
            format.setUnderlineStyle(QTextCharFormat::DotLine);
            format.setUnderlineColor(kDateUnderline);
        }
        if (mention[from] >= 0) {
            const ReaderSpan &span = m_mentions[mention[from]];
            QColor background = EntityColors::background(span.type);
            if (span.guess)
                background.setAlphaF(background.alphaF() * 0.45F);
            format.setBackground(background);
            if (span.manual || span.guess) {
                format.setUnderlineStyle(span.guess ? QTextCharFormat::DashUnderline
                                                    : QTextCharFormat::SingleUnderline);
                format.setUnderlineColor(EntityColors::accent(span.type));
            }
        }
        out.append({from, to, format});
        from = to;
    }
    return out;
}

const ReaderSpan *ReaderBody::spanAt(const QList<ReaderSpan> &spans, qsizetype position) const
{
    for (const ReaderSpan &span : spans) {
        if (span.start <= position && position < span.end)
            return &span;
    }
    return nullptr;
}

qint64 ReaderBody::mentionAt(qsizetype position) const
{
    const auto it = std::upper_bound(m_mentions.cbegin(), m_mentions.cend(), position,
                                     [](qsizetype p, const ReaderSpan &s) { return p < s.start; });
    if (it == m_mentions.cbegin())
        return 0;
    const ReaderSpan &span = *std::prev(it);
    if (position >= span.end || m_hidden.contains(span.type))
        return 0;
    return span.id;
}

qsizetype ReaderBody::positionAt(const QPoint &viewportPos) const
{
    const QPoint documentPos = viewportPos + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return document()->documentLayout()->hitTest(documentPos, Qt::ExactHit);
}

qint64 ReaderBody::mentionAtPoint(const QPoint &viewportPos) const
{
    const qsizetype position = positionAt(viewportPos);
    if (position < 0)
        return 0;
    // hitTest gives the nearer edge of the character: try the one before it too.
    if (const qint64 id = mentionAt(position))
        return id;
    return position > 0 ? mentionAt(position - 1) : 0;
}

void ReaderBody::showSpan(qsizetype start, qsizetype end)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

QList<std::pair<QRect, const ReaderSpan *>> ReaderBody::visibleEvents() const
{
    QList<std::pair<QRect, const ReaderSpan *>> out;
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const int bottom = verticalScrollBar()->value() + viewport()->height();
    for (const ReaderSpan &event : m_events) {
        // Events are sorted: the first whose paragraph starts below the view ends the walk.
        const QTextBlock block = document()->findBlock(int(event.start));
        if (block.isValid() && layout->blockBoundingRect(block).top() > bottom)
            break;
        const QRect r = spanRect(event.start, event.end);
        if (r.bottom() >= 0 && r.top() <= viewport()->height())
            out.append({r, &event});
    }
    return out;
}

QRect ReaderBody::spanRect(qsizetype start, qsizetype end) const
{
    QTextCursor cursor(document());
    const int length = document()->characterCount() - 1;
    cursor.setPosition(int(std::clamp<qsizetype>(start, 0, length)));
    const QRect first = cursorRect(cursor);
    cursor.setPosition(int(std::clamp<qsizetype>(end, 0, length)));
    const QRect last = cursorRect(cursor);
    return QRect(0, first.top(), 1, last.bottom() - first.top() + 1);
}

void ReaderBody::setZoomSteps(int steps)
{
    steps = std::clamp(steps, kMinZoom, kMaxZoom);
    if (steps == m_zoom)
        return;
    zoomIn(steps - m_zoom);
    m_zoom = steps;
    m_margin->update();
    Q_EMIT zoomChanged(m_zoom);
}

bool ReaderBody::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QString tip;
        if (const qint64 id = mentionAtPoint(help->pos()); id && m_toolTip)
            tip = m_toolTip(id);
        const qsizetype position = positionAt(help->pos());
        if (tip.isEmpty() && position >= 0) {
            const ReaderSpan *date = spanAt(m_dates, position);
            if (!date && position > 0)
                date = spanAt(m_dates, position - 1);
            if (date)
                tip = date->toolTip;
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

void ReaderBody::contextMenuEvent(QContextMenuEvent *event)
{
    // QAbstractScrollArea hands on the viewport's event, in the viewport's coordinates:
    // mapping them again missed the name by the margin's width.
    const QPoint viewportPos = event->pos();
    const qint64 id = event->reason() == QContextMenuEvent::Mouse ? mentionAtPoint(viewportPos)
                                                                  : mentionAt(textCursor().selectionStart());
    Q_EMIT contextMenuWanted(event->globalPos(), id);
}

void ReaderBody::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    const QRect r = contentsRect();
    m_margin->setGeometry(r.left(), r.top(), ReaderMargin::kWidth, r.height());
}

void ReaderBody::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            setZoomSteps(m_zoom + (delta > 0 ? 1 : -1));
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

} // namespace chipline::ui
