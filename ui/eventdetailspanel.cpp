#include "ui/eventdetailspanel.h"

#include "events/categorynames.h"
#include "render/categorystyle.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace chipline::ui {

EventDetailsPanel::EventDetailsPanel(QWidget *parent)
    : QWidget(parent),
      m_heading(new QLabel(this)),
      m_meta(new QLabel(this)),
      m_passages(new QListWidget(this))
{
    setObjectName(QStringLiteral("eventDetails"));
    m_heading->setObjectName(QStringLiteral("eventTitle"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_heading->setFont(f);
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passages->setObjectName(QStringLiteral("evidenceList"));
    m_passages->setWordWrap(true);
    m_passages->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_passages->setAlternatingRowColors(true);
    m_passages->setToolTip(tr("Double-click or press Enter to open the article at the passage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_meta);
    layout->addWidget(m_passages, 1);
    connect(m_passages, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int i = m_passages->row(item);
        if (i >= 0 && i < m_evidence.size())
            Q_EMIT passageActivated(m_evidence[i].articleId, m_evidence[i].start, m_evidence[i].end);
    });
    clear();
}

void EventDetailsPanel::showEvent(const storage::TimelineEvent &event, const QList<storage::EvidencePassage> &evidence)
{
    m_evidence = evidence;
    m_heading->setText(event.title);
    const QString status = event.status == core::EventStatus::Confirmed ? tr("confirmed")
        : event.status == core::EventStatus::Rejected                   ? tr("rejected")
                                                                        : tr("candidate");
    // By DatePrecision, finest first.
    static const char *const kPrecisions[] = {QT_TR_NOOP("day"), QT_TR_NOOP("month"), QT_TR_NOOP("quarter"),
                                              QT_TR_NOOP("half-year"), QT_TR_NOOP("year")};
    const QString precision = tr(kPrecisions[static_cast<int>(event.date.precision)]);
    QString meta =
        tr("<b>%1</b> (%2 precision) · <span style=\"color:%3\">■</span> %4 · %5")
            .arg(event.date.value().toHtmlEscaped(), precision, render::CategoryStyle::color(event.category).name(),
                 events::CategoryNames::displayName(event.category).toHtmlEscaped(), status);
    if (const QString modality = modalityText(event.modality); !modality.isEmpty())
        meta += u"<br><i>" + modality.toHtmlEscaped() + u"</i>";
    if (event.datedByPublication)
        meta += u"<br><i>"
            + tr("Dated by the publication day: no article gives a date of its own (lower confidence)").toHtmlEscaped()
            + u"</i>";
    meta += u"<br>"
        + tr("Actors: %1")
              .arg(event.actors.isEmpty() ? tr("none") : event.actors.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!event.source.isEmpty())
        meta += u"<br>" + tr("Source: %1").arg(event.source.toHtmlEscaped());
    if (!event.notes.isEmpty())
        meta += u"<br>" + tr("Notes: %1").arg(event.notes.toHtmlEscaped());
    meta += u"<br>" + tr("%n supporting article(s)", nullptr, int(event.corroboration));
    m_meta->setText(meta);
    m_passages->clear();
    for (const storage::EvidencePassage &p : evidence) {
        // Empty parts (no outlet, undated) leave no stray separator.
        QStringList parts({p.outlet, p.published.left(10), p.articleTitle});
        parts.removeAll(QString());
        // How far this article vouches for the event, where it differs from the event's own.
        if (!p.date.isEmpty())
            parts.append(tr("dated %1 here").arg(p.date));
        if (p.datedByPublication && !event.datedByPublication)
            parts.append(tr("dated by the publication day"));
        if (p.modality != core::EventModality::Asserted && p.modality != event.modality)
            parts.append(passageModalityText(p.modality));
        const QString head = parts.join(QStringLiteral(" · "));
        auto *item = new QListWidgetItem(head + u'\n' + p.passage, m_passages);
        item->setToolTip(p.sourcePath);
    }
    m_passages->setEnabled(true);
}

QString EventDetailsPanel::modalityText(core::EventModality modality)
{
    switch (modality) {
    case core::EventModality::Planned:
        return tr("Planned: no article says it has happened yet");
    case core::EventModality::Considered:
        return tr("Under consideration: no article says it has happened");
    case core::EventModality::Expected:
        return tr("Expected: no article says it has happened");
    case core::EventModality::Asserted:
    case core::EventModality::Negated:
        break;
    }
    return {};
}

QString EventDetailsPanel::passageModalityText(core::EventModality modality)
{
    switch (modality) {
    case core::EventModality::Planned:
        return tr("planned here");
    case core::EventModality::Considered:
        return tr("under consideration here");
    case core::EventModality::Expected:
        return tr("expected here");
    case core::EventModality::Asserted:
    case core::EventModality::Negated:
        break;
    }
    return {};
}

void EventDetailsPanel::showSeveral(int count)
{
    clear();
    m_heading->setText(tr("%n events selected", nullptr, count));
}

void EventDetailsPanel::clear()
{
    m_evidence.clear();
    m_heading->setText(tr("No event selected"));
    m_meta->setText(tr("Click an event on the timeline to see its evidence."));
    m_passages->clear();
    m_passages->setEnabled(false);
}

QList<int> EventDetailsPanel::selectedPassages() const
{
    QList<int> out;
    for (const QListWidgetItem *item : m_passages->selectedItems())
        out.append(m_passages->row(item));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace chipline::ui
