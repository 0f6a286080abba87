#include "ui/fontsetup.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace chipline::ui {

QString FontSetup::applyKoreanCapableFont(QApplication &app)
{
    const QStringList preferred = {QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR"),
                                   QStringLiteral("Source Han Sans KR"), QStringLiteral("NanumGothic"),
                                   QStringLiteral("Malgun Gothic"), QStringLiteral("Apple SD Gothic Neo")};
    const QStringList available = QFontDatabase::families();
    for (const QString &family : preferred) {
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
