#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>

namespace chipline::render {

struct PrintOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QString title; // empty: "US–China AI-chip export controls: timeline", translated
};

} // namespace chipline::render
