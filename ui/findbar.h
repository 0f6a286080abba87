#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;

namespace chipline::ui {

// Find in the article (Ctrl+F): searches the text as you type, Enter for the next match,
// Shift+Enter for the previous, Escape closes.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    FindBar(QTextEdit *editor, QWidget *parent = nullptr);

    void open();
    void findNext(bool backward = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();

    QTextEdit *m_editor;
    QLineEdit *m_field;
    QLabel *m_status;
};

} // namespace chipline::ui
