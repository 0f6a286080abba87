#include "ui/entitycolors.h"

namespace chipline::ui {

namespace {

// Light enough behind black text, distinct enough side by side (ColorBrewer Pastel1/Set3).
QColor baseColor(const QString &type)
{
    if (type == u"ORG")
        return QColor(0xa6, 0xce, 0xe3);
    if (type == u"GOV")
        return QColor(0xfb, 0xb4, 0xae);
    if (type == u"PERSON")
        return QColor(0xcc, 0xeb, 0xc5);
    if (type == u"CHIP")
        return QColor(0xfe, 0xd9, 0xa6);
    if (type == u"MODEL")
        return QColor(0xde, 0xcb, 0xe4);
    if (type == u"PLACE")
        return QColor(0xff, 0xff, 0xb3);
    if (type == u"MEDIA")
        return QColor(0xe5, 0xd8, 0xbd);
    if (type == u"RULE")
        return QColor(0xb3, 0xe2, 0xcd);
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

} // namespace chipline::ui
