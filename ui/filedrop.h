#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace chipline::ui {

// Lets the analyst drop files and folders from a file manager anywhere on a window: an
// event filter on the window, so that the children that take no drops of their own (the
// reader, the lists) pass them on. Only local files count; text or web links are refused.
class FileDrop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDrop)

public:
    explicit FileDrop(QWidget *window);

    static QStringList localPaths(const QMimeData *mime);

Q_SIGNALS:
    void dropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace chipline::ui
