#pragma once

namespace chipline::ui {

class MainWindow;

// The ways from a name to the articles and mentions of its entity, in one place: the
// reader's context menu (annotation edits, Filter by This Entity, Show All Mentions), the
// entity panel's actions, and the filter bar's entity field. Views only; the edits go
// through the AnnotationController and its undo commands.
class EntityNavigation final
{
public:
    static void install(MainWindow *window);
};

} // namespace chipline::ui
