#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPixmap>
#include <QString>
#include <QStringList>

namespace chipline::ui {

// The colour and the display name of each entity type, shared by the reader's highlights,
// its legend and the entity panel, so a type looks the same everywhere.
class EntityColors final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::ui::EntityColors)

public:
    // The type codes in legend order: ORG, GOV, PERSON, CHIP, MODEL, PLACE, MEDIA, RULE.
    static QStringList types();
    static QColor background(const QString &type);
    // A stronger shade of the same hue, for underlines and swatches' borders.
    static QColor accent(const QString &type);
    static QString displayName(const QString &type);
    // A 12-pixel square of the type's colour with its accent border, for legends and menus.
    static QPixmap swatch(const QString &type);
};

} // namespace chipline::ui
