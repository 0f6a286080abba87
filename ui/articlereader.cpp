#include "ui/articlereader.h"

#include "storage/articlestore.h"

#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace chipline::ui {

namespace {

constexpr int kTitleWords = 12;
constexpr int kTitleSentenceChars = 90;

// The first sentence when it is short enough for a headline, else the first words.
QString leadTitle(const QString &body)
{
    // A transcript opens with its section marker ([앵커]), which is no part of a headline.
    static const QRegularExpression marker(QStringLiteral("^\\[[^\\]]{1,12}\\]\\s*"));
    const QString text = body.simplified().remove(marker);
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](\\s|$)"));
    const QRegularExpressionMatch end = sentenceEnd.match(text);
    if (end.hasMatch() && end.capturedStart() < kTitleSentenceChars)
        return text.left(end.capturedStart() + 1);
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() <= kTitleWords)
        return text;
    return words.first(kTitleWords).join(u' ') + u'…';
}

// One <p> per source line: the importers keep one paragraph per line, and a blank line
// is a paragraph break too.
QString bodyHtml(const QString &body)
{
    static const QRegularExpression lineBreaks(QStringLiteral("\n+"));
    QString html;
    const QStringList paragraphs = body.split(lineBreaks, Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const QString text = paragraph.trimmed();
        if (!text.isEmpty())
            html += QStringLiteral("<p style=\"margin-top: 0; margin-bottom: 0.9em; line-height: 140%\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
    }
    return html;
}

} // namespace

ArticleReader::ArticleReader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_metadata(new QLabel(this))
    , m_source(new QLabel(this))
    , m_body(new QTextBrowser(this))
{
    m_title->setObjectName(QStringLiteral("readerTitle"));
    m_metadata->setObjectName(QStringLiteral("readerMetadata"));
    m_source->setObjectName(QStringLiteral("readerSource"));
    m_body->setObjectName(QStringLiteral("readerBody"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont smallFont = m_source->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    m_source->setFont(smallFont);
    m_source->setForegroundRole(QPalette::PlaceholderText);

    for (QLabel *label : {m_title, m_metadata, m_source}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->document()->setDocumentMargin(0);

    // The whole pane reads as one page: the body's background behind the headings too.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_metadata);
    layout->addWidget(m_source);
    layout->addSpacing(8);
    layout->addWidget(m_body, 1);
    clear();
}

void ArticleReader::showArticle(const storage::StoredArticle &stored)
{
    const core::Article &a = stored.article;
    m_articleId = stored.id;
    m_title->setText(a.title.isEmpty() ? leadTitle(a.body) : a.title);
    m_metadata->setText(metadataLine(stored));
    const QString file = QFileInfo(stored.sourcePath).fileName();
    m_source->setText(tr("%1 · %2 layout · item %3").arg(file.isEmpty() ? stored.sourcePath : file, a.layout)
                          .arg(stored.sourceIndex + 1));
    m_source->setToolTip(stored.sourcePath);
    m_body->setHtml(bodyHtml(a.body));
    m_body->setVisible(true);
}

void ArticleReader::clear()
{
    m_articleId = 0;
    m_title->setText(tr("No article selected"));
    m_metadata->setText(tr("Select an article in the list to read it here."));
    m_source->clear();
    m_source->setToolTip({});
    m_body->clear();
}

QString ArticleReader::metadataLine(const storage::StoredArticle &stored)
{
    const core::Article &a = stored.article;
    QStringList parts;
    for (const QString &part : {a.outlet, a.reporter, a.dateline}) {
        if (!part.isEmpty())
            parts << part;
    }
    parts << (a.published.isValid() ? a.published.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("Undated"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace chipline::ui
