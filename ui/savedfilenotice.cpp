#include "ui/savedfilenotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

namespace chipline::ui {

namespace {
constexpr int kShownMs = 60000;
} // namespace

SavedFileNotice::SavedFileNotice(QWidget *parent)
    : QWidget(parent),
      m_label(new QLabel(this)),
      m_hide(new QTimer(this))
{
    setObjectName(QStringLiteral("savedFileNotice"));
    m_label->setObjectName(QStringLiteral("savedFileLabel"));
    auto *open = new QToolButton(this);
    open->setObjectName(QStringLiteral("savedFileOpen"));
    open->setText(tr("Open"));
    auto *folder = new QToolButton(this);
    folder->setObjectName(QStringLiteral("savedFileShowFolder"));
    folder->setText(tr("Show in Folder"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Hide this message"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(open);
    layout->addWidget(folder);
    layout->addWidget(close);
    m_hide->setSingleShot(true);
    m_hide->setInterval(kShownMs);
    connect(m_hide, &QTimer::timeout, this, &QWidget::hide);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(open, &QToolButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
    // File managers have no common "select this file" call: open the folder that holds it.
    connect(folder, &QToolButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath())); });
}

SavedFileNotice *SavedFileNotice::showFor(QMainWindow *window, const QString &path)
{
    auto *notice = window->statusBar()->findChild<SavedFileNotice *>(QStringLiteral("savedFileNotice"));
    if (!notice) {
        notice = new SavedFileNotice(window->statusBar());
        window->statusBar()->addPermanentWidget(notice);
    }
    notice->setPath(path);
    notice->show();
    notice->m_hide->start();
    return notice;
}

void SavedFileNotice::setPath(const QString &path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(m_path);
    m_label->setText(tr("Saved %1 in %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
    m_label->setToolTip(QDir::toNativeSeparators(m_path));
}

} // namespace chipline::ui
