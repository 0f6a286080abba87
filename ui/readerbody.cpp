#include "ui/readerbody.h"

#include "ui/entitycolors.h"
#include "ui/readermargin.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolTip>

#include <algorithm>

namespace chipline::ui {

namespace {
constexpr int kMinZoom = -4;
constexpr int kMaxZoom = 12;
const QColor kDateUnderline(0x2c, 0x5a, 0xa0);
} // namespace

ReaderBody::ReaderBody(QWidget *parent) : QTextBrowser(parent), m_margin(new ReaderMargin(this))
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
    m_mentions = mentions;
    std::sort(m_mentions.begin(), m_mentions.end(), [](const ReaderSpan &a, const ReaderSpan &b) { return a.start < b.start; });
    m_dates = dates;
    m_events = events;
    // Plain text keeps document positions equal to the body's UTF-16 offsets.
    setPlainText(body);
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(fontMetrics().height() * 0.6);
    paragraph.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    all.mergeBlockFormat(paragraph);
    applyFormats();
    m_margin->update();
}

void ReaderBody::clearContent()
{
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
    applyFormats();
}

void ReaderBody::applyFormats()
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.setCharFormat(QTextCharFormat());
    const int length = document()->characterCount() - 1;
    auto select = [&](const ReaderSpan &span) {
        const int start = int(std::clamp<qsizetype>(span.start, 0, length));
        const int end = int(std::clamp<qsizetype>(span.end, start, length));
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
    };
    QTextCharFormat date;
    date.setUnderlineStyle(QTextCharFormat::DotLine);
    date.setUnderlineColor(kDateUnderline);
    for (const ReaderSpan &span : std::as_const(m_dates)) {
        select(span);
        cursor.mergeCharFormat(date);
    }
    for (const ReaderSpan &span : std::as_const(m_mentions)) {
        if (m_hidden.contains(span.type))
            continue;
        QTextCharFormat format;
        format.setBackground(EntityColors::background(span.type));
        if (span.manual) {
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(EntityColors::accent(span.type));
        }
        select(span);
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
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
    const QPoint viewportPos = viewport()->mapFrom(this, event->pos());
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
