#include "ui/entitycolors.h"

#include <QPainter>

namespace chipline::ui {

namespace {

// Okabe–Ito's eight colours, each lightened behind black text by as much as keeps every
// pair apart (CIELAB distance 12 or more) under protanopia, deuteranopia and tritanopia
// too: the former pastel set made Person and Rule (and Organisation and AI model) one
// colour to many readers. tst_dayone checks the distances.
QColor baseColor(const QString &type)
{
    if (type == u"ORG")
        return QColor(0x87, 0xca, 0xef); // sky blue
    if (type == u"GOV")
        return QColor(0xe9, 0xac, 0x7b); // vermilion
    if (type == u"PERSON")
        return QColor(0xf2, 0xcf, 0x7f); // orange
    if (type == u"CHIP")
        return QColor(0xf4, 0xeb, 0x76); // yellow
    if (type == u"MODEL")
        return QColor(0xdd, 0xa6, 0xc4); // reddish purple
    if (type == u"PLACE")
        return QColor(0x46, 0xb9, 0x9a); // bluish green
    if (type == u"MEDIA")
        return QColor(0xd4, 0xd4, 0xd4); // grey: dark enough to show on white, light enough to stay apart from AI model
    if (type == u"RULE")
        return QColor(0xb8, 0xd8, 0xea); // blue
    return QColor(0xdd, 0xdd, 0xdd);
}

} // namespace

QStringList EntityColors::types()
{
    return {QStringLiteral("ORG"),   QStringLiteral("GOV"),   QStringLiteral("PERSON"), QStringLiteral("CHIP"),
            QStringLiteral("MODEL"), QStringLiteral("PLACE"), QStringLiteral("MEDIA"),  QStringLiteral("RULE")};
}

QColor EntityColors::background(const QString &type)
{
    return baseColor(type);
}

QColor EntityColors::accent(const QString &type)
{
    return baseColor(type).darker(170);
}

QString EntityColors::displayName(const QString &type)
{
    if (type == u"ORG")
        return tr("Organisation");
    if (type == u"GOV")
        return tr("Government");
    if (type == u"PERSON")
        return tr("Person");
    if (type == u"CHIP")
        return tr("Chip");
    if (type == u"MODEL")
        return tr("AI model");
    if (type == u"PLACE")
        return tr("Place");
    if (type == u"MEDIA")
        return tr("Media");
    if (type == u"RULE")
        return tr("Rule");
    return type;
}

QPixmap EntityColors::swatch(const QString &type)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(background(type));
    QPainter painter(&pixmap);
    painter.setPen(accent(type));
    painter.drawRect(0, 0, 11, 11);
    return pixmap;
}

} // namespace chipline::ui
