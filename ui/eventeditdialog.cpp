#include "ui/eventeditdialog.h"

#include "events/categorynames.h"
#include "render/categorystyle.h"
#include "temporal/resolveddate.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>

namespace chipline::ui {

EventEditDialog::EventEditDialog(const annotation::EventInput &fields, const QStringList &entityNames, QWidget *parent)
    : QDialog(parent),
      m_date(new QLineEdit(fields.date.isValid() ? fields.date.value() : QString(), this)),
      m_precision(new QComboBox(this)),
      m_category(new QComboBox(this)),
      m_title(new QLineEdit(fields.title, this)),
      m_actors(new QLineEdit(fields.actors.join(QStringLiteral("; ")), this)),
      m_source(new QLineEdit(fields.source, this)),
      m_notes(new QPlainTextEdit(fields.notes, this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("eventEditDialog"));
    setWindowTitle(tr("Event"));
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_precision->setObjectName(QStringLiteral("eventPrecision"));
    m_category->setObjectName(QStringLiteral("eventCategory"));
    m_date->setPlaceholderText(tr("YYYY, YYYY-H1, YYYY-Q1, YYYY-MM or YYYY-MM-DD"));
    m_precision->addItem(tr("Day"), QStringLiteral("day"));
    m_precision->addItem(tr("Month"), QStringLiteral("month"));
    m_precision->addItem(tr("Quarter"), QStringLiteral("quarter"));
    m_precision->addItem(tr("Half year"), QStringLiteral("half"));
    m_precision->addItem(tr("Year"), QStringLiteral("year"));
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(fields.date.precisionName())));
    for (const QString &code : render::CategoryStyle::codes())
        m_category->addItem(events::CategoryNames::displayName(code), code);
    m_category->setCurrentIndex(std::max(0, m_category->findData(core::categoryCode(fields.category))));
    m_title->setObjectName(QStringLiteral("eventTitleEdit"));
    m_title->setMinimumWidth(420);
    m_actors->setObjectName(QStringLiteral("eventActors"));
    m_actors->setPlaceholderText(tr("Names separated by ';' (new names become entities)"));
    auto *completer = new QCompleter(entityNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    // Completes the name after the last ';'.
    connect(m_actors, &QLineEdit::textEdited, this, [completer](const QString &text) {
        const QString last = text.section(u';', -1).trimmed();
        if (last.size() < 2)
            return;
        completer->setCompletionPrefix(last);
        completer->complete();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &name) {
        QStringList parts = m_actors->text().split(u';');
        parts.last() = name;
        for (QString &p : parts)
            p = p.trimmed();
        m_actors->setText(parts.join(QStringLiteral("; ")));
    });
    completer->setWidget(m_actors);
    m_notes->setMaximumHeight(80);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Precision:"), m_precision);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Actors:"), m_actors);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_precision, &QComboBox::currentIndexChanged, this, &EventEditDialog::precisionChanged);
    connect(m_date, &QLineEdit::textChanged, this, &EventEditDialog::validate);
    connect(m_title, &QLineEdit::textChanged, this, &EventEditDialog::validate);
    validate();
}

void EventEditDialog::precisionChanged()
{
    // Changing the precision cuts the date to it (2025-05-14 -> 2025-Q2), or opens it up at
    // the first day of the span (2025-H2 -> 2025-07-01).
    const auto current = temporal::ResolvedDate::fromValue(m_date->text().trimmed());
    if (current.isValid()) {
        const QString p = m_precision->currentData().toString();
        const int month = current.month > 0 ? current.month : 1;
        temporal::ResolvedDate to;
        if (p == u"year")
            to = temporal::ResolvedDate::fromYear(current.year);
        else if (p == u"half")
            to = temporal::ResolvedDate::fromHalf(current.year, (month - 1) / 6 + 1);
        else if (p == u"quarter")
            to = temporal::ResolvedDate::fromQuarter(current.year, (month - 1) / 3 + 1);
        else if (p == u"month")
            to = temporal::ResolvedDate::fromMonth(current.year, month);
        else
            to = temporal::ResolvedDate{current.year, month, current.day > 0 ? current.day : 1,
                                        temporal::DatePrecision::Day};
        m_date->setText(to.value());
    }
    validate();
}

void EventEditDialog::validate()
{
    const auto date = temporal::ResolvedDate::fromValue(m_date->text().trimmed());
    QString problem;
    if (!date.isValid())
        problem = tr("The date must be YYYY, YYYY-H1, YYYY-Q1, YYYY-MM or YYYY-MM-DD and exist.");
    else if (date.precisionName() != m_precision->currentData().toString())
        problem = tr("The date's form does not match the precision.");
    else if (m_title->text().trimmed().isEmpty())
        problem = tr("The title is empty.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

annotation::EventInput EventEditDialog::fields() const
{
    annotation::EventInput f;
    // validate() let OK through only when the date's form matches the precision.
    f.date = temporal::ResolvedDate::fromValue(m_date->text().trimmed());
    f.category = core::categoryFromCode(m_category->currentData().toString());
    f.title = m_title->text().trimmed();
    for (const QString &a : m_actors->text().split(u';', Qt::SkipEmptyParts)) {
        if (!a.trimmed().isEmpty())
            f.actors.append(a.trimmed());
    }
    f.source = m_source->text().trimmed();
    f.notes = m_notes->toPlainText().trimmed();
    return f;
}

} // namespace chipline::ui
