#include "ui/highlightlegend.h"

#include "ui/entitycolors.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace chipline::ui {


HighlightLegend::HighlightLegend(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const QString &type : EntityColors::types()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("legend_") + type);
        button->setText(EntityColors::displayName(type));
        button->setIcon(QIcon(EntityColors::swatch(type)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setProperty("entityType", type);
        button->setToolTip(tr("Show or hide the highlights of this type"));
        connect(button, &QToolButton::toggled, this, [this] { Q_EMIT hiddenTypesChanged(hiddenTypes()); });
        layout->addWidget(button);
    }
    layout->addStretch(1);
}

QSet<QString> HighlightLegend::hiddenTypes() const
{
    QSet<QString> hidden;
    for (auto *button : findChildren<QToolButton *>()) {
        if (!button->isChecked())
            hidden.insert(button->property("entityType").toString());
    }
    return hidden;
}

void HighlightLegend::setHiddenTypes(const QSet<QString> &types)
{
    for (auto *button : findChildren<QToolButton *>()) {
        const QSignalBlocker blocker(button);
        button->setChecked(!types.contains(button->property("entityType").toString()));
    }
    Q_EMIT hiddenTypesChanged(hiddenTypes());
}

} // namespace chipline::ui
