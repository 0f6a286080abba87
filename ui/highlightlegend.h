#pragma once

#include <QSet>
#include <QString>
#include <QWidget>

namespace chipline::ui {

// The legend above the article: one checkable swatch per entity type; unchecking a type
// hides its highlights.
class HighlightLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightLegend)

public:
    explicit HighlightLegend(QWidget *parent = nullptr);

    QSet<QString> hiddenTypes() const;
    void setHiddenTypes(const QSet<QString> &types);

Q_SIGNALS:
    void hiddenTypesChanged(const QSet<QString> &types);
};

} // namespace chipline::ui
