#include "render/timelineimage.h"

#include "render/categorystyle.h"
#include "render/fonttextmetrics.h"
#include "render/timelinedocument.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>
#include <optional>

namespace chipline::render {

namespace {

constexpr double kTitleColumn = 130;
const QString kSvgNamespace = QStringLiteral("http://www.w3.org/2000/svg");

// QSvgGenerator's output made a better file, nothing else changed. QPainter hands the
// generator one <text> per script run, so "가상 규칙 A 발표" became three elements no viewer
// finds as one: consecutive <text> siblings on one baseline with the same attributes (one
// drawText: the painter changes state, so opens a new group, before every other) are
// joined into the first. And the size is given in pixels, as the viewBox, not in the
// millimetres the generator writes, which viewers convert at 90 or 96 dpi.
QByteArray tidied(const QByteArray &svg, QSize size)
{
    QXmlStreamReader in(svg);
    QByteArray bytes;
    QXmlStreamWriter out(&bytes);
    out.setAutoFormatting(true);
    std::optional<QXmlStreamAttributes> pending; // a <text> read, not yet written
    QString pendingText;
    const auto flush = [&] {
        if (!pending)
            return;
        out.writeStartElement(kSvgNamespace, QStringLiteral("text"));
        out.writeAttributes(*pending);
        out.writeCharacters(pendingText);
        out.writeEndElement();
        pending.reset();
    };
    const auto withoutX = [](const QXmlStreamAttributes &attributes) {
        QXmlStreamAttributes rest;
        for (const QXmlStreamAttribute &a : attributes) {
            if (a.qualifiedName() != u"x")
                rest.append(a);
        }
        return rest;
    };
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartElement() && in.name() == u"text") {
            const QXmlStreamAttributes attributes = in.attributes();
            const QString text = in.readElementText();
            if (pending && withoutX(*pending) == withoutX(attributes)) {
                pendingText += text;
                continue;
            }
            flush();
            pending = attributes;
            pendingText = text;
            continue;
        }
        if (in.isWhitespace())
            continue; // the generator's line breaks: the writer need not keep them
        flush();
        if (in.isStartElement() && in.name() == u"svg") {
            // Declared before the element, the namespaces apply to it: unprefixed, as written.
            for (const QXmlStreamNamespaceDeclaration &ns : in.namespaceDeclarations()) {
                if (ns.prefix().isEmpty())
                    out.writeDefaultNamespace(ns.namespaceUri().toString());
                else
                    out.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
            }
            out.writeStartElement(in.namespaceUri().toString(), QStringLiteral("svg"));
            for (const QXmlStreamAttribute &a : in.attributes()) {
                if (a.qualifiedName() == u"width")
                    out.writeAttribute(QStringLiteral("width"), QString::number(size.width()));
                else if (a.qualifiedName() == u"height")
                    out.writeAttribute(QStringLiteral("height"), QString::number(size.height()));
                else
                    out.writeAttribute(a);
            }
            continue;
        }
        out.writeCurrentToken(in);
    }
    return in.hasError() ? svg : bytes;
}

} // namespace

FlatTimeline FlatTimeline::make(const TimelineSheet &sheet, double width, const QStringList &fontFamilies)
{
    FlatTimeline t;
    QFont font;
    font.setFamilies(fontFamilies);
    font.setPixelSize(12);
    t.style.font = font;
    t.style.smallFont = font;
    t.style.smallFont.setPixelSize(10);
    t.style.titleFont = font;
    t.style.titleFont.setBold(true);
    const FontTextMetrics metrics(font);
    timeline::LayoutOptions o;
    o.from = sheet.from;
    o.to = sheet.to;
    o.left = kTitleColumn;
    o.width = width - kTitleColumn - 4;
    o.top = 4;
    o.maxRows = 10;
    t.items = sheet.items;
    t.geometry = timeline::TimelineLayout::layout(t.items, sheet.laneTitles, o, metrics);
    t.width = width;
    t.height = t.geometry.height + 8;
    return t;
}

core::Status TimelineImage::writePng(const QString &path, const TimelineSheet &sheet, double width)
{
    const FlatTimeline t = FlatTimeline::make(sheet, width, CategoryStyle::fontFamilies());
    QImage image(int(t.width), int(t.height), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    TimelinePainter::paintAll(p, t.geometry, t.items, t.style);
    p.end();
    if (!image.save(path, "PNG"))
        return core::Error{QStringLiteral("cannot write %1").arg(path)};
    return {};
}

QByteArray TimelineImage::svg(const TimelineSheet &sheet, double width, const QString &title)
{
    const QStringList hangul = CategoryStyle::hangulFamilies();
    const FlatTimeline t = FlatTimeline::make(sheet, width, hangul.isEmpty() ? CategoryStyle::fontFamilies() : hangul);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&out);
    const QSize size(int(std::ceil(t.width)), int(std::ceil(t.height)));
    generator.setResolution(96);
    generator.setSize(size);
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setTitle(TimelineDocument::title(title));
    generator.setDescription(TimelineDocument::summary(sheet));
    QPainter p;
    if (!p.begin(&generator))
        return {};
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(0, 0, t.width, t.height), Qt::white);
    TimelinePainter::paintAll(p, t.geometry, t.items, t.style);
    p.end();
    return tidied(out.data(), size);
}

} // namespace chipline::render
