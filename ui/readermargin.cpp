#include "ui/readermargin.h"

#include "ui/readerbody.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace chipline::ui {

namespace {
const QColor kEventColor(0xe6, 0x7e, 0x22);
}

ReaderMargin::ReaderMargin(ReaderBody *body) : QWidget(body), m_body(body)
{
    setObjectName(QStringLiteral("readerMargin"));
}

void ReaderMargin::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    const int offset = m_body->viewport()->y() - y();
    for (const ReaderSpan &event : m_body->events()) {
        const QRect r = m_body->spanRect(event.start, event.end);
        if (r.bottom() + offset < 0 || r.top() + offset > height())
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(kEventColor);
        painter.drawRoundedRect(QRectF(4, r.top() + offset + 2, 5, r.height() - 4), 2, 2);
    }
}

bool ReaderMargin::event(QEvent *e)
{
    if (e->type() != QEvent::ToolTip)
        return QWidget::event(e);
    auto *help = static_cast<QHelpEvent *>(e);
    const int offset = m_body->viewport()->y() - y();
    for (const ReaderSpan &event : m_body->events()) {
        const QRect r = m_body->spanRect(event.start, event.end).translated(0, offset);
        if (help->pos().y() >= r.top() && help->pos().y() <= r.bottom()) {
            QToolTip::showText(help->globalPos(), event.toolTip, this);
            return true;
        }
    }
    QToolTip::hideText();
    e->ignore();
    return true;
}

} // namespace chipline::ui
