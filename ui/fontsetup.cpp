#include "ui/fontsetup.h"

#include "core/hangulfonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace chipline::ui {

QString FontSetup::applyKoreanCapableFont(QApplication &app)
{
    const QStringList available = QFontDatabase::families();
    for (const QString &family : core::hangulFontFamilies()) {
        if (available.contains(family)) {
            QFont font = QApplication::font();
            font.setFamilies({family});
            app.setFont(font);
            return family;
        }
    }
    return {};
}

} // namespace chipline::ui
