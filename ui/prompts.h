#pragma once

#include <QString>

class QWidget;

namespace chipline::ui {

// The standard dialogs a window's command opens to ask for a file or to tell how it went.
// These are Qt's own, each in a modal loop of its own; a test gives the window a subclass
// that answers at once, so that nothing waits for a dialog to be shown and answered.
class Prompts
{
public:
    Prompts() = default;
    Prompts(const Prompts &) = delete;
    Prompts &operator=(const Prompts &) = delete;
    virtual ~Prompts() = default;

    // The existing file chosen, or empty when the analyst cancelled.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    virtual void information(QWidget *parent, const QString &title, const QString &text);
    virtual void warning(QWidget *parent, const QString &title, const QString &text);
};

} // namespace chipline::ui
