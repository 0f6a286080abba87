#include "ui/articlereader.h"

#include "ui/entitycolors.h"
#include "ui/findbar.h"
#include "ui/highlightlegend.h"
#include "ui/readerbody.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextCursor>
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
    QString text = body.simplified().remove(marker);
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](\\s|$)"));
    const QRegularExpressionMatch end = sentenceEnd.match(text);
    if (end.hasMatch() && end.capturedStart() < kTitleSentenceChars)
        return text.left(end.capturedStart() + 1);
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() <= kTitleWords)
        return text;
    return words.first(kTitleWords).join(u' ') + u'…';
}

} // namespace

ArticleReader::ArticleReader(storage::Database &db, QWidget *parent)
    : QWidget(parent),
      m_articles(db),
      m_mentionStore(db),
      m_dates(db),
      m_events(db),
      m_title(new QLabel(this)),
      m_metadata(new QLabel(this)),
      m_setDate(new QPushButton(tr("Set date…"), this)),
      m_source(new QLabel(this)),
      m_legend(new HighlightLegend(this)),
      m_offer(new QWidget(this)),
      m_offerText(new QLabel(m_offer)),
      m_offerButton(new QPushButton(m_offer)),
      m_body(new ReaderBody(this)),
      m_find(new FindBar(m_body, this))
{
    setObjectName(QStringLiteral("articleReader"));
    m_title->setObjectName(QStringLiteral("readerTitle"));
    m_metadata->setObjectName(QStringLiteral("readerMetadata"));
    m_setDate->setObjectName(QStringLiteral("setDateButton"));
    m_source->setObjectName(QStringLiteral("readerSource"));
    m_legend->setObjectName(QStringLiteral("highlightLegend"));
    m_offer->setObjectName(QStringLiteral("offerBar"));
    m_offerButton->setObjectName(QStringLiteral("offerButton"));
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
    m_setDate->setToolTip(tr("Give the article its publication date, so that its relative dates can be resolved"));

    // The whole pane reads as one page: the body's background behind the headings too.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    auto *offerLayout = new QHBoxLayout(m_offer);
    offerLayout->setContentsMargins(8, 4, 8, 4);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_offer);
    offerLayout->addWidget(m_offerText, 1);
    offerLayout->addWidget(m_offerButton);
    offerLayout->addWidget(dismiss);
    m_offer->setAutoFillBackground(true);
    m_offer->setBackgroundRole(QPalette::ToolTipBase);
    m_offer->hide();
    connect(m_offerButton, &QPushButton::clicked, this, [this] {
        hideOffer();
        Q_EMIT offerAccepted();
    });
    connect(dismiss, &QPushButton::clicked, this, &ArticleReader::hideOffer);

    auto *metadataRow = new QHBoxLayout;
    metadataRow->addWidget(m_metadata, 1);
    metadataRow->addWidget(m_setDate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 10);
    layout->setSpacing(5);
    layout->addWidget(m_title);
    layout->addLayout(metadataRow);
    layout->addWidget(m_source);
    layout->addWidget(m_legend);
    layout->addWidget(m_offer);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_find);

    connect(m_legend, &HighlightLegend::hiddenTypesChanged, m_body, &ReaderBody::setHiddenTypes);
    connect(m_body, &ReaderBody::contextMenuWanted, this, &ArticleReader::contextMenuWanted);
    connect(m_setDate, &QPushButton::clicked, this, &ArticleReader::chooseDate);
    m_body->setToolTipProvider([this](qint64 id) { return mentionToolTip(id); });
    clear();
}

ArticleReader::~ArticleReader() = default;

