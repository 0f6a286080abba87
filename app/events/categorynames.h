#pragma once

#include "events/eventcategory.h"

#include <QCoreApplication>
#include <QString>

namespace chipline::events {

// The names of event categories as people read them, in the installed language: one list
// for the view, the printout, the filter line of a timeline and its exports. Colours are
// render's (render::CategoryStyle); a name is the category's own, so it lives beside it.
class CategoryNames final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::events::CategoryNames)

public:
    // The display name of a category; None reads as its code.
    static QString displayName(EventCategory category);
    // The display name of a category code; the code itself when it names no category.
    static QString displayName(const QString &code);
};

} // namespace chipline::events
