#pragma once

#include <QWidget>

class QLabel;
class QMainWindow;
class QTimer;

namespace chipline::ui {

// Says in the status bar where an exported file went, with Open and Show in Folder: a
// save dialog that closes without a word leaves the analyst looking for the file.
class SavedFileNotice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedFileNotice)

public:
    // Shows the notice for path in the window's status bar, replacing an earlier one.
    static SavedFileNotice *showFor(QMainWindow *window, const QString &path);
    const QString &path() const { return m_path; }

private:
    explicit SavedFileNotice(QWidget *parent);
    void setPath(const QString &path);

    QString m_path;
    QLabel *m_label;
    QTimer *m_hide;
};

} // namespace chipline::ui
