#include "ui/readermargin.h"

#include "ui/readerbody.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace chipline::ui {

namespace {
const QColor kEventColor(0xe6, 0x7e, 0x22);
}

ReaderMargin::ReaderMargin(ReaderBody *body)
    : QWidget(body),
      m_body(body)
{
    setObjectName(QStringLiteral("readerMargin"));
}

void ReaderMargin::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kEventColor);
    const int offset = m_body->viewport()->y() - y();
    for (const auto &[r, event] : m_body->visibleEvents())
        painter.drawRoundedRect(QRectF(4, r.top() + offset + 2, 5, r.height() - 4), 2, 2);
}

bool ReaderMargin::event(QEvent *e)
{
    if (e->type() != QEvent::ToolTip)
        return QWidget::event(e);
    auto *help = static_cast<QHelpEvent *>(e);
    const int offset = m_body->viewport()->y() - y();
    for (const auto &[rect, event] : m_body->visibleEvents()) {
        const QRect r = rect.translated(0, offset);
        if (help->pos().y() >= r.top() && help->pos().y() <= r.bottom()) {
            QToolTip::showText(help->globalPos(), event->toolTip, this);
            return true;
        }
    }
    QToolTip::hideText();
    e->ignore();
    return true;
}

} // namespace chipline::ui
