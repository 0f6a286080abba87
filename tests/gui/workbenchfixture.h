#pragma once
// The fixture of the workbench tests: DayOneFixture's fresh database and real MainWindow,
// with the bundled sample imported before every test, and the analyst's steps the tests
// share: select text in the reader, wait for a window-modal dialog, press its OK.
#include "dayonefixture.h"

#include "ui/articlereader.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

class WorkbenchFixture : public DayOneFixture
{
    Q_OBJECT

protected Q_SLOTS:
    void init();

protected:
    void selectText(qsizetype start, qsizetype end);
    template <typename T> T *waitForDialog(const QString &name);
    void accept(QDialog *dialog);

    ui::ArticleReader *m_reader = nullptr;
};

inline void WorkbenchFixture::init()
{
    DayOneFixture::init();
    if (QTest::currentTestFailed())
        return;
    m_reader = m_window->reader();
    importSample();
}

inline void WorkbenchFixture::selectText(qsizetype start, qsizetype end)
{
    QTextCursor cursor = m_reader->body()->textCursor();
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    m_reader->body()->setTextCursor(cursor);
}

template <typename T> inline T *WorkbenchFixture::waitForDialog(const QString &name)
{
    // Dialogs open window-modal without blocking (QDialog::open), so they are there at once.
    for (int i = 0; i < 100; ++i) {
        for (T *dialog : m_window->findChildren<T *>(name)) {
            if (dialog->isVisible())
                return dialog;
        }
        QTest::qWait(50);
    }
    return nullptr;
}

inline void WorkbenchFixture::accept(QDialog *dialog)
{
    QVERIFY(dialog);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}
