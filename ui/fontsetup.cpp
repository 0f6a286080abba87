#include "ui/fontsetup.h"

#include "core/hangulfonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace chipline::ui {

QString FontSetup::applyKoreanCapableFont()
{
    const QStringList available = QFontDatabase::families();
    for (const QString &family : core::hangulFontFamilies()) {
        if (available.contains(family)) {
            QFont font = QApplication::font();
            font.setFamilies({family});
            QApplication::setFont(font);
            return family;
        }
    }
    return {};
}

} // namespace chipline::ui
