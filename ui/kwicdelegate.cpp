#include "ui/kwicdelegate.h"

#include "ui/entitycolors.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace chipline::ui {

namespace {
constexpr int kPad = 4;
// Where the name starts, as a share of the column: more room after the name than before,
// since a sentence usually goes on about it.
constexpr double kKeywordAt = 0.38;

// The source line's font: a little smaller than the context's.
QFont smaller(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    else
        font.setPixelSize(std::max(8, font.pixelSize() * 9 / 10));
    return font;
}

QString flat(QString text)
{
    return text.replace(u'\n', u' ').replace(u'\t', u' ');
}
} // namespace

KwicDelegate::KwicDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void KwicDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString left = flat(index.data(LeftRole).toString());
    const QString hit = flat(index.data(HitRole).toString());
    const QString right = flat(index.data(RightRole).toString());
    // The background, selection and focus as the style draws them, without the text.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics plainMetrics(opt.font);
    const QString source = index.data(SourceRole).toString();
    const int lineHeight = plainMetrics.height() + 4;
    const QRect area(opt.rect.left() + kPad, opt.rect.top() + 1, opt.rect.width() - 2 * kPad, lineHeight);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    // Rounded up, so that a name that fits is never elided by a fraction of a pixel.
    const int hitAdvance = int(std::ceil(QFontMetricsF(bold).horizontalAdvance(hit))) + 1;
    const int hitWidth = std::min(hitAdvance + 2 * kPad, area.width());
    const int hitX = area.left() + std::clamp(int(area.width() * kKeywordAt), 0, std::max(0, area.width() - hitWidth));
    const QRect leftRect(area.left(), area.top(), hitX - area.left() - 2, area.height());
    const QRect hitRect(hitX, area.top() + 1, hitWidth, area.height() - 2);
    const QRect rightRect(hitRect.right() + 3, area.top(), area.right() - hitRect.right() - 3, area.height());

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(leftRect, Qt::AlignRight | Qt::AlignVCenter,
                      plainMetrics.elidedText(left, Qt::ElideLeft, std::max(0, leftRect.width())));
    painter->drawText(rightRect, Qt::AlignLeft | Qt::AlignVCenter,
                      plainMetrics.elidedText(right, Qt::ElideRight, std::max(0, rightRect.width())));
    if (!source.isEmpty()) {
        const QFont small = smaller(opt.font);
        const QFontMetrics smallMetrics(small);
        const QRect sourceRect(area.left(), area.bottom() + 1, area.width(), smallMetrics.height() + 2);
        QColor quiet = text;
        quiet.setAlphaF(selected ? 0.85F : 0.6F);
        painter->setFont(small);
        painter->setPen(quiet);
        painter->drawText(sourceRect, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(source, Qt::ElideRight, sourceRect.width()));
    }
    const QString type = index.data(TypeRole).toString();
    painter->setPen(Qt::NoPen);
    painter->setBrush(EntityColors::background(type));
    painter->drawRoundedRect(hitRect, 3, 3);
    painter->setFont(bold);
    painter->setPen(QColor(Qt::black)); // the type colours are light in every palette
    painter->drawText(hitRect, Qt::AlignCenter,
                      hitWidth == hitAdvance + 2 * kPad
                          ? hit
                          : boldMetrics.elidedText(hit, Qt::ElideRight, hitRect.width() - 2 * kPad));
    painter->restore();
}

QSize KwicDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    int height = metrics.height() + 6;
    if (!index.data(SourceRole).toString().isEmpty())
        height += QFontMetrics(smaller(option.font)).height() + 4;
    size.setHeight(height);
    // The line elides to the view's width: never wider, so the list never scrolls sideways.
    size.setWidth(std::min(size.width(), 120));
    return size;
}

} // namespace chipline::ui
