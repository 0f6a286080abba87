#pragma once

// Shared by the GUI test fixtures.
#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

// Runs body on the next visible top-level widget of type T (a modal dialog or a popup)
// once it shows, while whatever opened it waits in its own event loop. owner keeps the
// polling timer.
template <typename T> inline void whenShown(QObject *owner, std::function<void(T *)> body)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, body] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *t = qobject_cast<T *>(w); t && t->isVisible()) {
                timer->stop();
                timer->deleteLater();
                body(t);
                return;
            }
        }
    });
    timer->start();
}