void ArticleReader::showArticle(qint64 id)
{
    m_article = m_articles.article(id);
    if (!m_article) {
        clear();
        return;
    }
    m_articleId = id;
    hideOffer();
    const core::Article &a = m_article->article;
    m_title->setText(a.title.isEmpty() ? leadTitle(a.body) : a.title);
    m_metadata->setText(metadataLine(*m_article));
    m_setDate->setVisible(!a.published.isValid());
    const QString file = QFileInfo(m_article->sourcePath).fileName();
    m_source->setText(tr("%1 · %2 layout · item %3")
                          .arg(file.isEmpty() ? m_article->sourcePath : file, a.layout)
                          .arg(m_article->sourceIndex + 1));
    m_source->setToolTip(m_article->sourcePath);
    m_legend->setVisible(true);
    m_offsets.emplace(a.body);
    const core::TextOffsets &offsets = *m_offsets;

    m_mentions = m_mentionStore.forArticle(id);
    QList<ReaderSpan> mentions;
    for (const storage::MentionRecord &m : std::as_const(m_mentions)) {
        if (m.status != u"accepted")
            continue;
        mentions.append({offsets.toUtf16(m.start),
                         offsets.toUtf16(m.end),
                         m.id,
                         m.entityType,
                         {},
                         m.origin == u"manual",
                         m.isGuess()});
    }
    QList<ReaderSpan> dates;
    for (const storage::DateRecord &d : m_dates.forArticle(id)) {
        const QString tip = d.value.isEmpty() ? tr("Date expression, not resolved: the article has no publication date")
                                              : tr("Date expression: %1 (%2)").arg(d.value, d.precision);
        dates.append({offsets.toUtf16(d.start), offsets.toUtf16(d.end), 0, {}, tip, false});
    }
    QList<ReaderSpan> events;
    for (const auto &[event, evidence] : m_events.forArticle(id)) {
        QString tip =
            tr("Candidate event, %1 (%2): %3").arg(event.date.value(), core::categoryCode(event.category), event.title);
        if (evidence.modality != core::EventModality::Asserted)
            tip += u'\n' + tr("This passage only plans, weighs or expects it");
        if (evidence.datedByPublication)
            tip += u'\n' + tr("Dated by the publication day (lower confidence)");
        events.append({offsets.toUtf16(evidence.start), offsets.toUtf16(evidence.end), event.id, {}, tip, false});
    }
    m_body->setContent(a.body, mentions, dates, events);
    m_body->setVisible(true);
    markSearchHits();
}

void ArticleReader::setSearchHits(const QString &text, const QList<qint64> &entities)
{
    m_searchText = text.trimmed();
    m_searchEntities = entities;
    markSearchHits();
}

void ArticleReader::markSearchHits()
{
    QList<QTextEdit::ExtraSelection> marks;
    if (m_article && !m_searchText.isEmpty()) {
        QTextCharFormat text;
        text.setBackground(QColor(0xff, 0xeb, 0x3b));
        text.setFontWeight(QFont::Bold);
        const QString &body = m_article->article.body;
        for (qsizetype at = body.indexOf(m_searchText, 0, Qt::CaseInsensitive); at >= 0;
             at = body.indexOf(m_searchText, at + m_searchText.size(), Qt::CaseInsensitive)) {
            QTextCursor c(m_body->document());
            c.setPosition(int(at));
            c.setPosition(int(at + m_searchText.size()), QTextCursor::KeepAnchor);
            marks.append({c, text});
        }
        // The entity's names in other languages keep their type's colour, and are underlined.
        QTextCharFormat entity;
        entity.setFontWeight(QFont::Bold);
        entity.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        entity.setUnderlineColor(QColor(0xe6, 0x51, 0x00));
        for (const storage::MentionRecord &m : std::as_const(m_mentions)) {
            if (m.status != u"accepted" || !m_searchEntities.contains(m.entityId))
                continue;
            QTextCursor c(m_body->document());
            c.setPosition(int(toUtf16(m.start)));
            c.setPosition(int(toUtf16(m.end)), QTextCursor::KeepAnchor);
            marks.append({c, entity});
        }
    }
    m_searchHitCount = int(marks.size());
    m_body->setExtraSelections(marks);
}

void ArticleReader::reload()
{
    if (!m_articleId)
        return;
    const ReaderBody::View view = m_body->view();
    showArticle(m_articleId);
    m_body->restoreView(view);
}

void ArticleReader::clear()
{
    m_articleId = 0;
    m_article.reset();
    m_offsets.reset();
    m_mentions.clear();
    m_title->setText(tr("No article selected"));
    m_metadata->setText(tr("Select an article in the list to read it here."));
    m_setDate->hide();
    m_source->clear();
    m_source->setToolTip({});
    m_legend->setVisible(false);
    hideOffer();
    m_body->clearContent();
}

