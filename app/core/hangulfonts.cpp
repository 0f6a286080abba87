#include "core/hangulfonts.h"

namespace chipline::core {

QStringList hangulFontFamilies()
{
    return {QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR"),  QStringLiteral("Source Han Sans KR"),
            QStringLiteral("NanumGothic"),      QStringLiteral("Malgun Gothic"), QStringLiteral("Apple SD Gothic Neo")};
}

} // namespace chipline::core