std::optional<ArticleReader::Selection> ArticleReader::selection() const
{
    const QTextCursor cursor = m_body->textCursor();
    if (!m_offsets || !cursor.hasSelection())
        return std::nullopt;
    return Selection{toCodePoint(cursor.selectionStart()), toCodePoint(cursor.selectionEnd())};
}

qint64 ArticleReader::mentionAtCursor() const
{
    const QTextCursor cursor = m_body->textCursor();
    return m_body->mentionAt(cursor.hasSelection() ? cursor.selectionStart() : cursor.position());
}

std::optional<storage::MentionRecord> ArticleReader::mention(qint64 id) const
{
    for (const storage::MentionRecord &m : m_mentions) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

void ArticleReader::showSpan(qint64 start, qint64 end)
{
    if (m_offsets)
        m_body->showSpan(toUtf16(start), toUtf16(end));
}

QString ArticleReader::textOf(qint64 start, qint64 end) const
{
    if (!m_article)
        return {};
    const qsizetype from = toUtf16(start);
    return m_article->article.body.mid(from, toUtf16(end) - from);
}

qsizetype ArticleReader::toUtf16(qint64 codePoint) const
{
    return m_offsets ? m_offsets->toUtf16(codePoint) : codePoint;
}

qint64 ArticleReader::toCodePoint(qsizetype utf16) const
{
    return m_offsets ? m_offsets->toCodePoint(utf16) : utf16;
}

void ArticleReader::setEntityToolTipProvider(std::function<QString(qint64)> provider)
{
    m_entityToolTip = std::move(provider);
}

QString ArticleReader::mentionToolTip(qint64 mentionId) const
{
    const auto m = mention(mentionId);
    if (!m)
        return {};
    QString tip = m_entityToolTip
        ? m_entityToolTip(m->entityId)
        : QStringLiteral("%1 (%2)").arg(m->entityName, EntityColors::displayName(m->entityType));
    if (m->isGuess())
        tip += u'\n' + tr("A new name, guessed from its context: accept or reject it in Annotate › Review New Names");
    return tip;
}

void ArticleReader::openFind()
{
    m_find->open();
}

void ArticleReader::showOffer(const QString &text, const QString &button)
{
    m_offerText->setText(text);
    m_offerButton->setText(button);
    m_offer->show();
}

void ArticleReader::hideOffer()
{
    m_offer->hide();
}

void ArticleReader::chooseDate()
{
    if (!m_article)
        return;
    // A line to type in, whole text selected: a date-time spin box kept its own year when
    // "2025" was typed into it (the year section was full), and it came out 2026.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("setDateDialog"));
    dialog->setWindowTitle(tr("Set Publication Date"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *edit = new QLineEdit(QDate::currentDate().toString(Qt::ISODate), dialog);
    edit->setObjectName(QStringLiteral("setDateEdit"));
    edit->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
    edit->selectAll();
    auto *understood = new QLabel(dialog);
    understood->setObjectName(QStringLiteral("setDateUnderstood"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(
        new QLabel(tr("When was this article published? (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM)"), dialog));
    layout->addWidget(edit);
    layout->addWidget(understood);
    layout->addWidget(buttons);
    const auto check = [edit, understood, buttons] {
        const QDateTime when = typedDateTime(edit->text());
        understood->setText(when.isValid()
                                ? tr("Published %1 (UTC)").arg(when.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                : tr("Not a date yet"));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(when.isValid());
    };
    check();
    connect(edit, &QLineEdit::textChanged, dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const qint64 id = m_articleId;
    connect(dialog, &QDialog::accepted, this, [this, edit, id] {
        // Relative dates ("last Tuesday") can then be resolved, and events dated.
        if (const QDateTime when = typedDateTime(edit->text()); when.isValid())
            Q_EMIT publicationDateChosen(id, when);
    });
    dialog->open();
    edit->setFocus();
}

QDateTime ArticleReader::typedDateTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})(?:[-./](\d{1,2})(?:[-./](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?)?)?$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const auto number = [&m](int group, int otherwise) {
        return m.captured(group).isEmpty() ? otherwise : m.captured(group).toInt();
    };
    const QDate date(number(1, 0), number(2, 1), number(3, 1));
    const QTime time(number(4, 0), number(5, 0));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
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
